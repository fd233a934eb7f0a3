/**
 * Truncation, percent rounding, lag, trend grading, numerical targets in the goal figure, and a
 * three-level scale given as CSV (issue 14), on the fixture plans of tests/fixtures/rules/.
 */
import { readFileSync } from "node:fs";
import Decimal from "decimal.js";
import fc from "fast-check";
import { findScale, summarize, toRate } from "../../../src";
import { combinePermille } from "../../../src/goalRule";
import { truncateScaled } from "../../../src/round";
import { dividePermille, roundPermille } from "../../../src/rules/rounding";
import { readScaleCsv } from "../../../src/rules/scaleCsv";
import { byId, fixturePlan, rulesFixture } from "./fixturePlan";

const uncapped = (s: ReturnType<typeof summarize>, id: string) => {
  const r = byId(s, id).rate;
  return r.kind === "rate" ? r.uncapped : undefined;
};

describe("rounding", () => {
  const plan = fixturePlan("truncate.csv");
  test("truncate: ROUNDDOWN to 0.1%, read at 15 digits (129.075% → 129.0%, 57% stays 57.0%)", () => {
    const s = summarize(plan, { rounding: "truncate" });
    expect(["K1", "K2", "K3", "K4", "K5", "K6"].map((id) => uncapped(s, id))).toEqual([
      1.29, 0.57, 0.437, 0.952, 0.795, 0.998,
    ]);
    // goal figures truncated too: 200.7 / 3 = 66.9, 274.5 / 3 = 91.5
    expect(s.goals.map((g) => g.average)).toEqual([0.669, 0.915]);
  });
  test("halfUp stays the default: the same plan as the reference rounds it", () => {
    const s = summarize(plan);
    expect(["K1", "K2", "K3", "K4", "K5", "K6"].map((id) => uncapped(s, id))).toEqual([
      1.291, 0.57, 0.438, 0.953, 0.796, 0.999,
    ]);
    expect(s.goals.map((g) => g.average)).toEqual([0.669, 0.916]);
  });
  test("percent: half up to 1%", () => {
    const s = summarize(plan, { rounding: "percent" });
    expect(["K1", "K2", "K3", "K4", "K5", "K6"].map((id) => uncapped(s, id))).toEqual([1.29, 0.57, 0.44, 0.95, 0.8, 1]);
    // (100 + 57 + 44) / 3 = 67%, (95 + 80 + 100) / 3 = 91.7 → 92%
    expect(s.goals.map((g) => g.average)).toEqual([0.67, 0.92]);
  });
  test("truncation agrees with a decimal reference on quotients of short decimals", () => {
    const short = fc.integer({ min: 1, max: 10_000_000 }).map((n) => n / 10);
    fc.assert(
      fc.property(short, short, (a, t) => {
        const q = a / t;
        // the 15 significant digits Excel reads, then cut
        const expected = new Decimal(q.toPrecision(15)).mul(1000).toDecimalPlaces(0, Decimal.ROUND_DOWN).toNumber();
        expect(truncateScaled(q, 3)).toBe(expected);
      }),
      { numRuns: 5_000 },
    );
    expect(truncateScaled(-0.0019, 3)).toBe(-1);
    expect(truncateScaled(Number.NaN, 3)).toBe(0);
  });
  test("every rule keeps rates as integers of permille, capped to 0–1000", () => {
    for (const rounding of ["halfUp", "truncate", "percent"] as const) {
      const r = toRate(1.29075, rounding);
      expect(r.kind === "rate" && Number.isInteger(r.uncappedPermille) && r.cappedPermille === 1000).toBe(true);
      expect(Number.isInteger(roundPermille(0.123456, rounding))).toBe(true);
    }
    expect(dividePermille(19723, 22, "halfUp")).toBe(897); // Atsugi goal 4, the tie
    expect(dividePermille(19723, 22, "truncate")).toBe(896);
    expect(dividePermille(19723, 22, "percent")).toBe(900);
  });
});

describe("lag: a FY2024 report grading on the latest actual up to two years earlier", () => {
  const plan = fixturePlan("lag.csv");
  test("each indicator says which year it was graded on", () => {
    const s = summarize(plan, { lag: 2 });
    expect(s.year).toBe(2024);
    expect(["T1", "K1", "K2", "K3", "K4", "K5"].map((id) => byId(s, id).yearUsed)).toEqual([
      2022, 2022, 2023, 2024, 2024, 2024,
    ]);
    expect(["T1", "K1", "K2", "K3", "K4"].map((id) => uncapped(s, id))).toEqual([1.001, 0.936, 0.985, 0.985, 0.972]);
    expect(byId(s, "K5").rate).toEqual({ kind: "noRate", reason: "noActual" });
    // goal 1: (93.6 + 98.5 + 98.5) / 3 = 96.9; goal 2: 97.2, K5 not evaluable
    expect(s.goals.map((g) => [g.average, g.ratedCount])).toEqual([
      [0.969, 3],
      [0.972, 1],
    ]);
  });
  test("lag 1 reaches R5 but not R4; lag 0 (the default) grades the evaluation year only", () => {
    const one = summarize(plan, { lag: 1 });
    expect(["K1", "K2"].map((id) => byId(one, id).yearUsed)).toEqual([2024, 2023]);
    expect(byId(one, "K1").rate).toEqual({ kind: "noRate", reason: "unpublished" });
    const none = summarize(plan);
    expect(none.goals.map((g) => g.average)).toEqual([0.985, 0.972]);
    expect(none.indicators.every((r) => r.yearUsed === 2024)).toBe(true);
  });
});

