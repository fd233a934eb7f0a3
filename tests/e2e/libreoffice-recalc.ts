/**
 * Test helper: recalculate .xlsx files in LibreOffice headless and read the values back.
 *
 * LibreOffice keeps the cached values of an .xlsx unless told to recalculate on load; a throwaway
 * user profile whose registrymodifications.xcu sets /org.openoffice.Office.Calc/Formula/Load
 * OOXMLRecalcMode to 0 ("always") makes it compute every formula itself. One soffice run
 * converts several files (it starts slowly, so batch).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";

const registry = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh directory under the system temp dir. */
export function scratchDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Opens each file in LibreOffice, recalculates every formula, and saves it as .xlsx into a new
 * directory; returns the output paths in the order given.
 */
export function recalculate(files: readonly string[]): string[] {
  const work = scratchDir("kpi-lo-");
  const profile = join(work, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), registry);
  const out = join(work, "out");
  mkdirSync(out);
  const run = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      ...files,
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  if (run.error !== undefined) throw new Error(`soffice could not run: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
  return files.map((f) => join(out, basename(f).replace(/\.[^.]+$/, ".xlsx")));
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
