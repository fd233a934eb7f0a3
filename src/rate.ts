import { Direction } from "./direction";
import { roundScaled } from "./round";

/**
 * How a rate is computed, chosen per indicator:
 * - `ratio` (default): actual / target, or target / actual when lower is better
 * - `baseline`: progress from the baseline, (actual − baseline) / (target − baseline)
 * - `path`: actual against the value planned for that year on a straight line
 *   from the baseline to the final target (see `pathTarget`)
 */
export type Method = "ratio" | "baseline" | "path";

/** A rate rounded to 0.1% (0.001 as a fraction). Permille are exact integers. */
export interface Rate {
  readonly kind: "rate";
  /** Capped to 0%–100%: the rate that is graded and averaged. */
  readonly capped: number;
  /** Not capped: 125.0% for 275 against 220, shown in parentheses in reports. */
  readonly uncapped: number;
  readonly cappedPermille: number;
  readonly uncappedPermille: number;
}

/** A rate that cannot be computed because a number is too large for a double. */
export interface RateOverflow {
  readonly kind: "overflow";
}

const maxPermille = 1e15;

/** Rounds a raw ratio as Excel's ROUND(x, 3) and caps it; non-finite or huge ratios overflow. */
export function toRate(raw: number): Rate | RateOverflow {
  if (!Number.isFinite(raw) || Math.abs(raw) * 1000 > maxPermille) return { kind: "overflow" };
  const uncappedPermille = roundScaled(raw, 3) || 0; // no negative zero
  const cappedPermille = Math.min(1000, Math.max(0, uncappedPermille));
  return {
    kind: "rate",
    capped: cappedPermille / 1000,
    uncapped: uncappedPermille / 1000,
    cappedPermille,
    uncappedPermille,
  };
}

/**
 * The unrounded ratio of an actual to its target.
 *
 * Positive target: actual / target (higher), target / actual (lower) as the reference does.
 * The cases the plain quotient gets wrong, documented in docs/rules.md:
 * - lower is better and the actual is 0 or below a positive target: the target is beaten
 *   outright; the rate is 1 + (target − actual) / target (≥ 200%), never a division by zero
 * - target 0 (recorded crimes → 0): lower: an actual of 0 or less is 100%, anything above 0 is 0%;
 *   higher: an actual of 0 or more is 100%, below it 0%
 * - negative target (net migration ▲3,703 → ▲2,000): 1 + (actual − target) / |target| (higher)
 *   or 1 + (target − actual) / |target| (lower), which is continuous and respects direction
 */
export function ratio(target: number, actual: number, direction: Direction): number {
  if (target === 0) {
    const met = direction === "higher" ? actual >= 0 : actual <= 0;
    return met ? 1 : 0;
  }
  if (target > 0) {
    if (direction === "higher") return actual / target;
    return actual > 0 ? target / actual : 1 + (target - actual) / target;
  }
  const gap = direction === "higher" ? actual - target : target - actual;
  return 1 + gap / -target;
}

/**
 * Progress from the baseline: (actual − baseline) / (target − baseline), the same for both
 * directions. When the target equals the baseline, keeping the baseline level is the goal:
 * 100% if the actual is at it or on the better side, 0% otherwise.
 */
export function progress(baseline: number, target: number, actual: number, direction: Direction): number {
  if (target === baseline) {
    const met = direction === "higher" ? actual >= target : actual <= target;
    return met ? 1 : 0;
  }
  return (actual - baseline) / (target - baseline);
}

/**
 * The value planned for `year` on a straight line from the baseline (at `baselineYear`)
 * to the final target (at `finalYear`); prefectures use this when only a final target is set.
 * Before the baseline year it is the baseline, after the final year the final target.
 */
export function pathTarget(
  baseline: number,
  baselineYear: number,
  finalTarget: number,
  finalYear: number,
  year: number,
): number {
  if (finalYear <= baselineYear || year >= finalYear) return finalTarget;
  if (year <= baselineYear) return baseline;
  return baseline + ((finalTarget - baseline) * (year - baselineYear)) / (finalYear - baselineYear);
}
