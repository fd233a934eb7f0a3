/**
 * merge keeps the master's settings: a master built with the city's rules and scale, split,
 * returned and merged, gives a merged workbook with the same settings sheet and rates computed
 * under them (here: rounding down, where the reference's half-up would print 100.0%).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { build } from "../../cli/build";
import { merge } from "../../cli/merge";
import { split } from "../../cli/split";
import { xlsxGrids } from "../../cli/xlsxGrids";
import { findScale } from "../../src";
import { kpiTableIn } from "../../src/departments";
import { readSettingsRows } from "../../src/read/settingsRows";

const plan = join(__dirname, "..", "fixtures", "departments-plan.csv");
const quiet = { stdout: () => undefined, stderr: () => undefined, now: () => new Date(0) };

async function grids(file: string) {
  const load = await xlsxGrids(new Uint8Array(readFileSync(file)));
  if (load.kind !== "grids") throw new Error(load.why.en);
  return load.grids;
}

/** A department file with PLAN-1's FY2025 actual typed in. */
async function fillPlan1(file: string, actual: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("KPI") as ExcelJS.Worksheet;
  const header = (ws.getRow(4).values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
  ws.eachRow((row, n) => {
    if (n > 4 && row.getCell(header.indexOf("指標ID")).value === "PLAN-1")
      row.getCell(header.indexOf("実績値_R7")).value = actual;
  });
  await wb.xlsx.writeFile(file);
}

test("a master built with --rounding truncate --scale symbols --rule worst --lag 1 merges into a workbook with the same settings", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-merge-settings-"));
  const master = join(dir, "master.xlsx");
  const rules = ["--rounding", "truncate", "--scale", "symbols", "--rule", "worst", "--lag", "1", "--tolerance", "5%"];
  expect(await build([plan, "-o", master, ...rules], quiet)).toBe(0);
  const before = readSettingsRows([...(await grids(master)).values()].find((rows) => readSettingsRows(rows)) ?? []);
  expect(before).toMatchObject({
    scale: findScale("symbols"),
    rules: { rounding: "truncate", rule: "worst", lag: 1, tolerance: 0.05 },
  });

  expect(await split([master, "-o", join(dir, "out"), "--year", "R7"], quiet)).toBe(0);
  const returned = join(dir, "out", "企画課.xlsx");
  // the department's file computes under the master's rules too (its rates are what the department sees)
  const sent = [...(await grids(returned)).values()].map((rows) => readSettingsRows(rows)).find((r) => r !== undefined);
  expect(sent).toMatchObject({ scale: before?.scale, rules: before?.rules });
  // 2,999 of 3,000: 99.966…%, 99.9% rounded down (half up would give 100.0%)
  await fillPlan1(returned, 2999);
  const err: string[] = [];
  const merged = join(dir, "merged.xlsx");
  expect(await merge([master, returned, "-o", merged], { ...quiet, stderr: (t) => err.push(t) })).toBe(0);
  expect(err).toEqual([]);

  const after = await grids(merged);
  const settings = [...after.values()].map((rows) => readSettingsRows(rows)).find((s) => s !== undefined);
  expect(settings).toEqual({ ...before, year: 2025 });
  const table = kpiTableIn(after);
  const col = (name: string): number => (table?.header ?? []).indexOf(name);
  const row = table?.rows.find((r) => r[col("指標ID")] === "PLAN-1") ?? [];
  expect(row[col("実績値_R7")]).toBe(2999);
  expect(row[col("達成率_R7")]).toBe(0.999);
});

test("a settings sheet typed over is said on stderr, by its labels, and the defaults are used for those", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-merge-settings-"));
  const master = join(dir, "master.xlsx");
  expect(await build([plan, "-o", master, "--rounding", "truncate"], quiet)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(master);
  const sheet = wb.worksheets.find((ws) => ws.getCell("A21").value === "端数処理") as ExcelJS.Worksheet;
  sheet.getCell("B21").value = "切り捨て";
  await wb.xlsx.writeFile(master);
  expect(await split([master, "-o", join(dir, "out"), "--year", "R7"], quiet)).toBe(0);
  const err: string[] = [];
  const merged = join(dir, "merged.xlsx");
  const args = [master, join(dir, "out", "企画課.xlsx"), "-o", merged];
  expect(await merge(args, { ...quiet, stderr: (t) => err.push(t) })).toBe(0);
  expect(err.join("")).toContain(
    `${master}: 設定シートの「端数処理」を読めないため、統合したブックでは既定値にしました`,
  );
  const settings = [...(await grids(merged)).values()]
    .map((rows) => readSettingsRows(rows))
    .find((s) => s !== undefined);
  expect(settings?.rules.rounding).toBe("halfUp");
});
