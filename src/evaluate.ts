import { Indicator } from "./plan";
import { methodParts, pathTarget, progress, ratio, Rate, toRate } from "./rate";
import { Rounding } from "./rules/rounding";
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

/** The rate of one indicator in one fiscal year, by the indicator's method and the rounding rule. */
export function rateIn(indicator: Indicator, year: number, rounding: Rounding = "halfUp"): RateOutcome {
  const actual = valueIn(indicator.actuals, year);
  if (actual.kind === "missing" && actual.reason !== "blank" && actual.reason !== "notSet")
    return missingActual(actual);
  const raw = rawRate(indicator, year, actual);
  if (raw.kind === "noRate") return raw;
  const rate = toRate(raw.value, rounding);
  return rate.kind === "rate" ? rate : noRate("overflow");
}

/**
 * The year an indicator is graded on for an evaluation year: the year itself when its actual is a
 * number, else the latest year up to `lag` years earlier whose actual is (statistics published two
 * years late: a FY2024 report grades on FY2022). With no such year, the evaluation year.
 */
export function yearUsed(indicator: Indicator, year: number, lag: number): number {
  for (let y = year; y >= year - lag; y--) if (indicator.actuals.get(y)?.kind === "number") return y;
  return year;
}

/** The target a year is measured against, by what the method compares with (methodParts). */
function targetOf(indicator: Indicator, year: number): NoRate | { kind: "target"; value: number } {
  const { against } = methodParts(indicator.method);
  switch (against) {
    case "year": {
      const target = valueIn(indicator.targets, year);
      return target.kind === "number" ? { kind: "target", value: target.value } : noRate("noTarget");
    }
    case "final":
    case "path": {
      const final = finalTarget(indicator);
      if (final === undefined) return noRate("noTarget");
      if (against === "final") return { kind: "target", value: final.value };
      const { baseline, baselineYear } = indicator;
      if (baseline.kind !== "number" || baselineYear === undefined) return noRate("noBaseline");
      // baseline and final target far apart (±1e308) put the line beyond a double: no rate
      const planned = pathTarget(baseline.value, baselineYear, final.value, final.year, year);
      return Number.isFinite(planned) ? { kind: "target", value: planned } : noRate("overflow");
    }
    default:
      return unreachable(against);
  }
}

/** The unrounded rate of a year by the indicator's method, or why there is none. */
function rawRate(indicator: Indicator, year: number, actual: PlanValue): NoRate | { kind: "raw"; value: number } {
  const { direction } = indicator;
  const target = targetOf(indicator, year);
  if (target.kind === "noRate" && target.reason === "noTarget") return target;
  if (actual.kind !== "number") return missingActual(actual);
  if (target.kind === "noRate") return target;
  const by = methodParts(indicator.method).by;
  switch (by) {
    case "ratio":
      return { kind: "raw", value: ratio(target.value, actual.value, direction) };
    case "progress":
      if (indicator.baseline.kind !== "number") return noRate("noBaseline");
      return { kind: "raw", value: progress(indicator.baseline.value, target.value, actual.value, direction) };
    default:
      return unreachable(by);
  }
}
