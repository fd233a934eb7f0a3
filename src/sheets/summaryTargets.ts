/**
 * The goal summary's table of numerical targets: each target's targets, actuals and rates per
 * year and its grade, read from its own row of the KPI table. The row is found by the
 * indicator's id (the table's id column), so sorting, filtering or inserting rows in the table
 * never points a row here at another indicator, and two targets of one goal with the same name
 * each show their own figures. A target whose id is not in the table (read from a table made
 * before ids, or from a row added there without one) is found by goal, kind and name instead.
 */
import { sheetHeader } from "../columns";
import { columnLetter, stringLiteral } from "../formula/a1";
import { messagesFor } from "../i18n";
import { idKey } from "../indicatorIds";
import { itemAt } from "../list";
import { Indicator } from "../plan";
import { IndicatorResult } from "../summary";
import { writtenWords } from "../vocabulary";
import { gradeValue, rateValue, shownValue } from "./cachedValues";
import { KpiColumnKey, yearParts } from "./kpiLayout";
import { Settled } from "./options";
import { CachedValue, Cell, Computed, computed, empty, number, text } from "./sheetPlan";
import { valueFormat } from "./valueCells";

export interface TargetTable {
  readonly header: Cell[];
  readonly rows: (Cell | Computed)[][];
  readonly formats: string[][];
  /** The column of the grades, for their conditional formats. */
  readonly gradeColumn: string;
}

/** The position (from 1) of the last indicator that meets `test`, as MAX(match*position) finds it. */
function lastPosition(indicators: readonly Indicator[], test: (i: Indicator) => boolean): number {
  let found = 0;
  indicators.forEach((indicator, j) => {
    if (test(indicator)) found = j + 1;
  });
  return found;
}

/** How a sheet finds an indicator's row of the KPI table: the formula, and the position it gives now. */
export interface RowLookup {
  /** =SUMPRODUCT(MAX(...)): the 1-based position in the table, 0 when the row is gone. */
  readonly formula: string;
  readonly found: number;
}

/**
 * The lookup of an indicator's row: by its id when `byId` (the id is in the table's id column),
 * else by goal, kind and name. `refs` are expressions (cells or literals) holding the id, the
 * goal's number and the name.
 */
export function tableRowLookup(
  indicator: Indicator,
  indicators: readonly Indicator[],
  s: Settled,
  col: (key: KpiColumnKey) => string,
  byId: boolean,
  refs: { readonly id: string; readonly goal: string; readonly name: string },
): RowLookup {
  const targetKind = stringLiteral(writtenWords[indicator.kind][s.tableLang]);
  const position = (key: KpiColumnKey): string => `(ROW(${col(key)})-MIN(ROW(${col(key)}))+1)`;
  const sameName = (other: Indicator): boolean =>
    other.goal === indicator.goal && other.kind === indicator.kind && idKey(other.name) === idKey(indicator.name);
  const found = byId
    ? lastPosition(indicators, (other) => idKey(other.id.text) === idKey(indicator.id.text))
    : lastPosition(indicators, sameName);
  const match = byId
    ? `(${col("id")}&""=${refs.id})*${position("id")}`
    : `(${col("goal")}=${refs.goal})*(${col("kind")}=${targetKind})*(${col("name")}=${refs.name})*${position("name")}`;
  return { formula: `=SUMPRODUCT(MAX(${match}))`, found };
}

/**
 * The rows of the numerical targets from `firstRow`. `col` gives a KPI table column's structured
 * reference; `inTable` says whether an indicator's id is in the table's id column; `results`
 * are the engine's, one per indicator of the plan, in table order.
 */
export function summaryTargets(
  indicators: readonly Indicator[],
  results: readonly IndicatorResult[],
  s: Settled,
  firstRow: number,
  col: (key: KpiColumnKey) => string,
  inTable: (indicator: Indicator) => boolean,
): TargetTable {
  const m = messagesFor(s.lang).sheet;
  const yearHeaders = s.years.flatMap((year) => yearParts.map((part) => sheetHeader({ year, part }, s.lang)));
  const header: Cell[] = [
    text(m.summaryGoal),
    text(m.summaryIndicator),
    text(m.summaryUnit),
    ...yearHeaders.map(text),
    text(m.gradeLabel),
    text(m.tableRow),
    text(sheetHeader("id", s.lang)),
  ];
  const gradeColumn = columnLetter(header.length - 3);
  const rowColumn = columnLetter(header.length - 2);
  const idColumn = columnLetter(header.length - 1);
  const rows: (Cell | Computed)[][] = [];
  const formats: string[][] = [];
  indicators
    .filter((indicator) => indicator.kind === "target")
    .forEach((indicator, k) => {
      const r = firstRow + k;
      const at = `$${rowColumn}${r}`;
      const lookup = tableRowLookup(indicator, indicators, s, col, inTable(indicator), {
        id: `$${idColumn}${r}`,
        goal: `$A${r}`,
        name: `$B${r}`,
      });
      // what the row's formulas show: the figures of the row they find
      const shown = itemAt(results, lookup.found - 1);
      const pick = (key: KpiColumnKey): string => `INDEX(${col(key)},${at})`;
      const value = (key: KpiColumnKey, v: CachedValue): Computed =>
        computed(`=IF(${at}=0,"-",IF(ISBLANK(${pick(key)}),"",${pick(key)}))`, v);
      const byId = inTable(indicator);
      const vf = valueFormat(indicator);
      rows.push([
        number(indicator.goal),
        text(indicator.name),
        value("unit", shown.indicator.unit),
        ...s.years.flatMap((year) => [
          value({ year, part: "target" }, shownValue(shown.indicator.targets.get(year))),
          value({ year, part: "actual" }, shownValue(shown.indicator.actuals.get(year))),
          value({ year, part: "rate" }, rateValue(shown.rates.get(year), "capped")),
        ]),
        value("grade", gradeValue(shown.grade, s)),
        computed(lookup.formula, lookup.found),
        byId ? text(indicator.id.text) : empty,
      ]);
      formats.push(["0", "General", "General", ...s.years.flatMap(() => [vf, vf, "0.0%"]), "General", "0", "General"]);
    });
  return { header, rows, formats, gradeColumn };
}
