/**
 * Every rounding rule of a rate against a decimal reference where the fast path and the exact one
 * could part: doubles a few units in the last place from a boundary of the rule's last decimal
 * (x.5 for halfUp and percent, the integer for truncate) at every magnitude a rate takes. The
 * reference reads the double at 15 significant digits, as Excel does, then rounds in decimal.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { toRate } from "../../src/rate";
import { roundPermille, Rounding, roundings } from "../../src/rules/rounding";
import { unreachable } from "../../src/unreachable";
import { ulpsFrom } from "./ulps";

/** The decimals a rule keeps and what it does with the rest. */
function ruleOf(rounding: Rounding): { digits: number; mode: Decimal.Rounding } {
  switch (rounding) {
    case "halfUp":
      return { digits: 3, mode: Decimal.ROUND_HALF_UP };
    case "truncate":
      return { digits: 3, mode: Decimal.ROUND_DOWN };
    case "percent":
      return { digits: 2, mode: Decimal.ROUND_HALF_UP };
    default:
      return unreachable(rounding);
  }
}

/** The rule's permille of `x` in decimal arithmetic, from x's 15 significant digits. */
function referencePermille(x: number, rounding: Rounding): number {
  const { digits, mode } = ruleOf(rounding);
  const rounded = new Decimal(x.toPrecision(15)).toDecimalPlaces(digits, mode);
  return rounded.times(1000).toNumber() || 0; // no negative zero, as a rate has none
}

/** (k + offset) / 10^digits, a boundary of the rule's last decimal, and the doubles around it. */
const nearBoundary = (digits: number, offset: number) =>
  fc
    .tuple(
      // k up to 2^40: rates from 0 to a billion percent, the last decimal's boundaries all along
      fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2 ** 40 })),
      fc.integer({ min: -8, max: 8 }),
      fc.boolean(),
    )
    .map(([k, steps, negative]) => ulpsFrom((negative ? -1 : 1) * ((k + offset) / 10 ** digits), steps));

describe.each(roundings)("the %s rule near a boundary of its last decimal", (rounding) => {
  const { digits } = ruleOf(rounding);
  const boundaries = rounding === "truncate" ? [0, 0.5] : [0.5, 0];
  it.each(boundaries)("agrees with the decimal reference within a few units of k + %d", (offset) => {
    fc.assert(
      fc.property(nearBoundary(digits, offset), (x) => {
        expect({ x, permille: roundPermille(x, rounding) || 0 }).toEqual({
          x,
          permille: referencePermille(x, rounding),
        });
      }),
      { numRuns: 5_000 },
    );
  });
  it("rounds the rates of ratios that land on a tie as the reference does", () => {
    // a / t with short decimals: 0.7 / 1.6 is 0.43749999999999994 in binary, a tie in decimal
    const short = fc.integer({ min: 1, max: 100_000 }).map((n) => n / 10);
    fc.assert(
      fc.property(short, short, (a, t) => {
        const rate = toRate(a / t, rounding);
        const expected = referencePermille(a / t, rounding);
        expect(rate.kind === "rate" ? rate.uncappedPermille : rate.kind).toBe(expected);
      }),
      { numRuns: 5_000 },
    );
  });
});
