import { Indicator } from "./plan";
import { pathTarget, progress, ratio, Rate, toRate } from "./rate";
import { unreachable } from "./unreachable";
import { MissingReason, PlanValue } from "./value";

/**
 * Why an indicator has no rate in a year. It is then "not evaluable": a status of its own,
 * shown as "-", never a grade and never 0%.
 */
export type NoRateReason = MissingReason | "noTarget" | "noActual" | "noBaseline" | "overflow";

export interface NoRate {
  readonly kind: "noRate";
  readonly reason: NoRateReason;
}

export type RateOutcome = Rate | NoRate;

const noRate = (reason: NoRateReason): NoRate => ({ kind: "noRate", reason });

const blank: PlanValue = { kind: "missing", reason: "blank" };

function valueIn(map: ReadonlyMap<number, PlanValue>, year: number): PlanValue {
  return map.get(year) ?? blank;
}

/** Why a missing actual gives no rate: 未公表 and 指標変更 keep their own reason. */
function missingActual(value: PlanValue): NoRate {
  if (value.kind === "missing" && (value.reason === "unpublished" || value.reason === "indicatorChanged")) {
    return noRate(value.reason);
  }
  return noRate("noActual");
}

/** The last year with a numeric target, and that target: the final target of the plan. */
function finalTarget(indicator: Indicator): { year: number; value: number } | undefined {
  let found: { year: number; value: number } | undefined;
  for (const [year, value] of indicator.targets) {
    if (value.kind === "number" && (found === undefined || year > found.year)) found = { year, value: value.value };
  }
  return found;
}

/** The rate of one indicator in one fiscal year, by the indicator's method. */
export function rateIn(indicator: Indicator, year: number): RateOutcome {
  const actual = valueIn(indicator.actuals, year);
  if (actual.kind === "missing" && actual.reason !== "blank" && actual.reason !== "notSet")
    return missingActual(actual);
  const raw = rawRate(indicator, year, actual);
  if (raw.kind === "noRate") return raw;
  const rate = toRate(raw.value);
  return rate.kind === "rate" ? rate : noRate("overflow");
}

/** The unrounded rate of a year by the indicator's method, or why there is none. */
function rawRate(indicator: Indicator, year: number, actual: PlanValue): NoRate | { kind: "raw"; value: number } {
  const { direction } = indicator;
  const raw = (value: number): { kind: "raw"; value: number } => ({ kind: "raw", value });
  switch (indicator.method) {
    case "path": {
      const final = finalTarget(indicator);
      if (final === undefined) return noRate("noTarget");
      if (actual.kind !== "number") return missingActual(actual);
      const { baseline, baselineYear } = indicator;
      if (baseline.kind !== "number" || baselineYear === undefined) return noRate("noBaseline");
      // baseline and final target far apart (±1e308) put the line beyond a double: no rate
      const planned = pathTarget(baseline.value, baselineYear, final.value, final.year, year);
      if (!Number.isFinite(planned)) return noRate("overflow");
      return raw(ratio(planned, actual.value, direction));
    }
    case "baseline":
    case "ratio": {
      const target = valueIn(indicator.targets, year);
      if (target.kind !== "number") return noRate("noTarget");
      if (actual.kind !== "number") return missingActual(actual);
      if (indicator.method === "ratio") return raw(ratio(target.value, actual.value, direction));
      if (indicator.baseline.kind !== "number") return noRate("noBaseline");
      return raw(progress(indicator.baseline.value, target.value, actual.value, direction));
    }
    default:
      return unreachable(indicator.method);
  }
}
