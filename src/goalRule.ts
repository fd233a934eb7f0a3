import { Rate } from "./rate";
import { dividePermille, roundPermille, Rounding } from "./rules/rounding";
import { unreachable } from "./unreachable";

/**
 * How a goal's KPI rates are combined into one figure:
 * - `mean` (default, the reference's rule): plain mean of the capped rates, each already rounded
 *   to 0.1%, over the KPIs with a rate; rounded half up to 0.1%. 1972.3 / 22 = 89.65 → 89.7%
 * - `achievedShare`: the share of rated KPIs whose capped rate is 100% (as national reports count)
 * - `weightedMean`: mean of capped rates weighted by each KPI's `weight`
 * - `worst`: the lowest capped rate
 */
export type GoalRule = "mean" | "achievedShare" | "weightedMean" | "worst";

export const goalRules: readonly GoalRule[] = ["mean", "achievedShare", "weightedMean", "worst"];

export interface WeightedRate {
  readonly rate: Rate;
  readonly weight: number;
}

const weightOf = (r: WeightedRate): number => (Number.isFinite(r.weight) && r.weight > 0 ? r.weight : 0);

export const isGoalRule = (word: string): word is GoalRule => (goalRules as readonly string[]).includes(word);

/** The goal figure in permille, rounded by the rule (default half up to 0.1%), or undefined when no KPI has a rate. */
export function combinePermille(
  rule: GoalRule,
  rates: readonly WeightedRate[],
  rounding: Rounding = "halfUp",
): number | undefined {
  if (rates.length === 0) return undefined;
  switch (rule) {
    case "mean":
      // integer permille: exact, so a tie such as 89.65% rounds up as the report does
      return dividePermille(
        rates.reduce((sum, r) => sum + r.rate.cappedPermille, 0),
        rates.length,
        rounding,
      );
    case "achievedShare":
      return dividePermille(rates.filter((r) => r.rate.cappedPermille >= 1000).length * 1000, rates.length, rounding);
    case "weightedMean": {
      // a negative or non-finite weight would pull the figure outside 0%–100% (weights 2 and −1
      // give 200%): such KPIs count with weight 0, as plan files reject them (planTable.ts)
      const usable = rates.map((r) => ({ permille: r.rate.cappedPermille, weight: weightOf(r) }));
      const total = usable.reduce((sum, r) => sum + r.weight, 0);
      if (!(total > 0) || !Number.isFinite(total)) return undefined;
      const integerSum = usable.reduce((s, r) => s + r.weight * r.permille, 0);
      if (usable.every((r) => Number.isInteger(r.weight)) && Number.isSafeInteger(2 * integerSum + total)) {
        // integer weights: exact, so a tie rounds up as the mean's does
        return dividePermille(integerSum, total, rounding);
      }
      const sum = usable.reduce((s, r) => s + (r.weight / total) * r.permille, 0);
      return Math.min(1000, Math.max(0, roundPermille(sum / 1000, rounding)));
    }
    case "worst":
      return Math.min(...rates.map((r) => r.rate.cappedPermille));
    default:
      return unreachable(rule);
  }
}
