import { goalNumbers, Plan } from "../plan";
import { sheetHeader } from "../columns";
import { columnLetter, stringLiteral, tableColumn } from "../formula/a1";
import { messagesFor } from "../i18n";
import { writtenWords } from "../vocabulary";
import { gradeStyles } from "./gradeStyles";
import { KpiColumnKey, kpiLayout, yearParts } from "./kpiLayout";
import { valueFormat } from "./kpiSheet";
import { gradeExpr } from "./nativeFormulas";
import { names, Settled } from "./options";
import { Block, Cell, ConditionalFormat, formula, number, SheetPlan, text } from "./sheetPlan";

/** Rows of the summary sheet (1-based). */
export const summaryRows = { evalYear: 2, goalHeader: 5, goalFirst: 6 } as const;

/**
 * The goal summary: per goal the KPI count, the rated count, the not evaluable, the average rate
 * and its grade and the count per grade, as live formulas over the KPI table (structured
 * references, so rows added to the table count); then each numerical target with its targets,
 * actuals and rates per year, looked up in the table by goal, kind and name.
 */
export function summarySheet(plan: Plan, s: Settled): SheetPlan {
  const { lang } = s;
  const m = messagesFor(lang).sheet;
  // the table's headers and words are those it was written in, whatever language this sheet is in
  const layout = kpiLayout(s.years, plan.indicators.length, s.tableLang);
  const col = (key: KpiColumnKey): string => tableColumn(s.tableName, layout.header(key));
  const goals = goalNumbers(plan);
  const titles = new Map(plan.goals.map((g) => [g.goal, g.title]));
  const levels = s.scale.levels.length;
  const kpi = stringLiteral(writtenWords.kpi[s.tableLang]);
  const gh = summaryRows.goalHeader;
  const header: Cell[] = [
    text(m.summaryGoal),
    text(m.summaryGoalTitle),
    text(m.kpiCount),
    text(m.ratedCount),
    text(m.notEvaluable),
    text(m.average),
    text(m.gradeLabel),
    ...Array.from({ length: levels }, (_, i) => formula(`=INDEX(${names.label},${i + 1})`)),
  ];
  const goalRows: Cell[][] = goals.map((goal, i) => {
    const r = summaryRows.goalFirst + i;
    const isGoal = `${col("goal")},$A${r}`;
    const average =
      s.style === "functions"
        ? `=IFERROR(KPI.AVERAGE(IF((${col("goal")}=$A${r})*(${col("kind")}=${kpi}),${col("evalRate")},"")),"-")`
        : `=IF(D${r}=0,"-",ROUND(SUMIFS(${col("evalRate")},${isGoal},${col("kind")},${kpi})/D${r},3))`;
    const grade =
      s.style === "functions"
        ? `=IF(ISNUMBER(F${r}),KPI.GRADE(F${r},${names.scale}),"-")`
        : `=${gradeExpr(`F${r}`, names.minUpper, names.label)}`;
    return [
      number(goal),
      text(titles.get(goal) ?? ""),
      formula(`=COUNTIFS(${isGoal},${col("kind")},${kpi})`),
      formula(`=COUNTIFS(${isGoal},${col("kind")},${kpi},${col("evalRate")},">=0")`),
      formula(`=C${r}-D${r}`),
      formula(average),
      formula(grade),
      ...Array.from({ length: levels }, (_, l) => {
        const h = `${columnLetter(7 + l)}$${gh}`;
        return formula(`=SUMPRODUCT((${col("goal")}=$A${r})*(${col("kind")}=${kpi})*(${col("grade")}=${h}))`);
      }),
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

  // Numerical targets: references to their rows on the KPI sheet.
  const targetsTitleRow = summaryRows.goalFirst + Math.max(1, goals.length) + 1;
  const targetsHeaderRow = targetsTitleRow + 1;
  const yearHeaders = s.years.flatMap((year) => yearParts.map((part) => sheetHeader({ year, part }, lang)));
  const targetHeader: Cell[] = [
    text(m.summaryGoal),
    text(m.summaryIndicator),
    text(m.summaryUnit),
    ...yearHeaders.map(text),
    text(m.gradeLabel),
  ];
  const targetRows: Cell[][] = [];
  const targetFormats: string[][] = [];
  // each numerical target finds its own row of the KPI table by goal, kind and name, so sorting,
  // filtering or inserting rows in the table never points a row here at another indicator
  const rowColumn = columnLetter(targetHeader.length);
  targetHeader.push(text(m.tableRow));
  const targetKind = stringLiteral(writtenWords.target[s.tableLang]);
  const position = (key: KpiColumnKey): string => `(ROW(${col(key)})-MIN(ROW(${col(key)}))+1)`;
  plan.indicators
    .filter((indicator) => indicator.kind === "target")
    .forEach((indicator, k) => {
      const r = targetsHeaderRow + 1 + k;
      const at = `$${rowColumn}${r}`;
      const pick = (key: KpiColumnKey): string => `INDEX(${col(key)},${at})`;
      const value = (key: KpiColumnKey): Cell => formula(`=IF(${at}=0,"-",IF(ISBLANK(${pick(key)}),"",${pick(key)}))`);
      const vf = valueFormat(indicator);
      targetRows.push([
        number(indicator.goal),
        text(indicator.name),
        value("unit"),
        ...s.years.flatMap((year) => [
          value({ year, part: "target" }),
          value({ year, part: "actual" }),
          value({ year, part: "rate" }),
        ]),
        value("grade"),
        formula(
          `=SUMPRODUCT(MAX((${col("goal")}=$A${r})*(${col("kind")}=${targetKind})*(${col("name")}=$B${r})*${position("name")}))`,
        ),
      ]);
      targetFormats.push(["0", "General", "General", ...s.years.flatMap(() => [vf, vf, "0.0%"]), "General", "0"]);
    });

  const blocks: Block[] = [
    { at: "A1", cells: [[text(m.summaryTitle)]], bold: true },
    {
      at: `A${summaryRows.evalYear}`,
      cells: [[text(m.evalYear), formula(`=${names.evalYear}`)]],
      numberFormats: [["General", "0"]],
    },
    { at: "A3", cells: [[text(m.summaryNote)]] },
    { at: `A${gh}`, cells: [header], bold: true, fill: "#D9E1F2", wrap: true },
  ];
  if (goalRows.length > 0)
    blocks.push({ at: `A${summaryRows.goalFirst}`, cells: goalRows, numberFormats: goalFormats });
  blocks.push({ at: `A${targetsTitleRow}`, cells: [[text(m.targetsTitle)]], bold: true });
  blocks.push({ at: `A${targetsHeaderRow}`, cells: [targetHeader], bold: true, fill: "#D9E1F2", wrap: true });
  if (targetRows.length > 0)
    blocks.push({ at: `A${targetsHeaderRow + 1}`, cells: targetRows, numberFormats: targetFormats });

  const styles = gradeStyles(levels);
  const conditionalFormats: ConditionalFormat[] = [];
  const cf = (range: string, topLeft: string): void => {
    styles.forEach((style, l) =>
      conditionalFormats.push({ range, formula: `=${topLeft}=INDEX(${names.label},${l + 1})`, ...style }),
    );
  };
  if (goals.length > 0)
    cf(`G${summaryRows.goalFirst}:G${summaryRows.goalFirst + goals.length - 1}`, `$G${summaryRows.goalFirst}`);
  if (targetRows.length > 0) {
    const gradeColumn = columnLetter(targetHeader.length - 2);
    const first = targetsHeaderRow + 1;
    cf(`${gradeColumn}${first}:${gradeColumn}${first + targetRows.length - 1}`, `$${gradeColumn}${first}`);
  }
  const width = Math.max(header.length, targetHeader.length);
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
    print: { orientation: "landscape", fitToWidth: true },
  };
}
