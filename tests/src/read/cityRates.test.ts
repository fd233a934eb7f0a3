/**
 * A sheet with the city's own, partly wrong rates: every difference from the engine's exact rate
 * is listed with its cell and cause. Values typed with ▲, formulas with and without a saved value,
 * and every workbook these tests write checked as Excel would open it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { loadWorkbookGrids } from "../../../cli/workbookGrids";
import { readPlanCsv } from "../../../src/planCsv";
import { GridRead, readSheets } from "../../../src/read/readGrid";
import { summarize } from "../../../src/summary";
import { summaryJson } from "../../../src/summaryJson";
import { CityRate, engineRate, layouts, writeLayout } from "./planLayouts";

jest.setTimeout(180_000);

const root = join(__dirname, "../../..");
const plan = readPlanCsv(readFileSync(join(root, "examples/atsugi-fy2024.csv"), "utf8")).plan;
const dir = mkdtempSync(join(tmpdir(), "kpi-layouts-"));
const written: string[] = [];

async function readBook(bytes: Buffer, name: string): Promise<GridRead> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  written.push(file);
  const load = await loadWorkbookGrids(bytes);
  if (load.kind !== "grids") throw new Error(load.why.en);
  const found = readSheets(load.grids);
  if (found.kind !== "read") throw new Error(found.problem.message.en);
  return found.grid;
}

/** The city's rates: the engine's, with the mistakes planning departments make. */
const mistaken: CityRate = (indicator, year) => {
  const wrong: Record<string, Record<number, number>> = {
    "20・30歳代の転入者数": { 2021: 0.952 }, // 6,149 / 6,455 = 95.26%, cut instead of rounded
    年間観光客数: { 2022: 0.5 }, // a figure from somewhere else
    子育てパスポートAYUCOカード取得率: { 2022: 0 }, // the report's 0.0% for a replaced indicator
    "住宅取得等支援事業による転入者数（累計）": { 2021: 1.25 }, // 275 / 220, not capped
    転出者数: { 2021: 0.908 }, // 9,582 / 10,558: lower is better, so 10,558 / 9,582
    刑法犯認知件数: { 2021: 1.257 }, // 1,131 / 900 instead of 900 / 1,131
  };
  return wrong[indicator.name]?.[year] ?? engineRate(indicator, year);
};

describe("the city's own, partly wrong rates", () => {
  let read: GridRead;
  let file = "";
  beforeAll(async () => {
    read = await readBook(await writeLayout(plan, "cityRates", mistaken), "city-rates.xlsx");
    file = written[written.length - 1] ?? "";
  });

  it("lists every difference: cell, theirs, ours, why", () => {
    expect(read.read.problems).toEqual([]);
    expect(read.rates.differences.map((d) => [d.at, d.name, d.year, d.theirs, d.ours, d.why])).toEqual([
      ["KPI一覧!N2", "20・30歳代の転入者数", 2021, 952, 953, "rounding"],
      ["KPI一覧!Q7", "年間観光客数", 2022, 500, 795, "other"],
      ["KPI一覧!Q12", "子育てパスポートAYUCOカード取得率", 2022, 0, undefined, "noRate"],
      ["KPI一覧!N16", "住宅取得等支援事業による転入者数（累計）", 2021, 1250, 1000, "cap"],
      ["KPI一覧!N40", "転出者数", 2021, 908, 1000, "lowerIsBetter"],
      ["KPI一覧!N51", "刑法犯認知件数", 2021, 1257, 796, "lowerIsBetter"],
    ]);
    expect(read.rates.compared).toBeGreaterThan(200);
  });

  it("inspect prints them, and the summary is the CSV's: the city's rates are never read as data", () => {
    const bin = join(root, "dist/cli/cli/main.js");
    const before = readFileSync(file);
    const out = spawnSync(process.execPath, [bin, "inspect", file, "--lang", "en"], { encoding: "utf8" });
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(
      "KPI一覧!N51 刑法犯認知件数 (FY2021): city 125.7%, KPI Sheets 79.6%: lower is better: computed as actual / target instead of target / actual",
    );
    expect(out.stdout).toContain(
      "KPI一覧!N16 住宅取得等支援事業による転入者数（累計） (FY2021): city 125.0%, KPI Sheets 100.0%: not capped at 100.0%",
    );
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
    expect(summaryJson(summarize(read.read.plan), "ja")).toEqual(summaryJson(summarize(plan), "ja"));
  });
});

