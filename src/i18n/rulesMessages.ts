/**
 * The words of the rules of rating and grading that differ between municipalities (issue 14):
 * the settings sheet's rows, the pane's fields, the new presets' names and the scale file's
 * problems. The English pack is here (en.ts is near its size limit); the Japanese one in ja.ts.
 */
export interface RulesMessages {
  readonly rounding: string;
  readonly lag: string;
  readonly goalRule: string;
  readonly countTargets: string;
  readonly tolerance: string;
  /** The scale's second label (the words beside A / B+ / B / C). */
  readonly words: string;
  /** The grade basis that grades against the baseline rather than by the rate. */
  readonly trend: string;
  /** Whether numerical targets count: the two words of the setting. */
  readonly flag: { readonly yes: string; readonly no: string };
  readonly roundingNames: { readonly halfUp: string; readonly truncate: string; readonly percent: string };
  readonly ruleNames: {
    readonly mean: string;
    readonly achievedShare: string;
    readonly weightedMean: string;
    readonly worst: string;
  };
  readonly trendName: string;
  readonly letterNames: { readonly abc3: string; readonly abc60: string };
  readonly standard50Name: string;
  /** The words of the A / B+ / B / C levels, best first. */
  readonly abcWords: readonly [string, string, string, string];
  /** Why a scale's number of levels cannot be used. */
  readonly levels: { readonly tooMany: string; readonly trend: string };
  /** The summary's line of the indicators graded on an earlier year's actual (a lag). */
  readonly earlier: string;
  readonly badThreshold: (text: string) => string;
  /** A custom function's argument that is not one of its words (KPI.RATE's rounding, KPI.AVERAGE's rule). */
  readonly badWord: (arg: string, text: string, choices: readonly string[]) => string;
  /** Why Prepare for sharing leaves a KPI.AVERAGE with a rule, weights or rounding as it is. */
}

export const rulesEn: RulesMessages = {
  rounding: "Rounding",
  lag: "Lag of statistics (years)",
  goalRule: "Goal figure",
  countTargets: "Numerical targets count",
  tolerance: "Tolerance (of the baseline)",
  words: "Words",
  trend: "trend",
  flag: { yes: "yes", no: "no" },
  roundingNames: { halfUp: "half up to 0.1%", truncate: "down to 0.1%", percent: "half up to 1%" },
  ruleNames: { mean: "mean", achievedShare: "share achieved", weightedMean: "weighted mean", worst: "worst" },
  trendName: "S / A / B / C (target reached / better / within tolerance / worse)",
  letterNames: { abc3: "A / B / C (100/80%)", abc60: "A / B / C (100/60%)" },
  standard50Name: "On track / Mostly / Slightly behind / Behind (100/80/50%)",
  abcWords: ["On track", "Mostly on track", "Slightly behind", "Behind"],
  levels: { tooMany: "a grade scale has at most seven levels", trend: "a trend scale has four levels (S, A, B, C)" },
  earlier: "graded on an earlier year's actual",
  badThreshold: (text) => `the threshold "${text}" is not a rate (write 80% or 0.8)`,
  badWord: (arg, text, choices) => `${arg} "${text}" must be one of ${choices.join(", ")}`,
};
