import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeCsv } from "../../src";
import { readPlanCsv } from "../../src/planCsv";
import { workbookPlan } from "../../src/sheets";
import { text, WorkbookPlan } from "../../src/sheets/sheetPlan";
import { applySheetPlan, applyWorkbookPlan } from "../../taskpane/office/apply";
import { inspectWorkbook, sheetsWithRole } from "../../taskpane/office/inspect";
import { readKpiTable } from "../../taskpane/office/kpiTable";
import { widthPoints } from "../../taskpane/office/sheetOps";
import { excelWebPayloadLimit } from "../../taskpane/office/payload";
import { fakeExcel as excel, mockContext } from "../doubles/context";
import { FakeWorkbook, putTable } from "../doubles/workbook";
import { handRows, handSummary, handWorkbook, kpiHeaders } from "./handPlans";

describe("applyWorkbookPlan writes whole blocks", () => {
  const rows = handRows(10);
  let wb: FakeWorkbook;
  beforeAll(async () => {
    const x = excel();
    wb = x.wb;
    const result = await applyWorkbookPlan(x.context, handWorkbook(rows));
    expect(result.syncs).toBe(2);
    expect(result.sheets.map((s) => s.name)).toEqual(["KPI", "Settings"]);
  });

  test("values, formulas and number formats land in their cells", () => {
    const kpi = wb.sheet("KPI")!;
    expect(kpi.cell("A1")?.value).toBe("KPI一覧（令和3年度〜令和8年度）");
    expect(kpi.cell("A1")?.bold).toBe(true);
    expect(kpi.cell("C4")?.value).toBe("name");
    expect(kpi.cell("A5")?.value).toBe(1);
    expect(kpi.cell("C5")?.value).toBe(rows[0].name);
    // target_2021 in F, actual in G, rate in H
    expect(kpi.cell("F5")?.value).toBe(1000);
    expect(kpi.cell("F5")?.numberFormat).toBe("#,##0");
    expect(kpi.cell("H5")?.formula).toMatch(/^=IF\(OR\(NOT\(ISNUMBER\(F5\)\)/);
    expect(kpi.cell("H5")?.numberFormat).toBe("0.0%");
    expect(kpi.cell("X14")?.formula).toContain("KpiGradeMin");
    // "-" (no actual yet) is text with the quote prefix, never a formula or a number
    expect(kpi.cell("S5")).toEqual({ value: "-", quotePrefix: true, numberFormat: "#,##0" });
    // General cells are left alone rather than written "General"
    expect(kpi.cell("C5")?.numberFormat).toBeUndefined();
  });

  test("table, widths, frozen panes, conditional formats, validation, names", () => {
    const kpi = wb.sheet("KPI")!;
    expect(wb.tables.map((t) => [t.name, t.sheet.name, t.style])).toEqual([["KpiTable", "KPI", "TableStyleLight9"]]);
    expect(kpi.columnWidths.get("C")).toBe(widthPoints(36));
    expect(widthPoints(8.43)).toBeCloseTo(48, 0); // Excel's default column: 64 px = 48 pt
    expect(kpi.freeze).toEqual({ rows: 4, columns: 3 });
    expect(kpi.conditionalFormats).toEqual([
      { range: "X5:X14", type: "Custom", formula: '=$X5="順調"', fill: "#C6EFCE", fontColor: "#006100" },
      { range: "X5:X14", type: "Custom", formula: '=$X5="遅れ"', fill: "#FFC7CE", fontColor: "#9C0006" },
    ]);
    expect(kpi.validations).toEqual([
      { range: "E5:E14", rule: { list: { inCellDropDown: true, source: "増加,減少" } } },
    ]);
    expect(wb.names.get("KPIEVALYEAR")?.formula).toBe("='Settings'!$B$2");
    expect(wb.sheet("Settings")?.cell("B4")?.formula).toBe("=COUNTA('KPI'!C5:C14)");
  });

  test("each sheet carries a hidden mark naming its role", async () => {
    const marks = [...wb.names.values()].filter((n) => n.name.startsWith("KpiSheets_"));
    expect(marks.map((m) => [m.name, m.formula, m.visible])).toEqual([
      ["KpiSheets_kpi_1", "='KPI'!$A$1", false],
      ["KpiSheets_settings_1", "='Settings'!$A$1", false],
    ]);
    const info = await inspectWorkbook(mockContext(wb));
    expect(sheetsWithRole(info, "kpi")).toEqual(["KPI"]);
    expect(info.activeSheet).toBe("KPI");
  });
});

describe("context.sync calls do not grow with the number of KPIs", () => {
  test.each([10, 1000])("%i KPIs: 2 syncs (read the workbook, write the plan)", async (n) => {
    const { wb, context } = excel();
    const result = await applyWorkbookPlan(context, handWorkbook(handRows(n)));
    expect(result.syncs).toBe(2);
    expect(wb.stats.syncs).toBe(2);
    expect(wb.sheet("KPI")?.cell(`A${4 + n}`)?.value).toBe(((n - 1) % 4) + 1);
  });

  // today's write, every cell's formula and format (per column, adapterColumns.test.ts)
  test("10,000 KPIs written per cell: split by rows into requests under 5 MB, one sync per chunk", async () => {
    const { wb, context } = excel();
    const progress: [number, number][] = [];
    const result = await applyWorkbookPlan(context, handWorkbook(handRows(10000)), {
      write: "cells",
      onProgress: (done, total) => progress.push([done, total]),
    });
    // 1 read + the chunks; the measured figure is printed by npm run bench
    expect(result.syncs).toBeGreaterThan(2);
    expect(result.syncs).toBe(1 + progress.length);
    expect(progress[progress.length - 1]).toEqual([progress.length, progress.length]);
    for (const bytes of wb.stats.bytesPerSync) expect(bytes).toBeLessThan(excelWebPayloadLimit);
    const kpi = wb.sheet("KPI")!;
    // every row arrived, in place, once
    expect(kpi.cell("C10004")?.value).toBe("指標 10000：市民満足度（アンケート）");
    expect(kpi.cell("H10004")?.formula).toContain("F10004");
    expect(kpi.cell("A10005")).toBeUndefined();
  }, 60000);

  test("a small budget splits a block written per cell by rows, never inside a row", async () => {
    const { wb, context } = excel();
    const result = await applyWorkbookPlan(context, handWorkbook(handRows(50)), {
      maxRequestBytes: 20000,
      write: "cells",
    });
    expect(result.syncs).toBeGreaterThan(3);
    const kpi = wb.sheet("KPI")!;
    for (let r = 5; r <= 54; r++) expect(kpi.cell(`H${r}`)?.formula).toContain(`F${r}`);
  });
});

describe("nothing of the user's is overwritten", () => {
  test("an existing sheet with the target name survives untouched; the plan's becomes KPI (2)", async () => {
    const { wb, context } = excel(["KPI"]);
    const mine = wb.sheet("KPI")!;
    mine.cells.set("A1", { value: "my own notes" });
    mine.cells.set("B2", { value: "", formula: "=1+1" });
    mine.columnWidths.set("A", 99);
    const before = mine.snapshot();

    const result = await applyWorkbookPlan(context, handWorkbook(handRows(3)));
    expect(result.sheets.map((s) => [s.planned, s.name])).toEqual([
      ["KPI", "KPI (2)"],
      ["Settings", "Settings"],
    ]);
    expect(wb.sheet("KPI")!.snapshot()).toBe(before);
    // references inside the plan follow the new name
    expect(wb.sheet("Settings")?.cell("B4")?.formula).toBe("=COUNTA('KPI (2)'!C5:C7)");
    expect(wb.names.get("KPISHEETS_KPI_1")?.formula).toBe("='KPI (2)'!$A$1");
  });

  test("a second KPI sheet gets its own table and names, and its formulas read them", async () => {
    const { wb, context } = excel();
    await applyWorkbookPlan(context, handWorkbook(handRows(2)));
    const again = await applyWorkbookPlan(context, handWorkbook(handRows(2)));
    expect(again.sheets.map((s) => s.name)).toEqual(["KPI (2)", "Settings (2)"]);
    expect(wb.tables.map((t) => t.name)).toEqual(["KpiTable", "KpiTable_2"]);
    expect(wb.names.get("KPIGRADEMIN_2")?.formula).toBe("='Settings (2)'!$B$3");
    expect(wb.sheet("KPI (2)")?.cell("X5")?.formula).toContain("KpiGradeMin_2");
    expect(wb.sheet("KPI")?.cell("X5")?.formula).not.toContain("KpiGradeMin_2");
    expect(wb.sheet("Settings (2)")?.cell("B4")?.formula).toBe("=COUNTA('KPI (2)'!C5:C6)");
  });

  test("a CSV cell =HYPERLINK(...) lands as text, never as a formula", async () => {
    const csv = [
      "goal,kind,name,unit,direction,target_R6,actual_R6,notes",
      '1,kpi,"=HYPERLINK(""http://example.com"",""x"")",人,higher,100,90,"+1 from @dept"',
    ].join("\n");
    const { plan, problems } = readPlanCsv(csv);
    expect(problems).toEqual([]);
    const indicator = plan.indicators[0];
    expect(indicator.name).toBe('=HYPERLINK("http://example.com","x")');
    const { wb, context } = excel();
    await applySheetPlan(context, {
      name: "KPI",
      role: "kpi",
      blocks: [{ at: "A1", cells: [[text(indicator.name), text(indicator.notes), text("-5"), text("@x")]] }],
      columns: [],
      freeze: { rows: 0, columns: 0 },
      tables: [],
      conditionalFormats: [],
      validations: [],
    });
    const sheet = wb.sheet("KPI")!;
    expect(sheet.cell("A1")).toEqual({ value: '=HYPERLINK("http://example.com","x")', quotePrefix: true });
    expect(sheet.cell("B1")).toEqual({ value: "+1 from @dept", quotePrefix: true });
    expect(sheet.cell("C1")).toEqual({ value: "-5", quotePrefix: true });
    expect(sheet.cell("D1")).toEqual({ value: "@x", quotePrefix: true });
  });

  test("the summary replaces only a summary sheet the add-in made, and only when asked", async () => {
    const { wb, context } = excel(["Sheet1"]);
    await applyWorkbookPlan(context, handWorkbook(handRows(2)));
    const first = await applyWorkbookPlan(context, handSummary("Summary"));
    expect(first.sheets[0]).toMatchObject({ name: "Summary", replaced: false });
    wb.sheet("Summary")!.cells.set("Z9", { value: "stale" });
    const position = wb.sheets.findIndex((s) => s.name === "Summary");

    // not asked: a new sheet beside it
    const unasked = await applyWorkbookPlan(context, handSummary("Summary"));
    expect(unasked.sheets[0]).toMatchObject({ name: "Summary (2)", replaced: false });

    // asked: the marked sheet is replaced in place, with a fresh mark
    const asked = await applyWorkbookPlan(context, handSummary("Summary"), { replace: ["Summary"] });
    expect(asked.syncs).toBe(2);
    expect(asked.sheets[0]).toMatchObject({ name: "Summary", replaced: true });
    expect(wb.sheets.findIndex((s) => s.name === "Summary")).toBe(position);
    expect(wb.sheet("Summary")?.cell("Z9")).toBeUndefined();
    expect(wb.sheet("Summary")?.cell("B2")?.formula).toBe("=COUNTIF(KpiTable[goal],A2)");
    const marks = [...wb.names.values()].filter((n) => n.name.startsWith("KpiSheets_summary"));
    expect(marks.map((m) => m.formula).sort()).toEqual(["='Summary (2)'!$A$1", "='Summary'!$A$1"]);
  });

  test("replacing the summary keeps the user's names and references into it: the sheet is emptied, not deleted", async () => {
    const { wb, context } = excel(["Sheet1"]);
    await applyWorkbookPlan(context, handWorkbook(handRows(2)));
    await applyWorkbookPlan(context, handSummary("Summary"));
    const summary = wb.sheet("Summary")!;
    // the user's own name pointing into the summary, and leftovers of the old sheet
    wb.names.set("COUNCILAVERAGE", { name: "CouncilAverage", formula: "='Summary'!$B$2", comment: "", visible: true });
    summary.conditionalFormats.push({ range: "Z1:Z9", type: "Custom", formula: "=Z1>1" });
    summary.validations.push({ range: "Y1:Y9", rule: { list: { source: "a,b" } } });
    summary.freeze = { rows: 7, columns: 3 };

    const asked = await applyWorkbookPlan(context, handSummary("Summary"), { replace: ["Summary"] });
    expect(asked.syncs).toBe(2);
    expect(asked.sheets[0]).toMatchObject({ name: "Summary", replaced: true });
    // the same sheet object: references from other sheets into it stay valid
    expect(wb.sheet("Summary")).toBe(summary);
    expect(wb.names.get("COUNCILAVERAGE")?.formula).toBe("='Summary'!$B$2");
    expect(summary.conditionalFormats.some((f) => f.range === "Z1:Z9")).toBe(false);
    expect(summary.validations.some((v) => v.range === "Y1:Y9")).toBe(false);
    expect(summary.freeze).toEqual({ rows: 1, columns: 0 });
    expect(summary.cell("B2")?.formula).toBe("=COUNTIF(KpiTable[goal],A2)");
  });

  test("a user's sheet is never replaced, even when named in replace", async () => {
    const { wb, context } = excel(["Summary"]);
    wb.sheet("Summary")!.cells.set("A1", { value: "mine" });
    const result = await applyWorkbookPlan(context, handSummary("Summary"), { replace: ["Summary"] });
    expect(result.sheets[0]).toMatchObject({ name: "Summary (2)", replaced: false });
    expect(wb.sheet("Summary")?.cell("A1")?.value).toBe("mine");
  });

  test("a defined name of the user's keeps its meaning; the plan's is renamed and followed", async () => {
    const { wb, context } = excel();
    wb.names.set("KPIEVALYEAR", { name: "KpiEvalYear", formula: "=Sheet1!$A$1", comment: "", visible: true });
    await applyWorkbookPlan(context, handWorkbook(handRows(1)));
    expect(wb.names.get("KPIEVALYEAR")?.formula).toBe("=Sheet1!$A$1");
    expect(wb.names.get("KPIEVALYEAR_2")?.formula).toBe("='Settings'!$B$2");
  });
});

describe("readKpiTable", () => {
  const header = kpiHeaders().slice(0, 7);

  test("reads header and rows in one sync after finding the table, with sheet addresses for problems", async () => {
    const { wb, context } = excel(["Sheet1"]);
    putTable(wb, "KPI", "KpiTable", "A4", [
      header,
      [1, "KPI", "転入者数", "人", "増加", 6455, 6149],
      [2, "KPI", "刑法犯認知件数", "件", "lower", 900, 1131],
      ["x", "KPI", "bad goal", "件", "増加", 1, 1],
      [3, "KPI", "bad actual", "件", "増加", 1, "たくさん"],
    ]);
    wb.names.set("KPISHEETS_KPI_1", { name: "KpiSheets_kpi_1", formula: "=KPI!$A$1", comment: "", visible: false });
    const result = await readKpiTable(context);
    expect(result.syncs).toBe(2);
    expect(result).toMatchObject({ sheet: "KPI", table: "KpiTable", address: "KPI!A4:G8" });
    expect(result.read.plan.indicators.map((i) => i.name)).toEqual(["転入者数", "刑法犯認知件数"]);
    expect(result.read.plan.indicators[1].direction).toBe("lower");
    expect(result.read.problems.map((p) => [p.where.en, p.column])).toEqual([
      ["KPI!A7", "goal"],
      ["KPI!G8", "actual_2021"],
    ]);
  });

  test("a large table is read in row chunks that each fit a response", async () => {
    const { wb, context } = excel(["KPI"]);
    const rows = Array.from({ length: 500 }, (_, i) => [1, "KPI", `k${i}`, "人", "増加", 100, i]);
    putTable(wb, "KPI", "T", "B2", [header, ...rows]);
    const result = await readKpiTable(context, { maxResponseBytes: 30000 });
    expect(result.syncs).toBeGreaterThan(2);
    expect(result.read.plan.indicators).toHaveLength(500);
    expect(result.read.plan.indicators[499].name).toBe("k499");
  });

  test("no table anywhere: a clear error", async () => {
    const { context } = excel(["Sheet1"]);
    await expect(readKpiTable(context)).rejects.toThrow(/No KPI table/);
  });

  test("reads back what applyWorkbookPlan wrote", async () => {
    const { wb, context } = excel();
    const plan: WorkbookPlan = handWorkbook(handRows(4));
    await applyWorkbookPlan(context, plan);
    // the fake does not calculate formulas; the rate and grade columns are read past
    const result = await readKpiTable(context);
    expect(result.read.problems).toEqual([]);
    expect(result.read.plan.indicators.map((i) => i.name)).toEqual(handRows(4).map((r) => r.name));
    expect(result.read.plan.years).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(wb.stats.syncs).toBe(4);
  });
});

describe("print setup and the input guard ride in the same write sync", () => {
  const csv = readFileSync(join(__dirname, "..", "fixtures", "sharing-plan.csv"));
  const plan = workbookPlan(readPlanCsv(decodeCsv(csv)).plan);
  const kpiPlan = plan.sheets.find((s) => s.role === "kpi")!;
  const guards = kpiPlan.customValidations ?? [];

  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("every sheet prints on A4 at 100% with the plan's header and page x of y; the KPI sheet repeats its header row and names", async () => {
    const { wb, context } = excel();
    const result = await applyWorkbookPlan(context, plan);
    expect(result.syncs).toBe(2);
    // issue 13: nothing shrunk to fit (no zoom), margins in points (0.3 in = 21.6 pt)
    const page = {
      paperSize: "A4",
      margins: { left: 21.6, right: 21.6, top: 54, bottom: 43.2, header: 21.6, footer: 21.6 },
      headersFooters: {
        leftHeader: "総合戦略",
        centerHeader: "",
        rightHeader: expect.stringMatching(/^評価年度 令和\d+年度$/),
        leftFooter: "",
        centerFooter: "&P / &N ページ",
        rightFooter: "",
      },
    };
    expect(wb.sheet("KPI")?.pageLayout).toEqual({
      ...page,
      orientation: "Landscape",
      printTitleRows: "$4:$4",
      printTitleColumns: "$F:$F",
    });
    expect(wb.sheet("基本目標別まとめ")?.pageLayout).toEqual({
      ...page,
      orientation: "Landscape",
      printTitleColumns: "$A:$B",
    });
    expect(wb.sheet("設定")?.pageLayout).toEqual({ ...page, orientation: "Portrait" });
  });

  test("targets and actuals get the custom rule with a Stop alert naming what is allowed", async () => {
    const { wb, context } = excel();
    await applyWorkbookPlan(context, plan);
    const custom = wb.sheet("KPI")!.validations.filter((v) => "custom" in (v.rule as object));
    expect(guards.length).toBeGreaterThan(0);
    expect(custom).toEqual(
      guards.map((g) => ({
        range: g.range,
        rule: { custom: { formula: g.formula } },
        errorAlert: {
          title: "入力できない値です",
          message: "数値、または -・未公表・指標変更 を入力してください",
          style: "Stop",
          showAlert: true,
        },
      })),
    );
    expect(custom[0].range).toMatch(/^[A-Z]+5:[A-Z]+21$/);
  });

  test("no extra sync: the same 2 as the plan without them", async () => {
    const bare = {
      ...plan,
      sheets: plan.sheets.map((sheet) => ({ ...sheet, print: undefined, customValidations: undefined })),
    };
    const a = excel();
    const b = excel();
    const withThem = await applyWorkbookPlan(a.context, plan);
    const without = await applyWorkbookPlan(b.context, bare);
    expect(withThem.syncs).toBe(2);
    expect(without.syncs).toBe(2);
    expect(a.wb.stats.syncs).toBe(b.wb.stats.syncs);
    expect(a.wb.stats.operations).toBeGreaterThan(b.wb.stats.operations);
  });

  test("a host without ExcelApi 1.9 skips the page setup silently and still gets the input guard", async () => {
    const asked: string[] = [];
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: {
          isSetSupported: (set: string, version: string) => {
            asked.push(`${set} ${version}`);
            return false;
          },
        },
      },
    };
    const { wb, context } = excel();
    const result = await applyWorkbookPlan(context, plan);
    expect(result.syncs).toBe(2);
    expect(asked).toContain("ExcelApi 1.9");
    expect(wb.sheet("KPI")?.pageLayout).toEqual({});
    expect(wb.sheet("KPI")!.validations.filter((v) => "custom" in (v.rule as object))).toHaveLength(guards.length);
  });

  test("a host with ExcelApi 1.9 gets the page setup", async () => {
    (globalThis as { Office?: unknown }).Office = {
      context: { requirements: { isSetSupported: () => true } },
    };
    const { wb, context } = excel();
    await applyWorkbookPlan(context, plan);
    expect(wb.sheet("KPI")?.pageLayout.orientation).toBe("Landscape");
  });
});
