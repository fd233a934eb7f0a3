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
  trendGradeExpr,
  uncappedRate,
} from "./nativeFormulas";
import { names, Settled } from "./options";
import { basisIsTrend, basisIsUncapped } from "./settingsSheet";
import { methodParts } from "../rate";
import { CachedValue, Computed, computed } from "./sheetPlan";

/** The last year with a numeric target: the final target the path and final methods aim at. */
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
  /** The last year's numeric target, which the path and final methods aim at. */
  readonly finalTarget: string | undefined;
  readonly lower: string;
}

/**
 * Whether the method lacks what it needs: against the final target or the line, a row without a
 * final target (or the line without the baseline's year) has no rate in any year, as the engine says.
 */
export function pathUnavailable(indicator: Indicator): boolean {
  const { against } = methodParts(indicator.method);
  return (
    (against !== "year" && finalTargetYear(indicator) === undefined) ||
    (against === "path" && indicator.baselineYear === undefined)
  );
}

/**
 * The raw rate of a year's target and actual cells by the indicator's method (compared how:
 * ratio or progress from the baseline; against what: the year's target, the final target or the
 * line), as rawRate of src/evaluate.ts computes it. Only called when pathUnavailable is false.
 */
export function rawRate(indicator: Indicator, refs: RateRefs, year: number | string): RawRate {
  const { target: t, actual: a, baseline: b, lower } = refs;
  const parts = methodParts(indicator.method);
  const f = refs.finalTarget as string;
  const target = ((): { expr: string; inputs: string[] } => {
    switch (parts.against) {
      case "year":
        return { expr: t, inputs: [t] };
      case "final":
        return { expr: f, inputs: [f] };
      case "path": {
        const final = finalTargetYear(indicator) as number;
        return { expr: pathTargetExpr(b, indicator.baselineYear as number, f, final, year), inputs: [f, b] };
      }
      default:
        return parts.against satisfies never;
    }
  })();
  switch (parts.by) {
    case "ratio":
      return { raw: ratioExpr(target.expr, a, lower), inputs: [...target.inputs, a] };
    case "progress":
      return { raw: progressExpr(b, target.expr, a, lower), inputs: [...new Set([b, ...target.inputs, a])] };
    default:
      return parts.by satisfies never;
  }
}

/**
 * Where a year's column is among the plan years: found by the year itself (MATCH in the years the
 * sheet was built with), so plan years with a gap (R3, R5, R6, R8) pick the right year's figures.
 * #N/A when the year is not a plan year.
 */
function yearPosition(years: readonly number[], year: string): string {
  return `MATCH(${year},{${years.join(",")}},0)`;
}

/**
 * yearUsed of src/evaluate.ts: the latest plan year from the evaluation year back `KpiLag` years
 * whose actual is a number, else the evaluation year. `row` spans the row's per-year columns
 * (target, actual, rate of each year); the array constant holds each actual's year, 0 elsewhere.
 */
function yearUsedFormula(years: readonly number[], row: string): string {
  const mask = `{${years.flatMap((y) => [0, y, 0]).join(",")}}`;
  const e = names.evalYear;
  const found = `SUMPRODUCT(MAX(ISNUMBER(${row})*(${mask}>=${e}-${names.lag})*(${mask}<=${e})*${mask}))`;
  return `=IF(${found}=0,${e},${found})`;
}

/**
 * The formulas of one row (rate per year, the year graded, its target, actual and rates, grade),
 * by column letter, each with its value; `result` is the engine's evaluation of the row in the
 * evaluation year (evaluateIndicator over the layout's years, with the workbook's rules).
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
  const kpiRate = (t: string, a: string, capped: string): string =>
    `IFERROR(KPI.RATE(${t},${a},${fixedAt("direction")},${capped},${names.rounding}),"-")`;

  for (const year of layout.years) {
    const t = at({ year, part: "target" });
    const a = at({ year, part: "actual" });
    const value = rateValue(result.rates.get(year), "capped");
    const key = { year, part: "rate" } as const;
    if (unavailable) set(key, `="-"`, value);
    else if (functions) set(key, `=IF(OR(ISBLANK(${t}),ISBLANK(${a})),"-",${kpiRate(t, a, "TRUE")})`, value);
    else {
      const r = raw(t, a, year);
      set(key, `=${cappedRate(r.raw, r.inputs)}`, value);
    }
  }

  // The year graded (the evaluation year, or an earlier one under a lag), and its target and
  // actual, picked by that year: a blank stays blank.
  const firstCell = (part: "target" | "rate", y: number): string => `$${layout.letter({ year: y, part })}${row}`;
  set(
    "evalYearUsed",
    yearUsedFormula(layout.years, `${firstCell("target", first)}:${firstCell("rate", last)}`),
    result.yearUsed ?? s.year,
  );
  const used = at("evalYearUsed");
  const pick = (part: "target" | "actual"): string => {
    const range = `$${layout.letter({ year: first, part })}${row}:$${layout.letter({ year: last, part })}${row}`;
    const position = yearPosition(layout.years, used);
    const x = `INDEX(${range},3*${position}-2)`;
    return `=IF(ISNA(${position}),"",IF(ISBLANK(${x}),"",${x}))`;
  };
  const usedYear = result.yearUsed ?? s.year;
  const planYear = layout.years.includes(usedYear);
  set("evalTarget", pick("target"), planYear ? shownValue(indicator.targets.get(usedYear)) : "");
  set("evalActual", pick("actual"), planYear ? shownValue(indicator.actuals.get(usedYear)) : "");
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
    const rate = (cap: string): string => `=IF(OR(${et}="",${ea}=""),"-",${kpiRate(et, ea, cap)})`;
    set("evalUncapped", rate("FALSE"), uncapped);
    set("evalRate", rate("TRUE"), capped);
  } else {
    const r = raw(et, ea, used);
    set("evalUncapped", `=${uncappedRate(r.raw, r.inputs)}`, uncapped);
    set("evalRate", `=${capOf(u)}`, capped);
  }
  const graded = `IF(${basisIsUncapped()},${u},${c})`;
  const byRate =
    s.style === "functions" ? `KPI.GRADE(${graded},${names.scale})` : gradeExpr(graded, names.minUpper, names.label);
  const byTrend = trendGradeExpr(c, b, ea, lower, names.tolerance, names.label);
  set("grade", `=IF(${basisIsTrend()},${byTrend},IF(ISNUMBER(${c}),${byRate},"-"))`, gradeValue(result.grade, s));
  return out;
}
