import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeCsv, findScale, GradeScale, Plan, readPlanCsv } from "../../../src";
import {
  Cell,
  columnIndex,
  columnLetter,
  kpiLayout,
  kpiSheetPlan,
  names,
  parseCell,
  SheetPlan,
  summarySheetPlan,
  tableColumn,
  workbookPlan,
  sheetPrefix,
  ownCells,
} from "../../../src/sheets";

const plan: Plan = readPlanCsv(
  decodeCsv(readFileSync(join(__dirname, "..", "..", "fixtures", "sharing-plan.csv"))),
).plan;

/** Every cell of a sheet plan by address (a copied one as the formula it holds there). */
function cells(sheet: SheetPlan): Map<string, Cell> {
  const map = new Map<string, Cell>();
  for (const block of sheet.blocks) {
    const o = parseCell(block.at);
    ownCells(block).forEach((row, r) =>
      row.forEach((cell, c) => map.set(`${columnLetter(o.column + c)}${o.row + r + 1}`, cell)),
    );
  }
  return map;
}

const formulas = (sheet: SheetPlan): string[] =>
  [...cells(sheet).values()].flatMap((c) => (c.kind === "formula" ? [c.formula] : []));

describe("addresses", () => {
  test("column letters both ways", () => {
    for (const [i, l] of [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [51, "AZ"],
      [52, "BA"],
      [701, "ZZ"],
      [702, "AAA"],
    ] as const) {
      expect(columnLetter(i)).toBe(l);
      expect(columnIndex(l)).toBe(i);
    }
  });
  test("sheet names are quoted where Excel needs it", () => {
    expect(sheetPrefix("KPI")).toBe("KPI!");
    expect(sheetPrefix("Goal summary")).toBe("'Goal summary'!");
    expect(sheetPrefix("設定")).toBe("'設定'!");
    expect(sheetPrefix("A1")).toBe("'A1'!");
    expect(sheetPrefix("it's")).toBe("'it''s'!");
  });
  test("structured references escape [ ] # '", () => {
    expect(tableColumn("T", "rate [x] #1 'a'")).toBe("T[rate '[x'] '#1 ''a'']");
  });
});

