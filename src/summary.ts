import { defaultScale, gradeIndex, GradeScale } from "./grade";
import { combinePermille, GoalRule } from "./goalRule";
import { goalNumbers, Indicator, latestActualYear, Plan } from "./plan";
import { NoRateReason, RateOutcome, rateIn, yearUsed } from "./evaluate";
import { defaultRules, IndicatorRules, Rules, settleRules } from "./rules/rules";
import { trendIndex } from "./rules/trend";

export interface SummaryOptions extends Partial<Rules> {
  /** The evaluation year; default: the latest year with any actual. */
  readonly year?: number;
  readonly scale?: GradeScale;
}

export interface IndicatorResult {
  readonly indicator: Indicator;
  /** The rate in each plan year. */
  readonly rates: ReadonlyMap<number, RateOutcome>;
  /** The rate in the evaluation year (in `yearUsed` when a lag takes an earlier actual). */
  readonly rate: RateOutcome;
  /** The year the indicator is graded on: the evaluation year, or an earlier one under a lag. */
  readonly yearUsed: number | undefined;
  /** The level index in the scale, or undefined when not evaluable. */
  readonly grade: number | undefined;
}

export interface GoalSummary {
  readonly goal: number;
  readonly title: string;
  readonly kpiCount: number;
  readonly ratedCount: number;
  /** KPIs without a rate in the evaluation year, by reason. */
  readonly notEvaluable: Readonly<Partial<Record<NoRateReason, number>>>;
  /** The goal figure (a fraction rounded to 0.001) by the rule, undefined when no KPI has a rate. */
  readonly average: number | undefined;
  readonly grade: number | undefined;
  /** KPIs per level of the scale, best first. */
  readonly gradeCounts: readonly number[];
  readonly kpis: readonly IndicatorResult[];
  readonly targets: readonly IndicatorResult[];
}

export interface Summary {
  readonly year: number | undefined;
  readonly rule: GoalRule;
  readonly rules: Rules;
  readonly scale: GradeScale;
  readonly goals: readonly GoalSummary[];
  readonly indicators: readonly IndicatorResult[];
}

/** The level of a rated indicator: by its rate, or by its trend from the baseline (a scale of basis `trend`). */
function levelOf(indicator: Indicator, rate: RateOutcome, year: number, scale: GradeScale, tolerance: number) {
  if (rate.kind !== "rate") return undefined;
  switch (scale.basis) {
    case "capped":
      return gradeIndex(scale, rate.capped);
    case "uncapped":
      return gradeIndex(scale, rate.uncapped);
    case "trend": {
      const actual = indicator.actuals.get(year);
      const { baseline } = indicator;
      if (rate.cappedPermille >= 1000) return 0; // the target is reached, whatever the baseline
      if (actual?.kind !== "number" || baseline.kind !== "number") return undefined;
      return trendIndex(rate, baseline.value, actual.value, indicator.direction, tolerance);
    }
    default:
      return scale.basis satisfies never;
  }
}

export function evaluateIndicator(
  indicator: Indicator,
  years: readonly number[],
  year: number | undefined,
  scale: GradeScale,
  rules: IndicatorRules = defaultRules,
): IndicatorResult {
  const rateOf = (y: number): RateOutcome => rateIn(indicator, y, rules.rounding);
  const rates = new Map<number, RateOutcome>(years.map((y) => [y, rateOf(y)]));
  const used = year === undefined ? undefined : yearUsed(indicator, year, rules.lag);
  const rate: RateOutcome =
    used === undefined ? { kind: "noRate", reason: "noActual" } : (rates.get(used) ?? rateOf(used));
  const grade = used === undefined ? undefined : levelOf(indicator, rate, used, scale, rules.tolerance);
  return { indicator, rates, rate, yearUsed: used, grade };
}

/** The goal summary of a plan for an evaluation year. */
export function summarize(plan: Plan, options: SummaryOptions = {}): Summary {
  const scale = options.scale ?? defaultScale;
  const year = options.year ?? latestActualYear(plan);
  const rules = settleRules(options);
  const { rule, countTargets } = rules;
  const indicators = plan.indicators.map((i) => evaluateIndicator(i, plan.years, year, scale, rules));
  const goals = goalNumbers(plan).map((goal): GoalSummary => {
    const mine = indicators.filter((r) => r.indicator.goal === goal);
    // the indicators the goal figure is over: its KPIs, and its numerical targets when they count
    const counted = mine.filter((r) => r.indicator.kind === "kpi" || countTargets);
    const rated = counted.flatMap((r) =>
      r.rate.kind === "rate" ? [{ rate: r.rate, weight: r.indicator.weight }] : [],
    );
    const notEvaluable: Partial<Record<NoRateReason, number>> = {};
    for (const r of counted) {
      if (r.rate.kind === "noRate") notEvaluable[r.rate.reason] = (notEvaluable[r.rate.reason] ?? 0) + 1;
    }
    const permille = combinePermille(rule, rated, rules.rounding);
    const gradeCounts = scale.levels.map((_, i) => counted.filter((r) => r.grade === i).length);
    // a trend scale grades an indicator against its baseline; a goal figure has none, so no grade
    const graded = permille !== undefined && scale.basis !== "trend";
    return {
      goal,
      title: plan.goals.find((g) => g.goal === goal)?.title ?? "",
      kpiCount: counted.length,
      ratedCount: rated.length,
      notEvaluable,
      average: permille === undefined ? undefined : permille / 1000,
      grade: graded ? gradeIndex(scale, permille / 1000) : undefined,
      gradeCounts,
      kpis: mine.filter((r) => r.indicator.kind === "kpi"),
      targets: mine.filter((r) => r.indicator.kind === "target"),
    };
  });
  return { year, rule, rules, scale, goals, indicators };
}
