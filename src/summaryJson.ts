import { RateOutcome } from "./evaluate";
import { levelLabel } from "./grade";
import { Lang } from "./lang";
import { IndicatorKind } from "./plan";
import { Summary } from "./summary";

export interface RateJson {
  capped: number;
  uncapped: number;
}

export interface SummaryJson {
  evaluationYear: number | null;
  /** The rules the figures follow (docs/rules.md). */
  rules: { rounding: string; lag: number; rule: string; countTargets: boolean; scale: string };
  goals: {
    goal: number;
    title: string;
    kpiCount: number;
    ratedCount: number;
    average: number | null;
    grade: string | null;
    gradeCounts: Record<string, number>;
  }[];
  indicators: {
    /** The plan's id (指標ID), or the one made from goal, kind and name for a plan without ids: to join the figures to other data. */
    id: string;
    goal: number;
    kind: IndicatorKind;
    name: string;
    rates: Record<string, RateJson | null>;
    /** With a lag: the year graded, the evaluation year or an earlier one (whose rate `grade` is of). */
    yearUsed?: number | null;
    grade: string | null;
  }[];
}

const rateJson = (rate: RateOutcome): RateJson | null =>
  rate.kind === "rate" ? { capped: rate.capped, uncapped: rate.uncapped } : null;

/** The summary in the command line's --json shape: rates as fractions rounded to 0.001, null where none. */
export function summaryJson(summary: Summary, lang: Lang): SummaryJson {
  const label = (index: number | undefined): string | null =>
    index === undefined ? null : levelLabel(summary.scale, index, lang);
  return {
    evaluationYear: summary.year ?? null,
    rules: {
      rounding: summary.rules.rounding,
      lag: summary.rules.lag,
      rule: summary.rules.rule,
      countTargets: summary.rules.countTargets,
      scale: summary.scale.id,
    },
    goals: summary.goals.map((g) => ({
      goal: g.goal,
      title: g.title,
      kpiCount: g.kpiCount,
      ratedCount: g.ratedCount,
      average: g.average ?? null,
      grade: label(g.grade),
      gradeCounts: Object.fromEntries(summary.scale.levels.map((l, i) => [l.label[lang], g.gradeCounts[i] ?? 0])),
    })),
    indicators: summary.indicators.map((r) => ({
      id: r.indicator.id.text,
      goal: r.indicator.goal,
      kind: r.indicator.kind,
      name: r.indicator.name,
      rates: Object.fromEntries([...r.rates].map(([year, rate]) => [String(year), rateJson(rate)])),
      ...(summary.rules.lag > 0 ? { yearUsed: r.yearUsed ?? null } : {}),
      grade: label(r.grade),
    })),
  };
}
