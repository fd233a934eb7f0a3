/**
 * The custom functions under the rules of issue 14: KPI.RATE and KPI.PROGRESS round as their
 * [rounding] says; the six methods are KPI.RATE and KPI.PROGRESS over KPI.PATH or the final
 * target, equal to the engine on the straight-line fixture; KPI.AVERAGE combines by a goal rule,
 * with weights and rounding; KPI.GRADE takes a three-level scale range and refuses eight levels.
 */
import { isError, setDisplayLanguage } from "./customFunctionsDouble";
import { average, grade, path, progress, rate } from "../../functions/functions";
import { summarize } from "../../src";
import { byId, fixturePlan } from "../src/rules/fixturePlan";

const c = (v: unknown): any[][] => [[v]];
const col = (...vs: unknown[]): any[][] => vs.map((v) => [v]);
const none = null as unknown as any[][];
const one = (result: unknown[][]): unknown => result[0][0];

beforeEach(() => setDisplayLanguage(undefined));

describe("[rounding]", () => {
  it("truncate: 129.075% is 129.0% uncapped, 0.7 / 1.6 is 43.7%, 57% stays 57.0%", () => {
    expect(one(rate(c(4000), c(5163), none, c(false), c("truncate")))).toBe(1.29);
    expect(one(rate(c(1.6), c(0.7), none, none, c("truncate")))).toBe(0.437);
    expect(one(rate(c(100), c(57), none, none, c("TRUNCATE")))).toBe(0.57);
    expect(one(progress(c(1000), c(2000), c(1687.5), none, none, c("truncate")))).toBe(0.687);
  });
  it("percent: half up to 1%; halfUp and blank are the default", () => {
    expect(one(rate(c(1.6), c(0.7), none, none, c("percent")))).toBe(0.44);
    expect(one(rate(c(1.6), c(0.7), none, none, c("halfUp")))).toBe(0.438);
    expect(one(rate(c(1.6), c(0.7), none, none, c("")))).toBe(0.438);
  });
  it("an unknown rounding is #VALUE! naming it and the three words", () => {
    const e = one(rate(c(1.6), c(0.7), none, none, c("ROUNDUP"))) as { code: string; message: string };
    expect(isError(e)).toBe(true);
    expect(e.message).toBe('Rounding "ROUNDUP" must be one of halfUp, truncate, percent');
  });
});

describe("the six methods through the functions equal the engine (straight-line fixture, R3–R5)", () => {
  const summary = summarize(fixturePlan("path-calendar.csv"));
  const engine = (id: string): unknown[] =>
    [2021, 2022, 2023].map((y) => {
      const r = byId(summary, id).rates.get(y);
      return r?.kind === "rate" ? r.capped : undefined;
    });
  const years = col(2021, 2022, 2023);
  it("pathProgress: KPI.PROGRESS(baseline, KPI.PATH(…), actual)", () => {
    const line = path(c(100), c("2019年"), c(150), c("R6"), years);
    expect(progress(c(100), line, col(112, 118, 125)).map((r) => r[0])).toEqual(engine("K1"));
  });
  it("path: KPI.RATE(KPI.PATH(…), actual, lower)", () => {
    const line = path(c(50), c("令和元年"), c(20), c("R6"), years);
    expect(rate(line, col(40, 35, 33), c("lower")).map((r) => r[0])).toEqual(engine("K2"));
  });
  it("final: KPI.RATE(final target, actual); finalProgress: KPI.PROGRESS(baseline, final target, actual)", () => {
    expect(rate(c(2000), col(1500, 1700, 1900)).map((r) => r[0])).toEqual(engine("K3"));
    expect(progress(c(10), c(30), col(14, 18, 22)).map((r) => r[0])).toEqual(engine("K4"));
  });
});

describe("KPI.AVERAGE with a goal rule", () => {
  const rates = col(1, 0.875, 0.604, "-", "未公表");
  it("mean by default, as before; achievedShare, worst, weightedMean", () => {
    expect(one(average(rates))).toBe(0.826);
    expect(one(average(rates, c("achievedShare")))).toBe(0.333);
    expect(one(average(rates, c("worst")))).toBe(0.604);
    expect(one(average(rates, c("weightedMean"), col(2, 1, 1, 5, 5)))).toBe(0.87);
  });
  it("rounds the figure by [rounding]", () => {
    expect(one(average(rates, c("mean"), none, c("truncate")))).toBe(0.826);
    expect(one(average(col(0.9, 0.9, 0.8), c("mean"), none, c("truncate")))).toBe(0.866);
    expect(one(average(col(0.9, 0.9, 0.8), c("mean"), none, c("percent")))).toBe(0.87);
  });
  it("refuses an unknown rule and weights of another shape", () => {
    expect((one(average(rates, c("median"))) as { message: string }).message).toBe(
      'Goal figure "median" must be one of mean, achievedShare, weightedMean, worst',
    );
    expect(isError(one(average(rates, c("weightedMean"), col(1, 2))))).toBe(true);
  });
});

describe("KPI.GRADE with scales of 2 to 7 levels", () => {
  it("takes a three-level scale range (100% / 80% / blank)", () => {
    const scale = [
      ["100%", "A"],
      ["80%", "B"],
      [null, "C"],
    ];
    expect(grade(col(1, 0.853, 0.8, 0.625), scale)).toEqual(col("A", "B", "B", "C"));
  });
  it("refuses eight levels with the engine's message", () => {
    const scale = [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0].map((m, i) => [m, `L${i}`]);
    const e = one(grade(c(0.5), scale)) as { message: string };
    expect(e.message).toContain("at most seven levels");
  });
});
