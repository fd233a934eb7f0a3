/**
 * A stretch of rows of the report sheet being laid out: its blocks, merged ranges, row heights
 * and charts, and the next free row. Each part of the report (overview, goal section, indicator)
 * writes into one and hands it on.
 */
import { columnLetter } from "../formula/a1";
import { Block, Cell, cellsAndValues, Computed, RowHeight } from "../sheets/sheetPlan";
import { ChartSpec } from "./charts";

export interface Part {
  readonly blocks: Block[];
  readonly merges: string[];
  readonly heights: RowHeight[];
  readonly charts: ChartSpec[];
  /** Rows (1-based) that start a page. */
  readonly breaks: number[];
  /** The next free row (1-based). */
  row: number;
}

export function newPart(row = 1): Part {
  return { blocks: [], merges: [], heights: [], charts: [], breaks: [], row };
}

type Style = Omit<Block, "at" | "cells" | "values" | "numberFormats">;

/** Writes rows of cells at `column` of `row` with one number format for all (or per cell). */
export function put(
  part: Part,
  at: string,
  rows: readonly (readonly (Cell | Computed)[])[],
  style: Style = {},
  formats?: readonly (readonly string[])[],
): void {
  part.blocks.push({
    at,
    ...cellsAndValues(rows),
    ...(formats === undefined ? {} : { numberFormats: formats }),
    ...style,
  });
}

/** Where a wide text goes: its first and last column (0-based) and their width in characters. */
export interface Span {
  readonly from: number;
  readonly to: number;
  readonly width: number;
}

/** One line of text across `span` of the row, merged, wrapped, and tall enough for `length` characters. */
export function wideText(part: Part, cell: Cell | Computed, length: number, span: Span, style: Style = {}): void {
  const r = part.row;
  put(part, `${columnLetter(span.from)}${r}`, [[cell]], { wrap: true, ...style });
  part.merges.push(`${columnLetter(span.from)}${r}:${columnLetter(span.to)}${r}`);
  // a merged cell does not grow with its text: its height is set from the text's length
  // (a full-width character takes two of the default font's character widths)
  const lines = Math.max(1, Math.ceil((length * 2) / Math.max(1, span.width)));
  if (lines > 1) part.heights.push({ row: r, height: Math.ceil(lines * 14 + 3) });
  part.row += 1;
}

/** The number of display characters of a text, a full-width character counting as one. */
export const textLength = (text: string): number => [...text].length;
