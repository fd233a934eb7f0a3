/**
 * A workbook's sheets as the engine's plain grids (src/read/grid.ts), read with ExcelJS (loaded
 * only when a workbook is read): a value as the cell holds it (a date as its serial number), a
 * formula with the result it was saved with, merged cells empty but the top-left. The command
 * line and the pane (its returns) read workbooks through this one module: no Node APIs here.
 */
import type ExcelJS from "exceljs";
import { Localized } from "../src";
import { localize } from "../src/i18n";
import { CellValue, Grid, GridCell, Merge } from "../src/read/grid";
import { parseCell } from "../src/formula/a1";

/** A workbook's sheets as grids, in workbook order, or why the bytes are not a workbook. */
export type WorkbookLoad =
  | { readonly kind: "grids"; readonly grids: readonly Grid[]; readonly hidden: ReadonlySet<string> }
  | { readonly kind: "refused"; readonly why: Localized };

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);
/** An encrypted OOXML package is an OLE container holding an "EncryptionInfo" stream (its name in UTF-16 LE). */
const encryptionInfo = [..."EncryptionInfo"].flatMap((c) => [c.charCodeAt(0), 0]);

/** Whether `needle` occurs in `bytes` (the first byte's every position, then the rest). */
function holds(bytes: Uint8Array, needle: readonly number[]): boolean {
  for (
    let at = bytes.indexOf(needle[0]);
    at !== -1 && at + needle.length <= bytes.length;
    at = bytes.indexOf(needle[0], at + 1)
  ) {
    if (needle.every((b, i) => bytes[at + i] === b)) return true;
  }
  return false;
}

/** Whether a file is to be read as a workbook: by its first bytes, or by a workbook's name. */
export function isWorkbook(file: string, bytes: Uint8Array): boolean {
  return startsWith(bytes, zipMagic) || startsWith(bytes, oleMagic) || /\.(xlsx|xlsm|xls)$/iu.test(file);
}

/** The first bytes of a file as a message shows them: printable ASCII, the rest as dots. */
const shownStart = (bytes: Uint8Array): string =>
  [...bytes.subarray(0, 8)].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".")).join("");

/** Excel's serial day number of a date (the 1900 system), as its cell holds it. */
const serial = (date: Date): number => date.getTime() / 86_400_000 + 25569;

function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "string") return value === "" ? { kind: "empty" } : { kind: "text", text: value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) return { kind: "number", value: serial(value) };
  if ("error" in value) return { kind: "error", text: String(value.error) };
  if ("richText" in value) return { kind: "text", text: value.richText.map((r) => r.text).join("") };
  if ("hyperlink" in value) return plainValue(value.text);
  return { kind: "text", text: JSON.stringify(value) };
}

/** ExcelJS's cell types (its ValueType enum, a value the type declarations cannot import at run time). */
const formulaType = 6;
const mergeType = 1;

function cellOf(cell: ExcelJS.Cell): GridCell {
  const format = cell.numFmt || "General";
  if (Number(cell.type) !== formulaType) return { value: plainValue(cell.value), format, formula: "" };
  // the saved result from the cell itself: ExcelJS's value object leaves out a result of 0
  const result = cell.result as ExcelJS.CellValue | undefined;
  const value: CellValue = result === undefined ? { kind: "uncalculated" } : plainValue(result);
  return { value, format, formula: `=${cell.formula}` };
}

function merges(sheet: ExcelJS.Worksheet): Merge[] {
  const ranges = (sheet.model as { merges?: string[] }).merges ?? [];
  return ranges.map((range) => {
    const [from = "A1", to = from] = range.split(":");
    const a = parseCell(from);
    const b = parseCell(to);
    return { top: a.row, left: a.column, bottom: b.row, right: b.column };
  });
}

/** A worksheet as a grid from A1: merged cells other than the top-left are empty, as Excel holds them. */
export function sheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const rows: GridCell[][] = [];
  const empty: GridCell = { value: { kind: "empty" }, format: "General", formula: "" };
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      while (cells.length < c - 1) cells.push(empty);
      cells[c - 1] = Number(cell.type) === mergeType ? empty : cellOf(cell);
    });
    while (rows.length < r - 1) rows.push([]);
    rows[r - 1] = cells;
  });
  return { sheet: sheet.name, top: 0, left: 0, rows, merges: merges(sheet) };
}

/** Loads a workbook's sheets as grids; refuses what is not a workbook, or is password-protected. */
export async function loadWorkbookGrids(bytes: Uint8Array): Promise<WorkbookLoad> {
  if (startsWith(bytes, oleMagic)) {
    const encrypted = holds(bytes, encryptionInfo);
    return { kind: "refused", why: localize((m) => (encrypted ? m.workbook.encrypted : m.workbook.oldXls)) };
  }
  if (!startsWith(bytes, zipMagic)) {
    return { kind: "refused", why: localize((m) => m.workbook.notAWorkbook(shownStart(bytes))) };
  }
  const { default: Excel } = await import(/* webpackChunkName: "xlsx" */ "exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = (error as Error).message.split("\n")[0] ?? "";
    return { kind: "refused", why: localize((m) => m.workbook.unreadable(detail)) };
  }
  if (workbook.worksheets.length === 0) {
    return { kind: "refused", why: localize((m) => m.workbook.unreadable("no worksheet")) };
  }
  const hidden = new Set(workbook.worksheets.filter((s) => s.state !== "visible").map((s) => s.name));
  return { kind: "grids", grids: workbook.worksheets.map(sheetGrid), hidden };
}
