/**
 * Turning one sheet plan into Office.js operations, each with its estimated request bytes: tables,
 * blocks (blockOps.ts), widths, frozen panes, conditional formats, validations and page setup.
 */
import { SheetPlan } from "../../src/sheets/sheetPlan";
import { rectAddress } from "../../src/formula/a1";
import { Op, smallOp, step } from "./batches";
import { blockOps, WriteMode } from "./blockOps";
import { headerSections } from "./headerSections";
import { operationOverhead } from "./payload";

/** Column width from characters of the default font to points (Calibri 11: 7 px a character + 5 px padding). */
export function widthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** The steps that write one sheet; `sheet` gives the worksheet proxy made by an earlier step. */
export function sheetOps(plan: SheetPlan, sheet: () => Excel.Worksheet, mode: WriteMode): Op[] {
  const ops: Op[] = [];

  // tables first, over the empty cells: the header values written next name their columns, so
  // the body's structured references are valid when they arrive
  for (const table of plan.tables) {
    ops.push(
      smallOp(() => {
        const t = sheet().tables.add(sheet().getRange(table.range), true);
        t.name = table.name;
        t.style = table.style;
      }),
    );
  }

  // filling per column needs Range.copyFrom; without it every cell is written, as before
  const write = mode === "columns" && !excelApi19() ? "cells" : mode;
  for (const block of plan.blocks) ops.push(...blockOps(block, sheet, write));

  if (plan.columns.length > 0) {
    ops.push(
      step(operationOverhead * plan.columns.length, () => {
        for (const c of plan.columns)
          sheet().getRange(`${c.column}:${c.column}`).format.columnWidth = widthPoints(c.width);
      }),
    );
  }

  const { rows, columns } = plan.freeze;
  if (rows > 0 || columns > 0) {
    ops.push(
      smallOp(() => {
        const panes = sheet().freezePanes;
        if (rows > 0 && columns > 0)
          panes.freezeAt(sheet().getRange(rectAddress({ row: 0, column: 0 }, rows, columns)));
        else if (rows > 0) panes.freezeRows(rows);
        else panes.freezeColumns(columns);
      }),
    );
  }

  for (const cf of plan.conditionalFormats) {
    ops.push(
      smallOp(() => {
        const format = sheet().getRange(cf.range).conditionalFormats.add("Custom");
        format.custom.rule.formula = cf.formula;
        format.custom.format.fill.color = cf.fill;
        format.custom.format.font.color = cf.fontColor;
      }),
    );
  }

  for (const v of plan.validations) {
    const source = typeof v.source === "string" ? v.source : listSource(v.source);
    ops.push(
      smallOp(() => {
        sheet().getRange(v.range).dataValidation.rule = { list: { inCellDropDown: true, source } };
      }),
    );
  }

  // input rules with a Stop alert (ExcelApi 1.8, as the drop-down lists above)
  for (const v of plan.customValidations ?? []) {
    ops.push(
      smallOp(() => {
        const validation = sheet().getRange(v.range).dataValidation;
        validation.rule = { custom: { formula: v.formula } };
        validation.errorAlert = { title: v.errorTitle, message: v.errorMessage, style: "Stop", showAlert: true };
      }),
    );
  }

  // page setup rides in the same request; hosts without ExcelApi 1.9 print with their defaults
  const print = plan.print;
  if (print !== undefined && excelApi19()) {
    ops.push(
      smallOp(() => {
        const layout = sheet().pageLayout;
        // the string values of Excel.PageOrientation: the Excel namespace is not loaded in tests
        layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        // one page wide, as many tall as needed (0 = automatic)
        if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (print.titleRows !== undefined) layout.setPrintTitleRows(print.titleRows);
        if (print.titleColumns !== undefined) layout.setPrintTitleColumns(print.titleColumns);
        if (print.paper === "A4") layout.paperSize = "A4";
        const m = print.margins;
        if (m !== undefined) {
          // inches in the plan, points here (to 0.01 pt)
          const points = (inches: number): number => Math.round(inches * 7200) / 100;
          layout.leftMargin = points(m.left);
          layout.rightMargin = points(m.right);
          layout.topMargin = points(m.top);
          layout.bottomMargin = points(m.bottom);
          layout.headerMargin = points(m.header);
          layout.footerMargin = points(m.footer);
        }
        const pages = layout.headersFooters.defaultForAllPages;
        if (print.header !== undefined) {
          const h = headerSections(print.header);
          pages.leftHeader = h.left;
          pages.centerHeader = h.center;
          pages.rightHeader = h.right;
        }
        if (print.footer !== undefined) {
          const f = headerSections(print.footer);
          pages.leftFooter = f.left;
          pages.centerFooter = f.center;
          pages.rightFooter = f.right;
        }
        if (print.area !== undefined) layout.setPrintArea(print.area);
        for (const row of print.rowBreaks ?? []) sheet().horizontalPageBreaks.add(`A${row}`);
      }),
    );
  }

  // merged cells and row heights (ExcelApi 1.2)
  const { merges = [], rowHeights = [] } = plan;
  if (merges.length > 0 || rowHeights.length > 0) {
    ops.push(
      step(operationOverhead * (merges.length + rowHeights.length), () => {
        for (const range of merges) sheet().getRange(range).merge(false);
        for (const { row, height } of rowHeights) sheet().getRange(`${row}:${row}`).format.rowHeight = height;
      }),
    );
  }
  return ops;
}

/**
 * Whether the host has ExcelApi 1.9: Excel.PageLayout and Range.copyFrom. Outside Office (tests,
 * bench) the adapter's caller decides.
 */
function excelApi19(): boolean {
  if (typeof Office === "undefined") return true;
  return Office.context.requirements.isSetSupported("ExcelApi", "1.9");
}

/** A literal drop-down list: comma-separated, so an item may not hold a comma. */
function listSource(items: readonly string[]): string {
  const bad = items.find((i) => i.includes(","));
  if (bad !== undefined) throw new Error(`a drop-down item may not contain a comma: "${bad}"`);
  return items.join(",");
}
