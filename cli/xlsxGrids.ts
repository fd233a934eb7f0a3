/**
 * A workbook's sheets as grids of plain values (see Grids in src/departments/returnTable.ts),
 * read with ExcelJS: a formula as the result it was saved with, rich text as its text, an
 * error as its code. The smallest reading the returns need: the tables in them are found by
 * the engine, from what the split wrote.
 */
import ExcelJS from "exceljs";
import type { Grids } from "../src/departments";

function plain(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) return plain((value as ExcelJS.CellFormulaValue).result);
  if ("text" in value) return value.text;
  return undefined;
}

/** Every sheet's used cells, row by row from A1 (blank rows and cells as undefined). */
export async function xlsxGrids(bytes: Uint8Array): Promise<Grids> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const grids = new Map<string, unknown[][]>();
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        cells[c - 1] = plain(cell.value);
      });
      rows[r - 1] = Array.from(cells);
    });
    grids.set(
      ws.name,
      Array.from(rows, (row) => row ?? []),
    );
  });
  return grids;
}
