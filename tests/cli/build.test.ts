import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { build } from "../../cli/build";
import { UsageError } from "../../cli/options";
import { decodeCsv, readPlanCsv } from "../../src";
import { parseCell, workbookPlan } from "../../src/sheets";

const fixtures = join(__dirname, "..", "fixtures");

function capture(): { io: { stdout: (t: string) => void; stderr: (t: string) => void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, out, err };
}

describe("kpi-sheets build", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-cli-"));

  test("writes tables, formats, conditional formats, validations, frozen panes and names; formulas carry the engine's value", async () => {
    const file = join(dir, "plan.xlsx");
    const c = capture();
    expect(await build([join(fixtures, "sharing-plan.csv"), "-o", file], c.io)).toBe(0);
    expect(c.err).toEqual([]);
    expect(c.out.join("")).toContain("17");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["設定", "KPI", "基本目標別まとめ"]);
    const kpi = wb.getWorksheet("KPI") as ExcelJS.Worksheet;
    expect(Object.keys((kpi as unknown as { tables: object }).tables)).toEqual(["KpiTable"]);
    expect(kpi.views[0]).toMatchObject({ state: "frozen", ySplit: 4, xSplit: 6 });
    const rate = kpi.getCell("N5");
    expect(rate.formula).toMatch(/^IF\(AND\(ISNUMBER/);
    // 転入者数 R4: 6,200 / 6,300 = 98.4%, cached for viewers that do not calculate
    expect(rate.result).toBe(0.984);
    expect(rate.numFmt).toBe("0.0%");
    expect(kpi.getCell("H5").dataValidation).toMatchObject({ type: "list", formulae: ['"増加,減少"'] });
    expect((kpi as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings.length).toBe(4);
    expect(kpi.getCell("F18").value).toBe('=HYPERLINK("http://example.com","x")');
    expect(kpi.getCell("F18").formula).toBeUndefined();
    const model = (wb as unknown as { definedNames: { model: { name: string; ranges: string[] }[] } }).definedNames
      .model;
    expect(model.find((n) => n.name === "KpiEvalYear")?.ranges).toEqual(["'設定'!$B$5"]);
  });

  test("prints on A4 at 100% (KPI with its header row and names on every page) and guards targets and actuals", async () => {
    const file = join(dir, "print.xlsx");
    expect(await build([join(fixtures, "sharing-plan.csv"), "-o", file, "--lang", "en"], capture().io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const kpi = wb.getWorksheet("KPI") as ExcelJS.Worksheet;
    // issue 13: never shrunk to fit, A4 (paper size 9), the page header and "page x of y"
    const page = { orientation: "landscape", fitToPage: false, paperSize: 9 };
    expect(kpi.pageSetup).toMatchObject({ ...page, printTitlesRow: "4:4", printTitlesColumn: "F:F" });
    expect(kpi.pageSetup.margins).toMatchObject({ left: 0.3, right: 0.3, top: 0.75, bottom: 0.6 });
    expect(kpi.headerFooter.oddFooter).toBe("&CPage &P of &N");
    expect(kpi.headerFooter.oddHeader).toMatch(/^&L.+&REvaluation year FY\d{4}$/);
    expect(wb.getWorksheet("Goal summary")?.pageSetup).toMatchObject({ ...page, printTitlesColumn: "A:B" });
    expect(wb.getWorksheet("Goal summary")?.pageSetup.printTitlesRow).toBeUndefined();
    expect(wb.getWorksheet("Settings")?.pageSetup).toMatchObject({ orientation: "portrait", paperSize: 9 });

    // the first year's target column: its header names it, the rule reads its top data cell
    const header = kpi.getRow(4).values as unknown[];
    const t = header.findIndex((v) => typeof v === "string" && v.startsWith("target_"));
    const col = kpi.getColumn(t).letter;
    const next = kpi.getColumn(t + 1).letter;
    const rule = {
      type: "custom",
      formulae: [`OR(ISNUMBER(${col}5),${col}5="",${col}5="-",${col}5="未公表",${col}5="指標変更")`],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Value not allowed",
      error: "Enter a number, or -, 未公表 or 指標変更",
    };
    // one rule over the target and actual columns of the data rows, never beyond them
    expect(kpi.getCell(`${col}5`).dataValidation).toMatchObject(rule);
    expect(kpi.getCell(`${next}21`).dataValidation).toMatchObject(rule);
    expect(kpi.getCell(`${col}22`).dataValidation).toBeUndefined();
    expect(kpi.getCell(`${kpi.getColumn(t + 2).letter}5`).dataValidation).toBeUndefined();
  });

  test("English, functions style", async () => {
    const file = join(dir, "en.xlsx");
    const c = capture();
    expect(
      await build([join(fixtures, "sharing-plan.csv"), "-o", file, "--lang", "en", "--style", "functions"], c.io),
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Settings", "KPI", "Goal summary"]);
    // stored as Excel stores a JavaScript custom function (issue 10): never the typed KPI.RATE(
    expect(wb.getWorksheet("KPI")?.getCell("N5").formula).toContain("_xldudf_KPI_RATE(");
    expect(wb.getWorksheet("KPI")?.getCell("N5").formula).not.toContain("KPI.RATE(");
  });

  test("bad rows are reported with line and column, the rest is built, exit code 1", async () => {
    const file = join(dir, "bad.xlsx");
    const c = capture();
    expect(await build([join(fixtures, "sharing-plan-bad.csv"), "-o", file, "--lang", "en"], c.io)).toBe(1);
    const err = c.err.join("");
    expect(err).toContain('line 3 column "goal"');
    expect(err).toContain('line 4 column "actual_R6"');
    expect(existsSync(file)).toBe(true);
    expect(c.out.join("")).toContain("2 indicators");
  });

  test("each data validation is written once over its range: no cell carries two (exceljs #2820)", async () => {
    const csv = join(fixtures, "sharing-plan.csv");
    const file = join(dir, "validations.xlsx");
    expect(await build([csv, "-o", file], capture().io)).toBe(0);
    const plan = workbookPlan(readPlanCsv(decodeCsv(readFileSync(csv))).plan, {});
    const zip = await JSZip.loadAsync(readFileSync(file));
    const rect = (ref: string): [number, number, number, number] => {
      const [a, b = a] = ref.split(":").map(parseCell);
      return [a.row, a.column, b.row, b.column];
    };
    const overlap = (p: number[], q: number[]): boolean => !(p[2] < q[0] || q[2] < p[0] || p[3] < q[1] || q[3] < p[1]);
    let checked = 0;
    for (const [i, sheet] of plan.sheets.entries()) {
      const xml = await (zip.file(`xl/worksheets/sheet${i + 1}.xml`) as JSZip.JSZipObject).async("string");
      const sqrefs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].flatMap((m) => m[1].split(" "));
      const planned = [...sheet.validations, ...(sheet.customValidations ?? [])].map((v) => v.range);
      expect({ sheet: sheet.name, sqrefs: [...sqrefs].sort() }).toEqual({
        sheet: sheet.name,
        sqrefs: [...planned].sort(),
      });
      sqrefs.forEach((p, j) =>
        sqrefs
          .slice(j + 1)
          .forEach((q) => expect({ p, q, overlap: overlap(rect(p), rect(q)) }).toMatchObject({ overlap: false })),
      );
      checked += sqrefs.length;
    }
    // the KPI table passes row 9, where text order put C10 before C5
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  test("usage mistakes are usage errors", async () => {
    const plan = join(fixtures, "sharing-plan.csv");
    await expect(build([plan], capture().io)).rejects.toBeInstanceOf(UsageError);
    await expect(build([plan, "-o", join(dir, "x.xlsx"), "--style", "fancy"], capture().io)).rejects.toBeInstanceOf(
      UsageError,
    );
    await expect(build([plan, "-o", join(dir, "x.xlsx"), "--year", "someday"], capture().io)).rejects.toBeInstanceOf(
      UsageError,
    );
  });
});
