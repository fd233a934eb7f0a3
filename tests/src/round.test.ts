import Decimal from "decimal.js";
import fc from "fast-check";
import { divideHalfUp, roundHalfUp, roundScaled } from "../../src/round";

describe("roundHalfUp", () => {
  it("rounds as Excel's ROUND, not as binary floating point", () => {
    expect(0.7 / 1.6).toBeLessThan(0.4375); // the binary quotient sits just below the tie
    expect(Math.round((0.7 / 1.6) * 1000) / 1000).toBe(0.437);
    expect(roundHalfUp(0.7 / 1.6, 3)).toBe(0.438);
  });
  it("rounds the reference's rates", () => {
    expect(roundHalfUp(6149 / 6455, 3)).toBe(0.953);
    expect(roundHalfUp(900 / 1131, 3)).toBe(0.796);
    expect(roundHalfUp(810 / 1102, 3)).toBe(0.735);
    expect(roundHalfUp(275 / 220, 3)).toBe(1.25);
  });
  it("rounds half away from zero for negatives, and keeps zero unsigned", () => {
    expect(roundHalfUp(-0.0005, 3)).toBe(-0.001);
    expect(roundHalfUp(-0.0004, 3)).toBe(0);
    expect(Object.is(roundHalfUp(-0.0001, 3), -0)).toBe(false);
  });
  it("handles large, tiny and non-finite inputs", () => {
    expect(roundHalfUp(123456789.12345, 3)).toBe(123456789.123);
    expect(roundHalfUp(1e-20, 3)).toBe(0);
    expect(roundScaled(Number.NaN, 3)).toBe(0);
    expect(roundScaled(Infinity, 3)).toBe(0);
  });
  it("agrees with a decimal reference on quotients of short decimals", () => {
    const short = fc.integer({ min: 1, max: 10_000_000 }).map((n) => n / 10);
    fc.assert(
      fc.property(short, short, (a, t) => {
        const expected = new Decimal(a).div(new Decimal(t)).toDecimalPlaces(3, Decimal.ROUND_HALF_UP).toNumber();
        expect(roundHalfUp(a / t, 3)).toBe(expected);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("divideHalfUp", () => {
  it("takes the reference's goal-4 tie up: 19723 / 22 = 896.5 → 897", () => {
    expect(divideHalfUp(19723, 22)).toBe(897);
  });
  it("agrees with a decimal reference", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 10_000 }), (n, d) => {
        const expected = new Decimal(n).div(d).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
        expect(divideHalfUp(n, d)).toBe(expected);
      }),
    );
  });
});
