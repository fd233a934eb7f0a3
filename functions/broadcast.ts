import { FunctionId, functionIds, ParameterName, signatures } from "../src/functionSignatures";
import { Lang } from "../src/lang";
import { CellError, invalid, isCellError, overflow, tooLarge } from "./errors";
import { ArgName, args, messages } from "./messages";

/** What a cell of a result holds: a number, a label, "" for blank, or an error. */
export type Out = number | string | CellError;

/** An argument as a rectangle of cells. Excel passes 2D arrays; a scalar is a 1×1 grid. */
export interface Grid {
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly (readonly unknown[])[];
}

const describe = (g: Grid): string => `${g.rows}×${g.cols}`;

/**
 * Reads an argument as a grid. Omitted optional arguments arrive as null (or undefined) and
 * are a 1×1 blank. A flat array is one row. Ragged or empty arrays never come from Excel,
 * but they are an error here, not a crash.
 */
export function toGrid(input: unknown, arg: ArgName, lang: Lang): Grid | CellError {
  if (!Array.isArray(input)) return { rows: 1, cols: 1, cells: [[input]] };
  if (input.length === 0) return invalid(messages.empty(arg), lang);
  // one pass over the rows, building nothing: a column of 100,000 rows is checked as it stands
  const first: unknown = input[0];
  if (!Array.isArray(first)) {
    for (const row of input) if (Array.isArray(row)) return invalid(messages.notRectangular(arg), lang);
    return { rows: 1, cols: input.length, cells: [input] };
  }
  const cols = first.length;
  let mixed = false;
  let ragged = false;
  for (const row of input) {
    if (!Array.isArray(row)) mixed = true;
    else if (row.length !== cols) ragged = true;
  }
  // the errors in the order they were always told: not all rows, then empty, then ragged
  if (mixed) return invalid(messages.notRectangular(arg), lang);
  if (cols === 0) return invalid(messages.empty(arg), lang);
  if (ragged) return invalid(messages.notRectangular(arg), lang);
  const rows = input as unknown[][];
  return { rows: rows.length, cols, cells: rows };
}

/** A number that is safe to put in a cell: never NaN or Infinity. */
export function finite(value: Out): Out {
  return typeof value === "number" && !Number.isFinite(value) ? overflow("en") : value;
}

/**
 * The most cells a result may have: a sheet's rows (1,048,576), one full column. A row range
 * against a column range multiplies (B2:B20000 by C1:ZZ1 is 14 million cells), and building
 * that runs the shared runtime out of memory, so a larger result is one #NUM! at once instead.
 */
export const maxResultCells = 1_048_576;

/**
 * Applies `cell` to every position of the arguments' common shape. A 1×1 argument, a single
 * row or a single column is repeated along the other dimension, as Excel's array arithmetic
 * does; any other mismatch is one #VALUE! naming both sizes, rather than silently padded.
 * One call for a whole column is what keeps thousands of rows off the runtime's queue (#BUSY!).
 */
export function broadcast(
  inputs: readonly (Grid | CellError)[],
  cell: (values: readonly unknown[]) => Out,
  lang: Lang,
): Out[][] {
  const grids: Grid[] = [];
  for (const input of inputs) {
    if (isCellError(input)) return [[input]];
    grids.push(input);
  }
  let rows = 1;
  let cols = 1;
  for (const g of grids) {
    rows = Math.max(rows, g.rows);
    cols = Math.max(cols, g.cols);
  }
  const clash = (a: number, b: number) => a !== b && a !== 1 && b !== 1;
  for (let i = 0; i < grids.length; i++) {
    for (let j = i + 1; j < grids.length; j++) {
      const [a, b] = [grids[i], grids[j]];
      if (clash(a.rows, b.rows) || clash(a.cols, b.cols)) {
        return [[invalid(messages.shapes(describe(a), describe(b)), lang)]];
      }
    }
  }
  if (rows * cols > maxResultCells) return [[tooLarge(messages.tooLarge(rows, cols, maxResultCells), lang)]];
  const values = new Array<unknown>(grids.length);
  const result = new Array<Out[]>(rows);
  const at = (g: Grid, i: number, j: number): unknown => g.cells[g.rows === 1 ? 0 : i][g.cols === 1 ? 0 : j];
  if (cols === 1) {
    // a column (the common call): each row built as its one value, with no array to grow
    for (let i = 0; i < rows; i++) {
      for (let k = 0; k < grids.length; k++) values[k] = at(grids[k], i, 0);
      result[i] = [finite(cell(values))];
    }
    return result;
  }
  for (let i = 0; i < rows; i++) {
    const out = new Array<Out>(cols);
    for (let j = 0; j < cols; j++) {
      for (let k = 0; k < grids.length; k++) values[k] = at(grids[k], i, j);
      out[j] = finite(cell(values));
    }
    result[i] = out;
  }
  return result;
}

/** All cells of a grid, row by row. */
export function cellsOf(grid: Grid): unknown[] {
  const all: unknown[] = [];
  for (const row of grid.cells) for (const c of row) all.push(c);
  return all;
}

interface Declaration {
  /** What messages call each parameter, in order. */
  readonly names: readonly ArgName[];
  /** The positions of the elementwise parameters, and their names. */
  readonly spreadAt: readonly number[];
  readonly spreadNames: readonly ArgName[];
}

function declarationOf(id: FunctionId): Declaration {
  const parameters: readonly { readonly name: ParameterName; readonly elementwise: boolean }[] = signatures[id];
  const names = parameters.map((p) => args[p.name]);
  const spreadAt = parameters.flatMap((p, k) => (p.elementwise ? [k] : []));
  return { names, spreadAt, spreadNames: spreadAt.map((k) => names[k]) };
}

/** Read once from the signatures (src/functionSignatures.ts), not on every call. */
const declarations = Object.fromEntries(functionIds.map((id) => [id, declarationOf(id)])) as Record<
  FunctionId,
  Declaration
>;

/** What messages call a function's parameters, in order: their declared names. */
export const namesOf = (id: FunctionId): readonly ArgName[] => declarations[id].names;

/**
 * Broadcasts `cell` over a function's elementwise arguments, as its signature declares them:
 * `inputs` are all its arguments in order; the cell gets the values of the elementwise ones and
 * what messages call them.
 */
export function spread(
  id: FunctionId,
  inputs: readonly unknown[],
  lang: Lang,
  cell: (values: readonly unknown[], names: readonly ArgName[]) => Out,
): Out[][] {
  const { spreadAt, spreadNames } = declarations[id];
  const grids = spreadAt.map((k, n) => toGrid(inputs[k], spreadNames[n], lang));
  return broadcast(grids, (values) => cell(values, spreadNames), lang);
}
