/**
 * Grading without a rate (Nagayo's 数値目標評価): S the target is reached; A the actual is better
 * than the baseline; B it is at the baseline or worse by no more than the tolerance (a fraction of
 * the baseline, 0.1 = 10%); C it is worse than that. An indicator without a rate or a baseline is
 * not evaluable (−). The levels are those of a four-level scale whose basis is `trend`.
 */
import { Direction } from "../direction";
import { Rate } from "../rate";

/** The tolerance when none is set: Nagayo's 10%. */
export const defaultTolerance = 0.1;

/** The level index (0 S, 1 A, 2 B, 3 C) of an actual against its baseline, given its rate. */
export function trendIndex(
  rate: Rate,
  baseline: number,
  actual: number,
  direction: Direction,
  tolerance: number,
): number {
  if (rate.cappedPermille >= 1000) return 0;
  // computed as the native formula does, operation for operation, so both compare the same doubles
  const better = direction === "lower" ? baseline - actual : actual - baseline;
  if (better > 0) return 1;
  return better >= -(tolerance * Math.abs(baseline)) ? 2 : 3;
}

/** Whether a tolerance can be used: a fraction from 0 to 1 (0% to 100% of the baseline). */
export const isTolerance = (x: number): boolean => Number.isFinite(x) && x >= 0 && x <= 1;
