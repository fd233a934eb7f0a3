/**
 * Japanese metadata for the custom functions. The metadata tooling reads only the English JSDoc,
 * so functions-ja.json is made at build time from the generated functions.json and this table
 * (webpack.config.js, FunctionsJaPlugin); the build fails if a function or parameter has no
 * translation, or the table names one that no longer exists, so the two cannot drift.
 *
 * Function names stay KPI.RATE, KPI.GRADE… in Japanese Excel too: a workbook then reads the same
 * formulas in either language, and "Prepare for sharing" finds them by one name.
 * Parameter names and all descriptions are translated.
 *
 * Only types are imported: webpack.config.js loads this file through tsx at build time.
 */

export interface ParameterMetadata {
  name: string;
  description?: string;
  [key: string]: unknown;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  [key: string]: unknown;
}

export interface Metadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}

interface Translation {
  description: string;
  parameters: Record<string, { name: string; description: string }>;
}

const direction = {
  name: "方向",
  description: '"higher"（増加、既定）または "lower"（減少）。増加・減少とも書けます。',
};
const capped = { name: "上限", description: "TRUE（既定）で達成率を100%で打ち止め、FALSE で上限を設けない達成率。" };
const rounding = {
  name: "端数処理",
  description:
    '"halfUp"（既定、0.1%未満を四捨五入）、"truncate"（0.1%未満を切り捨て）または "percent"（1%未満を四捨五入）。',
};

/** Keyed by function id, then by the English parameter name. */
export const ja: Record<string, Translation> = {
  RATE: {
    description:
      "達成率：実績値÷目標値（減少が望ましい指標は目標値÷実績値）を Excel の ROUND と同じく0.1%単位で四捨五入し、100%を上限とします。セルの表示形式は % にしてください。",
    parameters: {
      target: { name: "目標値", description: "目標値。数値、6,439人 のような文字、または範囲。" },
      actual: { name: "実績値", description: "実績値。数値、6,439人 のような文字、または範囲。" },
      direction,
      capped,
      rounding,
    },
  },
  GRADE: {
    description:
      "達成率の評価：既定は 順調／おおむね順調／やや遅れ／遅れ（100%・80%・60%）。評価基準の範囲を指定することもできます。",
    parameters: {
      rate: { name: "達成率", description: "達成率（0.953 や 95.3%）、または範囲。" },
      scale: {
        name: "評価基準",
        description: "基準値と評価の2列の範囲（上の段階から）。3列目に英語の評価を置くこともできます。",
      },
    },
  },
  PROGRESS: {
    description: "現状値からの進捗率：(実績値−現状値)÷(目標値−現状値) を0.1%単位で四捨五入し、100%を上限とします。",
    parameters: {
      baseline: { name: "現状値", description: "計画策定時の現状値、または範囲。" },
      target: { name: "目標値", description: "目標値、または範囲。" },
      actual: { name: "実績値", description: "実績値、または範囲。" },
      direction: {
        name: "方向",
        description: '"higher"（既定）または "lower"。目標値が現状値と同じときの判定に使います。',
      },
      capped,
      rounding,
    },
  },
  AVERAGE: {
    description:
      "基本目標の達成率平均：上限100%の達成率の単純平均を0.1%単位で四捨五入します。空白・-・未公表・指標変更・#N/A は除き、0%とは数えません。",
    parameters: {
      rates: { name: "達成率", description: "達成率の範囲。" },
      rule: {
        name: "集計方法",
        description:
          '"mean"（既定、平均）、"achievedShare"（100%に達した割合）、"weightedMean"（加重平均）または "worst"（最も低い達成率）。',
      },
      weights: { name: "重み", description: "達成率と同じ大きさの重みの範囲（weightedMean のとき。空白は1）。" },
      rounding,
    },
  },
  FY: {
    description: "年度の表記から西暦年度を求めます：R6・令和6年度 → 2024、H28 → 2016、FY2024 → 2024。",
    parameters: {
      label: { name: "年度", description: "年度の表記、または範囲。" },
    },
  },
  LABEL: {
    description: "西暦年度の表記：2024 → 令和6年度（long、既定）、R6（short）、FY2024（fy）。",
    parameters: {
      year: { name: "年度", description: "西暦の年度、または KPI.FY が読める表記。範囲も可。" },
      style: { name: "表記", description: '"long"（令和6年度、既定）、"short"（R6）、"fy"（FY2024）。' },
    },
  },
  PATH: {
    description: "現状値から最終目標値までを直線で結んだときの、その年度の計画値（最終目標だけが定められた計画向け）。",
    parameters: {
      baseline: { name: "現状値", description: "現状値。" },
      baselineYear: { name: "現状値の年度", description: "現状値の年度（2019、R1、令和元年度）。" },
      finalTarget: { name: "最終目標値", description: "最終目標値。" },
      finalYear: { name: "最終目標の年度", description: "最終目標の年度（2026、R8）。" },
      year: { name: "年度", description: "計画値を求める年度、または範囲。" },
    },
  },
  NUMBER: {
    description: "文字で書かれた数値を読みます：6,439人 → 6439、▲3,703 → −3703、１２３ → 123、42.6％ → 42.6。",
    parameters: {
      value: { name: "値", description: "文字または数値、または範囲。" },
    },
  },
};

/** Everything that keeps the table and the English metadata from matching, or [] when they match. */
export function translationProblems(english: Metadata, table: Record<string, Translation> = ja): string[] {
  const problems: string[] = [];
  const ids = new Set(english.functions.map((f) => f.id));
  for (const f of english.functions) {
    const t = table[f.id];
    if (t === undefined) {
      problems.push(`functions/ja.ts has no translation for ${f.id}`);
      continue;
    }
    if (t.description.trim() === "") problems.push(`${f.id}: empty Japanese description`);
    const names = new Set(f.parameters.map((p) => p.name));
    for (const p of f.parameters) {
      const tp = t.parameters[p.name];
      if (tp === undefined) problems.push(`${f.id}: no translation for parameter ${p.name}`);
      else if (tp.name.trim() === "" || tp.description.trim() === "")
        problems.push(`${f.id}.${p.name}: empty translation`);
    }
    for (const name of Object.keys(t.parameters)) {
      if (!names.has(name))
        problems.push(`${f.id}: functions/ja.ts translates ${name}, which the function no longer has`);
    }
  }
  for (const id of Object.keys(table)) {
    if (!ids.has(id)) problems.push(`functions/ja.ts translates ${id}, which is no longer a function`);
  }
  return problems;
}

/** The Japanese metadata: the English one with names of parameters and all descriptions translated. */
export function localizeMetadata(english: Metadata, table: Record<string, Translation> = ja): Metadata {
  const problems = translationProblems(english, table);
  if (problems.length > 0) throw new Error(`Japanese function metadata out of step:\n${problems.join("\n")}`);
  return {
    ...english,
    functions: english.functions.map((f) => {
      const t = table[f.id];
      return {
        ...f,
        description: t.description,
        parameters: f.parameters.map((p) => ({
          ...p,
          name: t.parameters[p.name].name,
          description: t.parameters[p.name].description,
        })),
      };
    }),
  };
}
