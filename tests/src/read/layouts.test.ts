/**
 * The Atsugi plan written as a workbook in six real-world layouts: each reads back to the plan of
 * the CSV, its summary figure for figure, the report's printed rates and the four goal averages
 * reproduced, and the city's rates compared with the engine's.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadWorkbookGrids } from "../../../cli/workbookGrids";
import { readPlanCsv } from "../../../src/planCsv";
import { GridRead, readSheets } from "../../../src/read/readGrid";
import { summarize } from "../../../src/summary";
import { summaryJson } from "../../../src/summaryJson";
import { summaryText } from "../../../src/report";
import { Plan } from "../../../src/plan";
import { PlanValue } from "../../../src/value";
import { checkPrinted, printedRates } from "../atsugiReported";
import { layouts, LayoutName, writeLayout } from "./planLayouts";

jest.setTimeout(120_000);

const root = join(__dirname, "../../..");
const csv = readPlanCsv(readFileSync(join(root, "examples/atsugi-fy2024.csv"), "utf8"));
const plan = csv.plan;

async function readBook(bytes: Buffer): Promise<GridRead> {
  const load = await loadWorkbookGrids(bytes);
  if (load.kind !== "grids") throw new Error(load.why.en);
  const found = readSheets(load.grids);
  if (found.kind !== "read") throw new Error(found.problem.message.en);
  if (found.grid.read.fatal !== undefined) throw new Error(found.grid.read.fatal.message.en);
  return found.grid;
}

/** Each year's number or missing reason (a unit typed after a number is the row's unit, not part of it). */
const values = (map: ReadonlyMap<number, PlanValue>) =>
  [...map]
    .filter(([, v]) => v.kind !== "missing" || v.reason !== "blank")
    .map(([y, v]) => [y, v.kind === "number" ? v.value : v.reason]);

/** What the summary and the rates depend on, per indicator. */
const essentials = (p: Plan) =>
  p.indicators.map((i) => ({
    goal: i.goal,
    kind: i.kind,
    name: i.name,
    direction: i.direction,
    cumulative: i.cumulative,
    baseline: i.baseline.kind === "number" ? i.baseline.value : i.baseline.reason,
    targets: values(i.targets),
    actuals: values(i.actuals),
  }));

/** Printed rates as the city's own: the report's figure where it printed one. */
const printed = printedRates();
const reportRate = (name: string, goal: number, year: number): number | string | undefined => {
  const p = printed.find((r) => r.name === name && Number(r.goal) === goal && Number(r.year) === year);
  if (p === undefined) return undefined;
  return p.capped === "-" ? "-" : Number((Number(p.capped.replace("%", "")) / 100).toPrecision(15));
};

describe.each(layouts.map((l) => [l]))("the Atsugi plan as %s", (layout: LayoutName) => {
  let read: GridRead;
  beforeAll(async () => {
    read = await readBook(await writeLayout(plan, layout, (i, y) => reportRate(i.name, i.goal, y)));
  });

  it("reads every indicator, none refused", () => {
    expect(read.read.problems).toEqual([]);
    expect(read.read.plan.indicators).toHaveLength(62);
    expect(read.layout).toBe(layout === "report" ? "report" : "rows");
  });

  it("reads the plan the CSV holds", () => {
    expect(essentials(read.read.plan)).toEqual(essentials(plan));
    expect(read.read.plan.years).toEqual(plan.years);
  });

  it("summarizes as the CSV does, figure for figure", () => {
    for (const year of [2023, 2024]) {
      const ours = summarize(read.read.plan, { year });
      const theirs = summarize(plan, { year });
      expect(summaryJson(ours, "ja")).toEqual(summaryJson(theirs, "ja"));
      expect(summaryText(ours, "en")).toBe(summaryText(theirs, "en"));
    }
  });

  it("reproduces every printed rate and the four goal averages", () => {
    checkPrinted(read.read.plan);
    const goals = summaryJson(summarize(read.read.plan, { year: 2024 }), "ja").goals;
    expect(goals.map((g) => [g.average, g.grade])).toEqual([
      [0.895, "おおむね順調"],
      [0.818, "おおむね順調"],
      [0.965, "おおむね順調"],
      [0.897, "おおむね順調"],
    ]);
  });

  it("compares the printed rates, where the layout has a rate column, with the engine's", () => {
    if (layout === "titleTwoRow" || layout === "report" || layout === "cityRates") {
      expect(read.rates.compared).toBe(printed.filter((p) => p.capped !== "-").length);
      // the report prints 0.0% for R4 of an indicator replaced that year (指標変更): no rate here
      expect(read.rates.differences.map((d) => [d.name, d.year, d.theirs, d.ours, d.why])).toEqual(
        printed
          .filter(
            (p) =>
              p.capped !== "-" &&
              read.read.plan.indicators.find((i) => i.name === p.name)?.actuals.get(Number(p.year))?.kind !== "number",
          )
          .map((p) => [p.name, Number(p.year), Number(p.capped.replace(/\D/g, "")), undefined, "noRate"]),
      );
    } else {
      expect(read.rates).toEqual({ compared: 0, differences: [] });
    }
  });
});