describe("values as staff type them", () => {
  const csv = [
    "goal,goal_title,kind,name,unit,direction,baseline,baseline_year,target_R5,actual_R5,target_R6,actual_R6",
    "1,人口,target,社会増減数,人,higher,-3703,令和元年,-2000,-2500,-1000,-800",
    "1,人口,kpi,刑法犯認知件数,件,lower,1200,令和元年度,900,1131,810,1102",
    "2,魅力,kpi,市民の割合,%,higher,42.6,令和元年度,45.5,46.1,47.0,44.2",
  ].join("\n");
  const small = readPlanCsv(csv).plan;

  it("▲3,703, 6,439人 and full-width digits read as the CSV's numbers", async () => {
    const read = await readBook(await writeLayout(small, "staffWords"), "typed.xlsx");
    expect(read.read.problems).toEqual([]);
    const first = read.read.plan.indicators[0];
    expect(first?.baseline).toEqual({ kind: "number", value: -3703, unit: "人" });
    expect(first?.targets.get(2023)).toMatchObject({ kind: "number", value: -2000 });
    expect(summaryJson(summarize(read.read.plan), "en")).toEqual(summaryJson(summarize(small), "en"));
    for (const layout of layouts) {
      const again = await readBook(await writeLayout(small, layout), `small-${layout}.xlsx`);
      expect({ layout, summary: summaryJson(summarize(again.read.plan), "en") }).toEqual({
        layout,
        summary: summaryJson(summarize(small), "en"),
      });
    }
  });

  it("a formula is read by its saved value; one without a value is refused by its cell", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Plan");
    ws.addRows([
      ["基本目標", "指標名", "目標値_R6", "実績値_R6"],
      [1, "saved", 100, { formula: "C2*0.9", result: 90 }],
      [1, "unsaved", 100, { formula: "C3*0.9" }],
      [1, "zero", 100, { formula: "C4*0", result: 0 }],
    ]);
    const read = await readBook(Buffer.from(await book.xlsx.writeBuffer()), "formulas.xlsx");
    expect(read.read.plan.indicators.map((i) => [i.name, i.actuals.get(2024)])).toEqual([
      ["saved", { kind: "number", value: 90, unit: "" }],
      ["zero", { kind: "number", value: 0, unit: "" }],
    ]);
    expect(read.read.problems.map((p) => [p.where.en, p.message.en])).toEqual([
      ["Plan!D3", "the formula =C3*0.9 has no saved value: open the workbook in Excel and save it"],
    ]);
  });
});

describe("every workbook these tests write opens in Excel without a repair", () => {
  beforeAll(async () => {
    for (const layout of layouts) await readBook(await writeLayout(plan, layout), `atsugi-${layout}.xlsx`);
  });

  it("passes the ECMA-376 schema check and Excel's load rules", () => {
    const checks = join(root, "tests", "ooxml");
    const schema = spawnSync("python3", [join(checks, "validate_parts.py"), ...written], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    expect(schema.status).toBe(0);
    expect(schema.stdout.match(/-> 0 part\(s\) with errors/g)).toHaveLength(written.length);
    const rules = spawnSync("python3", [join(checks, "check_excel_rules.py"), "--json", ...written], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    expect(rules.stderr).toBe("");
    const findings = JSON.parse(rules.stdout) as Record<string, { severity: string; rule: string; message: string }[]>;
    expect(Object.keys(findings).sort()).toEqual([...written].sort());
    const bad = Object.entries(findings).flatMap(([f, list]) =>
      list.filter((x) => x.severity !== "INFO").map((x) => `${f}: ${x.rule} ${x.message}`),
    );
    expect(bad).toEqual([]);
  });
});
