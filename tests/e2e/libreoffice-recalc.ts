/**
 * Test helper: recalculate .xlsx files in LibreOffice headless and read the values back.
 *
 * The recalculation recipe (a throwaway LibreOffice profile that recalculates on load) is the
 * product's own, cli/libreoffice.ts, which `kpi-sheets report -o report.pdf` uses too.
 */
import ExcelJS from "exceljs";
import { convertWithLibreOffice, scratchDir } from "../../cli/libreoffice";

export { scratchDir };

/**
 * Opens each file in LibreOffice, recalculates every formula, and saves it as .xlsx into a new
 * directory; returns the output paths in the order given.
 */
export function recalculate(files: readonly string[]): string[] {
  const run = convertWithLibreOffice(files, "xlsx");
  switch (run.kind) {
    case "converted":
      return run.files;
    case "missing":
      throw new Error("soffice could not run: not installed");
    case "failed":
      throw new Error(`soffice failed: ${run.why}`);
    default: {
      const unknown: never = run;
      return unknown;
    }
  }
}

export type Value = number | string | boolean | { error: string } | null;

/** What a cell shows: a formula's result, text without rich-text runs, null when empty. */
export function plainValue(cell: ExcelJS.Cell): Value {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  // a cell of a shared formula below its first holds only the shared formula's reference
  if (typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    const r = cell.result as unknown;
    if (r === undefined || r === null) return "";
    if (typeof r === "object" && r !== null && "error" in r) return { error: String((r as { error: unknown }).error) };
    return r as Value;
  }
  if (typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  if (typeof v === "object" && "error" in v) return { error: String(v.error) };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** The values of a workbook: sheet name → address → value. */
export async function readValues(file: string): Promise<Map<string, Map<string, Value>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = new Map<string, Map<string, Value>>();
  for (const ws of wb.worksheets) {
    const cells = new Map<string, Value>();
    ws.eachRow((row) => row.eachCell((cell) => cells.set(cell.address, plainValue(cell))));
    sheets.set(ws.name, cells);
  }
  return sheets;
}
