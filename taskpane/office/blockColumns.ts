/**
 * A block of a sheet plan as Range.formulas input, and which of its columns can be written once
 * and copied: formula columns whose every row is the top row's formula copied down (the same in
 * relative form), and number formats that a whole column, or several columns alike, share.
 * Plain data; blockOps.ts turns it into operations.
 */
import { formulaShifter } from "../../src/formula/shift";
import { ownCells } from "../../src/sheets/ownCells";
import { Block } from "../../src/sheets/sheetPlan";
import { cellInput } from "./cellInput";

export interface BlockGrid {
  /** Range.formulas input, every row as wide as the widest. */
  readonly inputs: (string | number)[][];
  /** Number formats (null: leave General), or undefined for General everywhere. */
  readonly formats: (string | null)[][] | undefined;
  readonly columns: number;
}

/** Adjacent columns of a block, 0-based from its left edge. */
export interface ColumnRun {
  readonly first: number;
  readonly last: number;
}

/** Columns that share one set of number formats: one is written, the others copy it. */
export interface FormatGroup {
  readonly source: number;
  /** The source's formats, top to bottom. */
  readonly formats: readonly (string | null)[];
  /** One format all the way down: written in the top cell and copied down the column. */
  readonly uniform: boolean;
  /** The other columns with exactly these formats. */
  readonly copies: readonly ColumnRun[];
}

export function blockGrid(block: Block): BlockGrid {
  const columns = Math.max(0, ...block.cells.map((r) => r.length));
  // copied cells are sent as their own formulas: filledColumns finds the columns to copy again
  const inputs = ownCells(block).map((row) => {
    const out: (string | number)[] = row.map(cellInput);
    while (out.length < columns) out.push("");
    return out;
  });
  let any = false;
  const formats = block.cells.map((_row, r) => {
    const out: (string | null)[] = [];
    for (let c = 0; c < columns; c++) {
      const f = block.numberFormats?.[r]?.[c];
      const format = f === undefined || f === "" || f === "General" ? null : f;
      if (format !== null) any = true;
      out.push(format);
    }
    return out;
  });
  return { inputs, formats: any ? formats : undefined, columns };
}

/** The columns (in order) as runs of adjacent ones. */
export function runsOf(columns: readonly number[]): ColumnRun[] {
  const runs: ColumnRun[] = [];
  for (const c of columns) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.last === c - 1) runs[runs.length - 1] = { first: last.first, last: c };
    else runs.push({ first: c, last: c });
  }
  return runs;
}

/** Whether every row of the column holds the top row's formula moved down to it. */
function copiedDown(inputs: BlockGrid["inputs"], column: number): boolean {
  const top = inputs[0]?.[column];
  // a formula's input starts with "="; text that does is written with the quote prefix
  if (inputs.length < 2 || typeof top !== "string" || !top.startsWith("=")) return false;
  const shift = formulaShifter(top);
  for (let r = 1; r < inputs.length; r++) if (inputs[r][column] !== shift(r)) return false;
  return true;
}

/** Runs of formula columns that the top row's formulas, copied down, fill exactly. */
export function filledColumns(grid: BlockGrid): ColumnRun[] {
  const filled: number[] = [];
  for (let c = 0; c < grid.columns; c++) if (copiedDown(grid.inputs, c)) filled.push(c);
  return runsOf(filled);
}

/** The columns grouped by their formats, each group led by its leftmost column; all-General columns left out. */
export function formatGroups(grid: BlockGrid): FormatGroup[] {
  const formats = grid.formats;
  if (formats === undefined) return [];
  const byKey = new Map<string, number[]>();
  for (let c = 0; c < grid.columns; c++) {
    const column = formats.map((row) => row[c]);
    if (column.every((f) => f === null)) continue;
    const key = JSON.stringify(column);
    const members = byKey.get(key);
    if (members === undefined) byKey.set(key, [c]);
    else members.push(c);
  }
  return [...byKey.values()].map(([source, ...others]) => {
    const column = formats.map((row) => row[source]);
    return {
      source,
      formats: column,
      uniform: column.every((f) => f === column[0]),
      copies: runsOf(others),
    };
  });
}
