import fc from "fast-check";
import { combinePermille, WeightedRate } from "../../src/goalRule";
import { Rate, toRate } from "../../src/rate";

const at = (permille: number, weight = 1): WeightedRate => ({ rate: toRate(permille / 1000) as Rate, weight });

describe("combinePermille weightedMean", () => {
  it("weights the capped rates", () => {
    expect(combinePermille("weightedMean", [at(1000, 3), at(600, 1)])).toBe(900);
  });

  it("rounds an exact tie half up, as the plain mean does (19,723 / 22 → 897)", () => {
    const rates = [at(970, 2), ...Array.from({ length: 21 }, () => at(893, 2))];
    const sum = rates.reduce((s, r) => s + r.rate.cappedPermille, 0);
    expect(sum).toBe(19723);
    expect(combinePermille("weightedMean", rates)).toBe(897);
    expect(combinePermille("mean", rates)).toBe(897);
  });

  it("counts a negative weight as 0, so the figure stays within 0%–100%", () => {
    // before: (2 × 1000 − 1 × 0) / (2 − 1) = 200%
    expect(combinePermille("weightedMean", [at(1000, 2), at(0, -1)])).toBe(1000);
    expect(combinePermille("weightedMean", [at(500, 1), at(1000, -5)])).toBe(500);
  });

  it("has no figure when every weight is 0", () => {
    expect(combinePermille("weightedMean", [at(800, 0), at(900, 0)])).toBeUndefined();
  });

  it("stays within 0–1000 for any weights", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.double({ noNaN: true })), { minLength: 1 }),
        (pairs) => {
          const figure = combinePermille(
            "weightedMean",
            pairs.map(([p, w]) => at(p, w)),
          );
          if (figure !== undefined) {
            expect(Number.isInteger(figure)).toBe(true);
            expect(figure).toBeGreaterThanOrEqual(0);
            expect(figure).toBeLessThanOrEqual(1000);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
