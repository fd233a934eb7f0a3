/**
 * Writing per column: a formula column that is one formula copied down goes once and is filled in
 * Excel, shared number formats are written once and copied. The written workbook must be
 * cell-for-cell the one the per-cell write makes; the figures (syncs, request bytes) are counted
 * by the double, never timed.
 */
import { Indicator, Plan } from "../../src/plan";
import { readPlanCsv } from "../../src/planCsv";
import { ownCells } from "../../src/sheets/ownCells";
import { formula, SheetPlan, WorkbookPlan } from "../../src/sheets/sheetPlan";
import { kpiSheetPlan, settingsDefinedNames, settingsSheetPlan, workbookPlan } from "../../src/sheets/workbookPlan";
import { ApplyOptions, applyWorkbookPlan } from "../../taskpane/office/apply";
import { readKpiTable } from "../../taskpane/office/kpiTable";
import { defaultRequestBudget } from "../../taskpane/office/payload";
import { atsugiSampleCsv } from "../../taskpane/sample/atsugiSample";
import { fakeExcel } from "../doubles/context";
import { FakeWorkbook } from "../doubles/workbook";
import { handRows, handWorkbook } from "./handPlans";

const atsugi = readPlanCsv(atsugiSampleCsv).plan;

/** The Atsugi KPIs repeated (and renamed) up to n, as the bench builds them. */
function atsugiOf(n: number): Plan {
  const kpis = atsugi.indicators.filter((i) => i.kind === "kpi");
  const indicators: Indicator[] = Array.from({ length: n }, (_, k) => ({
    ...kpis[k % kpis.length],
    name: `${kpis[k % kpis.length].name} #${k + 1}`,
    // each copy its own id: a repeated id is a row the reader refuses
    id: { text: `BENCH-${k + 1}`, origin: "plan" },
  }));
  return { ...atsugi, indicators };
}

/** What "create KPI sheet" writes: the settings sheet, the KPI sheet and the names. */
function createPlan(plan: Plan): WorkbookPlan {
  const options = { lang: "ja" as const, style: "native" as const };
  return {
    sheets: [settingsSheetPlan(plan, options), kpiSheetPlan(plan, options)],
    names: settingsDefinedNames(plan, options),
  };
}

async function written(plan: WorkbookPlan, options: ApplyOptions = {}): Promise<FakeWorkbook> {
  const { wb, context } = fakeExcel();
  await applyWorkbookPlan(context, plan, options);
  return wb;
}

/** Everything the workbook holds: every sheet's cells (formulas, values, formats), tables, names. */
function contents(wb: FakeWorkbook): unknown {
  return {
    sheets: wb.sheets.map((s) => s.snapshot()),
    tables: wb.tables.map((t) => [t.name, t.sheet.name, t.rect, t.style]),
    names: [...wb.names.entries()].sort(),
  };
}

const total = (bytes: readonly number[]) => bytes.reduce((a, b) => a + b, 0);

describe("per column, the workbook is cell-for-cell the one the per-cell write makes", () => {
  test.each([
    ["the Atsugi sample, Japanese, native formulas", workbookPlan(atsugi, { lang: "ja", style: "native" })],
    ["the Atsugi sample, English, KPI functions", workbookPlan(atsugi, { lang: "en", style: "functions" })],
    ["1,000 Atsugi KPIs", createPlan(atsugiOf(1000))],
    ["1,000 hand-made rows", handWorkbook(handRows(1000))],
  ])(
    "%s",
    async (_label, plan) => {
      const columns = await written(plan);
      const cells = await written(plan, { write: "cells" });
      expect(contents(columns)).toEqual(contents(cells));
      // and it was sent per column: far fewer bytes
      expect(total(columns.stats.bytesPerSync)).toBeLessThan(total(cells.stats.bytesPerSync) * 0.6);
    },
    60000,
  );

  test("the filled cells hold each row's own formula, moved from the top row", async () => {
    const wb = await written(createPlan(atsugiOf(1000)));
    const kpi = wb.sheet("KPI")!;
    const plan = kpiSheetPlan(atsugiOf(1000), { lang: "ja", style: "native" });
    const body = plan.blocks.find((b) => b.cells.length === 1000)!;
    const last = ownCells(body)[999];
    const lastRow = 4 + 1000;
    // column N: the first year's rate
    expect(last[13]).toEqual({ kind: "formula", formula: expect.stringContaining(`L${lastRow}`) as string });
    expect(kpi.cell(`N${lastRow}`)).toEqual({
      value: "",
      formula: (last[13] as { formula: string }).formula,
      numberFormat: "0.0%",
    });
  }, 30000);

  test("a replaced sheet is written the same way", async () => {
    const plan = workbookPlan(atsugi, { lang: "ja" });
    const twice = async (options: ApplyOptions) => {
      const { wb, context } = fakeExcel();
      await applyWorkbookPlan(context, plan, options);
      await applyWorkbookPlan(context, plan, { ...options, replace: plan.sheets.map((s) => s.name) });
      return wb;
    };
    expect(contents(await twice({}))).toEqual(contents(await twice({ write: "cells" })));
  });
});

