/**
 * Every achievement rate printed in Atsugi City's FY2024 report (tests/fixtures/atsugi-reported.csv,
 * transcribed from ../shared/reference/), and the check of a plan against one of them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { rateIn } from "../../src/evaluate";
import { formatPermille } from "../../src/format";
import { Plan } from "../../src/plan";

export interface Printed {
  goal: string;
  kind: string;
  name: string;
  year: string;
  capped: string;
  uncapped: string;
}

export function printedRates(): Printed[] {
  const file = join(__dirname, "../fixtures/atsugi-reported.csv");
  return Papa.parse<Printed>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true }).data;
}

/** The plan's rate of one printed case equals the printed figure (and the uncapped one beside it). */
export function checkPrintedRate(plan: Plan, p: Printed): void {
  const indicator = plan.indicators.find((i) => i.goal === Number(p.goal) && i.name === p.name);
  expect(indicator).toBeDefined();
  const rate = rateIn(indicator!, Number(p.year));
  if (p.capped === "-") {
    expect(rate.kind).toBe("noRate");
    return;
  }
  expect(rate.kind).toBe("rate");
  if (rate.kind !== "rate") return;
  expect(formatPermille(rate.cappedPermille)).toBe(p.capped);
  // KPI rows print the uncapped rate whenever it differs; numerical-target rows never print it
  if (p.uncapped !== "" || p.kind === "kpi") {
    expect(formatPermille(rate.uncappedPermille)).toBe(p.uncapped === "" ? p.capped : p.uncapped);
  }
}

/** Every printed rate, checked on a plan. */
export function checkPrinted(plan: Plan): void {
  const printed = printedRates();
  expect(printed.length).toBeGreaterThan(150);
  for (const p of printed)
    expect({ case: p, checked: (checkPrintedRate(plan, p), true) }).toEqual({ case: p, checked: true });
}
