/**
 * The workbook status (taskpane/office/status.ts) against the Excel double, in each state the pane
 * shows: no KPI sheet, a KPI sheet with no summary, a current summary, a summary older than the
 * last change to the KPI table, one made before stamps, a second KPI sheet with its own names, the
 * report current and older, a departments' round recorded or edited by hand.
 */
import { defaultScale, findScale } from "../../src/grade";
import { readWorkbookStatus } from "../../taskpane/office/status";
import { createReportIn } from "../../taskpane/office/report";
import { roundName, stampFormula, stampName } from "../../taskpane/office/stamps";
import { createKpiSheetIn, generateSummaryIn, SheetSettings } from "../../taskpane/workbook";
import { fakeExcel } from "../doubles/context";
import { putTable } from "../doubles/workbook";
import { cellAddress } from "../../src/formula/a1";

const en: SheetSettings = { lang: "en", scale: defaultScale, year: undefined, style: "native" };
const noProgress = (): void => undefined;
const csvSource = (csv: string) => ({ kind: "csv" as const, fileName: "p.csv", bytes: new TextEncoder().encode(csv) });
// three KPIs: two with an actual for FY2024 (R6), one with the year blank; the last actual year is 2024
const csv =
  "goal,kind,name,direction,target_R5,actual_R5,target_R6,actual_R6\n" +
  "1,kpi,a,higher,10,9,10,8\n1,kpi,b,higher,10,9,10,\n2,kpi,c,higher,10,9,10,12\n";

test("an empty workbook, or a table of the user's on the active sheet that is no KPI table: no KPI sheet", async () => {
  const { wb, context } = fakeExcel();
  await expect(readWorkbookStatus(context)).resolves.toEqual({ kind: "noKpiSheet" });
  putTable(wb, "Sheet1", "Costs", "A1", [
    ["item", "yen"],
    ["paper", 100],
  ]);
  await expect(readWorkbookStatus(context)).resolves.toEqual({ kind: "noKpiSheet" });
});

test("a new KPI sheet: its sheet, the settings sheet's year and scale, actuals entered in that year, no summary", async () => {
  const { context } = fakeExcel();
  const symbols = findScale("symbols")!;
  await createKpiSheetIn(context, csvSource(csv), { ...en, scale: symbols }, noProgress);
  expect(await readWorkbookStatus(context)).toEqual({
    kind: "kpiSheet",
    sheet: "KPI",
    table: "KpiTable",
    evalYear: 2024,
    scaleName: symbols.name.en,
    indicators: 3,
    withActual: 2,
    summary: { kind: "none" },
    report: { kind: "none" },
    departments: undefined,
  });
});

test("the year set on the settings sheet is the one counted: FY2023 has three actuals", async () => {
  const { context } = fakeExcel();
  await createKpiSheetIn(context, csvSource(csv), { ...en, year: 2023 }, noProgress);
  expect(await readWorkbookStatus(context)).toMatchObject({ evalYear: 2023, withActual: 3 });
});

test("the summary is current after it is written, older once the KPI table changes, current again when regenerated", async () => {
  const { wb, context } = fakeExcel();
  await createKpiSheetIn(context, csvSource(csv), en, noProgress);
  const written = await generateSummaryIn(context, en, async () => "replace", noProgress);
  expect(written.kind).toBe("written");
  const sheet = written.kind === "written" ? written.sheet : "";
  // the stamp is a hidden name
  const stamp = wb.names.get(stampName("summary", "KpiTable").toUpperCase());
  expect(stamp).toMatchObject({ visible: false, formula: expect.stringMatching(/^="t1:[0-9a-f]{8}:3"$/) });
  await wb.userActivates("KPI"); // the status is read on the KPI sheet, as the user would look at it
  expect(await readWorkbookStatus(context)).toMatchObject({ summary: { kind: "current", sheet } });

  // the user types an actual into the table
  const table = wb.tables.find((t) => t.name === "KpiTable")!;
  const at = cellAddress(table.rect.r0 + 2, table.rect.c1);
  table.sheet.cells.set(at, { value: "checked" });
  expect(await readWorkbookStatus(context)).toMatchObject({ summary: { kind: "older", sheet } });

  await generateSummaryIn(context, en, async () => "replace", noProgress);
  expect(await readWorkbookStatus(context)).toMatchObject({ summary: { kind: "current", sheet } });
  // replaced, not added: one stamp
  expect([...wb.names.keys()].filter((n) => n.includes("SUMMARYOF"))).toHaveLength(1);
});

