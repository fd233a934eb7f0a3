import { findScale } from "../../src/grade";
import { readPlanCsv } from "../../src/planCsv";
import { summarize } from "../../src/summary";
import { summaryJson } from "../../src/summaryJson";
import { summaryText } from "../../src/report";

const csv = [
  "goal,goal_title,kind,name,direction,target_2021,actual_2021,target_2022,actual_2022,weight",
  "1,One,target,population,higher,100,95,100,未公表,1",
  "1,One,kpi,a,higher,100,100,100,120,1",
  "1,One,kpi,b,higher,100,50,100,85,3",
  "1,One,kpi,c,lower,10,20,10,指標変更,1",
  "1,One,kpi,d,higher,,,100,,1",
  "1,One,kpi,e,higher,-,5,-,5,1",
  "2,Two,kpi,f,higher,100,未公表,100,未公表,1",
].join("\n");

const { plan } = readPlanCsv(csv);

describe("summarize", () => {
  it("defaults the evaluation year to the latest year with any actual", () => {
    expect(summarize(plan).year).toBe(2022);
  });

  it("averages capped KPI rates of the evaluation year, skipping the not evaluable with their reasons", () => {
    const s = summarize(plan, { year: 2022 });
    const [one, two] = s.goals;
    expect(one).toMatchObject({ goal: 1, title: "One", kpiCount: 5, ratedCount: 2, average: 0.925, grade: 1 });
    expect(one.notEvaluable).toEqual({ indicatorChanged: 1, noActual: 1, noTarget: 1 });
    expect(one.gradeCounts).toEqual([1, 1, 0, 0]);
    expect(one.targets.map((t) => t.indicator.name)).toEqual(["population"]);
    expect(two).toMatchObject({
      kpiCount: 1,
      ratedCount: 0,
      average: undefined,
      grade: undefined,
      notEvaluable: { unpublished: 1 },
    });
  });

  it("does not count numerical targets in the goal average", () => {
    const s = summarize(plan, { year: 2021 });
    // a 100%, b 50%, c 50% (10/20); d no target yet, e no target
    expect(s.goals[0]).toMatchObject({ ratedCount: 3, average: 0.667 });
  });

  it.each([
    ["mean", 0.925],
    ["achievedShare", 0.5],
    ["weightedMean", 0.888], // (1000 + 3 × 850) / 4 = 887.5 → 888
    ["worst", 0.85],
  ] as const)("applies the %s rule", (rule, average) => {
    expect(summarize(plan, { year: 2022, rule }).goals[0].average).toBe(average);
  });

  it("grades with another scale", () => {
    const s = summarize(plan, { year: 2022, scale: findScale("symbols") });
    expect(s.goals[0].gradeCounts).toEqual([1, 1, 0, 0]);
    expect(summaryJson(s, "ja").goals[0].grade).toBe("○");
  });

  it("gives the --json shape", () => {
    const json = summaryJson(summarize(plan, { year: 2022 }), "ja");
    expect(json.evaluationYear).toBe(2022);
    expect(json.goals[0]).toEqual({
      goal: 1,
      title: "One",
      kpiCount: 5,
      ratedCount: 2,
      average: 0.925,
      grade: "おおむね順調",
      gradeCounts: { 順調: 1, おおむね順調: 1, やや遅れ: 0, 遅れ: 0 },
    });
    expect(json.indicators[1]).toEqual({
      // a plan without ids: the id made from goal, kind and place, as the KPI table shows it
      id: "G1-K1",
      goal: 1,
      kind: "kpi",
      name: "a",
      rates: { "2021": { capped: 1, uncapped: 1 }, "2022": { capped: 1, uncapped: 1.2 } },
      grade: "順調",
    });
    expect(json.indicators[0].rates["2022"]).toBeNull();
    expect(json.indicators[0].grade).toBeNull();
  });

  it("prints a readable table in both languages", () => {
    const s = summarize(plan, { year: 2022 });
    expect(summaryText(s, "ja")).toContain("KPI達成率平均 92.5%  評価 おおむね順調");
    expect(summaryText(s, "ja")).toContain("評価不能: 指標変更 1");
    expect(summaryText(s, "en")).toContain("KPI average 92.5%  grade Mostly on track");
    expect(summaryText(s, "en")).toContain("population: FY2021 95.0%  FY2022 -");
  });

  it("copes with an empty plan", () => {
    const s = summarize({ goals: [], years: [], indicators: [], textColumns: [] });
    expect(s).toMatchObject({ year: undefined, goals: [] });
  });
});
