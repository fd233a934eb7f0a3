/**
 * The rules on the settings sheet and in the formulas (issue 14): each rule has its row and its
 * name; the rate formulas read the rounding there; Prepare for sharing turns KPI.RATE's rounding
 * argument into the classic function it names, and KPI.AVERAGE's rule, weights and rounding into
 * the classic formulas of each goal rule (tests/e2e/sharingRules.test.ts computes them in LibreOffice).
 */
import { toNativeFormula } from "../../../src/sharing";
import { names, settingsDefinedNames, settingsRows, settingsSheetPlan, kpiSheetPlan } from "../../../src/sheets";
import { fixturePlan } from "./fixturePlan";

const plan = fixturePlan("lag.csv");
const rules = { rounding: "truncate", lag: 2, tolerance: 0.05, rule: "worst", countTargets: true } as const;

test("the settings sheet writes every rule on its row, below the longest scale", () => {
  const sheet = settingsSheetPlan(plan, { rules, lang: "en" });
  const block = sheet.blocks.find((b) => b.at === `A${settingsRows.rounding}`);
  expect(block?.cells.map((row) => row.slice(0, 2))).toEqual([
    [
      { kind: "text", text: "Rounding" },
      { kind: "text", text: "truncate" },
    ],
    [
      { kind: "text", text: "Lag of statistics (years)" },
      { kind: "number", value: 2 },
    ],
    [
      { kind: "text", text: "Tolerance (of the baseline)" },
      { kind: "number", value: 0.05 },
    ],
    [
      { kind: "text", text: "Goal figure" },
      { kind: "text", text: "worst" },
    ],
    [
      { kind: "text", text: "Numerical targets count" },
      { kind: "text", text: "yes" },
    ],
  ]);
  expect(settingsRows.rounding).toBeGreaterThan(settingsRows.scaleFirstRow + 7);
  const defined = new Map(settingsDefinedNames(plan, { rules }).map((n) => [n.name, n.refersTo]));
  expect(defined.get(names.rounding)).toBe(`='設定'!$B$${settingsRows.rounding}`);
  expect(defined.get(names.lag)).toBe(`='設定'!$B$${settingsRows.lag}`);
  expect(defined.get(names.tolerance)).toBe(`='設定'!$B$${settingsRows.tolerance}`);
  expect(defined.get(names.goalRule)).toBe(`='設定'!$B$${settingsRows.goalRule}`);
});

test("the KPI sheet's rates read the rounding and its year graded reads the lag from the settings", () => {
  const formulas = kpiSheetPlan(plan)
    .blocks.flatMap((b) => b.cells.flat())
    .flatMap((c) => (c.kind === "formula" ? [c.formula] : []));
  expect(formulas.some((f) => f.includes(`ROUNDDOWN(`) && f.includes(`${names.rounding}="truncate"`))).toBe(true);
  expect(formulas.some((f) => f.includes(`${names.evalYear}-${names.lag}`))).toBe(true);
});

describe("Prepare for sharing", () => {
  const one = (f: string): string => {
    const r = toNativeFormula(f, { lang: "en" });
    if (r.kind !== "converted") throw new Error(JSON.stringify(r));
    return r.formulas[0][0];
  };
  test("KPI.RATE's rounding: a literal is the function it names, a name is read by the formula", () => {
    expect(one('=KPI.RATE(A1,B1,,,"truncate")')).toContain("ROUNDDOWN(");
    expect(one('=KPI.RATE(A1,B1,,,"percent")')).toMatch(/ROUND\(.*,2\)/);
    expect(one("=KPI.RATE(A1,B1)")).not.toContain("ROUNDDOWN(");
    expect(one("=KPI.RATE(A1,B1,,,KpiRounding)")).toContain('IF(KpiRounding="truncate",ROUNDDOWN(');
    const bad = toNativeFormula('=KPI.RATE(A1,B1,,,"up")', { lang: "en" });
    expect(bad).toEqual({ kind: "failed", reason: expect.objectContaining({ en: expect.stringContaining('"up"') }) });
  });
  test("KPI.AVERAGE with a rule, weights or rounding: a literal rule is its one figure, a name is chosen by the formula", () => {
    expect(one('=KPI.AVERAGE(A1:A5,"worst")')).toMatch(
      /^=\(IF\(SUMPRODUCT\(--ISNUMBER\(\(A1:A5\)\)\)=0,NA\(\),MIN\(IF\(/,
    );
    expect(one('=KPI.AVERAGE(A1:A5,"weightedMean",B1:B5,"truncate")')).toContain("ROUNDDOWN(");
    const live = one("=KPI.AVERAGE(A1:A5,KpiGoalRule,B1:B5,KpiRounding)");
    expect(live).toContain('CHOOSE(MATCH(KpiGoalRule,{"mean","achievedShare","weightedMean","worst"},0),');
    expect(live).toContain('IF(KpiRounding="truncate",ROUNDDOWN(');
    expect(live).not.toContain("KPI.");
    expect(one("=KPI.AVERAGE(A1:A5)")).toMatch(/^=\(?IF\(COUNT\(A1:A5\)=0/);
    const bad = toNativeFormula('=KPI.AVERAGE(A1:A5,"median")', { lang: "en" });
    expect(bad).toEqual({
      kind: "failed",
      reason: expect.objectContaining({ en: expect.stringContaining('"median"') }),
    });
  });
});
