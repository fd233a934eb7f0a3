/**
 * The ground truth: every achievement rate printed in Atsugi City's FY2024 report
 * (tests/fixtures/atsugi-reported.csv, transcribed from ../shared/reference/) against the engine
 * run on our reconstruction of the plan (examples/atsugi-fy2024.csv).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { latestActualYear } from "../../src/plan";
import { readPlanCsv } from "../../src/planCsv";
import { summarize } from "../../src/summary";
import { summaryJson } from "../../src/summaryJson";
import { checkPrintedRate, printedRates } from "./atsugiReported";

const root = join(__dirname, "../..");
const read = readPlanCsv(readFileSync(join(root, "examples/atsugi-fy2024.csv"), "utf8"));
const { plan } = read;

const printed = printedRates();

describe("the Atsugi plan file", () => {
  it("reads without a rejected row", () => {
    expect(read.fatal).toBeUndefined();
    expect(read.problems).toEqual([]);
  });
  it("holds four goals, eight numerical targets and the KPIs of R3–R8", () => {
    expect(plan.goals.map((g) => g.goal)).toEqual([1, 2, 3, 4]);
    expect(plan.indicators.filter((i) => i.kind === "target")).toHaveLength(8);
    expect(plan.years).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(latestActualYear(plan)).toBe(2024);
  });
  it("keeps 未公表 and 指標変更 as written", () => {
    const actuals = plan.indicators.flatMap((i) => [...i.actuals.values()]);
    expect(actuals.filter((v) => v.kind === "missing" && v.reason === "unpublished").length).toBeGreaterThan(0);
    expect(actuals.filter((v) => v.kind === "missing" && v.reason === "indicatorChanged").length).toBeGreaterThan(0);
  });
});

describe("every rate printed in the report", () => {
  it("covers a substantial transcription", () => {
    expect(printed.length).toBeGreaterThan(150);
  });
  const cases = printed.map((p) => [p.goal, p.kind, p.name, p.year, p.capped, p.uncapped] as const);
  it.each(cases)("goal %s %s %s FY%s: %s (%s)", (goal, kind, name, year, capped, uncapped) => {
    checkPrintedRate(plan, { goal, kind, name, year, capped, uncapped });
  });
});

describe("the goal summary of FY2024", () => {
  const summary = summarize(plan, { year: 2024 });
  const json = summaryJson(summary, "ja");

  it.each([
    [1, 0.895],
    [2, 0.818],
    [3, 0.965],
    [4, 0.897],
  ])("goal %d averages %d, おおむね順調", (goal, average) => {
    expect(json.goals.find((g) => g.goal === goal)).toMatchObject({ average, grade: "おおむね順調" });
  });

  it("goal 4 is the exact tie 1972.3 / 22 = 89.65% rounded up", () => {
    const g4 = summary.goals.find((g) => g.goal === 4)!;
    expect(g4.ratedCount).toBe(22);
    const sum = g4.kpis.reduce((s, k) => s + (k.rate.kind === "rate" ? k.rate.cappedPermille : 0), 0);
    expect(sum).toBe(19723);
  });

  it("is the evaluation year by default", () => {
    expect(summarize(plan).year).toBe(2024);
  });

  it("other rules give other numbers, as DOMAIN.md says", () => {
    const reference = [0.895, 0.818, 0.965, 0.897];
    const averages = (s: ReturnType<typeof summarize>) => s.goals.map((g) => g.average);
    expect(averages(summarize(plan, { year: 2023 }))).not.toEqual(reference);
    expect(averages(summarize(plan, { year: 2024, rule: "achievedShare" }))).not.toEqual(reference);
    expect(averages(summarize(plan, { year: 2024, rule: "worst" }))).not.toEqual(reference);
    // numerical targets included
    const withTargets = summarize(
      { ...plan, indicators: plan.indicators.map((i) => ({ ...i, kind: "kpi" as const })) },
      { year: 2024 },
    );
    expect(averages(withTargets)).not.toEqual(reference);
  });
});
