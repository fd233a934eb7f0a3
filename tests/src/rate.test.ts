import Decimal from "decimal.js";
import fc from "fast-check";
import { Direction } from "../../src/direction";
import { pathTarget, progress, ratio, toRate } from "../../src/rate";

const rate = (target: number, actual: number, direction: Direction = "higher") =>
  toRate(ratio(target, actual, direction));

describe("ratio method", () => {
  it("higher is better: actual / target, rounded half up", () => {
    expect(rate(6455, 6149)).toMatchObject({ capped: 0.953, uncapped: 0.953 });
  });
  it("lower is better: target / actual (the reference's crimes)", () => {
    expect(rate(900, 1131, "lower")).toMatchObject({ capped: 0.796 });
    expect(rate(810, 1102, "lower")).toMatchObject({ capped: 0.735 });
  });
  it("caps at 100% and keeps the uncapped rate", () => {
    expect(rate(220, 275)).toMatchObject({ capped: 1, uncapped: 1.25, cappedPermille: 1000, uncappedPermille: 1250 });
  });
  it("rounds as Excel: 0.7 against 1.6 is 43.8%", () => {
    expect(rate(1.6, 0.7)).toMatchObject({ capped: 0.438 });
  });
  it("an actual equal to the target is 100% in both directions", () => {
    for (const v of [1131, 0.7, 98.81, -2000, 0]) {
      expect(rate(v, v, "lower")).toMatchObject({ capped: 1, uncapped: 1 });
      expect(rate(v, v, "higher")).toMatchObject({ capped: 1, uncapped: 1 });
    }
  });
  it("target 0, lower is better (recorded crimes → 0): 0 is 100%, anything above is 0%", () => {
    expect(rate(0, 0, "lower")).toMatchObject({ capped: 1, uncapped: 1 });
    expect(rate(0, 5, "lower")).toMatchObject({ capped: 0, uncapped: 0 });
  });
  it("target 0, higher is better: reaching 0 is 100%", () => {
    expect(rate(0, 3, "higher")).toMatchObject({ capped: 1 });
    expect(rate(0, -3, "higher")).toMatchObject({ capped: 0 });
  });
  it("lower is better with an actual of 0 beats a positive target outright, without dividing by zero", () => {
    expect(rate(5, 0, "lower")).toMatchObject({ capped: 1, uncapped: 2 });
  });
  it("negative target and actual (net migration ▲3,703 → target ▲2,000)", () => {
    // 1 + (actual − target) / |target| = 1 + (−3703 + 2000) / 2000
    expect(rate(-2000, -3703)).toMatchObject({ capped: 0.149, uncapped: 0.149 });
    expect(rate(-2000, -1000)).toMatchObject({ capped: 1, uncapped: 1.5 });
    expect(rate(-2000, -3703, "lower")).toMatchObject({ capped: 1, uncapped: 1.852 });
  });
  it("a negative actual against a positive target is a negative uncapped rate, capped at 0%", () => {
    expect(rate(100, -50)).toMatchObject({ capped: 0, uncapped: -0.5 });
  });
});

describe("baseline method", () => {
  it("is progress from the baseline", () => {
    expect(toRate(progress(100, 200, 150, "higher"))).toMatchObject({ capped: 0.5 });
    expect(toRate(progress(10580, 10500, 10540, "lower"))).toMatchObject({ capped: 0.5 });
  });
  it("baseline equal to target: holding the level is 100%, falling back is 0%", () => {
    expect(toRate(progress(100, 100, 100, "higher"))).toMatchObject({ capped: 1, uncapped: 1 });
    expect(toRate(progress(100, 100, 99, "higher"))).toMatchObject({ capped: 0 });
    expect(toRate(progress(100, 100, 99, "lower"))).toMatchObject({ capped: 1 });
  });
});

describe("path method", () => {
  it("plans a straight line from the baseline to the final target", () => {
    // baseline 6,439 in 2019, final target 6,500 in 2026
    expect(pathTarget(6439, 2019, 6500, 2026, 2019)).toBe(6439);
    expect(pathTarget(6439, 2019, 6500, 2026, 2026)).toBe(6500);
    expect(pathTarget(100, 2020, 200, 2025, 2022)).toBe(140);
    expect(pathTarget(100, 2025, 200, 2025, 2022)).toBe(200);
  });
});

describe("rates under fuzzing", () => {
  const anyNumber = fc.double({ noNaN: true, noDefaultInfinity: true });
  const direction = fc.constantFrom<Direction>("higher", "lower");

  it("never throw, never return NaN or Infinity, and the capped rate is within 0..1", () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, direction, (baseline, target, actual, d) => {
        for (const raw of [ratio(target, actual, d), progress(baseline, target, actual, d)]) {
          const r = toRate(raw);
          if (r.kind === "rate") {
            expect(Number.isFinite(r.capped) && Number.isFinite(r.uncapped)).toBe(true);
            expect(r.capped).toBeGreaterThanOrEqual(0);
            expect(r.capped).toBeLessThanOrEqual(1);
            expect(r.cappedPermille).toBe(Math.min(1000, Math.max(0, r.uncappedPermille)));
          }
        }
      }),
      { numRuns: 20_000 },
    );
  });

  it("respects direction: a better actual never gets a lower rate", () => {
    const value = fc.integer({ min: -1_000_000, max: 1_000_000 });
    fc.assert(
      fc.property(value, value, value, direction, (target, a, b, d) => {
        const [worse, better] = d === "higher" ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
        const rw = toRate(ratio(target, worse, d));
        const rb = toRate(ratio(target, better, d));
        if (rw.kind === "rate" && rb.kind === "rate") {
          expect(rb.cappedPermille).toBeGreaterThanOrEqual(rw.cappedPermille);
        }
      }),
      { numRuns: 20_000 },
    );
  });

  it("meeting the target is always 100% capped; missing it is always below", () => {
    const value = fc.integer({ min: -1_000_000, max: 1_000_000 });
    fc.assert(
      fc.property(value, value, direction, (target, actual, d) => {
        const r = toRate(ratio(target, actual, d));
        const met = d === "higher" ? actual >= target : actual <= target;
        expect(r.kind).toBe("rate");
        if (r.kind !== "rate") return;
        if (met) expect(r.cappedPermille).toBe(1000);
        else expect(r.uncappedPermille).toBeLessThanOrEqual(1000);
      }),
      { numRuns: 20_000 },
    );
  });

  it("agrees with a decimal reference for positive targets", () => {
    const tenths = fc.integer({ min: 1, max: 100_000_000 }).map((n) => n / 10);
    fc.assert(
      fc.property(tenths, tenths, direction, (target, actual, d) => {
        const [n, q] = d === "higher" ? [actual, target] : [target, actual];
        const expected = new Decimal(n).div(q).toDecimalPlaces(3, Decimal.ROUND_HALF_UP).toNumber();
        const r = toRate(ratio(target, actual, d));
        expect(r).toMatchObject({ uncapped: expected, capped: Math.min(1, expected) });
      }),
      { numRuns: 20_000 },
    );
  });

  it("reports overflow instead of Infinity", () => {
    expect(toRate(ratio(1e-300, 1e300, "higher"))).toEqual({ kind: "overflow" });
  });
});
