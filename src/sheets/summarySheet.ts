import { goalNumbers, Indicator, Plan } from "../plan";
import { columnLetter, tableColumn } from "../formula/a1";
import { messagesFor } from "../i18n";
import { levelLabel } from "../grade";
import { itemAt } from "../list";
import { summarize } from "../summary";
import { averageValue, gradeValue } from "./cachedValues";
import { gradeStyles } from "./gradeStyles";
import { KpiColumnKey, kpiLayout } from "./kpiLayout";
import { goalFormulas } from "./goalFormulas";
import { names, Settled } from "./options";
import {
  Block,
  Cell,
  cellsAndValues,
  Computed,
  computed,
  ConditionalFormat,
  number,
  SheetPlan,
  text,
} from "./sheetPlan";
import { summaryTargets } from "./summaryTargets";

/** Rows of the summary sheet (1-based). */
export const summaryRows = { evalYear: 2, goalHeader: 5, goalFirst: 6 } as const;

/**
 * The goal summary: per goal the KPI count, the rated count, the not evaluable, the average rate
 * and its grade and the count per grade, as live formulas over the KPI table (structured
 * references, so rows added to the table count); then each numerical target with its targets,
 * actuals and rates per year, looked up in the table by its id (summaryTargets.ts). `inTable`
 * says whether an indicator's id is in the table's id column. Each formula carries the value the
 * engine gives it.
 */
export function summarySheet(plan: Plan, s: Settled, inTable: (indicator: Indicator) => boolean): SheetPlan {
  const { lang } = s;
  const m = messagesFor(lang).sheet;
  // the table's headers and words are those it was written in, whatever language this sheet is in
  const layout = kpiLayout(s.years, plan.indicators.length, s.tableLang);
  const col = (key: KpiColumnKey): string => tableColumn(s.tableName, layout.header(key));
  const summary = summarize({ ...plan, years: s.years }, { ...s.rules, year: s.year, scale: s.scale });
  const goals = goalNumbers(plan);
  const titles = new Map(plan.goals.map((g) => [g.goal, g.title]));
  const levels = s.scale.levels.length;
  const gh = summaryRows.goalHeader;
  const header: (Cell | Computed)[] = [
    text(m.summaryGoal),
    text(m.summaryGoalTitle),
    text(m.kpiCount),
    text(m.ratedCount),
    text(m.notEvaluable),
    text(m.average),
    text(m.gradeLabel),
    ...Array.from({ length: levels }, (_, i) =>
      computed(`=INDEX(${names.label},${i + 1})`, levelLabel(s.scale, i, lang)),
    ),
  ];
  const f = goalFormulas(s, col);
  const goalRows: (Cell | Computed)[][] = goals.map((goal, i) => {
    const r = summaryRows.goalFirst + i;
    const g = itemAt(summary.goals, i);
    const at = `$A${r}`;
    return [
      number(goal),
      text(titles.get(goal) ?? ""),
      f.kpiCount(at, g.kpiCount),
      f.ratedCount(at, g.ratedCount),
      computed(`=C${r}-D${r}`, g.kpiCount - g.ratedCount),
      f.average(at, `D${r}`, averageValue(g.average)),
      f.grade(`F${r}`, gradeValue(g.grade, s)),
      ...Array.from({ length: levels }, (_, l) =>
        f.gradeCount(at, `${columnLetter(7 + l)}$${gh}`, itemAt(g.gradeCounts, l)),
      ),
    ];
  });
  const goalFormats = goals.map(() => [
    "0",
    "General",
    "0",
    "0",
    "0",
    "0.0%",
    "General",
    ...Array<string>(levels).fill("0"),
  ]);

  // Numerical targets: each looks its own row of the KPI table up.
  const targetsTitleRow = summaryRows.goalFirst + Math.max(1, goals.length) + 1;
  const targetsHeaderRow = targetsTitleRow + 1;
  const targets = summaryTargets(plan.indicators, summary.indicators, s, targetsHeaderRow + 1, col, inTable);

  const blocks: Block[] = [
    { at: "A1", cells: [[text(m.summaryTitle)]], bold: true },
    {
      at: `A${summaryRows.evalYear}`,
      ...cellsAndValues([[text(m.evalYear), computed(`=${names.evalYear}`, s.year)]]),
      numberFormats: [["General", "0"]],
    },
    { at: "A3", cells: [[text(m.summaryNote)]] },
    { at: `A${gh}`, ...cellsAndValues([header]), bold: true, fill: "#D9E1F2", wrap: true },
  ];
  if (goalRows.length > 0)
    blocks.push({ at: `A${summaryRows.goalFirst}`, ...cellsAndValues(goalRows), numberFormats: goalFormats });
  blocks.push({ at: `A${targetsTitleRow}`, cells: [[text(m.targetsTitle)]], bold: true });
  blocks.push({ at: `A${targetsHeaderRow}`, cells: [targets.header], bold: true, fill: "#D9E1F2", wrap: true });
  if (targets.rows.length > 0)
    blocks.push({ at: `A${targetsHeaderRow + 1}`, ...cellsAndValues(targets.rows), numberFormats: targets.formats });

  const styles = gradeStyles(levels);
  const conditionalFormats: ConditionalFormat[] = [];
  const cf = (range: string, topLeft: string): void => {
    styles.forEach((style, l) =>
      conditionalFormats.push({ range, formula: `=${topLeft}=INDEX(${names.label},${l + 1})`, ...style }),
    );
  };
  if (goals.length > 0)
    cf(`G${summaryRows.goalFirst}:G${summaryRows.goalFirst + goals.length - 1}`, `$G${summaryRows.goalFirst}`);
  if (targets.rows.length > 0) {
    const { gradeColumn } = targets;
    const first = targetsHeaderRow + 1;
    cf(`${gradeColumn}${first}:${gradeColumn}${first + targets.rows.length - 1}`, `$${gradeColumn}${first}`);
  }
  const width = Math.max(header.length, targets.header.length);
  return {
    name: s.sheetNames.summary,
    role: "summary",
    blocks,
    columns: Array.from({ length: width }, (_, i) => ({
      column: columnLetter(i),
      width: i === 0 ? 9 : i === 1 ? 36 : 11,
    })),
    freeze: { rows: 0, columns: 2 },
    tables: [],
    conditionalFormats,
    validations: [],
    print: { orientation: "landscape", fitToWidth: false },
  };
}
