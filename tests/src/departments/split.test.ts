import { readPlanCsv, readPlanTable } from "../../../src";
import { inputFill, readMeta, returnInfoSheet, splitPlan, splitYear } from "../../../src/departments";
import { kpiSheetPlan } from "../../../src/sheets";
import { departmentsPlan, planGrids } from "./planGrids";

const texts = (cells: readonly { kind: string; text?: string }[]): string[] => cells.map((c) => c.text ?? "");

describe("the plan's department and per-year text columns", () => {
  test("担当課, 取組状況_R6 and 今後の方向性_R6 are read, written on the KPI sheet after the id, and read back", () => {
    const jobs = departmentsPlan.indicators[0];
    expect(jobs.department).toBe("商工観光課");
    expect(jobs.reports.status.get(2024)).toBe("企業誘致を進めた");
    expect(jobs.reports.next.get(2024)).toBe("継続");
    expect(departmentsPlan.textColumns).toEqual([]);
    for (const lang of ["ja", "en"] as const) {
      const sheet = kpiSheetPlan(departmentsPlan, { lang });
      const header = texts(sheet.blocks[2].cells[0]);
      const names =
        lang === "ja"
          ? ["指標ID", "担当課", "取組状況_R6", "今後の方向性_R6"]
          : ["id", "department", "status_FY2024", "next_FY2024"];
      expect(header.slice(-4)).toEqual(names);
      const rows = sheet.blocks[3].cells.map((row) =>
        row.map((c) => (c.kind === "text" ? c.text : c.kind === "number" ? c.value : undefined)),
      );
      const back = readPlanTable(header, rows, (r) => ({ ja: `${r}`, en: `${r}` })).plan;
      expect(
        back.indicators.map((i) => [i.id.text, i.department, i.reports.status.get(2024), i.reports.next.get(2024)]),
      ).toEqual(
        departmentsPlan.indicators.map((i) => [
          i.id.text,
          i.department,
          i.reports.status.get(2024),
          i.reports.next.get(2024),
        ]),
      );
    }
  });

  test("English headers and headers with the year in other forms read too", () => {
    const plan = readPlanCsv("goal,name,department,status_R7,今後の方向性（令和7年度）\n1,a,企画課,done,more\n").plan;
    expect(plan.indicators[0]).toMatchObject({ department: "企画課" });
    expect(plan.indicators[0].reports.status.get(2025)).toBe("done");
    expect(plan.indicators[0].reports.next.get(2025)).toBe("more");
  });
});

describe("split: one workbook per department", () => {
  const split = splitPlan(departmentsPlan, { year: 2025 });

  test("one file per department, each with only its indicators and the years up to the split year", () => {
    expect(splitYear(departmentsPlan)).toBe(2025);
    expect(split.files.map((f) => [f.fileName, f.indicators])).toEqual([
      ["商工観光課.xlsx", 3],
      ["子育て支援課.xlsx", 2],
      ["防災課.xlsx", 2],
      ["企画課.xlsx", 2],
    ]);
    const file = split.files[1];
    expect(file.workbook.sheets.map((s) => [s.name, s.role, s.hidden === true])).toEqual([
      ["設定", "settings", false],
      ["KPI", "kpi", false],
      [returnInfoSheet, "returnInfo", true],
    ]);
    const kpi = planGrids(file.workbook).get("KPI") ?? [];
    const header = kpi[3] as string[];
    expect(header.filter((h) => /_R\d/.test(h))).toEqual([
      ..."567".split("").flatMap((y) => [`目標値_R${y}`, `実績値_R${y}`, `達成率_R${y}`]),
      "取組状況_R6",
      "今後の方向性_R6",
      "取組状況_R7",
      "今後の方向性_R7",
    ]);
    const ids = kpi.slice(4).map((row) => row[header.indexOf("指標ID")]);
    expect(ids).toEqual(["KID-1", "KID-2"]);
  });

  test("the cells to fill are this year's actual and texts, unlocked and shaded; everything else is protected", () => {
    const [settings, kpi] = split.files[0].workbook.sheets;
    expect(settings.protection).toEqual({ inputs: [] });
    // S: 実績値_R7; AH, AI: 取組状況_R7, 今後の方向性_R7; rows 5–7, the three indicators
    expect(kpi.protection).toEqual({
      inputs: [
        { range: "S5:S7", fill: inputFill },
        { range: "AH5:AH7", fill: inputFill },
        { range: "AI5:AI7", fill: inputFill },
      ],
    });
    const header = planGrids(split.files[0].workbook).get("KPI")?.[3] ?? [];
    expect([18, 33, 34].map((c) => header[c])).toEqual(["実績値_R7", "取組状況_R7", "今後の方向性_R7"]);
    // the actual takes a number or a missing marker, checked as it is typed; the rate is a live formula of it
    expect(kpi.customValidations?.map((v) => v.range)).toContain("R5:S7");
    const rate = kpi.blocks[3].cells[0][19];
    expect(rate.kind === "formula" && rate.formula.includes("S5")).toBe(true);
    expect(
      splitPlan(departmentsPlan, { year: 2025, password: "pw" }).files[0].workbook.sheets[1].protection?.password,
    ).toBe("pw");
  });

  test("an instruction block at the top in the sheet's language", () => {
    const title = (lang: "ja" | "en"): string[] => {
      const kpi = splitPlan(departmentsPlan, { year: 2025, lang }).files[0].workbook.sheets[1];
      return kpi.blocks.slice(0, 2).map((b) => texts(b.cells[0])[0]);
    };
    expect(title("ja")[0]).toBe("商工観光課：令和7年度の実績入力");
    expect(title("ja")[1]).toContain("色の付いたセル");
    expect(title("en")[0]).toBe("商工観光課: actuals for FY2025");
    expect(title("en")[1]).toContain("shaded cells");
  });

  test("the hidden sheet carries the master, the department, the year and the sealed fingerprint", () => {
    const info = planGrids(split.files[2].workbook).get(returnInfoSheet);
    const meta = readMeta(info);
    expect(meta.kind).toBe("sealed");
    if (meta.kind !== "sealed") return;
    expect(meta.meta).toMatchObject({ department: "防災課", year: 2025, sheet: "KPI", headerRow: 4 });
    expect(meta.meta.fingerprint).toContainEqual({ id: "SAFE-2", field: "target", year: 2025, value: "810" });
    expect(meta.meta.fingerprint).toContainEqual({ id: "SAFE-2", field: "actual", year: 2024, value: "1102" });
    expect(meta.meta.fingerprint).toContainEqual({ id: "SAFE-2", field: "baseline", year: 0, value: "1200" });
    expect(meta.meta.fingerprint).toContainEqual({ id: "SAFE-2", field: "actual", year: 2025, value: "" });
    // no later year travels: R8 is not the department's to see
    expect(meta.meta.fingerprint.some((e) => e.year === 2026)).toBe(false);
    const other = splitPlan({ ...departmentsPlan, indicators: departmentsPlan.indicators.slice(1) }, { year: 2025 });
    const otherMeta = readMeta(planGrids(other.files[2].workbook).get(returnInfoSheet));
    expect(otherMeta.kind === "sealed" && otherMeta.meta.master).not.toBe(meta.meta.master);
  });

  test("indicators without a department are in no file, and counted", () => {
    const plan = readPlanCsv("goal,name,department,target_R7,actual_R7\n1,a,企画課,1,\n1,b,,1,\n").plan;
    const result = splitPlan(plan);
    expect(result.files.length).toBe(1);
    expect(result.unassigned).toBe(1);
  });
});
