import { Column, Field, readHeader } from "./columns";
import { readDirection } from "./direction";
import { Localized } from "./lang";
import { Goal, Indicator, IndicatorKind, Plan } from "./plan";
import { Problem } from "./problem";
import { Method } from "./rate";
import { clean } from "./text";
import { num, PlanValue, readValue } from "./value";
import { readYear } from "./year";

/** Where a cell of the table is, for messages: a file line or a sheet address. Row -1 is the header. */
export type Locate = (row: number, column: number | undefined) => Localized;

export interface PlanRead {
  readonly plan: Plan;
  /** Rows left out, each with the reason. The rest of the plan is still read. */
  readonly problems: readonly Problem[];
  /** A problem that stops the whole table from being read (a required column is missing). */
  readonly fatal: Problem | undefined;
}

const kinds: ReadonlyMap<string, IndicatorKind> = new Map([
  ["target", "target"],
  ["数値目標", "target"],
  ["kpi", "kpi"],
  ["重要業績評価指標", "kpi"],
  ["", "kpi"],
]);

const methodNames: ReadonlyMap<string, Method> = new Map([
  ["", "ratio"],
  ["ratio", "ratio"],
  ["比率", "ratio"],
  ["baseline", "baseline"],
  ["進捗", "baseline"],
  ["基準値", "baseline"],
  ["path", "path"],
  ["直線", "path"],
]);

const flags: ReadonlyMap<string, boolean> = new Map([
  ["", false],
  ["0", false],
  ["false", false],
  ["no", false],
  ["-", false],
  ["1", true],
  ["true", true],
  ["yes", true],
  ["累計", true],
  ["○", true],
  ["〇", true],
  ["✓", true],
]);

const text = (cell: unknown): string => {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "string" ? cell.trim() : String(cell);
};

class RowError extends Error {
  constructor(
    readonly column: number | undefined,
    readonly localized: Localized,
  ) {
    super(localized.en);
  }
}

const fail = (column: number | undefined, ja: string, en: string): never => {
  throw new RowError(column, { ja, en });
};

/**
 * Reads a plan from a table: a header row and rows of cells (strings from a file, or the
 * numbers and strings of a sheet). Rows that cannot be read are reported and left out.
 */