describe("trend grading (Nagayo's S / A / B / C / −)", () => {
  const plan = fixturePlan("trend.csv");
  const scale = findScale("trend")!;
  const grades = (tolerance?: number) => {
    const s = summarize(plan, { scale, tolerance });
    return s.indicators.map((r) => (r.grade === undefined ? "−" : scale.levels[r.grade].label.ja));
  };
  test("S the target reached, A better than the baseline, B within 10% below it, C worse, − not evaluable", () => {
    expect(grades()).toEqual(["B", "S", "A", "B", "C", "A", "B", "−"]);
  });
  test("the tolerance is a setting: at 5%, 10% below the baseline (and 7.5% above it, lower is better) is C", () => {
    expect(grades(0.05)).toEqual(["B", "S", "A", "C", "C", "A", "C", "−"]);
  });
  test("goals keep their figure; the counts per level are by trend; a goal has no trend of its own", () => {
    const s = summarize(plan, { scale });
    expect(s.goals.map((g) => g.gradeCounts)).toEqual([
      [1, 1, 1, 0],
      [0, 1, 1, 1],
    ]);
    expect(s.goals.map((g) => g.grade)).toEqual([undefined, undefined]);
    expect(s.goals[0].average).toBe(0.899); // (100 + 86.4 + 83.3) / 3
  });
});

describe("numerical targets in the goal figure", () => {
  test("off by default (the reference); counted beside the KPIs when set", () => {
    const plan = fixturePlan("lag.csv");
    expect(summarize(plan, { lag: 2 }).goals[0].kpiCount).toBe(3);
    const s = summarize(plan, { lag: 2, countTargets: true });
    // goal 1: (100 + 93.6 + 98.5 + 98.5) / 4 = 97.65 → 97.7
    expect(s.goals[0]).toMatchObject({ kpiCount: 4, ratedCount: 4, average: 0.977 });
  });
  test("each goal rule rounds by the rounding rule", () => {
    const rate = (p: number) => ({
      rate: { kind: "rate" as const, capped: p / 1000, uncapped: p / 1000, cappedPermille: p, uncappedPermille: p },
      weight: 1,
    });
    const rates = [rate(1000), rate(875), rate(604)];
    expect(combinePermille("mean", rates, "truncate")).toBe(826);
    expect(combinePermille("achievedShare", rates, "percent")).toBe(330);
    expect(combinePermille("worst", rates, "percent")).toBe(604);
  });
});

describe("a three-level scale as a CSV file", () => {
  const text = readFileSync(rulesFixture("three-level-scale.csv"), "utf8");
  test("reads 100% / 80% / blank with Japanese and English labels", () => {
    const read = readScaleCsv(text, "three-level-scale.csv");
    expect(read.kind).toBe("scale");
    if (read.kind !== "scale") return;
    expect(read.scale.levels.map((l) => [l.min, l.label.ja])).toEqual([
      [1, "A"],
      [0.8, "B"],
      [0, "C"],
    ]);
    const s = summarize(fixturePlan("three-level.csv"), { scale: read.scale });
    expect(s.indicators.map((r) => r.grade)).toEqual([0, 1, 2, 1, undefined]);
    expect(s.goals.map((g) => [g.average, g.grade])).toEqual([
      [0.826, 1],
      [0.8, 1],
    ]);
  });
  const problem = (csv: string) => {
    const read = readScaleCsv(csv, "x");
    return read.kind === "problem" ? `${read.line}: ${read.problem.en}` : "read";
  };
  test("a first line that names the columns is skipped; the lines of problems stay the file's own", () => {
    const levels = (csv: string) => {
      const read = readScaleCsv(csv, "x");
      return read.kind === "scale" ? read.scale.levels.map((l) => [l.min, l.label.ja, l.label.en]) : read.problem.en;
    };
    const expected = [
      [1, "A", "A"],
      [0.8, "B", "good"],
      [0, "C", "C"],
    ];
    expect(levels("threshold,label,English label\n100%,A\n80%,B,good\n,C\n")).toEqual(expected);
    expect(levels("閾値,評価,英語\n100%,A\n80%,B,good\n,C\n")).toEqual(expected);
    expect(levels("\uFEFF達成率（%）,区分\r\n1.0,A\r\n0.8,B,good\r\n,C\r\n")).toEqual(expected);
    expect(problem("Threshold,Label\n100%,A\nabc,B\n,C\n")).toBe(
      '3: the threshold "abc" is not a rate (write 80% or 0.8)',
    );
    // a first line that is no header is still a level, and refused as one
    expect(problem("grade,label\n100%,A\n,C\n")).toBe('1: the threshold "grade" is not a rate (write 80% or 0.8)');
  });

  test("a bad file is refused with the line of the bad level", () => {
    expect(problem("1.0,A\n0.6,B\n0.8,C\n,D\n")).toBe("3: thresholds must fall from the best level down (level 3)");
    expect(problem("100%,A\n80%,\n,C\n")).toBe("2: level 2 has no label");
    expect(problem("100%,A\n,B\n,C\n")).toBe("2: level 2 has no threshold");
    expect(problem("100%,A\nabc,B\n,C\n")).toBe('2: the threshold "abc" is not a rate (write 80% or 0.8)');
    expect(problem("100%,A\n80,B\n,C\n")).toBe('2: the threshold "80" is not a rate (write 80% or 0.8)');
    expect(problem("100%,A\n")).toBe("1: a grade scale needs at least two levels");
    expect(problem([1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0].map((m, i) => `${m},L${i}`).join("\n"))).toBe(
      "8: a grade scale has at most seven levels",
    );
    // a blank line does not shift the line numbers
    expect(problem("100%,A\n\n90%,B\n95%,C\n,D\n")).toBe("4: thresholds must fall from the best level down (level 3)");
  });
});
