/**
 * How rates and goal figures are rounded, a setting of the workbook (the settings sheet) and of
 * the command line (`--rounding`):
 * - `halfUp` (default, the reference's): half up to 0.1%, as Excel's ROUND(x, 3)
 * - `truncate`: down to 0.1%, as ROUNDDOWN(x, 3) (129.075% is printed 129.0%)
 * - `percent`: half up to 1%, as ROUND(x, 2)
 * Every rate stays an exact integer of permille (a multiple of 10 under `percent`).
 */
import { divideDown, divideHalfUp, roundScaled, truncateScaled } from "../round";
import { unreachable } from "../unreachable";

export type Rounding = "halfUp" | "truncate" | "percent";

export const roundings: readonly Rounding[] = ["halfUp", "truncate", "percent"];

export const isRounding = (word: string): word is Rounding => (roundings as readonly string[]).includes(word);

/** A fraction rounded by the rule, in exact permille. */
export function roundPermille(x: number, rounding: Rounding): number {
  switch (rounding) {
    case "halfUp":
      return roundScaled(x, 3);
    case "truncate":
      return truncateScaled(x, 3);
    case "percent":
      return roundScaled(x, 2) * 10;
    default:
      return unreachable(rounding);
  }
}

/** numerator / denominator (integers of permille) rounded by the rule, in permille: a goal's mean. */
export function dividePermille(numerator: number, denominator: number, rounding: Rounding): number {
  switch (rounding) {
    case "halfUp":
      return divideHalfUp(numerator, denominator);
    case "truncate":
      return divideDown(numerator, denominator);
    case "percent":
      return divideHalfUp(numerator, denominator * 10) * 10;
    default:
      return unreachable(rounding);
  }
}

/** The classic Excel function of the rule over an expression (a fraction), for the native formulas. */
export function roundingFormula(x: string, rounding: Rounding): string {
  switch (rounding) {
    case "halfUp":
      return `ROUND(${x},3)`;
    case "truncate":
      return `ROUNDDOWN(${x},3)`;
    case "percent":
      return `ROUND(${x},2)`;
    default:
      return unreachable(rounding);
  }
}