export function readPlanTable(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  locate: Locate,
): PlanRead {
  const columns: Column[] = header.map((h) => readHeader(text(h)));
  const fieldAt = new Map<Field, number>();
  columns.forEach((c, i) => {
    if (c.kind === "field" && !fieldAt.has(c.field)) fieldAt.set(c.field, i);
  });
  const headerName = (i: number | undefined): string => (i === undefined ? "" : text(header[i]));
  const empty: Plan = { goals: [], years: [], indicators: [] };
  const duplicate = duplicateColumn(columns);
  if (duplicate !== undefined) {
    const [first, second] = duplicate.map(headerName);
    return {
      plan: empty,
      problems: [],
      fatal: {
        where: locate(-1, duplicate[1]),
        column: second,
        message: {
          ja: `列「${first}」と列「${second}」が同じ項目を指しています。どちらの値を使うか決められないので、一方を消すか名前を変えてください`,
          en: `the columns "${first}" and "${second}" name the same thing; remove or rename one, as either could be the right value`,
        },
      },
    };
  }
  for (const required of ["goal", "name"] as const) {
    if (!fieldAt.has(required)) {
      return {
        plan: empty,
        problems: [],
        fatal: {
          where: locate(-1, undefined),
          column: "",
          message: {
            ja: `必須の列「${required === "goal" ? "基本目標" : "指標名"}」（${required}）がありません`,
            en: `the required column "${required}" is missing`,
          },
        },
      };
    }
  }
  const years = [...new Set(columns.flatMap((c) => (c.kind === "target" || c.kind === "actual" ? [c.year] : [])))].sort(
    (a, b) => a - b,
  );
  const goals = new Map<number, string>();
  const indicators: Indicator[] = [];
  const problems: Problem[] = [];

  rows.forEach((row, r) => {
    if (row.every((cell) => text(cell) === "")) return;
    const cell = (field: Field): unknown => {
      const i = fieldAt.get(field);
      return i === undefined ? undefined : row[i];
    };
    try {
      indicators.push(readRow(r));
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      problems.push({ where: locate(r, error.column), column: headerName(error.column), message: error.localized });
    }

    function readRow(r: number): Indicator {
      const goalCell = text(cell("goal")).replace(/^基本目標/u, "");
      const goalValue = readValue(goalCell);
      if (goalValue.kind !== "number" || !Number.isInteger(goalValue.value) || goalValue.value < 1) {
        fail(
          fieldAt.get("goal"),
          `基本目標は1以上の整数で書いてください（「${goalCell}」）`,
          `the goal must be a whole number from 1 ("${goalCell}")`,
        );
      }
      const goal = (goalValue as { value: number }).value;
      const name = text(cell("name"));
      if (name === "") fail(fieldAt.get("name"), "指標名が空です", "the indicator has no name");
      const kindText = clean(text(cell("kind"))).toLowerCase();
      const kind = kinds.get(kindText);
      if (kind === undefined) {
        fail(
          fieldAt.get("kind"),
          `種別「${kindText}」は 数値目標 か KPI です`,
          `kind "${kindText}" must be target or kpi`,
        );
      }
      const directionText = text(cell("direction"));
      const direction = readDirection(directionText);
      if (direction === undefined) {
        fail(
          fieldAt.get("direction"),
          `方向「${directionText}」は 増加 か 減少 です`,
          `direction "${directionText}" must be higher or lower`,
        );
      }
      const cumulativeText = clean(text(cell("cumulative"))).toLowerCase();
      const cumulative = flags.get(cumulativeText);
      if (cumulative === undefined) {
        fail(
          fieldAt.get("cumulative"),
          `累計「${cumulativeText}」は 1 か 0 です`,
          `cumulative "${cumulativeText}" must be 1 or 0`,
        );
      }
      const methodText = clean(text(cell("method"))).toLowerCase();
      const method = methodNames.get(methodText);
      if (method === undefined) {
        fail(
          fieldAt.get("method"),
          `算出方法「${methodText}」は ratio・baseline・path のいずれかです`,
          `method "${methodText}" must be ratio, baseline or path`,
        );
      }
      const weightText = text(cell("weight"));
      const weightValue = weightText === "" ? num(1) : readValue(weightText);
      const weight = weightValue.kind === "number" ? weightValue.value : NaN;
      if (!(weight >= 0))
        fail(
          fieldAt.get("weight"),
          `重み「${weightText}」は0以上の数です`,
          `weight "${weightText}" must be a number of 0 or more`,
        );

      const unit = text(cell("unit"));
      const value = (i: number): PlanValue => {
        const v = readValue(row[i], unit);
        if (v.kind === "unreadable") {
          return fail(
            i,
            `「${v.text}」は数値でも欠測の印（-、未公表、指標変更）でもありません`,
            `"${v.text}" is neither a number nor a missing-value marker (-, 未公表, 指標変更)`,
          );
        }
        return v;
      };
      const baselineAt = fieldAt.get("baseline");
      const baseline: PlanValue = baselineAt === undefined ? { kind: "missing", reason: "blank" } : value(baselineAt);
      const baselineYearLabel = text(cell("baseline_year"));
      // s flag: ".*$" then always matches, so a cell of many brackets is not rescanned from each one
      const baselineYearRead = readYear(baselineYearLabel.replace(/[（(].*$/su, "").trim() || baselineYearLabel);
      const baselineYear = baselineYearRead.kind === "year" ? baselineYearRead.year : undefined;
      if (method === "path" && baselineYear === undefined) {
        fail(
          fieldAt.get("baseline_year"),
          `path の算出には現状値の年度が必要です（「${baselineYearLabel}」）`,
          `the path method needs the baseline's year ("${baselineYearLabel}")`,
        );
      }
      const targets = new Map<number, PlanValue>();
      const actuals = new Map<number, PlanValue>();
      columns.forEach((c, i) => {
        if (c.kind === "target") targets.set(c.year, value(i));
        if (c.kind === "actual") actuals.set(c.year, value(i));
      });
      if (method === "path" && baselineYear !== undefined) {
        const finalYear = Math.max(-Infinity, ...[...targets].flatMap(([y, v]) => (v.kind === "number" ? [y] : [])));
        if (Number.isFinite(finalYear) && finalYear <= baselineYear) {
          fail(
            fieldAt.get("baseline_year"),
            `path の算出には、現状値の年度（「${baselineYearLabel}」）が最終目標の年度より前である必要があります`,
            `the path method needs the baseline's year ("${baselineYearLabel}") before the final target's year`,
          );
        }
      }
      const title = text(cell("goal_title"));
      if (!goals.has(goal) || (goals.get(goal) === "" && title !== "")) goals.set(goal, title);
      return {
        goal,
        kind: kind as IndicatorKind,
        policy: text(cell("policy")),
        initiative: text(cell("initiative")),
        name,
        unit: unit || (baseline.kind === "number" ? baseline.unit : ""),
        direction: direction as "higher" | "lower",
        cumulative: cumulative as boolean,
        baseline,
        baselineYearLabel,
        baselineYear,
        targets,
        actuals,
        method: method as Method,
        weight,
        notes: text(cell("notes")),
        source: locate(r, undefined).en,
      };
    }
  });
  const goalList: Goal[] = [...goals].map(([goal, title]) => ({ goal, title })).sort((a, b) => a.goal - b.goal);
  return { plan: { goals: goalList, years, indicators }, problems, fatal: undefined };
}

/**
 * The first two columns that name the same field or the same year's target or actual
 * (target_R3 and target_2021, or 指標 and 指標名). Reading one and dropping the other would lose
 * what the user wrote without a word. Several notes columns (備考) are
 * allowed: the first is kept as the indicator's notes, and nothing is computed from them.
 */
function duplicateColumn(columns: readonly Column[]): [number, number] | undefined {
  const seen = new Map<string, number>();
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    const key =
      c.kind === "field"
        ? c.field === "notes"
          ? undefined
          : c.field
        : c.kind === "other"
          ? undefined
          : `${c.kind}:${c.year}`;
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first !== undefined) return [first, i];
    seen.set(key, i);
  }
  return undefined;
}
