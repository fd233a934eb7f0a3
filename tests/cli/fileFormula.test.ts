import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { build } from "../../cli/build";
import { fileFormula } from "../../cli/fileFormula";

describe("custom functions as Excel stores them in a file", () => {
  test("KPI.* calls get the _xldudf_ name; strings, sheet names and other functions stay", () => {
    expect(fileFormula('IF(ISNUMBER(F6),KPI.GRADE(F6,KpiGradeScale),"-")')).toBe(
      'IF(ISNUMBER(F6),_xldudf_KPI_GRADE(F6,KpiGradeScale),"-")',
    );
    expect(fileFormula("kpi.rate(A1,B1)+KPI.RATE(KPI.AVERAGE(C1:C9),1)")).toBe(
      "_xldudf_KPI_RATE(A1,B1)+_xldudf_KPI_RATE(_xldudf_KPI_AVERAGE(C1:C9),1)",
    );
    expect(fileFormula(`"KPI.RATE(x)"&'KPI.RATE(1)'!A1&SUM(1)`)).toBe(`"KPI.RATE(x)"&'KPI.RATE(1)'!A1&SUM(1)`);
    expect(fileFormula("MYKPI.RATE(1)+KPIX.RATE(1)")).toBe("MYKPI.RATE(1)+KPIX.RATE(1)");
  });

  test("the functions style writes no typed KPI.* name, and KPI.AVERAGE(IF(…)) as an array formula", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-udf-"));
    const file = join(dir, "functions.xlsx");
    const plan = join(__dirname, "..", "fixtures", "sharing-plan.csv");
    const quiet = { stdout: () => undefined, stderr: () => undefined };
    expect(await build([plan, "-o", file, "--style", "functions"], quiet)).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const formulas: { cell: string; attributes: string; text: string }[] = [];
    for (const name of sheets) {
      const xml = await (zip.file(name) as JSZip.JSZipObject).async("string");
      for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*><f([^>]*)>([^<]*)<\/f>/g))
        formulas.push({ cell: m[1], attributes: m[2], text: m[3] });
    }
    expect(formulas.filter((f) => /\bKPI\.[A-Z]+\(/i.test(f.text))).toEqual([]);
    expect(formulas.some((f) => f.text.includes("_xldudf_KPI_RATE("))).toBe(true);
    expect(formulas.some((f) => f.text.includes("_xldudf_KPI_GRADE("))).toBe(true);
    const averages = formulas.filter((f) => f.text.includes("_xldudf_KPI_AVERAGE("));
    // one per goal of the fixture, each an array formula over its own cell
    expect(averages.map((f) => f.cell)).toEqual(["F6", "F7", "F8", "F9"]);
    for (const f of averages) expect(f.attributes).toBe(` t="array" ref="${f.cell}"`);
    // no other formula is an array formula (a column copied down is one shared formula)
    expect(formulas.filter((f) => f.attributes.includes('t="array"')).length).toBe(averages.length);
  });
});