describe("where a column is not one formula copied down, its cells go one by one", () => {
  /** The hand plan with one row's formula in column H (the first rate) changed. */
  function withOdd(rows: number, odd: number): WorkbookPlan {
    const plan = handWorkbook(handRows(rows));
    const [kpi, ...rest] = plan.sheets;
    const blocks = kpi.blocks.map((b) =>
      b.cells.length !== rows
        ? b
        : {
            ...b,
            // written out first: the rows below the odd one keep their own formulas, not copies of it
            cells: ownCells(b).map((row, r) => (r === odd ? row.map((c, i) => (i === 7 ? formula("=1+1") : c)) : row)),
          },
    );
    const sheet: SheetPlan = { ...kpi, blocks };
    return { ...plan, sheets: [sheet, ...rest] };
  }

  test("an odd row keeps its own formula; the rest of the sheet is still filled per column", async () => {
    const plan = withOdd(50, 30);
    const columns = await written(plan);
    const cells = await written(plan, { write: "cells" });
    expect(contents(columns)).toEqual(contents(cells));
    const kpi = columns.sheet("KPI")!;
    expect(kpi.cell("H35")?.formula).toBe("=1+1");
    expect(kpi.cell("H36")?.formula).toContain("F36");
    expect(kpi.cell("K54")?.formula).toContain("I54");
    expect(total(columns.stats.bytesPerSync)).toBeLessThan(total(cells.stats.bytesPerSync));
  });

  test("a host without ExcelApi 1.9 gets the per-cell write", async () => {
    (globalThis as { Office?: unknown }).Office = {
      context: { requirements: { isSetSupported: () => false } },
    };
    try {
      const plan = handWorkbook(handRows(100));
      const host = await written(plan);
      const cells = await written(plan, { write: "cells" });
      expect(host.stats.bytesPerSync).toEqual(cells.stats.bytesPerSync);
      expect(contents(host)).toEqual(contents(cells));
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });
});

describe("requests and syncs per column", () => {
  test("1,000 KPIs: 2 syncs, no request over 0.5 MB", async () => {
    const wb = await written(createPlan(atsugiOf(1000)));
    expect(wb.stats.syncs).toBe(2);
    expect(Math.max(...wb.stats.bytesPerSync)).toBeLessThan(0.5 * 1024 * 1024);
  }, 30000);

  test("10,000 KPIs: at most 3 syncs, none over the 4 MB budget; the goal summary reads them in at most 3 more", async () => {
    const { wb, context } = fakeExcel();
    const result = await applyWorkbookPlan(context, createPlan(atsugiOf(10000)));
    expect(result.syncs).toBeLessThanOrEqual(3);
    expect(Math.max(...wb.stats.bytesPerSync)).toBeLessThanOrEqual(defaultRequestBudget);
    expect(wb.sheet("KPI")?.cell("N10004")?.formula).toContain("L10004");

    const before = wb.stats.syncs;
    const read = await readKpiTable(context);
    // find the table, read its header and first rows, then the rest: the summary's write is the 4th
    expect(read.syncs).toBeLessThanOrEqual(3);
    expect(wb.stats.syncs - before).toBe(read.syncs);
    expect(read.read.plan.indicators).toHaveLength(10000);
    expect(Math.max(...wb.stats.responseBytesPerSync.slice(before))).toBeLessThanOrEqual(defaultRequestBudget);
  }, 60000);

  test("a small budget still splits rows between requests, never inside a row", async () => {
    const { wb, context } = fakeExcel();
    const result = await applyWorkbookPlan(context, handWorkbook(handRows(300)), { maxRequestBytes: 20000 });
    expect(result.syncs).toBeGreaterThan(3);
    for (const bytes of wb.stats.bytesPerSync) expect(bytes).toBeLessThanOrEqual(20000);
    const kpi = wb.sheet("KPI")!;
    for (let r = 5; r <= 304; r++) expect(kpi.cell(`H${r}`)?.formula).toContain(`F${r}`);
  });
});
