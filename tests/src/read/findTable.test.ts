/** Finding the plan table on a sheet: title rows, two-row headers, goals filled down, subtotals. */
import { Grid, gridOf } from "../../../src/read/grid";
import { readSheets } from "../../../src/read/readGrid";

function read(grid: Grid) {
  const found = readSheets([grid]);
  if (found.kind !== "read") throw new Error(found.problem.message.en);
  return found.grid;
}

describe("the one-row-per-indicator layout", () => {
  it("finds the header below title rows and reads each value's cell", () => {
    const grid = gridOf("計画", [
      ["第2期 総合戦略 KPI 一覧"],
      [],
      ["基本目標", "指標名", "単位", "目標値_R6", "実績値_R6"],
      [1, "転入者数", "人", 6479, 6765],
      [2, "事業所数", "事業所", 12297, 9870],
    ]);
    const g = read(grid);
    expect(g.at).toBe("計画!A3");
    expect(g.layout).toBe("rows");
    expect(g.read.plan.indicators.map((i) => [i.goal, i.name, i.targets.get(2024), i.actuals.get(2024)])).toEqual([
      [1, "転入者数", { kind: "number", value: 6479, unit: "" }, { kind: "number", value: 6765, unit: "" }],
      [2, "事業所数", { kind: "number", value: 12297, unit: "" }, { kind: "number", value: 9870, unit: "" }],
    ]);
    expect(g.cells[1]?.at.get("actual:2024")).toBe("計画!E5");
    expect(g.cells[0]?.row).toBe("計画!A4");
  });

  it("joins a year merged across 目標値 / 実績値 / 達成率 with the part words below it", () => {
    const grid: Grid = {
      ...gridOf("S", [
        ["基本目標", "指標名", "令和6年度", "", ""],
        ["", "", "目標値", "実績値", "達成率"],
        ["基本目標１", "転入者数", 220, 275, 1.25],
      ]),
      merges: [
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 1, bottom: 1, right: 1 },
        { top: 0, left: 2, bottom: 0, right: 4 },
      ],
    };
    const g = read(grid);
    expect(g.columns.map((c) => c.header)).toEqual([
      "基本目標",
      "指標名",
      "目標値_令和6年度",
      "実績値_令和6年度",
      "達成率_令和6年度",
    ]);
    expect(g.columns.map((c) => c.reading.kind)).toEqual(["field", "field", "year", "year", "year"]);
    expect(g.read.plan.indicators[0]?.goal).toBe(1);
    // the city's 125.0% is the uncapped rate: listed as not capped
    expect(g.rates.differences).toEqual([
      { at: "S!E3", name: "転入者数", year: 2024, theirs: 1250, ours: 1000, why: "cap" },
    ]);
  });

  it("reads a year that stands once over its parts, unmerged (as a pane's sheet gives it)", () => {
    const g = read(
      gridOf("S", [
        ["基本目標", "指標名", "R5", "", "R6", "", "備考"],
        ["", "", "目標値", "実績値", "目標値", "実績値", ""],
        [1, "転入者数", 100, 90, 110, 120, "x"],
      ]),
    );
    expect(g.columns.map((c) => c.header)).toEqual([
      "基本目標",
      "指標名",
      "目標値_R5",
      "実績値_R5",
      "目標値_R6",
      "実績値_R6",
      "備考",
    ]);
    expect(g.read.plan.years).toEqual([2023, 2024]);
    expect(g.read.plan.indicators[0]?.notes).toBe("x");
  });

  it("fills a goal written once per block down, and skips subtotal rows and goal headings", () => {
    const g = read(
      gridOf("S", [
        ["基本目標", "指標名", "目標値_R6", "実績値_R6"],
        ["基本目標1 活気に満ちたまち"],
        ["", "転入者数", 100, 95],
        ["", "観光客数", 200, 210],
        ["小計", "", "", ""],
        [2, "事業所数", 50, 40],
        ["", "従業者数", 60, 66],
      ]),
    );
    expect(g.read.problems).toEqual([]);
    expect(g.read.plan.indicators.map((i) => [i.goal, i.name])).toEqual([
      [1, "転入者数"],
      [1, "観光客数"],
      [2, "事業所数"],
      [2, "従業者数"],
    ]);
    expect(g.read.plan.goals).toEqual([
      { goal: 1, title: "" },
      { goal: 2, title: "" },
    ]);
    expect(g.skipped.map((s) => [s.at, s.why])).toEqual([
      ["S!A2", "goalHeading"],
      ["S!A5", "subtotal"],
    ]);
  });

  it("refuses a sheet with no table, naming the nearest row, and two tables, naming both", () => {
    const none = readSheets([gridOf("S", [["title"], ["指標名", "単位"], ["x", "人"]])]);
    expect(none.kind).toBe("refused");
    if (none.kind === "refused") expect(none.problem.message.en).toContain("S!A2");
    const table = [
      ["基本目標", "指標名", "目標値_R6"],
      [1, "x", 1],
    ];
    const two = readSheets([gridOf("S", [...table, [], ...table])]);
    expect(two.kind === "refused" && two.problem.message.en).toContain("S!A1, S!A4");
  });
});
