/**
 * Finding the plan table on a sheet the way a person does: the header may sit below title rows,
 * may be two rows (a year merged across 目標値 / 実績値 / 達成率 under it), and the table may be
 * one row per indicator or the printed report's three rows per indicator (目標値 / 実績値 /
 * 達成率, a column naming which, the years across).
 */
import { FieldKey, readHeader, yearColumnOf, yearPartOf, YearPart } from "../columns";
import { readYear } from "../year";
import { unreachable } from "../unreachable";
import { cellAt, Grid, gridWidth } from "./grid";

/** What a column of the sheet was read as. */
export type ColumnReading =
  | { readonly kind: "field"; readonly field: FieldKey }
  /** The target, actual or (the city's own) rate of a year. */
  | { readonly kind: "year"; readonly part: YearPart; readonly year: number }
  /** The report layout: a year's column, each row's part named by the part column. */
  | { readonly kind: "yearRows"; readonly year: number }
  /** The report layout: the column naming each row's part (目標値 / 実績値 / 達成率). */
  | { readonly kind: "part" }
  /** A column no one here knows: kept as text. */
  | { readonly kind: "text" }
  /** A blank header or a column the KPI table computes (rates, grades): not read. */
  | { readonly kind: "ignored" };

export type Layout = "rows" | "report";

export interface FoundTable {
  readonly layout: Layout;
  /** Grid rows of the header (one or two) and the first row below it. */
  readonly headerTop: number;
  readonly bodyTop: number;
  /** The header of each grid column as read (two rows joined: 目標値_R6), and its reading. */
  readonly headers: readonly string[];
  readonly readings: readonly ColumnReading[];
}

/** What a row of the sheet would make of a header, for the message when no table is found. */
export interface HeaderGuess {
  readonly row: number;
  readonly known: readonly string[];
}

export type TableSearch =
  | { readonly kind: "found"; readonly table: FoundTable }
  | { readonly kind: "none"; readonly best: HeaderGuess | undefined }
  | { readonly kind: "several"; readonly tables: readonly FoundTable[] };

/** A header cell's text: numbers (2024) as written. */
export function cellText(grid: Grid, row: number, column: number): string {
  const v = cellAt(grid, row, column).value;
  switch (v.kind) {
    case "text":
      return v.text.trim();
    case "number":
      return String(v.value);
    case "empty":
    case "boolean":
    case "error":
    case "uncalculated":
      return "";
    default:
      return unreachable(v);
  }
}

/** The reading of one header as the plan reader would take it. */
export function readingOf(header: string): ColumnReading {
  if (header === "") return { kind: "ignored" };
  const column = readHeader(header);
  switch (column.kind) {
    case "field":
      return { kind: "field", field: column.field };
    case "target":
    case "actual":
      return { kind: "year", part: column.kind, year: column.year };
    case "computed": {
      const rate = yearColumnOf(header);
      return rate?.part === "rate" ? { kind: "year", part: "rate", year: rate.year } : { kind: "ignored" };
    }
    // a department's text of a year (取組状況_R7): the plan reader keeps it beside the year
    case "report":
    case "unknown":
      return { kind: "text" };
    default:
      return unreachable(column);
  }
}

const yearOnly = (text: string): number | undefined => {
  const y = readYear(text);
  return y.kind === "year" && text !== "" ? y.year : undefined;
};

