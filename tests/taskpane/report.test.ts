/** Create report against the Excel double: what is written, the charts added, the syncs. */
import { parseCell, cellAddress } from "../../src/formula/a1";
import { defaultScale } from "../../src/grade";
import { readPlanCsv } from "../../src/planCsv";
import { reportSheetPlan } from "../../src/report/reportPlan";
import { readKpiTable } from "../../taskpane/office/kpiTable";
import { createReportIn } from "../../taskpane/office/report";
import { atsugiSampleCsv } from "../../taskpane/sample/atsugiSample";
import { createKpiSheetIn, ReplaceChoice, SheetSettings } from "../../taskpane/workbook";
import { fakeExcel as excel } from "../doubles/context";

const ja: SheetSettings = { lang: "ja", scale: defaultScale, year: undefined, style: "native" };
const noProgress = (): void => undefined;
const fatal = (): Error => new Error("fatal");

async function withKpiSheet() {
  const x = excel();
  await createKpiSheetIn(x.context, { kind: "sample" }, ja, noProgress);
  return x;
}

/** The engine's report over the plan read back from the KPI table, as the adapter is to build it. */
async function expected(context: Excel.RequestContext) {
  const table = await readKpiTable(context);
  expect(table.read.plan.indicators).toHaveLength(readPlanCsv(atsugiSampleCsv).plan.indicators.length);
  return {
    report: reportSheetPlan(table.read.plan, {
      lang: "ja",
      tableLang: table.lang,
      style: "native",
      scale: defaultScale,
      tableName: table.table,
      sheetNames: { kpi: table.sheet },
    }),
  };
}

test("writes the engine's report sheet over the KPI table and adds its charts in the last write: 3 syncs", async () => {
  const { wb, context } = await withKpiSheet();
  const { report } = await expected(context);
  const before = wb.stats.syncs;
  const result = await createReportIn(context, ja, async () => "new", noProgress, fatal);
  expect(result).toMatchObject({ kind: "written", sheet: report.sheet.name, replaced: false, problems: [] });
  // inspect and read the table, then one write with the charts in it
  expect(wb.stats.syncs - before).toBe(3);

  const sheet = wb.sheet(report.sheet.name)!;
  let formulas = 0;
  let texts = 0;
  for (const block of report.sheet.blocks) {
    const top = parseCell(block.at);
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const written = sheet.cell(cellAddress(top.row + r, top.column + c));
        switch (cell.kind) {
          case "formula":
            formulas++;
            expect(written?.formula).toBe(cell.formula);
            break;
          case "text":
            texts++;
            expect(String(written?.value ?? "")).toBe(cell.text);
            break;
          case "number":
            expect(written?.value).toBe(cell.value);
            break;
          case "empty":
            break;
        }
      }),
    );
  }
  expect(formulas).toBeGreaterThan(100);
  expect(texts).toBeGreaterThan(20);
  expect([...sheet.cells.values()].some((c) => (c.formula ?? "").includes("KpiTable["))).toBe(true);
  expect(sheet.pageLayout.orientation).toBe("Landscape");

  // every chart spec is one chart: its data block, series direction, title, line series, position
  expect(report.charts.length).toBeGreaterThanOrEqual(4);
  expect(sheet.charts).toHaveLength(report.charts.length);
  sheet.charts.forEach((chart, i) => {
    const spec = report.charts[i];
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.source).toBe(spec.data);
    expect(chart.seriesBy).toBe(spec.seriesBy === "columns" ? "Columns" : "Rows");
    expect(chart.title).toBe(spec.title);
    const lines = spec.kinds.flatMap((k, s) => (k === "line" ? [s] : []));
    expect(Object.keys(chart.seriesTypes).map(Number)).toEqual(lines);
    expect(Object.values(chart.seriesTypes).every((t) => t === "Line")).toBe(true);
    expect(chart.valueAxis).toMatchObject({ numberFormat: spec.valueFormat });
    if (spec.max !== undefined) expect(chart.valueAxis.maximum).toBe(spec.max);
    expect(chart.position?.start).toBe(cellAddress(spec.from.row, spec.from.column));
    expect(chart.position?.end).toBe(cellAddress(spec.to.row - 1, spec.to.column - 1));
  });
  expect(sheet.charts.some((c) => Object.keys(c.seriesTypes).length > 0)).toBe(true);
  // the report is where the user looks next
  expect(wb.active).toBe(sheet);
});

test("an earlier report is replaced, charts too, only when the user says so", async () => {
  const { wb, context } = await withKpiSheet();
  const asked: string[] = [];
  const answer = (choice: ReplaceChoice) => async (sheet: string) => {
    asked.push(sheet);
    return choice;
  };
  const first = await createReportIn(context, ja, answer("replace"), noProgress, fatal);
  expect(asked).toEqual([]);
  if (first.kind !== "written") throw new Error("not written");
  const charts = wb.sheet(first.sheet)!.charts.length;
  const snapshot = wb.sheet(first.sheet)!.snapshot();

  expect(await createReportIn(context, ja, answer("cancel"), noProgress, fatal)).toEqual({ kind: "cancelled" });
  expect(wb.sheet(first.sheet)!.snapshot()).toBe(snapshot);

  const before = wb.stats.syncs;
  const again = await createReportIn(context, ja, answer("replace"), noProgress, fatal);
  expect(asked).toEqual([first.sheet, first.sheet]);
  expect(again).toMatchObject({ kind: "written", sheet: first.sheet, replaced: true, charts });
  // one more sync reads the old charts to delete them
  expect(wb.stats.syncs - before).toBe(4);
  expect(wb.sheet(first.sheet)!.charts).toHaveLength(charts);

  const beside = await createReportIn(context, ja, answer("new"), noProgress, fatal);
  expect(beside).toMatchObject({ sheet: `${first.sheet} (2)`, replaced: false });
  expect(wb.sheet(`${first.sheet} (2)`)!.charts).toHaveLength(charts);
});

test("without a KPI table nothing is written and the pane's message says so", async () => {
  const { wb, context } = excel();
  await expect(createReportIn(context, ja, async () => "new", noProgress, fatal)).rejects.toThrow();
  expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
});
