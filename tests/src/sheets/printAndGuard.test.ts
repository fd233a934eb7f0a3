import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeCsv, Plan, readPlanCsv, readValue } from "../../../src";
import { kpiLayout, kpiSheetPlan, settingsSheetPlan, summarySheetPlan } from "../../../src/sheets";

const plan: Plan = readPlanCsv(
  decodeCsv(readFileSync(join(__dirname, "..", "..", "fixtures", "sharing-plan.csv"))),
).plan;

describe("print setup on the sheets the council reads", () => {
  // issue 13: nothing is shrunk to fit (a 37-column table one page wide printed its text at
  // about 2 pt); A4, margins, the plan's name and the evaluation year above, page x of y below
  const common = {
    fitToWidth: false,
    paper: "A4",
    margins: { left: 0.3, right: 0.3, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 },
    header: "&L総合戦略&R評価年度 令和6年度",
    footer: "&C&P / &N ページ",
  };

  test("the KPI sheet prints landscape at 100%, its header row and indicator names on every page", () => {
    expect(kpiSheetPlan(plan, { year: 2024 }).print).toEqual({
      ...common,
      orientation: "landscape",
      titleRows: "$4:$4",
      titleColumns: "$F:$F",
    });
    expect(kpiSheetPlan(plan, { lang: "en" }).print?.titleRows).toBe("$4:$4");
  });

  test("the goal summary prints landscape with its goal columns repeated; settings print portrait", () => {
    expect(summarySheetPlan(plan, { year: 2024 }).print).toEqual({
      ...common,
      orientation: "landscape",
      titleColumns: "$A:$B",
    });
    expect(settingsSheetPlan(plan, { year: 2024 }).print).toEqual({ ...common, orientation: "portrait" });
  });

  test("the header names the plan and the city, an & in them kept as text", () => {
    const print = kpiSheetPlan(plan, { year: 2024, lang: "en", title: "Jobs & homes", city: "Atsugi" }).print;
    expect(print?.header).toBe("&LAtsugi Jobs && homes&REvaluation year FY2024");
    expect(print?.footer).toBe("&CPage &P of &N");
  });
});

describe("input guard on the KPI sheet's targets and actuals", () => {
  const sheet = kpiSheetPlan(plan);
  const layout = kpiLayout(plan.years, plan.indicators.length, "ja");

  test("one bounded rule per plan year over its target and actual columns, the table's data rows", () => {
    const guards = sheet.customValidations ?? [];
    expect(guards).toHaveLength(plan.years.length);
    plan.years.forEach((year, i) => {
      const t = layout.letter({ year, part: "target" });
      const a = layout.letter({ year, part: "actual" });
      expect(guards[i].range).toBe(`${t}${layout.firstRow}:${a}${layout.lastRow}`);
      expect(guards[i].formula).toBe(`=OR(ISNUMBER(${t}5),${t}5="",${t}5="-",${t}5="未公表",${t}5="指標変更")`);
    });
    // never a rate, grade or any other column
    const rateColumn = layout.letter({ year: plan.years[0], part: "rate" });
    expect(guards.some((g) => g.range.startsWith(rateColumn))).toBe(false);
    // only the KPI sheet is guarded
    expect(summarySheetPlan(plan).customValidations).toBeUndefined();
    expect(settingsSheetPlan(plan).customValidations).toBeUndefined();
  });

  test("the alert names what is allowed, in the sheet's language", () => {
    expect(sheet.customValidations?.[0]).toMatchObject({
      errorTitle: "入力できない値です",
      errorMessage: "数値、または -・未公表・指標変更 を入力してください",
    });
    expect(kpiSheetPlan(plan, { lang: "en" }).customValidations?.[0]).toMatchObject({
      errorTitle: "Value not allowed",
      errorMessage: "Enter a number, or -, 未公表 or 指標変更",
    });
  });

  test("every marker the rule lets through is one the engine reads as a missing value", () => {
    const quoted = [...(sheet.customValidations?.[0].formula ?? "").matchAll(/="([^"]*)"/g)].map((m) => m[1]);
    expect(quoted).toEqual(["", "-", "未公表", "指標変更"]);
    for (const marker of quoted) expect(readValue(marker)).toMatchObject({ kind: "missing" });
  });
});
