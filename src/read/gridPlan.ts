/**
 * A found table's cells read into a plan by the one plan reader (readPlanTable): each cell typed
 * as staff meant it (typedValues.ts), a baseline written with its year split in two, a formula
 * without a saved value refused by its cell, and every value's sheet address kept.
 */
import { sheetHeader } from "../columns";
import { localize } from "../i18n";
import { Localized } from "../lang";
import { PlanRead, readPlanTable } from "../planTable";
import { Problem } from "../problem";
import { unreachable } from "../unreachable";
import { readYear } from "../year";
import { ColumnReading, readingOf } from "./findTable";
import { emptyCell, GridCell } from "./grid";
import { TableCells } from "./tableRows";
import { CellRole, splitBaselineYear, typedValue } from "./typedValues";

/** A key for a column's meaning: "name", "baseline", "target:2024", "text:担当課". */
export function readingKey(reading: ColumnReading, header: string): string {
  switch (reading.kind) {
    case "field":
      return reading.field;
    case "year":
      return `${reading.part}:${reading.year}`;
    case "yearRows":
      return `years:${reading.year}`;
    case "text":
      return `text:${header}`;
    case "part":
    case "ignored":
      return reading.kind;
    default:
      return unreachable(reading);
  }
}

/** The header the plan reader is given for a column: its own when it reads as meant, else the schema's. */
function headerFor(reading: ColumnReading, header: string, letter: string): string {
  if (readingKey(readingOf(header), header) === readingKey(reading, header)) return header;
  switch (reading.kind) {
    case "field":
      return sheetHeader(reading.field, "ja");
    case "year":
      return sheetHeader({ year: reading.year, part: reading.part }, "ja");
    case "text":
      // a known header the user chose to keep as text: marked, so it is not read as its field
      return `${header || letter}_`;
    case "yearRows":
    case "part":
    case "ignored":
      return "";
    default:
      return unreachable(reading);
  }
}

function roleOf(reading: ColumnReading): CellRole {
  switch (reading.kind) {
    case "field":
      return reading.field === "baseline" ? "value" : reading.field === "baselineYear" ? "year" : "text";
    case "year":
      return "value";
    case "yearRows":
    case "part":
    case "text":
    case "ignored":
      return "text";
    default:
      return unreachable(reading);
  }
}

/** Whether the plan reader reads a column's cells (the city's rates are compared, not read). */
const isRead = (r: ColumnReading): boolean =>
  r.kind === "field" || r.kind === "text" || (r.kind === "year" && r.part !== "rate");

/** The sheet addresses of one indicator's cells, by readingKey ("target:2024" → "KPI!M5"). */
export interface IndicatorCells {
  /** The address of the indicator's (first) row. */
  readonly row: string;
  readonly at: ReadonlyMap<string, string>;
  /** The cells of its row as found, by readingKey (for the city's rates). */
  readonly cells: ReadonlyMap<string, GridCell>;
}

export interface TableRead {
  readonly read: PlanRead;
  /** Parallel to read.plan.indicators. */
  readonly cells: readonly IndicatorCells[];
}

const sameWhere = (at: string): Localized => ({ ja: at, en: at });
const readsAsYear = (label: string): boolean => readYear(label).kind === "year";

/** Reads a table's cells into a plan with readPlanTable; problems name the sheet cell (KPI!F12). */
export function readTableCells(table: TableCells, letters: (column: number) => string): TableRead {
  const { columns, rows } = table;
  const baseline = columns.findIndex((c) => c.reading.kind === "field" && c.reading.field === "baseline");
  const givenYear = columns.findIndex((c) => c.reading.kind === "field" && c.reading.field === "baselineYear");
  // a baseline written with its year (6,439人（令和元年）) and no year column: one is added
  const split = rows.map((row) => {
    const cell = row.cells[baseline];
    return cell?.value.kind === "text" ? splitBaselineYear(cell.value.text, readsAsYear) : undefined;
  });
  const addYear = givenYear < 0 && split.some((s) => s !== undefined);
  const header = columns.map((c, i) => headerFor(c.reading, c.header, letters(i)));
  if (addYear) header.push(sheetHeader("baselineYear", "ja"));
  const yearAt = addYear ? columns.length : givenYear;

  const problems: { row: number; problem: Problem }[] = [];
  const cellRows = rows.map((row, r): unknown[] => {
    const values: unknown[] = [];
    for (const [i, column] of columns.entries()) {
      const cell = row.cells[i] ?? emptyCell;
      const typed = typedValue(cell, roleOf(column.reading));
      if (typed.kind === "uncalculated") {
        if (!isRead(column.reading)) {
          values.push("");
          continue;
        }
        const message = localize((m) => m.workbook.uncalculated(cell.formula));
        problems.push({ row: r, problem: { where: sameWhere(row.at[i] ?? row.row), column: column.header, message } });
        return [];
      }
      values.push(isRead(column.reading) ? typed.value : "");
    }
    const s = split[r];
    if (s !== undefined) {
      values[baseline] = s.value;
      if (addYear) values.push(s.year);
      else if (yearAt >= 0 && (values[yearAt] === "" || values[yearAt] === undefined)) values[yearAt] = s.year;
    }
    return values;
  });
  const where = (row: number, column: number | undefined): Localized => {
    if (row < 0)
      return sameWhere(
        column === undefined ? (columns[0]?.at ?? "") : (columns[column]?.at ?? columns[baseline]?.at ?? ""),
      );
    const r = rows[row];
    if (r === undefined) return sameWhere("");
    const c = column === yearAt && addYear ? baseline : column;
    return sameWhere(c === undefined ? r.row : (r.at[c] ?? r.row));
  };
  const read = readPlanTable(header, cellRows, where);
  if (read.fatal !== undefined) return { read, cells: [] };
  const rowOf = new Map(rows.map((r, i) => [r.row, i]));
  const cells = read.plan.indicators.map((indicator): IndicatorCells => {
    const row = rows[rowOf.get(indicator.source) ?? -1];
    const at = new Map<string, string>();
    const found = new Map<string, GridCell>();
    columns.forEach((c, i) => {
      const key = readingKey(c.reading, c.header);
      at.set(key, row?.at[i] ?? "");
      found.set(key, row?.cells[i] ?? emptyCell);
    });
    if (addYear && row !== undefined) at.set("baselineYear", row.at[baseline] ?? row.row);
    return { row: row?.row ?? indicator.source, at, cells: found };
  });
  if (problems.length === 0) return { read, cells };
  // the refused formulas among the plan reader's problems, in row order
  const rowOfCell = new Map(rows.flatMap((r, i) => [[r.row, i] as const, ...r.at.map((a) => [a, i] as const)]));
  const order = (p: Problem): number => rowOfCell.get(p.where.en) ?? 0;
  const all = [...problems.map((p) => p.problem), ...read.problems].sort((a, b) => order(a) - order(b));
  return { read: { ...read, problems: all }, cells };
}
