/**
 * One indicator in the report, in the reference's layout: its name, its baseline with the year
 * and unit, and per plan year the rows 目標値 / 実績値 / 達成率, then the uncapped rate in
 * parentheses where it is above 100%; beside them its grade for the evaluation year and its
 * department, below them the departments' texts when the plan has them. Every figure is a
 * formula over the indicator's own row of the KPI table (found by its id), with the value the
 * engine gives it.
 */
import { ColumnKey } from "../columns";
import { stringLiteral } from "../formula/a1";
import { Indicator } from "../plan";
import { gradeValue, rateValue, shownValue } from "../sheets/cachedValues";
import { finalTargetYear, pathUnavailable, rawRate } from "../sheets/kpiRow";
import { lowerExpr, uncappedRate } from "../sheets/nativeFormulas";
import { CachedValue, Cell, Computed, computed, empty, text } from "../sheets/sheetPlan";
import { tableRowLookup } from "../sheets/summaryTargets";
import { valueFormat } from "../sheets/valueCells";
import { unreachable } from "../unreachable";
import { writtenWords } from "../vocabulary";
import { ReportContext } from "./context";
import { Part, put, textLength, wideText } from "./part";

/** The rows an indicator takes before its texts. */
export const indicatorRows = 4;

/** The uncapped rate's format: in parentheses, as the reference prints it. */
export const uncappedFormat = "(0.0%)";

/** Writes an indicator from `part.row`; returns the cell holding its row of the KPI table ($P$12). */
export function indicatorBlock(ctx: ReportContext, part: Part, indicator: Indicator): string {
  const { layout: l, s, m } = ctx;
  const r = part.row;
  const result = ctx.result(indicator);
  const pos = `$${l.position}$${r}`;
  const lookup = tableRowLookup(indicator, ctx.plan.indicators, s, ctx.col, ctx.inTable(indicator), {
    id: stringLiteral(indicator.id.text),
    goal: String(indicator.goal),
    name: stringLiteral(indicator.name),
  });
  const pickExpr = (key: ColumnKey): string =>
    `IF(${pos}=0,"-",IF(ISBLANK(INDEX(${ctx.col(key)},${pos})),"",INDEX(${ctx.col(key)},${pos})))`;
  const pick = (key: ColumnKey, value: CachedValue): Computed => computed(`=${pickExpr(key)}`, value);
  const vf = valueFormat(indicator);
  const years = l.years;

  // helper cells: the row in the KPI table and the direction, which the uncapped rates read
  put(part, `${l.position}${r}`, [
    [computed(lookup.formula, lookup.found), pick("direction", writtenWords[indicator.direction][s.tableLang])],
  ]);

  const finalYear = finalTargetYear(indicator);
  const at = (column: string, row: number): string => `${column}${row}`;
  const uncapped = (year: number): Computed => {
    if (pathUnavailable(indicator)) return computed(`=""`, "");
    const column = l.year(year);
    const raw = rawRate(
      indicator,
      {
        target: at(column, r),
        actual: at(column, r + 1),
        baseline: `$${l.baseline}$${r}`,
        finalTarget: finalYear === undefined ? undefined : `$${l.year(finalYear)}$${r}`,
        lower: lowerExpr(`$${l.direction}$${r}`),
      },
      year,
    );
    const x = uncappedRate(raw.raw, raw.inputs);
    const outcome = rateValue(result.rates.get(year), "uncapped");
    return computed(
      `=IF(ISNUMBER(${x}),IF(${x}>1,${x},""),"")`,
      typeof outcome === "number" && outcome > 1 ? outcome : "",
    );
  };

  const grade = pick("grade", gradeValue(result.grade, s));
  const department = ctx.textColumn("department");
  const rows: (Cell | Computed)[][] = [
    [
      text(indicator.name),
      pick("baseline", shownValue(indicator.baseline)),
      text(m.target),
      ...years.map((y) => pick({ year: y, part: "target" }, shownValue(indicator.targets.get(y)))),
      grade,
      ...(department === undefined ? [] : [pick(department, ctx.text(indicator, "department"))]),
    ],
    [
      empty,
      pick("baselineYear", indicator.baselineYearLabel),
      text(m.actual),
      ...years.map((y) => pick({ year: y, part: "actual" }, shownValue(indicator.actuals.get(y)))),
    ],
    [
      empty,
      pick("unit", indicator.unit),
      text(m.rate),
      ...years.map((y) => pick({ year: y, part: "rate" }, rateValue(result.rates.get(y), "capped"))),
    ],
    [empty, empty, text(`(${m.uncapped})`), ...years.map(uncapped)],
  ];
  const formats = [
    [vf, vf, "General", ...years.map(() => vf), "General", "General"].slice(0, rows[0]?.length),
    ["General", "General", "General", ...years.map(() => vf)],
    ["General", "General", "General", ...years.map(() => "0.0%")],
    ["General", "General", "General", ...years.map(() => uncappedFormat)],
  ];
  put(part, `A${r}`, rows, { wrap: true }, formats);
  const last = r + indicatorRows - 1;
  part.merges.push(`A${r}:A${last}`, `${l.grade}${r}:${l.grade}${last}`);
  if (l.department !== undefined) part.merges.push(`${l.department}${r}:${l.department}${last}`);
  // a long name gets taller rows: the merged cell does not grow with its text
  const lines = Math.ceil((textLength(indicator.name) * 2) / 22);
  if (lines > indicatorRows)
    for (let k = r; k <= last; k++) part.heights.push({ row: k, height: Math.ceil((lines * 14 + 4) / indicatorRows) });
  part.row += indicatorRows;

  for (const key of ["status", "outlook"] as const) {
    const column = ctx.textColumn(key);
    const value = ctx.text(indicator, key);
    if (column === undefined || value === "") continue;
    const label = ((): string => {
      switch (key) {
        case "status":
          return m.status;
        case "outlook":
          return m.outlook;
        default:
          return unreachable(key);
      }
    })();
    put(part, `A${part.row}`, [[text(label)]], { bold: true });
    wideText(part, pick(column, value), textLength(value), { from: 1, to: l.printedCount - 1, width: l.textWidth });
  }
  return pos;
}
