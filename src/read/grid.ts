/**
 * A sheet's cells as plain data: what a workbook reader (ExcelJS on the command line, Office.js
 * in the pane) hands the engine. Independent of both, so the table finding and the typed values
 * are one code for every source.
 */
import { cellAddress } from "../formula/a1";

/** What a cell shows: for a formula, its cached value; `uncalculated` when it has none. */
export type CellValue =
  | { readonly kind: "empty" }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** An error value the cell shows: #DIV/0!, #N/A. */
  | { readonly kind: "error"; readonly text: string }
  /** A formula saved without its value (written by a program that does not calculate). */
  | { readonly kind: "uncalculated" };

export interface GridCell {
  readonly value: CellValue;
  /** The number format ("0.0%", "#,##0", "General"). */
  readonly format: string;
  /** The formula with its "=", or "" for a constant. */
  readonly formula: string;
}

/** A merged range, 0-based rows and columns of the sheet, inclusive. */
export interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A rectangle of a sheet's cells: rows of cells from (top, left), 0-based sheet coordinates. */
export interface Grid {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: readonly (readonly GridCell[])[];
  readonly merges: readonly Merge[];
}

export const emptyCell: GridCell = { value: { kind: "empty" }, format: "General", formula: "" };

/** The cell at a row and column of the grid (0-based, relative to its top-left); empty outside it. */
export function cellAt(grid: Grid, row: number, column: number): GridCell {
  return grid.rows[row]?.[column] ?? emptyCell;
}

/** The number of columns of the grid's widest row. */
export function gridWidth(grid: Grid): number {
  return Math.max(0, ...grid.rows.map((r) => r.length));
}

/** A sheet name as an address prefix: plain when it can be, quoted otherwise (as Excel shows it). */
export function sheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** "KPI!B5": the sheet address of a grid cell. */
export function gridAddress(grid: Grid, row: number, column: number): string {
  return `${sheetName(grid.sheet)}!${cellAddress(grid.top + row, grid.left + column)}`;
}

/**
 * The grid with each merged range's value in every cell of it, as a reader sees a merged cell:
 * a year merged across 目標値 / 実績値 / 達成率 heads all three, a goal merged down holds every row.
 */
export function filledMerges(grid: Grid): Grid {
  if (grid.merges.length === 0) return grid;
  const rows = grid.rows.map((r) => [...r]);
  for (const m of grid.merges) {
    const source = cellAt(grid, m.top - grid.top, m.left - grid.left);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const row = rows[r - grid.top];
        if (row === undefined || (r === m.top && c === m.left)) continue;
        while (row.length <= c - grid.left) row.push(emptyCell);
        row[c - grid.left] = source;
      }
    }
  }
  return { ...grid, rows };
}

/** A grid from plain values (strings, numbers, booleans; undefined is empty), for tests and simple sources. */
export function gridOf(sheet: string, values: readonly (readonly unknown[])[]): Grid {
  const value = (v: unknown): CellValue => {
    if (typeof v === "number") return { kind: "number", value: v };
    if (typeof v === "boolean") return { kind: "boolean", value: v };
    if (typeof v === "string" && v !== "") return { kind: "text", text: v };
    return { kind: "empty" };
  };
  return {
    sheet,
    top: 0,
    left: 0,
    rows: values.map((row) => row.map((v) => ({ value: value(v), format: "General", formula: "" }))),
    merges: [],
  };
}
