/**
 * The rules a workbook is evaluated by, beside each indicator's own method: settings that travel
 * with the workbook (the settings sheet) and options of the command line. The defaults are the
 * reference's (Atsugi): half up to 0.1%, no lag, the plain mean of the KPIs.
 */
import { GoalRule } from "../goalRule";
import { Rounding } from "./rounding";
import { defaultTolerance } from "./trend";

/** What an indicator's rate and grade depend on. */
export interface IndicatorRules {
  readonly rounding: Rounding;
  /** How many years before the evaluation year an actual may be taken from (0: none). */
  readonly lag: number;
  /** The tolerance of trend grading (a fraction of the baseline). */
  readonly tolerance: number;
}

/** And what a goal figure depends on. */
export interface Rules extends IndicatorRules {
  readonly rule: GoalRule;
  /** Whether numerical targets count in the goal figure beside the KPIs (the reference: no). */
  readonly countTargets: boolean;
}

export const defaultRules: Rules = {
  rounding: "halfUp",
  lag: 0,
  tolerance: defaultTolerance,
  rule: "mean",
  countTargets: false,
};

/** Every rule settled: those given, the defaults for the rest. */
export function settleRules(given: Partial<Rules> = {}): Rules {
  return {
    rounding: given.rounding ?? defaultRules.rounding,
    lag: given.lag ?? defaultRules.lag,
    tolerance: given.tolerance ?? defaultRules.tolerance,
    rule: given.rule ?? defaultRules.rule,
    countTargets: given.countTargets ?? defaultRules.countTargets,
  };
}

/** Whether a lag can be used: a whole number of years from 0 to 10. */
export const isLag = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 10;
