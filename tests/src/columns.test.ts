import { Column, nearestYearColumn, readHeader, sheetHeader, tableLanguage } from "../../src/columns";
import { readPlanCsv } from "../../src/planCsv";
import { kpiSheetPlan } from "../../src/sheets";
import { Cell } from "../../src/sheets/sheetPlan";

describe("readHeader: the forms people write", () => {
  it.each<[string, Column]>([
    ["target_R6", { kind: "target", year: 2024 }],
    ["目標値_R6", { kind: "target", year: 2024 }],
    ["目標値(R6)", { kind: "target", year: 2024 }],
    ["目標値（令和6年度）", { kind: "target", year: 2024 }],
    ["R6目標値", { kind: "target", year: 2024 }],
    ["令和6年度目標", { kind: "target", year: 2024 }],
    ["R6 実績", { kind: "actual", year: 2024 }],
    ["実績値R6", { kind: "actual", year: 2024 }],
    ["FY2024 target", { kind: "target", year: 2024 }],
    ["actual_2021", { kind: "actual", year: 2021 }],
    ["Ｒ６目標値", { kind: "target", year: 2024 }],
    ["実績値_令和元年度", { kind: "actual", year: 2019 }],
    ["達成率_R6", { kind: "computed" }],
    ["rate_FY2024", { kind: "computed" }],
    ["達成率（評価年度）", { kind: "computed" }],
    ["grade", { kind: "computed" }],
    ["指標名", { kind: "field", field: "name" }],
    ["indicator", { kind: "field", field: "name" }],
    ["baseline year", { kind: "field", field: "baselineYear" }],
    // 担当課 is the department column since issue 12; a header no one knows stays unknown
    ["担当課", { kind: "field", field: "department" }],
    ["担当者", { kind: "unknown" }],
    ["取組状況_R7", { kind: "report", part: "status", year: 2025 }],
    ["今後の方向性（令和7年度）", { kind: "report", part: "next", year: 2025 }],
    ["acutal_R6", { kind: "unknown" }],
  ])("%s", (header, column) => {
    expect(readHeader(header)).toEqual(column);
  });
});

describe("nearestYearColumn", () => {
  it.each<[string, string | undefined]>([
    ["acutal_R6", "actual_FY2024"],
    ["targte_R7", "target_FY2025"],
    ["実績値_R6年度（速報）", "実績値_R6"],
    ["担当課", undefined],
    ["今後の方向性", undefined],
    ["foo_R6", ""],
  ])("%s → %s", (header, nearest) => {
    expect(nearestYearColumn(header)).toBe(nearest);
  });
});

describe("columns the reader does not know", () => {
  const csv = [
    "goal,name,担当者,target_R6,acutal_R6,actual_R6,今後の方向性",
    "1,転入者数,企画政策課,100,90,95,継続",
    "1,転出者数,,100,,80,",
  ].join("\n");
  const read = readPlanCsv(csv);

  it("are kept as text in their order, and said so", () => {
    expect(read.plan.textColumns).toEqual(["担当者", "acutal_R6", "今後の方向性"]);
    expect(read.plan.indicators.map((i) => i.texts)).toEqual([
      ["企画政策課", "90", "継続"],
      ["", "", ""],
    ]);
    expect(read.notices).toEqual([
      { kind: "keptAsText", column: "担当者" },
      { kind: "yearColumnNotRead", column: "acutal_R6", nearest: "actual_FY2024" },
      { kind: "keptAsText", column: "今後の方向性" },
    ]);
  });

  it("are written after the known columns of the KPI sheet and read back the same", () => {
    const sheet = kpiSheetPlan(read.plan, { lang: "ja" });
    const cellText = (c: Cell): string | number | undefined =>
      c.kind === "text" ? c.text : c.kind === "number" ? c.value : undefined;
    const header = sheet.blocks.find((b) => b.at === "A4")?.cells[0].map(cellText) ?? [];
    expect(header.slice(-3)).toEqual(["担当者", "acutal_R6", "今後の方向性"]);
    expect(tableLanguage(header.map(String))).toBe("ja");
    const rows = sheet.blocks.find((b) => b.at === "A5")?.cells.map((r) => r.map(cellText)) ?? [];
    const csvAgain = [header, ...rows]
      .map((r) => r.map((v) => (v === undefined ? "" : String(v))).join(","))
      .join("\n");
    const again = readPlanCsv(csvAgain);
    expect(again.plan.textColumns).toEqual(read.plan.textColumns);
    expect(again.plan.indicators.map((i) => i.texts)).toEqual(read.plan.indicators.map((i) => i.texts));
  });
});

describe("sheetHeader", () => {
  it("writes what readHeader reads, in both languages", () => {
    for (const lang of ["ja", "en"] as const) {
      expect(readHeader(sheetHeader({ year: 2024, part: "target" }, lang))).toEqual({ kind: "target", year: 2024 });
      expect(readHeader(sheetHeader("baselineYear", lang))).toEqual({ kind: "field", field: "baselineYear" });
      expect(readHeader(sheetHeader("evalRate", lang))).toEqual({ kind: "computed" });
    }
  });
});
