/**
 * Reading the user's own sheet for "Create KPI sheet" from it: the selected range, or the active
 * sheet's used range when one cell is selected, as the engine's plain grid (values, number
 * formats, formulas). Only reads: the user's sheet is never changed.
 */
import { splitSheetAddress } from "../../src/formula/a1";
import { localize } from "../../src/i18n";
import { CellValue, Grid, GridCell } from "../../src/read/grid";
import { LocalizedError } from "../errors";

/** The error values Excel shows in a cell (Range.values gives them as text). */
const errorValues = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"]);

function valueOf(v: unknown): CellValue {
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "boolean") return { kind: "boolean", value: v };
  if (typeof v !== "string" || v === "") return { kind: "empty" };
  return errorValues.has(v) ? { kind: "error", text: v } : { kind: "text", text: v };
}

/** A loaded range's values, number formats and formulas as a grid placed where the range is. */
export function rangeGrid(address: string, values: unknown[][], formats: unknown[][], formulas: unknown[][]): Grid {
  const { sheet, topLeft } = splitSheetAddress(address);
  const rows = values.map((row, r) =>
    row.map((v, c): GridCell => {
      const formula = formulas[r]?.[c];
      const format = formats[r]?.[c];
      return {
        value: valueOf(v),
        format: typeof format === "string" && format !== "" ? format : "General",
        formula: typeof formula === "string" && formula.startsWith("=") ? formula : "",
      };
    }),
  );
  return { sheet, top: topLeft.row, left: topLeft.column, rows, merges: [] };
}

/** Reads the selection (or, for one selected cell, the used range of its sheet) as a grid. */
export async function readSheetGrid(context: Excel.RequestContext): Promise<Grid> {
  const selected = context.workbook.getSelectedRange().load("rowCount,columnCount");
  const used = context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject().load("address");
  await context.sync();
  const one = selected.rowCount * selected.columnCount <= 1;
  if (one && used.isNullObject) throw new LocalizedError(localize((m) => m.workbook.emptySheet));
  const range = (one ? used : selected).load("address,values,numberFormat,formulas");
  await context.sync();
  return rangeGrid(range.address, range.values, range.numberFormat, range.formulas);
}
