import Decimal from "decimal.js";
import fc from "fast-check";
import { divideHalfUp, roundHalfUp, roundScaled, roundScaledExact } from "../../src/round";
import { ulpsFrom } from "./ulps";

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

/** Whether the fast path gives exactly the exact path's result, -0 and 0 told apart. */
const agree = (x: number, digits: number): boolean => Object.is(roundScaled(x, digits), roundScaledExact(x, digits));

describe("roundScaled's fast path", () => {
  const digits = fc.integer({ min: 0, max: 12 });
  it("agrees with the exact path on any double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), digits, (x, d) => agree(x, d)),
      { numRuns: 50_000 },
    );
  });
  it("agrees with the exact path on doubles of every magnitude a rate or a threshold takes", () => {
    const magnitude = fc
      .tuple(fc.double({ min: 1, max: 10, noNaN: true }), fc.integer({ min: -20, max: 16 }), fc.boolean())
      .map(([m, e, negative]) => (negative ? -1 : 1) * m * 10 ** e);
    fc.assert(
      fc.property(magnitude, digits, (x, d) => agree(x, d)),
      { numRuns: 50_000 },
    );
  });
  it("agrees with the exact path within a few units of a .5 boundary, where the two could part", () => {
    // (k + 0.5) / 10^d as a double and its neighbours: the ties of ROUND(x, d) and the doubles around them
    const boundary = fc
      .tuple(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: -64, max: 64 }))
      .map(([k, d, steps]) => ({ x: ulpsFrom((k + 0.5) / 10 ** d, steps), d }));
    fc.assert(
      fc.property(boundary, fc.boolean(), ({ x, d }, negative) => agree(negative ? -x : x, d)),
      { numRuns: 100_000 },
    );
  });
  it("agrees with the exact path on quotients like 0.7 / 1.6, which land a hair below a tie", () => {
    const short = fc.integer({ min: 1, max: 100_000 }).map((n) => n / 10);
    fc.assert(
      fc.property(short, short, fc.integer({ min: 0, max: 6 }), (a, t, d) => agree(a / t, d)),
      { numRuns: 50_000 },
    );
    for (const [a, t] of [
      [0.7, 1.6],
      [1.0005, 1],
      [2.675, 1],
      [1.005, 1],
      [0.0005, 1],
      [1, 2],
    ] as const) {
      for (let d = 0; d <= 4; d++) expect(agree(a / t, d)).toBe(true);
    }
  });
  it("agrees with the exact path past the fast range and on special values", () => {
    for (const x of [4e10, 4e13, 1e15, 2 ** 53 + 2, 1e300, 5e-324, -5e-324, -0, 0, Infinity, -Infinity, NaN]) {
      for (const d of [0, 3, 9, 22, 23, -1]) expect(agree(x, d)).toBe(true);
    }
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
