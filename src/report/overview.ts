/**
 * The report's overview (総論): the plan and the evaluation year, the grade scale as a table,
 * the count of KPIs per grade over all goals, and per goal its KPI average and grade.
 */
import { columnLetter, stringLiteral } from "../formula/a1";
import { eraLabelFormula } from "../formula/eraFormula";
import { messagesFor } from "../i18n";
import { itemAt } from "../list";
import { averageValue, gradeValue } from "../sheets/cachedValues";
import { goalFormulas } from "../sheets/goalFormulas";
import { names } from "../sheets/options";
import { Cell, Computed, computed, text } from "../sheets/sheetPlan";
import { writtenWords } from "../vocabulary";
import { yearLabel } from "../year";
import { ReportContext } from "./context";
import { Part, put } from "./part";
import { planTitle } from "./printSetup";

const headerFill = "#D9E1F2";

/** A threshold as the rates it takes: "80%以上100%未満", "≥ 80% and < 100%". */
function rangeFormula(ctx: ReportContext, i: number): Computed {
  const { m, s } = ctx;
  const levels = s.scale.levels;
  const pct = (k: number): string => `TEXT(INDEX(${names.min},${k}),"0%")`;
  const q = stringLiteral;
  const atLeast = `${q(m.atLeast.before)}&${pct(i + 1)}&${q(m.atLeast.after)}`;
  const below = (k: number): string => `${q(m.below.before)}&${pct(k)}&${q(m.below.after)}`;
  const percent = (x: number): string => `${Math.round(x * 100)}%`;
  const level = itemAt(levels, i);
  if (i === levels.length - 1) {
    const above = itemAt(levels, i - 1);
    return computed(`=${below(i)}`, `${m.below.before}${percent(above.min)}${m.below.after}`);
  }
  const shown = `${m.atLeast.before}${percent(level.min)}${m.atLeast.after}`;
  if (i === 0) return computed(`=${atLeast}`, shown);
  const above = itemAt(levels, i - 1);
  return computed(
    `=${atLeast}&${q(m.rangeJoin)}&${below(i)}`,
    `${shown}${m.rangeJoin}${m.below.before}${percent(above.min)}${m.below.after}`,
  );
}

export function overview(ctx: ReportContext, part: Part): void {
  const { m, s, summary } = ctx;
  const title = planTitle(s);
  put(part, "A1", [[computed(`=IF(${names.title}="",${stringLiteral(m.untitled)},${names.title})`, title)]], {
    bold: true,
    fontSize: 16,
  });
  put(
    part,
    "A2",
    [[computed(`=TRIM(${names.city}&" "&${stringLiteral(m.overview)})`, `${s.city} ${m.overview}`.trim())]],
    {
      bold: true,
      fontSize: 13,
    },
  );
  const year = s.lang === "ja" ? eraLabelFormula(names.evalYear, "long") : `"FY"&${names.evalYear}`;
  put(part, "A3", [[text(m.evalYear), computed(`=${year}`, yearLabel(s.year, s.lang))]]);

  // the grade scale
  let r = 5;
  put(part, `A${r}`, [[text(m.scaleTitle)]], { bold: true });
  put(part, `A${r + 1}`, [[text(m.rate), text(m.grade)]], { bold: true, fill: headerFill });
  put(
    part,
    `A${r + 2}`,
    s.scale.levels.map((_, i) => [rangeFormula(ctx, i), computed(`=INDEX(${names.label},${i + 1})`, gradeValue(i, s))]),
  );
  r += 3 + s.scale.levels.length;

  // KPIs per grade over all goals
  const kpi = stringLiteral(writtenWords.kpi[s.tableLang]);
  const levels = s.scale.levels;
  put(part, `A${r}`, [[text(m.countsTitle)]], { bold: true });
  const h = r + 1;
  const labels = levels.map((_, i) => computed(`=INDEX(${names.label},${i + 1})`, gradeValue(i, s)));
  put(part, `A${h}`, [[text(m.grade), ...labels, text(m.notEvaluable)]], { bold: true, fill: headerFill });
  const counts: Computed[] = levels.map((_, i) =>
    computed(
      `=SUMPRODUCT((${ctx.col("kind")}=${kpi})*(${ctx.col("grade")}=${columnLetter(1 + i)}$${h}))`,
      summary.goals.reduce((sum, g) => sum + itemAt(g.gradeCounts, i), 0),
    ),
  );
  const notRated = summary.goals.reduce((sum, g) => sum + g.kpiCount - g.ratedCount, 0);
  const countRange = `B${h + 1}:${columnLetter(levels.length)}${h + 1}`;
  put(part, `A${h + 1}`, [
    [text(m.kpiCount), ...counts, computed(`=COUNTIFS(${ctx.col("kind")},${kpi})-SUM(${countRange})`, notRated)],
  ]);
  r = h + 3;

  // per goal: KPIs, rated, not evaluable, the average and its grade, the count per grade
  const f = goalFormulas(s, ctx.col);
  put(part, `A${r}`, [[text(m.goalsTitle)]], { bold: true });
  const gh = r + 1;
  put(
    part,
    `A${gh}`,
    [
      [
        text(m.goalColumn),
        text(m.kpiCount),
        text(messagesFor(s.lang).sheet.ratedCount),
        text(m.notEvaluable),
        text(m.average),
        text(m.grade),
        ...labels,
      ],
    ],
    { bold: true, fill: headerFill, wrap: true },
  );
  const rows: (Cell | Computed)[][] = summary.goals.map((g, i) => {
    const row = gh + 1 + i;
    const goal = String(g.goal);
    return [
      text(m.goalHeading(g.goal, g.title)),
      f.kpiCount(goal, g.kpiCount),
      f.ratedCount(goal, g.ratedCount),
      computed(`=B${row}-C${row}`, g.kpiCount - g.ratedCount),
      f.average(goal, `C${row}`, averageValue(g.average)),
      f.grade(`E${row}`, gradeValue(g.grade, s)),
      ...levels.map((_, l) => f.gradeCount(goal, `${columnLetter(6 + l)}$${gh}`, itemAt(g.gradeCounts, l))),
    ];
  });
  put(
    part,
    `A${gh + 1}`,
    rows,
    { wrap: true },
    rows.map(() => ["General", "0", "0", "0", "0.0%", "General", ...levels.map(() => "0")]),
  );
  part.row = gh + 2 + rows.length;
}
