import {
  ColumnFormat,
  ColumnKey,
  departmentColumn,
  ReportColumnKey,
  reportColumnSpec,
  ReportPart,
  sameColumn,
  leadingColumns,
  sheetHeader,
  trailingColumns,
  yearColumnSpecs,
  YearPart,
} from "../columns";
import { Lang } from "../lang";
import { columnLetter } from "../formula/a1";
import { Indicator } from "../plan";

/** What a column of the KPI table holds: a key of the column schema. */
export type KpiColumnKey = ColumnKey;

export interface KpiColumn {
  readonly key: KpiColumnKey;
  readonly header: string;
  readonly letter: string;
  readonly width: number;
  readonly format: ColumnFormat;
}

/**
 * Where everything is on the KPI sheet: a title, a note, the table's header on row 4, one row
 * per indicator from row 5. Headers read back with readPlanTable (目標値_R3, target_FY2021), so
 * the task pane can read the table it wrote.
 */
export interface KpiLayout {
  readonly headerRow: number;
  /** 1-based row of the first indicator. */
  readonly firstRow: number;
  /** 1-based row of the last indicator (firstRow when the plan is empty: a table needs a row). */
  readonly lastRow: number;
  readonly columns: readonly KpiColumn[];
  readonly years: readonly number[];
  letter(key: KpiColumnKey): string;
  header(key: KpiColumnKey): string;
}

/** The per-year columns, in sheet order. */
export const yearParts: readonly YearPart[] = ["target", "actual", "rate"];

export const reportParts: readonly ReportPart[] = ["status", "next"];

/** A column written after the id when the plan has it: the department, a year's texts. */
export type ExtraColumnKey = "department" | ReportColumnKey;

/**
 * The department and report columns of a plan's indicators, in sheet order: the department when
 * any indicator has one, then both texts of every year any indicator has a text column for.
 */
export function extraColumns(indicators: readonly Indicator[]): ExtraColumnKey[] {
  const department = indicators.some((i) => i.department !== "");
  const years = [...new Set(indicators.flatMap((i) => reportParts.flatMap((p) => [...i.reports[p].keys()])))];
  return [
    ...(department ? (["department"] as const) : []),
    ...years.sort((a, b) => a - b).flatMap((year) => reportParts.map((report) => ({ year, report }))),
  ];
}

/**
 * The layout of the KPI table; `extras` (extraColumns) follow the id, and `textColumns`, the
 * plan's own extra columns, are kept after them.
 */
export function kpiLayout(
  years: readonly number[],
  indicatorCount: number,
  lang: Lang,
  textColumns: readonly string[] = [],
  extras: readonly ExtraColumnKey[] = [],
): KpiLayout {
  const spec: { key: KpiColumnKey; width: number; format: ColumnFormat }[] = [
    ...leadingColumns,
    ...years.flatMap((year) => yearParts.map((part) => ({ key: { year, part }, ...yearColumnSpecs[part] }))),
    ...trailingColumns,
    ...extras.map((key) => (key === "department" ? departmentColumn : { key, ...reportColumnSpec })),
    ...textColumns.map((text) => ({ key: { text }, width: 20, format: "general" as const })),
  ];
  const columns = spec.map(({ key, width, format }, i): KpiColumn => ({
    key,
    header: sheetHeader(key, lang),
    width,
    format,
    letter: columnLetter(i),
  }));
  // a row's formulas look up the fixed columns by name many times over: once each
  const named = new Map(columns.flatMap((c) => (typeof c.key === "string" ? [[c.key, c] as const] : [])));
  const find = (key: KpiColumnKey): KpiColumn => {
    const column = typeof key === "string" ? named.get(key) : columns.find((c) => sameColumn(c.key, key));
    if (column === undefined) throw new Error(`no KPI column ${JSON.stringify(key)}`);
    return column;
  };
  const headerRow = 4;
  return {
    headerRow,
    firstRow: headerRow + 1,
    lastRow: headerRow + Math.max(1, indicatorCount),
    columns,
    years,
    letter: (key) => find(key).letter,
    header: (key) => find(key).header,
  };
}