/** The headers of row `row`, joined with the row above when that row holds the years over part words. */
function headersAt(grid: Grid, row: number, width: number): { headers: string[]; rows: 1 | 2 } {
  const lower = Array.from({ length: width }, (_, c) => cellText(grid, row, c));
  if (row === 0) return { headers: lower, rows: 1 };
  const upper = Array.from({ length: width }, (_, c) => cellText(grid, row - 1, c));
  // a year over several part words stands once when its cells are not merged (or merged in a
  // host that gives only the first cell its value): it heads the parts up to the next year
  let year: string | undefined;
  const joined = lower.map((l, c) => {
    const u = upper[c] ?? "";
    const part = yearPartOf(l);
    if (yearOnly(u) !== undefined) year = u;
    else if (u !== "" || part === undefined) year = undefined;
    return part !== undefined && year !== undefined ? `${l}_${year}` : undefined;
  });
  if (!joined.some((j) => j !== undefined)) return { headers: lower, rows: 1 };
  return { headers: lower.map((l, c) => joined[c] ?? (l === "" ? (upper[c] ?? "") : l)), rows: 2 };
}

const hasFields = (readings: readonly ColumnReading[], ...fields: FieldKey[]): boolean =>
  fields.every((f) => readings.some((r) => r.kind === "field" && r.field === f));

/** The report layout's part column: the first column whose cells below the header name parts. */
function partColumn(grid: Grid, bodyTop: number, readings: readonly ColumnReading[]): number | undefined {
  const look = Math.min(grid.rows.length, bodyTop + 9);
  for (let c = 0; c < readings.length; c++) {
    const r = readings[c];
    if (r?.kind !== "text" && r?.kind !== "ignored") continue;
    const parts = new Set<YearPart>();
    for (let row = bodyTop; row < look; row++) {
      const part = yearPartOf(cellText(grid, row, c));
      if (part !== undefined) parts.add(part);
    }
    if (parts.has("target") && parts.has("actual")) return c;
  }
  return undefined;
}

/** The table whose header is row `row` (with the row above, for two-row headers), if it is one. */
function tableAt(grid: Grid, row: number, width: number): FoundTable | undefined {
  const { headers, rows } = headersAt(grid, row, width);
  const readings = headers.map(readingOf);
  if (!hasFields(readings, "goal", "name")) return undefined;
  const headerTop = row - rows + 1;
  const bodyTop = row + 1;
  const years = headers.map(yearOnly);
  if (years.some((y) => y !== undefined)) {
    const part = partColumn(grid, bodyTop, readings);
    if (part !== undefined) {
      const report = readings.map((r, c): ColumnReading => {
        const year = years[c];
        if (c === part) return { kind: "part" };
        return year !== undefined ? { kind: "yearRows", year } : r;
      });
      return { layout: "report", headerTop, bodyTop, headers, readings: report };
    }
  }
  return { layout: "rows", headerTop, bodyTop, headers, readings };
}

const known = (t: FoundTable): number => t.readings.filter((r) => r.kind !== "text" && r.kind !== "ignored").length;

/**
 * Finds the plan table on a grid (its merged cells filled, see filledMerges). A header is a row
 * naming at least the goal and the indicator's name; two such rows next to each other are one
 * two-row header; two apart are two tables, and the caller is told both.
 */
export function findTable(grid: Grid): TableSearch {
  const width = gridWidth(grid);
  const found: FoundTable[] = [];
  let best: HeaderGuess | undefined;
  for (let row = 0; row < grid.rows.length; row++) {
    const table = tableAt(grid, row, width);
    if (table === undefined) {
      const knownHere = Array.from({ length: width }, (_, c) => cellText(grid, row, c)).filter(
        (h) => readingOf(h).kind !== "text" && readingOf(h).kind !== "ignored",
      );
      if (knownHere.length > 0 && (best === undefined || knownHere.length > best.known.length))
        best = { row, known: knownHere };
      continue;
    }
    const last = found[found.length - 1];
    // the row below a header that still reads as one: a two-row header's second row, or the
    // first row of a header merged down over two rows
    if (last !== undefined && table.headerTop <= last.bodyTop) {
      if (known(table) >= known(last)) found[found.length - 1] = table;
      continue;
    }
    found.push(table);
  }
  const [first] = found;
  if (first === undefined) return { kind: "none", best };
  return found.length === 1 ? { kind: "found", table: first } : { kind: "several", tables: found };
}
