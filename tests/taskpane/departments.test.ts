/**
 * The round trip of issue 12 through the pane's actions, against the Excel double: Send to
 * departments reads the KPI table and gives one file per department without changing the
 * workbook; Collect returns reads the returned files (filled in with ExcelJS, as Excel would
 * save them), lists the changes, writes nothing when cancelled, and writes the applied values
 * into the table and the collection sheet when confirmed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { xlsxBytes } from "../../cli/xlsx";
import { readPlanCsv, summarize } from "../../src";
import { MergeResult, splitPlan } from "../../src/departments";
import { defaultScale } from "../../src/grade";
import { collectReturnsIn } from "../../taskpane/departments/collect";
import { sendToDepartmentsIn } from "../../taskpane/departments/send";
import { readKpiTable } from "../../taskpane/office/kpiTable";
import { readWorkbookStatus } from "../../taskpane/office/status";
import { createKpiSheetIn, SheetSettings } from "../../taskpane/workbook";
import { fakeExcel } from "../doubles/context";

const csv = readFileSync(join(__dirname, "..", "fixtures", "departments-plan.csv"));
const ja: SheetSettings = { lang: "ja", scale: defaultScale, year: undefined, style: "native" };

/** A department file with values typed in by header and id, saved again. */
async function fill(bytes: Uint8Array, values: readonly [string, string, string | number][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("KPI") as ExcelJS.Worksheet;
  const header = (ws.getRow(4).values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
  for (const [id, name, value] of values) {
    let row = 0;
    ws.eachRow((r, n) => {
      if (n > 4 && r.getCell(header.indexOf("指標ID")).value === id) row = n;
    });
    ws.getCell(row, header.indexOf(name)).value = value;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

jest.setTimeout(120_000);

describe("Send to departments and Collect returns, in the pane", () => {
  test("split from the open workbook, filled, merged back after the user confirms", async () => {
    const { wb, context } = fakeExcel();
    await createKpiSheetIn(context, { kind: "csv", fileName: "plan.csv", bytes: csv }, ja, () => undefined);
    const before = wb.sheet("KPI")?.snapshot();

    const sent = await sendToDepartmentsIn(context, 2025);
    expect(sent.year).toBe(2025);
    expect(sent.files.map((f) => f.fileName)).toEqual([
      "商工観光課.xlsx",
      "子育て支援課.xlsx",
      "防災課.xlsx",
      "企画課.xlsx",
    ]);
    expect(wb.sheet("KPI")?.snapshot()).toBe(before);
    const departments = ["商工観光課", "子育て支援課", "防災課", "企画課"];
    // the round is recorded in a hidden name, for the workbook status
    expect(wb.names.get("KPISHEETS_DEPARTMENTSOF_KPITABLE")).toMatchObject({ visible: false });
    expect(await readWorkbookStatus(context)).toMatchObject({
      departments: { year: 2025, sent: departments, returned: [] },
    });
    const bytes = (name: string): Uint8Array => sent.files.find((f) => f.fileName === name)?.bytes as Uint8Array;
    // a file from the pane is protected, its inputs unlocked, like one from kpi-sheets split
    const check = new ExcelJS.Workbook();
    await check.xlsx.load(bytes("防災課.xlsx") as unknown as ArrayBuffer);
    const kpi = check.getWorksheet("KPI") as ExcelJS.Worksheet;
    expect((kpi as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(kpi.getCell("S5").protection?.locked).toBe(false);

    const other = readPlanCsv("goal,name,department,target_R7,actual_R7,id\n1,x,企画課,10,,PLAN-1\n").plan;
    const foreign = await xlsxBytes(splitPlan(other, { year: 2025 }).files[0].workbook);
    const uploads = [
      {
        name: "商工観光課.xlsx",
        bytes: await fill(bytes("商工観光課.xlsx"), [
          ["JOB-1", "実績値_R7", 92800],
          ["JOB-2", "実績値_R7", 7],
          ["JOB-1", "取組状況_R7", "=工業団地へ2社を誘致"],
        ]),
      },
      {
        name: "子育て支援課.xlsx",
        bytes: await fill(bytes("子育て支援課.xlsx"), [
          ["KID-1", "実績値_R7", 4],
          ["KID-2", "実績値_R7", 920],
          ["KID-1", "目標値_R7", 3],
        ]),
      },
      { name: "企画課.xlsx", bytes: await fill(bytes("企画課.xlsx"), [["PLAN-1", "実績値_R7", 2700]]) },
      { name: "foreign.xlsx", bytes: await fill(foreign, [["PLAN-1", "実績値_R7", 9]]) },
    ];
    const options = { year: undefined, lang: "ja" as const, mergedAt: "2026/12/1 12:00" };

    let shown: MergeResult | undefined;
    const cancelled = await collectReturnsIn(context, uploads, options, (result) => {
      shown = result;
      return Promise.resolve(false);
    });
    expect(cancelled.kind).toBe("cancelled");
    expect(wb.sheet("KPI")?.snapshot()).toBe(before);
    expect(await readWorkbookStatus(context)).toMatchObject({ departments: { returned: [] } });
    expect(shown?.applied.map((e) => e.id)).toEqual(["JOB-1", "JOB-1", "JOB-2", "KID-1", "KID-2", "PLAN-1"]);
    expect(shown?.rejected.map((e) => [e.file, e.id, e.field, e.cell, e.reason])).toEqual([
      ["子育て支援課.xlsx", "KID-1", "target", "KPI!R5", "protectedChanged"],
      ["foreign.xlsx", "", "", "", "otherMaster"],
    ]);
    expect(shown?.pending.map((e) => e.id)).toEqual(["G1-K2", "SAFE-1", "SAFE-2", "PLAN-2"]);

    const done = await collectReturnsIn(context, uploads, options, () => Promise.resolve(true));
    expect(done.kind === "written" && done.sheet).toBe("回収状況");
    const sheet = wb.sheet("KPI");
    // 実績値_R7 is column S; JOB-1 is on row 5, KID-1 on row 8; the tampered target R8 is as it was
    expect([sheet?.cell("S4")?.value, sheet?.cell("S5")?.value, sheet?.cell("S8")?.value]).toEqual([
      "実績値_R7",
      92800,
      4,
    ]);
    expect(sheet?.cell("R8")?.value).toBe(5);
    // three of the four returned (防災課 has not; foreign.xlsx is no department's of this workbook)
    expect(await readWorkbookStatus(context)).toMatchObject({
      departments: { year: 2025, sent: departments, returned: ["商工観光課", "子育て支援課", "企画課"] },
    });

    // the table read back: the applied actuals, the new text column, and the rates they give
    const back = await readKpiTable(context);
    const plan = back.read.plan;
    const job = plan.indicators.find((i) => i.id.text === "JOB-1");
    expect(job?.reports.status.get(2025)).toBe("=工業団地へ2社を誘致");
    const rates = new Map(summarize(plan, { year: 2025 }).indicators.map((r) => [r.indicator.id.text, r.rate]));
    expect(rates.get("KID-1")).toMatchObject({ kind: "rate", capped: 1 });
    expect(rates.get("KID-2")).toMatchObject({ kind: "rate", capped: 0.968 });
    expect(rates.get("PLAN-1")).toMatchObject({ kind: "rate", capped: 0.9 });
    expect(rates.get("SAFE-1")).toMatchObject({ kind: "noRate" });
    const collection = wb.sheet("回収状況");
    expect(collection?.cell("A2")?.value).toBe("商工観光課");
    expect([...(collection?.cells.values() ?? [])].map((c) => c.value)).toEqual(
      expect.arrayContaining(["未返送", "却下"]),
    );

    // the same returns again: nothing left to apply
    const again = await collectReturnsIn(context, uploads.slice(0, 1), options, () => Promise.resolve(true));
    expect(again.result.applied).toEqual([]);
    expect(again.result.returns[0].state).toBe("unchanged");
    // the collection sheet is replaced, not added to; who returned in the first batch keeps the row
    expect(again.kind === "written" && again.sheet).toBe("回収状況");
    expect(wb.sheets.map((sh) => sh.name).filter((n) => n.startsWith("回収状況"))).toEqual(["回収状況"]);
    const rowsOf = (department: string): unknown[][] => {
      const sh = wb.sheet("回収状況");
      const found: unknown[][] = [];
      for (let r = 2; r < 12; r++)
        if (sh?.cell(`A${r}`)?.value === department)
          found.push(["B", "C", "F"].map((c) => sh?.cell(`${c}${r}`)?.value));
      return found;
    };
    const at = options.mergedAt;
    expect(rowsOf("商工観光課")).toEqual([["商工観光課.xlsx", at, "変更なし（取込済み）"]]);
    // both of 企画課's files of the first batch, as they were
    expect(rowsOf("企画課")).toEqual([
      ["企画課.xlsx", at, "取込済"],
      ["foreign.xlsx", at, "却下"],
    ]);
    expect(rowsOf("防災課")).toEqual([["", "", "未返送"]]);
    // merged one by one, the returns add up: the round still counts all three, in one name
    expect(await readWorkbookStatus(context)).toMatchObject({
      departments: { returned: ["商工観光課", "子育て支援課", "企画課"] },
    });
    expect([...wb.names.keys()].filter((n) => n.startsWith("KPISHEETS_DEPARTMENTSOF"))).toHaveLength(1);
  });

  test("a file that is no workbook is refused by name, with why, and nothing is written", async () => {
    const { wb, context } = fakeExcel();
    await createKpiSheetIn(context, { kind: "csv", fileName: "plan.csv", bytes: csv }, ja, () => undefined);
    const before = wb.sheet("KPI")?.snapshot();
    const upload = { name: "企画課.xlsx", bytes: new TextEncoder().encode("goal,name\n") };
    const options = { year: undefined, lang: "en" as const, mergedAt: "2026/12/1 12:00" };
    await expect(collectReturnsIn(context, [upload], options, () => Promise.resolve(true))).rejects.toMatchObject({
      message: expect.stringContaining('企画課.xlsx: not an Excel workbook (.xlsx / .xlsm): it starts with "goal,nam"'),
    });
    expect(wb.sheet("KPI")?.snapshot()).toBe(before);
    expect(wb.sheet("回収状況")).toBeUndefined();
  });
});
