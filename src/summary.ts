import { defaultScale, gradeIndex, GradeScale } from "./grade";
import { combinePermille, GoalRule } from "./goalRule";
import { goalNumbers, Indicator, latestActualYear, Plan } from "./plan";
import { NoRateReason, RateOutcome, rateIn } from "./evaluate";

export interface SummaryOptions {
  /** The evaluation year; default: the latest year with any actual. */
  readonly year?: number;
  readonly rule?: GoalRule;
  readonly scale?: GradeScale;
}

export interface IndicatorResult {
  readonly indicator: Indicator;
  /** The rate in each plan year. */
  readonly rates: ReadonlyMap<number, RateOutcome>;
  /** The rate in the evaluation year. */
  readonly rate: RateOutcome;
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
  readonly scale: GradeScale;
  readonly goals: readonly GoalSummary[];
  readonly indicators: readonly IndicatorResult[];
}

export function evaluateIndicator(
  indicator: Indicator,
  years: readonly number[],
  year: number | undefined,
  scale: GradeScale,
): IndicatorResult {
  const rates = new Map<number, RateOutcome>(years.map((y) => [y, rateIn(indicator, y)]));
  const rate: RateOutcome =
    year === undefined ? { kind: "noRate", reason: "noActual" } : (rates.get(year) ?? rateIn(indicator, year));
  const grade =
    rate.kind === "rate" ? gradeIndex(scale, scale.basis === "capped" ? rate.capped : rate.uncapped) : undefined;
  return { indicator, rates, rate, grade };
}

/** The goal summary of a plan for an evaluation year. */
export function summarize(plan: Plan, options: SummaryOptions = {}): Summary {
  const scale = options.scale ?? defaultScale;
  const rule = options.rule ?? "mean";
  const year = options.year ?? latestActualYear(plan);
  const indicators = plan.indicators.map((i) => evaluateIndicator(i, plan.years, year, scale));
  const goals = goalNumbers(plan).map((goal): GoalSummary => {
    const mine = indicators.filter((r) => r.indicator.goal === goal);
    const kpis = mine.filter((r) => r.indicator.kind === "kpi");
    const rated = kpis.flatMap((r) => (r.rate.kind === "rate" ? [{ rate: r.rate, weight: r.indicator.weight }] : []));
    const notEvaluable: Partial<Record<NoRateReason, number>> = {};
    for (const r of kpis) {
      if (r.rate.kind === "noRate") notEvaluable[r.rate.reason] = (notEvaluable[r.rate.reason] ?? 0) + 1;
    }
    const permille = combinePermille(rule, rated);
    const gradeCounts = scale.levels.map((_, i) => kpis.filter((r) => r.grade === i).length);
    return {
      goal,
      title: plan.goals.find((g) => g.goal === goal)?.title ?? "",
      kpiCount: kpis.length,
      ratedCount: rated.length,
      notEvaluable,
      average: permille === undefined ? undefined : permille / 1000,
      grade: permille === undefined ? undefined : gradeIndex(scale, permille / 1000),
      gradeCounts,
      kpis,
      targets: mine.filter((r) => r.indicator.kind === "target"),
    };
  });
  return { year, rule, scale, goals, indicators };
}