test("a summary made before stamps: its age is unknown", async () => {
  const { wb, context } = fakeExcel();
  await createKpiSheetIn(context, csvSource(csv), en, noProgress);
  await generateSummaryIn(context, en, async () => "new", noProgress);
  wb.names.delete(stampName("summary", "KpiTable").toUpperCase());
  expect(await readWorkbookStatus(context)).toMatchObject({ summary: { kind: "unknown", sheet: "Goal summary" } });
});

test("a second KPI sheet, active: its own table and settings names (KpiTable_2, KpiEvalYear_2), no summary of its own", async () => {
  const { wb, context } = fakeExcel();
  await createKpiSheetIn(context, csvSource(csv), en, noProgress);
  await generateSummaryIn(context, en, async () => "new", noProgress);
  await createKpiSheetIn(context, csvSource(csv), { ...en, year: 2023 }, noProgress);
  // the actions (and so the status) take the active sheet's table when it is a KPI sheet, else the first one's
  expect(await readWorkbookStatus(context)).toMatchObject({ sheet: "KPI", table: "KpiTable" });
  await wb.userActivates("KPI (2)");
  expect(await readWorkbookStatus(context)).toMatchObject({
    sheet: "KPI (2)",
    table: "KpiTable_2",
    evalYear: 2023,
    withActual: 3,
    // the workbook's summary was made from the first table
    summary: { kind: "unknown" },
  });
  await wb.userActivates("KPI");
  expect(await readWorkbookStatus(context)).toMatchObject({
    sheet: "KPI",
    evalYear: 2024,
    summary: { kind: "current" },
  });
});

test("the report, like the summary: current when written, older once the KPI table changes, each on its own", async () => {
  const { wb, context } = fakeExcel();
  await createKpiSheetIn(context, csvSource(csv), en, noProgress);
  const summary = await generateSummaryIn(context, en, async () => "new", noProgress);
  const report = await createReportIn(
    context,
    en,
    async () => "new",
    noProgress,
    () => new Error("fatal"),
  );
  const sheet = report.kind === "written" ? report.sheet : "";
  expect(wb.names.get(stampName("report", "KpiTable").toUpperCase())).toMatchObject({ visible: false });
  await wb.userActivates("KPI");
  expect(await readWorkbookStatus(context)).toMatchObject({
    summary: { kind: "current" },
    report: { kind: "current", sheet },
  });
  const table = wb.tables.find((t) => t.name === "KpiTable")!;
  table.sheet.cells.set(cellAddress(table.rect.r0 + 1, table.rect.c1), { value: "edited" });
  expect(await readWorkbookStatus(context)).toMatchObject({
    summary: { kind: "older", sheet: summary.kind === "written" ? summary.sheet : "" },
    report: { kind: "older", sheet },
  });
  // the report made again is current; the summary, not made again, stays older
  await createReportIn(
    context,
    en,
    async () => "replace",
    noProgress,
    () => new Error("fatal"),
  );
  await wb.userActivates("KPI");
  expect(await readWorkbookStatus(context)).toMatchObject({ summary: { kind: "older" }, report: { kind: "current" } });
});

test("a departments' round edited by hand into something else reads as none recorded, and the status still reads", async () => {
  const { wb, context } = fakeExcel();
  await createKpiSheetIn(context, csvSource(csv), en, noProgress);
  const name = roundName("KpiTable");
  wb.names.set(name.toUpperCase(), { name, formula: stampFormula('{"year":"R7"}'), visible: false, comment: "" });
  expect(await readWorkbookStatus(context)).toMatchObject({ kind: "kpiSheet", departments: undefined });
  wb.names.set(name.toUpperCase(), {
    name,
    formula: stampFormula('{"year":2025,"sent":["企画課 \\"A\\""],"returned":[]}'),
    visible: false,
    comment: "",
  });
  expect(await readWorkbookStatus(context)).toMatchObject({
    departments: { year: 2025, sent: ['企画課 "A"'], returned: [] },
  });
});
