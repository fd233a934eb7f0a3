/** Test helper: a fixture plan of tests/fixtures/rules/, read as the command line reads it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeCsv, IndicatorResult, Plan, readPlanCsv, Summary } from "../../../src";

export const rulesFixture = (name: string): string => join(__dirname, "..", "..", "fixtures", "rules", name);

export function fixturePlan(name: string): Plan {
  const read = readPlanCsv(decodeCsv(readFileSync(rulesFixture(name))));
  expect(read.problems).toEqual([]);
  return read.plan;
}

/** The indicator of an id in a summary. */
export function byId(summary: Summary, id: string): IndicatorResult {
  const found = summary.indicators.find((r) => r.indicator.id.text === id);
  if (found === undefined) throw new Error(`no indicator ${id}`);
  return found;
}

/** The capped rate of each year of a result (undefined where none), in plan order. */
export const cappedByYear = (r: IndicatorResult): (number | undefined)[] =>
  [...r.rates.values()].map((x) => (x.kind === "rate" ? x.capped : undefined));
