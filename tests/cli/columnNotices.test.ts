import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";

// The built bin, as `npx kpi-sheets` runs it (npm test builds it first).
const bin = join(__dirname, "../../dist/cli/cli/main.js");
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

const dir = mkdtempSync(join(tmpdir(), "kpi-notices-"));
const plan = join(dir, "plan.csv");
writeFileSync(
  plan,
  [
    "goal,name,担当者,target_R6,acutal_R6,actual_R6,今後の方向性",
    "1,転入者数,企画政策課,100,90,95,継続",
    "1,転出者数,市民課,100,,80,見直し",
  ].join("\n"),
);

test("summary names the columns kept as text and the year column it could not read, and still reads the rest", () => {
  const ja = run("summary", plan, "--json");
  expect(ja.status).toBe(0);
  expect(ja.stderr).toContain("列「担当者」は文字として残しました");
  expect(ja.stderr).toContain("列「acutal_R6」は年度の列として読めませんでした");
  expect(ja.stderr).toContain("「actual_FY2024」のことですか");
  const result = JSON.parse(ja.stdout) as { indicators: { rates: Record<string, { capped: number } | null> }[] };
  // the misspelled column did not replace actual_R6: 95 / 100, not 90 / 100
  expect(result.indicators.map((i) => i.rates["2024"]?.capped)).toEqual([0.95, 0.8]);
  const en = run("summary", plan, "--lang", "en");
  expect(en.stderr).toContain('the column "今後の方向性" is kept as text');
  expect(en.stderr).toContain('did you mean "actual_FY2024"?');
});

test("build carries the kept columns into the KPI sheet after the known ones", async () => {
  const out = join(dir, "plan.xlsx");
  const built = run("build", plan, "-o", out);
  expect(built.status).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheet = book.worksheets.find((w) => w.name === "KPI");
  const header = (sheet?.getRow(4).values as unknown[]).filter((v) => v !== undefined && v !== null).map(String);
  expect(header.slice(-3)).toEqual(["担当者", "acutal_R6", "今後の方向性"]);
  const row = (sheet?.getRow(5).values as unknown[]).map((v) => (v === undefined || v === null ? "" : String(v)));
  expect(row.slice(-3)).toEqual(["企画政策課", "90", "継続"]);
});
