/**
 * The six methods (issue 14): compared by ratio or by progress from the baseline, against that
 * year's target, the straight line from the baseline to the final target, or the final target.
 * The fixture has a calendar-year baseline (2019年, 令和元年) and a final target five years on (R6).
 */
import { methodParts, methods, summarize } from "../../../src";
import { methodWords } from "../../../src/vocabulary";
import { readPlanCsv } from "../../../src/planCsv";
import { byId, cappedByYear, fixturePlan } from "./fixturePlan";

const plan = fixturePlan("path-calendar.csv");
const summary = summarize(plan);

describe("the six methods on a straight-line plan (baseline 2019, final target R6)", () => {
  test("the evaluation year is the latest with an actual (R5)", () => {
    expect(summary.year).toBe(2023);
  });
  test("pathProgress: progress from the baseline toward that year's point on the line", () => {
    // line 100 → 150 over 2019–2024: 120, 130, 140 in R3–R5
    expect(cappedByYear(byId(summary, "K1"))).toEqual([0.6, 0.6, 0.625, undefined]);
    // a negative baseline: −200 → 0, line −120 / −80 / −40: (−150 + 200) / (−120 + 200) …
    expect(cappedByYear(byId(summary, "T1")).slice(0, 3)).toEqual([0.625, 0.667, 0.688]);
  });
  test("path: the actual against the line, lower is better", () => {
    // line 50 → 20: 38, 32, 26; 38/40, 32/35, 26/33
    expect(cappedByYear(byId(summary, "K2"))).toEqual([0.95, 0.914, 0.788, undefined]);
  });
  test("final: the actual against the final target (達成率（対最終目標）)", () => {
    expect(cappedByYear(byId(summary, "K3"))).toEqual([0.75, 0.85, 0.95, undefined]);
  });
  test("finalProgress: progress from the baseline to the final target", () => {
    expect(cappedByYear(byId(summary, "K4"))).toEqual([0.2, 0.4, 0.6, undefined]);
  });
  test("ratio: a year without a target of its own is not evaluable, as before", () => {
    const k5 = byId(summary, "K5");
    expect(cappedByYear(k5)).toEqual([1, 0.75, 1, undefined]);
    expect(k5.rates.get(2024)).toEqual({ kind: "noRate", reason: "noActual" });
  });
  test("missing actuals keep their reasons under the new methods", () => {
    const k6 = byId(summary, "K6");
    expect(k6.rates.get(2021)).toEqual({ kind: "noRate", reason: "unpublished" });
    expect(cappedByYear(k6)[1]).toBe(0.333);
    expect(k6.rate).toEqual({ kind: "noRate", reason: "indicatorChanged" });
  });
  test("the goal figures", () => {
    // goal 1: K1 62.5, K2 78.8, K3 95.0 → 78.8; goal 2: K4 60.0, K5 100.0 → 80.0
    expect(summary.goals.map((g) => g.average)).toEqual([0.788, 0.8]);
  });
});

describe("method words", () => {
  test("every method has its name and a Japanese alias in the plan's method column", () => {
    for (const method of methods) {
      const words = [...methodWords].filter(([, m]) => m === method).map(([w]) => w);
      expect({
        method,
        english: words.includes(method.toLowerCase()),
        japanese: words.some((w) => /[^ -~]/u.test(w)),
      }).toEqual({ method, english: true, japanese: true });
    }
  });
  test("the six are the pairs of compared-how and against-what", () => {
    const pairs = methods.map((m) => `${methodParts(m).by}/${methodParts(m).against}`);
    expect(new Set(pairs).size).toBe(6);
  });
  test("an unknown method is refused with its value and the six names", () => {
    const read = readPlanCsv("goal,kind,name,target_2024,actual_2024,method\n1,kpi,a,1,1,linear\n");
    expect(read.problems.map((p) => p.message.en)).toEqual([
      'method "linear" must be one of ratio, baseline, path, pathProgress, final, finalProgress',
    ]);
  });
  test("pathProgress, like path, needs the baseline's year", () => {
    const read = readPlanCsv("goal,kind,name,baseline,target_2024,actual_2024,method\n1,kpi,a,1,2,1,直線進捗\n");
    expect(read.problems).toHaveLength(1);
  });
});
