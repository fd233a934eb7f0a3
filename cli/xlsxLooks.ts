/**
 * How a cell of a sheet plan looks in the .xlsx: its number format, its block's font, fill and
 * wrapping, the quote-prefix mark for text that starts like a formula, and, on a protected sheet,
 * whether it is an input (unlocked and shaded). One meaning for the cells ExcelJS writes and for
 * the table rows written beside it (tableRows.ts), which take the cell formats ExcelJS made for
 * a sample of each look.
 */
import ExcelJS from "exceljs";
import { Block, Cell } from "../src/sheets";
import { quotePrefixMark } from "./quotePrefix";
import { formulaLike } from "./xlsxText";

/** What varies from cell to cell of a block (the rest is the block's). */
export interface Look {
  /** undefined for General. */
  readonly numFmt: string | undefined;
  /** Text that starts like a formula: it carries the quote-prefix mark. */
  readonly quoted: boolean;
  /** The fill of an input cell of a protected sheet ("#RRGGBB"), which is unlocked. */
  readonly input: string | undefined;
}

export const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

const solidFill = (hex: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } });

/** A look as a key: cells with the same key share one cell format. */
export function lookKey(look: Look): string {
  return `${look.numFmt ?? ""}\u0000${look.quoted ? 1 : 0}\u0000${look.input ?? ""}`;
}

/** The look of a block's cell `r` rows and `c` columns from its top left; `input` as Look's. */
export function lookOf(block: Block, r: number, c: number, cell: Cell, input: string | undefined): Look {
  const format = block.numberFormats?.[r]?.[c];
  return {
    numFmt: format === undefined || format === "General" ? undefined : format,
    quoted: cell.kind === "text" && formulaLike(cell.text),
    input,
  };
}

/** Gives an ExcelJS cell of `block` its look. */
export function applyLook(target: ExcelJS.Cell, block: Block, look: Look): void {
  if (look.quoted) target.protection = { ...quotePrefixMark };
  if (look.numFmt !== undefined) target.numFmt = look.numFmt;
  if (block.bold === true || block.fontSize !== undefined)
    target.font = {
      ...(block.bold === true ? { bold: true } : {}),
      ...(block.fontSize === undefined ? {} : { size: block.fontSize }),
    };
  if (block.fill !== undefined) target.fill = solidFill(block.fill);
  if (block.wrap === true) target.alignment = { wrapText: true, vertical: "top" };
  if (look.input !== undefined) markInput(target, look.input);
}

/** An input cell of a protected sheet: unlocked, shaded. */
export function markInput(target: ExcelJS.Cell, fill: string): void {
  target.protection = { ...target.protection, locked: false };
  target.fill = solidFill(fill);
}