describe("workbookPlan", () => {
  const wb = workbookPlan(plan);
  const [settings, kpi, summary] = wb.sheets;

  test("three sheets with their roles, Japanese names by default, English on request", () => {
    expect(wb.sheets.map((s) => [s.role, s.name])).toEqual([
      ["settings", "設定"],
      ["kpi", "KPI"],
      ["summary", "基本目標別まとめ"],
    ]);
    expect(workbookPlan(plan, { lang: "en" }).sheets.map((s) => s.name)).toEqual(["Settings", "KPI", "Goal summary"]);
    const renamed = workbookPlan(plan, { sheetNames: { kpi: "指標 2024" }, tableName: "Kpi2024" });
    expect(renamed.sheets[1].name).toBe("指標 2024");
    expect(renamed.sheets[1].tables[0].name).toBe("Kpi2024");
    expect(formulas(renamed.sheets[2]).some((f) => f.includes("Kpi2024["))).toBe(true);
    // the summary reaches the KPI sheet only through its table, so it follows a renamed sheet
    expect(formulas(renamed.sheets[2]).some((f) => f.includes("'指標 2024'!"))).toBe(false);
  });

  test("defined names point at the settings sheet; the upper thresholds leave out the last level", () => {
    const byName = new Map(wb.names.map((n) => [n.name, n.refersTo]));
    expect(byName.get(names.evalYear)).toBe("='設定'!$B$5");
    expect(byName.get(names.scale)).toBe("='設定'!$A$12:$B$15");
    expect(byName.get(names.min)).toBe("='設定'!$A$12:$A$15");
    expect(byName.get(names.minUpper)).toBe("='設定'!$A$12:$A$14");
    expect(byName.get(names.label)).toBe("='設定'!$B$12:$B$15");
    const c = cells(settings);
    expect(c.get("B5")).toEqual({ kind: "number", value: 2024 });
    expect([12, 13, 14, 15].map((r) => c.get(`A${r}`))).toEqual(
      [1, 0.8, 0.6, 0].map((value) => ({ kind: "number", value })),
    );
    expect(c.get("B12")).toEqual({ kind: "text", text: "順調" });
    const five = workbookPlan(plan, { scale: findScale("symbols") as GradeScale, lang: "en" });
    expect(cells(five.sheets[0]).get("B15")).toEqual({ kind: "text", text: "×" });
  });

  test("the evaluation year is an option and defaults to the latest year with an actual", () => {
    expect(cells(workbookPlan(plan, { year: 2023 }).sheets[0]).get("B5")).toEqual({ kind: "number", value: 2023 });
  });

  test("every rate and grade is a formula; values and markers are values", () => {
    const layout = kpiLayout(plan.years, plan.indicators.length, "ja");
    const c = cells(kpi);
    expect(kpi.tables).toEqual([
      {
        name: "KpiTable",
        range: `A4:${layout.columns[layout.columns.length - 1].letter}${4 + plan.indicators.length}`,
        style: "TableStyleMedium2",
      },
    ]);
    plan.indicators.forEach((_, i) => {
      const row = layout.firstRow + i;
      for (const year of plan.years)
        expect(c.get(`${layout.letter({ year, part: "rate" })}${row}`)?.kind).toBe("formula");
      for (const key of ["evalTarget", "evalActual", "evalRate", "evalUncapped", "grade"] as const) {
        expect(c.get(`${layout.letter(key)}${row}`)?.kind).toBe("formula");
      }
    });
    const unpublished = plan.indicators.findIndex((x) => x.name === "がん検診受診率");
    expect(c.get(`${layout.letter({ year: 2024, part: "actual" })}${layout.firstRow + unpublished}`)).toEqual({
      kind: "text",
      text: "未公表",
    });
    const header = layout.columns.map((col) => c.get(`${col.letter}4`));
    expect(header.every((h) => h?.kind === "text")).toBe(true);
  });

  test("no text from the plan becomes a formula, whatever it starts with", () => {
    const texts = new Set(
      plan.indicators.flatMap((i) => [i.name, i.policy, i.initiative, i.notes, i.unit]).filter((t) => t !== ""),
    );
    expect([...texts].some((t) => t.startsWith("="))).toBe(true);
    for (const sheet of wb.sheets) {
      for (const cell of cells(sheet).values()) {
        if (cell.kind === "formula")
          for (const t of texts) expect(cell.formula.includes(t) && t.length > 3).toBe(false);
      }
    }
    const c = cells(kpi);
    expect(
      [...c.values()].filter((x) => x.kind === "text" && x.text === '=HYPERLINK("http://example.com","x")').length,
    ).toBe(4); // three goal titles and one name
    expect([...c.values()].some((x) => x.kind === "text" && x.text === "+SUM(1,2)")).toBe(true);
    expect([...c.values()].some((x) => x.kind === "text" && x.text === "@risky")).toBe(true);
  });

  test("native style uses classic functions only and reads the settings through names", () => {
    const all = wb.sheets.flatMap(formulas);
    expect(all.length).toBeGreaterThan(100);
    for (const f of all) {
      expect(f).not.toMatch(/\b(LET|LAMBDA|IFS|XLOOKUP|XMATCH|FILTER|SORT|UNIQUE|SEQUENCE|SWITCH|IFNA|KPI\.[A-Z]+)\(/);
    }
    expect(all.some((f) => f.includes(names.minUpper) && f.includes(names.label))).toBe(true);
    expect(all.some((f) => f.includes(names.evalYear))).toBe(true);
    expect(formulas(summary).some((f) => /ROUND\(SUMIFS\(KpiTable\[達成率（評価年度）\]/.test(f))).toBe(true);
  });

  test("functions style writes KPI.RATE, KPI.GRADE and KPI.AVERAGE", () => {
    const f = workbookPlan(plan, { style: "functions" }).sheets.flatMap(formulas).join("\n");
    expect(f).toMatch(/KPI\.RATE\(/);
    expect(f).toMatch(/KPI\.GRADE\(/);
    expect(f).toMatch(/KPI\.AVERAGE\(/);
    expect(cells(workbookPlan(plan, { style: "functions" }).sheets[0]).get("B7")).toEqual({
      kind: "text",
      text: "functions",
    });
  });

  test("conditional formats cover bounded ranges inside the data, one rule per grade level", () => {
    const layout = kpiLayout(plan.years, plan.indicators.length, "ja");
    const grade = layout.letter("grade");
    expect(kpi.conditionalFormats.map((cf) => cf.range)).toEqual(
      Array(4).fill(`${grade}5:${grade}${4 + plan.indicators.length}`),
    );
    for (const sheet of wb.sheets) {
      for (const cf of sheet.conditionalFormats) expect(cf.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
    }
    expect(summary.conditionalFormats.length).toBe(8);
  });

  test("direction drop-down in the sheet's language; rate formats 0.0%; frozen header", () => {
    expect(kpi.validations[0].source).toEqual(["増加", "減少"]);
    expect(kpiSheetPlan(plan, { lang: "en" }).validations[0].source).toEqual(["higher", "lower"]);
    expect(kpi.freeze).toEqual({ rows: 4, columns: 6 });
    const block = kpi.blocks[3];
    const layout = kpiLayout(plan.years, plan.indicators.length, "ja");
    const rateCol = columnIndex(layout.letter({ year: 2024, part: "rate" }));
    expect(block.numberFormats?.every((row) => row[rateCol] === "0.0%")).toBe(true);
    const park = plan.indicators.findIndex((x) => x.name === "一人当たり公園面積");
    expect(block.numberFormats?.[park][columnIndex(layout.letter("baseline"))]).toBe("#,##0.00");
  });

  test("the summary counts per goal and per grade level", () => {
    const c = cells(summarySheetPlan(plan));
    expect(c.get("A6")).toEqual({ kind: "number", value: 1 });
    // the KPIs, or every row when the settings sheet says numerical targets count (read live)
    expect(c.get("C6")).toEqual({
      kind: "formula",
      formula:
        '=COUNTIFS(KpiTable[基本目標],$A6,KpiTable[種別],IF(OR(KpiCountTargets="yes",KpiCountTargets="含める"),"<>","KPI"))',
    });
    expect(c.get("H5")).toEqual({ kind: "formula", formula: `=INDEX(${names.label},1)` });
    expect((c.get("H6") as { formula: string }).formula).toContain("KpiTable[評価]=H$5");
  });

  test("an empty plan still gives a table with one row", () => {
    const empty = workbookPlan({ goals: [], years: [2024], indicators: [], textColumns: [] });
    expect(empty.sheets[1].tables[0].range).toMatch(/^A4:[A-Z]+5$/);
  });
});
