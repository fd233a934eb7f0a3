/** The computed cells of one row of the KPI table: each formula with the value the engine gives it. */
import { firstOf, lastOf } from "../list";
import { Indicator } from "../plan";
import { IndicatorResult } from "../summary";
import { gradeValue, rateValue, shownValue } from "./cachedValues";
import { KpiColumnKey, KpiLayout } from "./kpiLayout";
import {
  capOf,
  cappedRate,
  gradeExpr,
  lowerExpr,
  pathTargetExpr,
  progressExpr,
  ratioExpr,
  uncappedRate,
} from "./nativeFormulas";
import { names, Settled } from "./options";
import { basisIsUncapped } from "./settingsSheet";
import { CachedValue, Computed, computed } from "./sheetPlan";

/** The last year with a numeric target: the final target the path method aims at. */
export function finalTargetYear(indicator: Indicator): number | undefined {
  let found: number | undefined;
  for (const [year, value] of indicator.targets)
    if (value.kind === "number" && (found === undefined || year > found)) found = year;
  return found;
}

/** A raw rate formula and the cells it needs to be numbers. */
export interface RawRate {
  readonly raw: string;
  readonly inputs: string[];
}

/** The cells a rate is computed from; `lower` is a boolean expression (lowerExpr). */
export interface RateRefs {
  readonly target: string;
  readonly actual: string;
  readonly baseline: string;
  /** The last year's numeric target, which the path method aims at. */
  readonly finalTarget: string | undefined;
  readonly lower: string;
}

/**
 * The raw rate of a target and an actual by the indicator's method, as rawRate of src/evaluate.ts
 * computes it; the path method needs `finalTarget` and the baseline's year (pathUnavailable).
 */
export function rawRate(indicator: Indicator, refs: RateRefs, year: number | string): RawRate {
  const { target: t, actual: a, baseline: b, lower } = refs;
  if (indicator.method === "path") {
    const f = refs.finalTarget as string;
    const pt = pathTargetExpr(b, indicator.baselineYear as number, f, finalTargetYear(indicator) as number, year);
    return { raw: ratioExpr(pt, a, lower), inputs: [f, a, b] };
  }
  if (indicator.method === "baseline") return { raw: progressExpr(b, t, a, lower), inputs: [b, t, a] };
  return { raw: ratioExpr(t, a, lower), inputs: [t, a] };
}

/** Whether the path method lacks what it needs (a final target, the baseline's year): its rate is "-". */
export function pathUnavailable(indicator: Indicator): boolean {
  return (
    indicator.method === "path" && (finalTargetYear(indicator) === undefined || indicator.baselineYear === undefined)
  );
}

/**
 * Where the evaluation year's column is among the plan years: found by the year itself (MATCH
 * in the years the sheet was built with), so plan years with a gap (R3, R5, R6, R8) pick the
 * right year's figures. #N/A when the year is not a plan year.
 */
export function yearPosition(years: readonly number[]): string {
  return `MATCH(${names.evalYear},{${years.join(",")}},0)`;
}

/**
 * The formulas of one row (rate per year, evaluation-year target, actual and rates, grade), by
 * column letter, each with its value; `result` is the engine's evaluation of the row in the
 * evaluation year (evaluateIndicator over the layout's years).
 */
export function rowFormulas(
  indicator: Indicator,
  result: IndicatorResult,
  row: number,
  layout: KpiLayout,
  s: Settled,
): Map<string, Computed> {
  const at = (key: KpiColumnKey): string => `${layout.letter(key)}${row}`;
  const fixedAt = (key: KpiColumnKey): string => `$${layout.letter(key)}${row}`;
  const lower = lowerExpr(fixedAt("direction"));
  const b = fixedAt("baseline");
  const out = new Map<string, Computed>();
  const set = (key: KpiColumnKey, f: string, value: CachedValue): void => {
    out.set(layout.letter(key), computed(f, value));
  };
  const first = firstOf(layout.years);
  const last = lastOf(layout.years);
  const functions = s.style === "functions" && indicator.method === "ratio";
  const finalYear = finalTargetYear(indicator);
  const finalAt = finalYear === undefined ? undefined : fixedAt({ year: finalYear, part: "target" });
  const unavailable = pathUnavailable(indicator);

  const raw = (t: string, a: string, year: number | string): RawRate =>
    rawRate(indicator, { target: t, actual: a, baseline: b, finalTarget: finalAt, lower }, year);

  for (const year of layout.years) {
    const t = at({ year, part: "target" });
    const a = at({ year, part: "actual" });
    const value = rateValue(result.rates.get(year), "capped");
    const key = { year, part: "rate" } as const;
    if (unavailable) set(key, `="-"`, value);
    else if (functions)
      set(
        key,
        `=IF(OR(ISBLANK(${t}),ISBLANK(${a})),"-",IFERROR(KPI.RATE(${t},${a},${fixedAt("direction")}),"-"))`,
        value,
      );
    else {
      const r = raw(t, a, year);
      set(key, `=${cappedRate(r.raw, r.inputs)}`, value);
    }
  }

  // The evaluation year's target and actual, picked by the year on the settings sheet: a blank stays blank.
  const pick = (part: "target" | "actual"): string => {
    const range = `$${layout.letter({ year: first, part })}${row}:$${layout.letter({ year: last, part })}${row}`;
    const position = yearPosition(layout.years);
    const x = `INDEX(${range},3*${position}-2)`;
    return `=IF(ISNA(${position}),"",IF(ISBLANK(${x}),"",${x}))`;
  };
  const planYear = layout.years.includes(s.year);
  set("evalTarget", pick("target"), planYear ? shownValue(indicator.targets.get(s.year)) : "");
  set("evalActual", pick("actual"), planYear ? shownValue(indicator.actuals.get(s.year)) : "");
  const et = at("evalTarget");
  const ea = at("evalActual");
  const u = at("evalUncapped");
  const c = at("evalRate");
  const uncapped = rateValue(result.rate, "uncapped");
  const capped = rateValue(result.rate, "capped");
  if (unavailable) {
    set("evalUncapped", `="-"`, uncapped);
    set("evalRate", `="-"`, capped);
  } else if (functions) {
    const rate = (cap: string): string =>
      `=IF(OR(${et}="",${ea}=""),"-",IFERROR(KPI.RATE(${et},${ea},${fixedAt("direction")}${cap}),"-"))`;
    set("evalUncapped", rate(",FALSE"), uncapped);
    set("evalRate", rate(""), capped);
  } else {
    const r = raw(et, ea, names.evalYear);
    set("evalUncapped", `=${uncappedRate(r.raw, r.inputs)}`, uncapped);
    set("evalRate", `=${capOf(u)}`, capped);
  }
  const graded = `IF(${basisIsUncapped()},${u},${c})`;
  set(
    "grade",
    s.style === "functions"
      ? `=IF(ISNUMBER(${c}),KPI.GRADE(${graded},${names.scale}),"-")`
      : `=IF(ISNUMBER(${c}),${gradeExpr(graded, names.minUpper, names.label)},"-")`,
    gradeValue(result.grade, s),
  );
  return out;
}
