import fc from "fast-check";
import { rateIn } from "../../src/evaluate";
import { Indicator } from "../../src/plan";
import { missing, num, PlanValue } from "../../src/value";

const indicator = (over: Partial<Indicator>): Indicator => ({
  id: { text: "G1-K1", origin: "generated" },
  goal: 1,
  kind: "kpi",
  policy: "",
  initiative: "",
  name: "x",
  unit: "",
  direction: "higher",
  cumulative: false,
  baseline: num(100),
  baselineYearLabel: "R2",
  baselineYear: 2020,
  targets: new Map<number, PlanValue>(),
  actuals: new Map<number, PlanValue>(),
  method: "ratio",
  weight: 1,
  notes: "",
  department: "",
  reports: { status: new Map(), next: new Map() },
  texts: [],
  source: "line 2",
  ...over,
});

describe("rateIn", () => {
  it("gives the reason a rate is missing, never 0", () => {
    const targets = new Map([[2024, num(100)]]);
    expect(rateIn(indicator({ targets, actuals: new Map([[2024, missing("unpublished")]]) }), 2024)).toEqual({
      kind: "noRate",
      reason: "unpublished",
    });
    expect(rateIn(indicator({ targets, actuals: new Map([[2024, missing("indicatorChanged")]]) }), 2024)).toEqual({
      kind: "noRate",
      reason: "indicatorChanged",
    });
    expect(rateIn(indicator({ targets }), 2024)).toEqual({ kind: "noRate", reason: "noActual" });
    expect(rateIn(indicator({ actuals: new Map([[2024, num(5)]]) }), 2024)).toEqual({
      kind: "noRate",
      reason: "noTarget",
    });
  });

  it("plans the path from the baseline to the final target", () => {
    const path = indicator({
      method: "path",
      baseline: num(100),
      baselineYear: 2020,
      targets: new Map([[2026, num(160)]]),
      actuals: new Map([[2023, num(130)]]),
    });
    // 2023 is half way: planned 130, actual 130 → 100%
    expect(rateIn(path, 2023)).toMatchObject({ kind: "rate", capped: 1, uncapped: 1 });
  });

  it("gives no rate, never Infinity or NaN, when the path line leaves the doubles", () => {
    const path = indicator({
      method: "path",
      baseline: num(1e308),
      baselineYear: 2020,
      targets: new Map([[2026, num(-1e308)]]),
      actuals: new Map([[2023, num(5)]]),
    });
    expect(rateIn(path, 2023)).toEqual({ kind: "noRate", reason: "overflow" });
  });

  it("never lets NaN or Infinity out, whatever the numbers and method", () => {
    const double = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        double,
        double,
        double,
        fc.constantFrom("ratio", "baseline", "path" as const),
        fc.constantFrom("higher", "lower" as const),
        (baseline, target, actual, method, direction) => {
          const r = rateIn(
            indicator({
              method,
              direction,
              baseline: num(baseline),
              targets: new Map([
                [2026, num(target)],
                [2023, num(target)],
              ]),
              actuals: new Map([[2023, num(actual)]]),
            }),
            2023,
          );
          if (r.kind === "rate") {
            for (const v of [r.capped, r.uncapped, r.cappedPermille, r.uncappedPermille])
              expect(Number.isFinite(v)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
