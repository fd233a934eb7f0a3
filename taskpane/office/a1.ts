/** A1-style addresses: the small arithmetic the adapter needs to place and split blocks. */

export interface CellRef {
  /** 0-based row and column. */
  readonly row: number;
  readonly column: number;
}

// the column arithmetic is the sheet plans' own, so plans and the adapter can never disagree
import { columnIndex, columnLetter } from "../../src/sheets/address";
export { columnIndex, columnLetter };

const cellPattern = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** "B3" or "$B$3" → {row: 2, column: 1}. */
export function parseCell(address: string): CellRef {
  const m = cellPattern.exec(address.trim());
  if (m === null) throw new Error(`not a cell address: "${address}"`);
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
}

export function cellAddress(ref: CellRef): string {
  return `${columnLetter(ref.column)}${ref.row + 1}`;
}

/** The address of a rectangle given its top-left cell and its size. */
export function rectAddress(topLeft: CellRef, rows: number, columns: number): string {
  const start = cellAddress(topLeft);
  if (rows === 1 && columns === 1) return start;
  return `${start}:${cellAddress({ row: topLeft.row + rows - 1, column: topLeft.column + columns - 1 })}`;
}

/** "KPI!B3:H40", "'KPI (2)'!B3" → the sheet name (unquoted) and the top-left cell. */
export function splitSheetAddress(address: string): { sheet: string; topLeft: CellRef } {
  const bang = address.lastIndexOf("!");
  const rawSheet = bang < 0 ? "" : address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const range = address.slice(bang + 1);
  return { sheet, topLeft: parseCell(range.split(":")[0]) };
}

/** A sheet name as a formula reference: always quoted, which Excel accepts for any name. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
