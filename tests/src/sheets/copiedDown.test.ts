/**
 * A formula column copied down the KPI table is held once, in its top row, with copied cells
 * below (copiedDown); written out (ownCells), every row holds exactly the formulas the row
 * would have on its own, also where the method changes from row to row.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeCsv, Plan, readPlanCsv } from "../../../src";
import { evaluateIndicator } from "../../../src/summary";
import {
  Block,
  columnIndex,
  copiedDown,
  extraColumns,
  formula,
  kpiLayout,
  kpiSheetPlan,
  number,
  ownBlock,
  ownCells,
  rowFormulas,
  settle,
  text,
} from "../../../src/sheets";

const read = (...path: string[]): Plan =>
  readPlanCsv(decodeCsv(readFileSync(join(__dirname, "..", "..", "..", ...path)))).plan;

const body = (plan: Plan, options = {}): Block => {
  const block = kpiSheetPlan(plan, options).blocks.find((b) => b.at === "A5");
  if (block === undefined) throw new Error("no KPI body");
  return block;
};

describe("copied formula columns", () => {
  test.each([
    ["examples/atsugi-fy2024.csv", "native"],
    ["examples/atsugi-fy2024.csv", "functions"],
    ["tests/fixtures/gap-years.csv", "native"],
    ["tests/fixtures/gap-years.csv", "functions"],
  ] as const)("%s (%s): each row written out holds the formulas of its own row", (file, style) => {
    const plan = read(...file.split("/"));
    const s = settle(plan, { style });
    const layout = kpiLayout(s.years, plan.indicators.length, s.lang, plan.textColumns, extraColumns(plan.indicators));
    const own = ownCells(body(plan, { style }));
    plan.indicators.forEach((indicator, i) => {
      const result = evaluateIndicator(indicator, layout.years, s.year, s.scale, s.rules);
      for (const [letter, f] of rowFormulas(indicator, result, layout.firstRow + i, layout, s))
        expect(own[i][columnIndex(letter)]).toEqual(f.cell);
    });
  });

  test("a column of one method is one formula at the top and copies below it", () => {
    const plan = read("examples", "atsugi-fy2024.csv");
    const cells = body(plan).cells;
    const formulaColumns = cells[0].flatMap((c, i) => (c.kind === "formula" ? [i] : []));
    expect(formulaColumns.length).toBeGreaterThanOrEqual(11);
    for (const c of formulaColumns) expect(cells.slice(1).every((row) => row[c].kind === "copiedDown")).toBe(true);
  });

  test("where the method changes, the row holds its own formula again", () => {
    const plan = read("tests", "fixtures", "gap-years.csv");
    const cells = body(plan).cells;
    const methods = plan.indicators.map((i) => i.method);
    const changed = methods.findIndex((m, i) => i > 0 && m !== methods[i - 1]);
    expect(changed).toBeGreaterThan(0);
    expect(cells[changed].some((c) => c.kind === "formula")).toBe(true);
    expect(cells.flat().some((c) => c.kind === "copiedDown")).toBe(true);
  });

  test("a copy is its formula moved down, as Excel fills down; nothing to copy is an error", () => {
    const block: Block = {
      at: "B2",
      cells: [
        [formula("=A2*2"), text("x")],
        [copiedDown, number(1)],
        [copiedDown, copiedDown],
      ],
    };
    expect(() => ownCells(block)).toThrow("B2: a copied cell (row 3, column 2) has no formula above it");
    const fine: Block = { ...block, cells: block.cells.map((row) => [row[0]]) };
    expect(ownCells(fine)).toEqual([[formula("=A2*2")], [formula("=A3*2")], [formula("=A4*2")]]);
    const plain: Block = { at: "A1", cells: [[text("t")]] };
    expect(ownBlock(plain)).toBe(plain);
  });
});
