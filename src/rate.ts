import { Direction } from "./direction";
import { roundPermille, Rounding } from "./rules/rounding";

/**
 * How a rate is computed, chosen per indicator: two choices, compared how and against what.
 * Compared by ratio (actual / target, target / actual when lower is better) or by progress from
 * the baseline, (actual − baseline) / (target − baseline); against that year's target, the value
 * for that year on the straight line from the baseline to the final target (see `pathTarget`), or
 * the final target itself:
 *
 * | against \ compared | ratio | progress |
 * |---|---|---|
 * | that year's target | `ratio` (default) | `baseline` |
 * | the straight line | `path` | `pathProgress` |
 * | the final target | `final` | `finalProgress` |
 */
export type Method = "ratio" | "baseline" | "path" | "pathProgress" | "final" | "finalProgress";

export const methods: readonly Method[] = ["ratio", "baseline", "path", "pathProgress", "final", "finalProgress"];

/** What a method compares by, and against what (the table above). */
export function methodParts(method: Method): {
  readonly by: "ratio" | "progress";
  readonly against: "year" | "path" | "final";
} {
  switch (method) {
    case "ratio":
      return { by: "ratio", against: "year" };
    case "baseline":
      return { by: "progress", against: "year" };
    case "path":
      return { by: "ratio", against: "path" };
    case "pathProgress":
      return { by: "progress", against: "path" };
    case "final":
      return { by: "ratio", against: "final" };
    case "finalProgress":
      return { by: "progress", against: "final" };
    default:
      return method satisfies never;
  }
}

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
const overflowed: RateOverflow = { kind: "overflow" };

/**
 * A raw ratio rounded by the rounding rule (default: as Excel's ROUND(x, 3)) in permille, not
 * capped; non-finite or huge ratios overflow. What toRate builds a rate from, and what a column of
 * 100,000 rates reads without building one object per rate.
 */
export function roundedPermille(raw: number, rounding: Rounding = "halfUp"): number | RateOverflow {
  if (!Number.isFinite(raw) || Math.abs(raw) * 1000 > maxPermille) return overflowed;
  return roundPermille(raw, rounding) || 0; // no negative zero
}

/** Permille capped to 0%–100%: the rate that is graded and averaged. */
export const capPermille = (permille: number): number => Math.min(1000, Math.max(0, permille));

/**
 * Rounds a raw ratio by the rounding rule (default: as Excel's ROUND(x, 3)) and caps it;
 * non-finite or huge ratios overflow.
 */
export function toRate(raw: number, rounding: Rounding = "halfUp"): Rate | RateOverflow {
  const uncappedPermille = roundedPermille(raw, rounding);
  if (typeof uncappedPermille !== "number") return uncappedPermille;
  const cappedPermille = capPermille(uncappedPermille);
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
