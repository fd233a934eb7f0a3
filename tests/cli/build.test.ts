import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { build } from "../../cli/build";
import { UsageError } from "../../cli/options";

const fixtures = join(__dirname, "..", "fixtures");

function capture(): { io: { stdout: (t: string) => void; stderr: (t: string) => void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, out, err };
}

describe("kpi-sheets build", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-cli-"));

  test("writes tables, formats, conditional formats, validations, frozen panes and names; formulas carry no cached value", async () => {
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
    expect(rate.result).toBeUndefined();
    expect(rate.numFmt).toBe("0.0%");
    expect(kpi.getCell("H5").dataValidation).toMatchObject({ type: "list", formulae: ['"増加,減少"'] });
    expect((kpi as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings.length).toBe(4);
    expect(kpi.getCell("F18").value).toBe('=HYPERLINK("http://example.com","x")');
    expect(kpi.getCell("F18").formula).toBeUndefined();
    const model = (wb as unknown as { definedNames: { model: { name: string; ranges: string[] }[] } }).definedNames
      .model;
    expect(model.find((n) => n.name === "KpiEvalYear")?.ranges).toEqual(["'設定'!$B$5"]);
  });

  test("prints landscape one page wide (KPI with its header row on every page) and guards targets and actuals", async () => {
    const file = join(dir, "print.xlsx");
    expect(await build([join(fixtures, "sharing-plan.csv"), "-o", file, "--lang", "en"], capture().io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const kpi = wb.getWorksheet("KPI") as ExcelJS.Worksheet;
    const fit = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    expect(kpi.pageSetup).toMatchObject({ ...fit, printTitlesRow: "4:4" });
    expect(wb.getWorksheet("Goal summary")?.pageSetup).toMatchObject(fit);
    expect(wb.getWorksheet("Goal summary")?.pageSetup.printTitlesRow).toBeUndefined();

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
    expect(wb.getWorksheet("KPI")?.getCell("N5").formula).toContain("KPI.RATE(");
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
