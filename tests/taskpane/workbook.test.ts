import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultScale } from "../../src/grade";
import { readPlanCsv } from "../../src/planCsv";
import { atsugiSampleCsv } from "../../taskpane/sample/atsugiSample";
import { createKpiSheetIn, generateSummaryIn, ReplaceChoice, SheetSettings } from "../../taskpane/workbook";
import { fakeExcel as excel } from "../doubles/context";

const ja: SheetSettings = { lang: "ja", scale: defaultScale, year: undefined, style: "native" };
const en: SheetSettings = { ...ja, lang: "en" };
const noProgress = (): void => undefined;

/** "Create KPI sheet" from a CSV file's text, in a new workbook, with the pane in English. */
const createFromCsv = (csv: string) =>
  createKpiSheetIn(
    excel().context,
    { kind: "csv", fileName: "p.csv", bytes: new TextEncoder().encode(csv) },
    en,
    noProgress,
  );

test("the bundled sample is examples/atsugi-fy2024.csv (regenerate with npm run sample:pane)", () => {
  const csv = readFileSync(join(__dirname, "../../examples/atsugi-fy2024.csv"), "utf8").replace(/^\uFEFF/, "");
  expect(atsugiSampleCsv).toBe(csv);
});

describe("Create KPI sheet", () => {
  test("from the Atsugi sample: settings and KPI sheets, a table, names; 2 syncs", async () => {
    const { wb, context } = excel();
    const result = await createKpiSheetIn(context, { kind: "sample" }, ja, noProgress);
    const plan = readPlanCsv(atsugiSampleCsv).plan;
    expect(result).toMatchObject({
      kpiSheet: "KPI",
      settingsSheet: "設定",
      renamed: false,
      indicatorCount: plan.indicators.length,
    });
    expect(wb.stats.syncs).toBe(2);
    expect(wb.tables.map((t) => t.name)).toEqual(["KpiTable"]);
    expect(wb.names.has("KPIEVALYEAR")).toBe(true);
    const kpi = wb.sheet("KPI")!;
    // the header on row 4 and the first indicator's name on row 5 (the name column is F)
    expect(kpi.cell("F4")?.value).toBe("指標名");
    expect(kpi.cell("F5")?.value).toBe(plan.indicators[0].name);
    const formulas = [...kpi.cells.values()].filter((c) => c.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(plan.indicators.length * plan.years.length);
    expect(kpi.conditionalFormats.length).toBeGreaterThan(0);
    expect(kpi.freeze?.rows).toBe(4);
  });

  test("a blank template for R3–R8 has the six plan years and no indicators", async () => {
    const { wb, context } = excel();
    const result = await createKpiSheetIn(context, { kind: "blank", from: 2021, to: 2026 }, en, noProgress);
    expect(result.indicatorCount).toBe(0);
    const headers = [...wb.sheet("KPI")!.cells].filter(([a]) => /^[A-Z]+4$/.test(a)).map(([, c]) => String(c.value));
    expect(headers).toEqual(expect.arrayContaining(["target_FY2021", "actual_FY2026"]));
  });

  test("a CSV with a bad row: created from the rest, the bad row reported by line", async () => {
    const csv = "goal,kind,name,direction,target_R6,actual_R6\n1,kpi,転入者数,higher,100,90\nx,kpi,bad,higher,1,1\n";
    const result = await createFromCsv(csv);
    expect(result.indicatorCount).toBe(1);
    expect(result.problems.map((p) => p.where.en)).toEqual(["line 3"]);
  });

  test("a CSV with columns it does not know: kept as text and said so", async () => {
    const csv = "goal,name,担当者,target_R6,acutal_R6,actual_R6\n1,転入者数,企画政策課,100,90,95\n";
    const result = await createFromCsv(csv);
    expect(result.notices).toEqual([
      { kind: "keptAsText", column: "担当者" },
      { kind: "yearColumnNotRead", column: "acutal_R6", nearest: "actual_FY2024" },
    ]);
  });

  test("a CSV without the required columns: a clear error, nothing written", async () => {
    const { wb, context } = excel();
    await expect(
      createKpiSheetIn(
        context,
        { kind: "csv", fileName: "p.csv", bytes: new TextEncoder().encode("a,b\n1,2\n") },
        en,
        noProgress,
      ),
    ).rejects.toThrow(/required column "goal"/);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("Generate goal summary", () => {
  test("reads the KPI table and writes the summary over it; asks before replacing its own summary", async () => {
    const { wb, context } = excel();
    await createKpiSheetIn(context, { kind: "sample" }, ja, noProgress);
    const asked: string[] = [];
    const answer = (choice: ReplaceChoice) => async (sheet: string) => {
      asked.push(sheet);
      return choice;
    };

    const first = await generateSummaryIn(context, ja, answer("replace"), noProgress);
    expect(asked).toEqual([]);
    expect(first).toMatchObject({
      kind: "written",
      sheet: "基本目標別まとめ",
      replaced: false,
      goals: 4,
      problems: [],
    });
    const summary = wb.sheet("基本目標別まとめ")!;
    const live = [...summary.cells.values()].map((c) => c.formula ?? "").join("\n");
    expect(live).toContain("KpiTable[");

    const cancelled = await generateSummaryIn(context, ja, answer("cancel"), noProgress);
    expect(cancelled).toEqual({ kind: "cancelled" });
    const again = await generateSummaryIn(context, ja, answer("replace"), noProgress);
    expect(asked).toEqual(["基本目標別まとめ", "基本目標別まとめ"]);
    expect(again).toMatchObject({ kind: "written", sheet: "基本目標別まとめ", replaced: true });
    const beside = await generateSummaryIn(context, ja, answer("new"), noProgress);
    expect(beside).toMatchObject({ sheet: "基本目標別まとめ (2)", replaced: false });
    expect(wb.sheets.filter((s) => s.name.startsWith("基本目標別まとめ"))).toHaveLength(2);
  });

  test("unreadable rows are listed with their cell address and the rest is summarized", async () => {
    const { wb, context } = excel();
    await createKpiSheetIn(context, { kind: "sample" }, en, noProgress);
    const kpi = wb.sheet("KPI")!;
    // a typo in an actual on the 3rd indicator's row (row 7)
    const actualColumn = [...kpi.cells]
      .find(([a, c]) => /^[A-Z]+4$/.test(a) && c.value === "actual_FY2022")![0]
      .replace("4", "");
    kpi.cells.set(`${actualColumn}7`, { value: "lots" });
    const result = await generateSummaryIn(context, en, async () => "new", noProgress);
    if (result.kind !== "written") throw new Error("not written");
    expect(result.problems.map((p) => [p.where.en, p.column])).toEqual([[`KPI!${actualColumn}7`, "actual_FY2022"]]);
    expect(result.indicators).toBe(readPlanCsv(atsugiSampleCsv).plan.indicators.length - 1);
  });
});

test("a second KPI sheet in the same workbook gets its own names, and its formulas read only them", async () => {
  const { wb, context } = excel();
  await createKpiSheetIn(context, { kind: "sample" }, ja, noProgress);
  const firstFormulas = JSON.stringify([...wb.sheet("KPI")!.cells]);
  const second = await createKpiSheetIn(context, { kind: "sample" }, ja, noProgress);
  expect(second).toMatchObject({ kpiSheet: "KPI (2)", settingsSheet: "設定 (2)", renamed: true });
  expect(JSON.stringify([...wb.sheet("KPI")!.cells])).toBe(firstFormulas);
  expect(wb.tables.map((t) => t.name)).toEqual(["KpiTable", "KpiTable_2"]);
  const formulas = [...wb.sheet("KPI (2)")!.cells.values()].map((c) => c.formula ?? "").join("\n");
  const used = new Set(formulas.match(/\bKpi[A-Za-z]+(_\d+)?\b/g) ?? []);
  expect(used.size).toBeGreaterThan(0);
  for (const name of used) expect(name).toMatch(/_2$/);
  for (const name of used)
    expect(wb.names.has(name.toUpperCase()) || wb.tables.some((t) => t.name === name)).toBe(true);
  expect(formulas).not.toMatch(/(^|[^'])設定!/);
});

test("the summary of a second KPI sheet reads that sheet's table and settings names, not the first's", async () => {
  const { wb, context } = excel();
  await createKpiSheetIn(context, { kind: "sample" }, ja, noProgress);
  await createKpiSheetIn(context, { kind: "sample" }, ja, noProgress);
  wb.active = wb.sheet("KPI (2)");
  const written = await generateSummaryIn(context, ja, async () => "new", noProgress);
  expect(written).toMatchObject({ kind: "written" });
  const formulas = [...wb.sheet((written as { sheet: string }).sheet)!.cells.values()]
    .map((c) => c.formula ?? "")
    .join("\n");
  const used = new Set(formulas.match(/\bKpi[A-Za-z]+(_\d+)?(?=[^A-Za-z0-9_]|$)/g) ?? []);
  expect(used.size).toBeGreaterThan(1);
  for (const name of used) expect(name).toMatch(/_2$/);
  for (const name of used)
    expect(wb.names.has(name.toUpperCase()) || wb.tables.some((t) => t.name === name)).toBe(true);
});

test.each([10, 1000])("the goal summary of %i KPIs takes 3 syncs: inspect, read the table, write", async (n) => {
  const { wb, context } = excel();
  const rows = Array.from({ length: n }, (_, i) => `1,Goal,kpi,k${i},higher,100,${50 + (i % 60)}`);
  const csv = ["goal,goal_title,kind,name,direction,target_2024,actual_2024", ...rows].join("\n");
  await createKpiSheetIn(
    context,
    { kind: "csv", fileName: "plan.csv", bytes: new TextEncoder().encode(csv) },
    ja,
    noProgress,
  );
  const before = wb.stats.syncs;
  const written = await generateSummaryIn(context, ja, async () => "new", noProgress);
  expect(written).toMatchObject({ kind: "written", indicators: n });
  expect(wb.stats.syncs - before).toBe(3);
});

test.each([
  [ja, en],
  [en, ja],
])(
  "a KPI sheet created in one language and summarized with the pane in the other language points at its own columns",
  async (made, pane) => {
    const { wb, context } = excel();
    const created = await createKpiSheetIn(context, { kind: "sample" }, made, noProgress);
    const header = [...wb.sheet(created.kpiSheet)!.cells.entries()]
      .filter(([address]) => /^[A-Z]+4$/.test(address))
      .map(([, cell]) => String(cell.value));
    const written = await generateSummaryIn(context, pane, async () => "new", noProgress);
    const formulas = [...wb.sheet((written as { sheet: string }).sheet)!.cells.values()]
      .map((c) => c.formula ?? "")
      .join("\n");
    const refs = [...formulas.matchAll(/KpiTable\[((?:[^\]']|'.)*)\]/g)].map((m) => m[1]!.replace(/'(.)/g, "$1"));
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter((r) => !header.includes(r))).toEqual([]);
    // the summary's own words follow the pane
    expect((written as { sheet: string }).sheet).toBe(pane.lang === "ja" ? "基本目標別まとめ" : "Goal summary");
  },
);
