/**
 * The rest of a sheet plan's page setup, as ExcelJS writes it: A4, margins, header and footer,
 * title columns, page breaks and the print area; and its merged cells and row heights.
 */
import ExcelJS from "exceljs";
import { PrintSetup, SheetPlan } from "../src/sheets";

/** ExcelJS's paper size code of A4 (the OOXML paperSize 9). */
const a4 = 9;

export function applyPageSetup(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  if (print.paper === "A4") ws.pageSetup.paperSize = a4;
  if (print.margins !== undefined) ws.pageSetup.margins = { ...print.margins };
  if (print.titleColumns !== undefined) ws.pageSetup.printTitlesColumn = print.titleColumns.replace(/\$/g, "");
  // ExcelJS puts a $ before each corner; the row's $ is ours ("A$1:K$510" is written $A$1:$K$510)
  if (print.area !== undefined)
    ws.pageSetup.printArea = print.area.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$1$$$2");
  if (print.header !== undefined || print.footer !== undefined) {
    ws.headerFooter = {
      ...(print.header === undefined ? {} : { oddHeader: print.header }),
      ...(print.footer === undefined ? {} : { oddFooter: print.footer }),
    };
  }
  // ExcelJS writes a manual break after the row it is given: a page starting at row r breaks after r - 1
  for (const row of print.rowBreaks ?? []) if (row > 1) ws.getRow(row - 1).addPageBreak();
}

export function applyRowLayout(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const range of plan.merges ?? []) ws.mergeCells(range);
  for (const { row, height } of plan.rowHeights ?? []) ws.getRow(row).height = height;
}
