/**
 * Turning one sheet plan into Office.js operations, each with its estimated request bytes: tables,
 * value blocks (split by rows to fit a request), formats, widths, frozen panes, conditional
 * formats, validations and page setup.
 */
import { Block, SheetPlan } from "../../src/sheets/sheetPlan";
import { parseCell, rectAddress } from "../../src/formula/a1";
import { Op, smallOp } from "./batches";
import { cellInput } from "./cellInput";
import { chunkRows, entryBytes, operationOverhead } from "./payload";

/** Column width from characters of the default font to points (Calibri 11: 7 px a character + 5 px padding). */
export function widthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** The block's cells as Range.formulas input and its number formats (null = leave General). */
function blockGrids(block: Block): {
  inputs: (string | number)[][];
  formats: (string | null)[][] | undefined;
  columns: number;
} {
  const columns = Math.max(0, ...block.cells.map((r) => r.length));
  const inputs = block.cells.map((row) => {
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

/** The steps that write one sheet; `sheet` gives the worksheet proxy made by an earlier step. */
export function sheetOps(plan: SheetPlan, sheet: () => Excel.Worksheet, budget: number): Op[] {
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

  for (const block of plan.blocks) {
    const { inputs, formats, columns } = blockGrids(block);
    if (columns === 0 || inputs.length === 0) continue;
    const top = parseCell(block.at);
    const rowBytes = inputs.map((row, r) => {
      let bytes = 3;
      for (const v of row) bytes += entryBytes(v);
      if (formats !== undefined) for (const f of formats[r]) bytes += entryBytes(f);
      return bytes;
    });
    let offset = 0;
    for (const rows of chunkRows(rowBytes, budget - 2 * operationOverhead)) {
      const start = offset;
      const bytes = rowBytes.slice(start, start + rows).reduce((a, b) => a + b, 2 * operationOverhead);
      ops.push({
        bytes,
        queue: () => {
          const range = sheet().getRange(rectAddress({ row: top.row + start, column: top.column }, rows, columns));
          if (formats !== undefined) range.numberFormat = formats.slice(start, start + rows);
          range.formulas = inputs.slice(start, start + rows);
        },
      });
      offset += rows;
    }
    if (block.bold === true || block.fill !== undefined || block.wrap === true) {
      ops.push(
        smallOp(() => {
          const range = sheet().getRange(rectAddress(top, inputs.length, columns));
          if (block.bold === true) range.format.font.bold = true;
          if (block.fill !== undefined) range.format.fill.color = block.fill;
          if (block.wrap === true) range.format.wrapText = true;
        }),
      );
    }
  }

  if (plan.columns.length > 0) {
    ops.push({
      bytes: operationOverhead * plan.columns.length,
      queue: () => {
        for (const c of plan.columns)
          sheet().getRange(`${c.column}:${c.column}`).format.columnWidth = widthPoints(c.width);
      },
    });
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
  if (print !== undefined && pageLayoutSupported()) {
    ops.push(
      smallOp(() => {
        const layout = sheet().pageLayout;
        // the string values of Excel.PageOrientation: the Excel namespace is not loaded in tests
        layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        // one page wide, as many tall as needed (0 = automatic)
        if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (print.titleRows !== undefined) layout.setPrintTitleRows(print.titleRows);
      }),
    );
  }
  return ops;
}

/** Whether the host has Excel.PageLayout (ExcelApi 1.9). Outside Office (tests, bench) the adapter's caller decides. */
function pageLayoutSupported(): boolean {
  if (typeof Office === "undefined") return true;
  return Office.context.requirements.isSetSupported("ExcelApi", "1.9");
}

/** A literal drop-down list: comma-separated, so an item may not hold a comma. */
function listSource(items: readonly string[]): string {
  const bad = items.find((i) => i.includes(","));
  if (bad !== undefined) throw new Error(`a drop-down item may not contain a comma: "${bad}"`);
  return items.join(",");
}
