/**
 * The KPI.* custom functions (namespace KPI, set in manifest.xml). This file is the entry of the
 * small first bundle, functions.js: it registers the functions before the task pane's React code
 * loads, so typing =KPI. does not wait for it. The JSDoc below is the source of functions.json
 * (custom-functions-metadata-plugin); the Japanese functions-ja.json comes from it and
 * functions/ja.ts at build time.
 *
 * Every parameter is a matrix (any[][]), so a range goes to one call that returns a spilled
 * array, and a single cell arrives as a 1×1 range: =KPI.RATE(B2:B1001, C2:C1001, "lower") is
 * one call, not a thousand. The work is in kpi.ts; these wrappers pass the arguments on in the
 * order src/functionSignatures.ts declares (a test holds the two together).
 */
import { run } from "./kpi";

/**
 * The build appends CustomFunctions.associate(...) for each function below. Outside Excel (the
 * task pane opened in a browser, tests) there is no CustomFunctions global; this module-scoped
 * stand-in passes the calls on when the runtime is there and does nothing otherwise.
 */
const CustomFunctions = {
  associate(id: string, fn: Function): void {
    const runtime = (globalThis as { CustomFunctions?: { associate?: (id: string, fn: Function) => void } })
      .CustomFunctions;
    if (typeof runtime?.associate === "function") runtime.associate(id, fn);
  },
};
export { CustomFunctions as registry };

/**
 * Achievement rate: actual ÷ target (target ÷ actual when lower is better), rounded half up to 0.1% as Excel's ROUND does, capped at 100% unless capped is FALSE. Format the cell as %.
 * @customfunction RATE
 * @helpurl https://kpi-sheets.example.org/README.md#custom-functions
 * @param target Target value: a number, text such as 6,439人, or a range.
 * @param actual Actual value: a number, text such as 6,439人, or a range.
 * @param [direction] "higher" (default) or "lower"; also 増加 or 減少.
 * @param [capped] TRUE (default) caps the rate at 100%; FALSE gives the uncapped rate.
 * @param [rounding] "halfUp" (default, half up to 0.1%), "truncate" (down to 0.1%) or "percent" (half up to 1%).
 * @returns The rate as a fraction (0.953 = 95.3%).
 */
export function rate(
  target: any[][],
  actual: any[][],
  direction?: any[][],
  capped?: any[][],
  rounding?: any[][],
): any[][] {
  return run("RATE", [target, actual, direction, capped, rounding]);
}

/**
 * Progress from the baseline: (actual − baseline) ÷ (target − baseline), rounded to 0.1%, capped at 100% unless capped is FALSE.
 * @customfunction PROGRESS
 * @helpurl https://kpi-sheets.example.org/README.md#custom-functions
 * @param baseline Baseline value (the value when the plan started), or a range.
 * @param target Target value, or a range.
 * @param actual Actual value, or a range.
 * @param [direction] "higher" (default) or "lower"; decides the case where the target equals the baseline.
 * @param [capped] TRUE (default) caps the rate at 100%; FALSE gives the uncapped rate.
 * @param [rounding] "halfUp" (default, half up to 0.1%), "truncate" (down to 0.1%) or "percent" (half up to 1%).
 * @returns The progress rate as a fraction.
 */
export function progress(
  baseline: any[][],
  target: any[][],
  actual: any[][],
  direction?: any[][],
  capped?: any[][],
  rounding?: any[][],
): any[][] {
  return run("PROGRESS", [baseline, target, actual, direction, capped, rounding]);
}

/**
 * Grade of a rate: 順調 / おおむね順調 / やや遅れ / 遅れ (100%, 80%, 60%) by default, or the levels of a scale range.
 * @customfunction GRADE
 * @helpurl https://kpi-sheets.example.org/README.md#custom-functions
 * @param rate Achievement rate as a fraction (0.953) or text (95.3%), or a range.
 * @param [scale] Two-column range of thresholds and labels, best level first (a third column holds English labels).
 * @returns The grade label.
 */
export function grade(rate: any[][], scale?: any[][]): any[][] {
  return run("GRADE", [rate, scale]);
}

/**
 * Goal average: the mean of the capped rates rounded half up to 0.1%, as the goal summary computes it. Blanks, -, 未公表, 指標変更 and #N/A are skipped, never counted as 0.
 * @customfunction AVERAGE
 * @helpurl https://kpi-sheets.example.org/README.md#custom-functions
 * @param rates Range of achievement rates.
 * @param [rule] "mean" (default), "achievedShare" (share of rates at 100%), "weightedMean" or "worst".
 * @param [weights] Range of weights beside the rates, for "weightedMean" (blank: 1).
 * @param [rounding] "halfUp" (default, half up to 0.1%), "truncate" (down to 0.1%) or "percent" (half up to 1%).
 * @returns The goal figure as a fraction.
 */
export function average(rates: any[][], rule?: any[][], weights?: any[][], rounding?: any[][]): any[][] {
  return run("AVERAGE", [rates, rule, weights, rounding]);
}

/**
 * Fiscal year of a year label: R6 or 令和6年度 → 2024, H28 → 2016, FY2024 → 2024.
 * @customfunction FY
 * @helpurl https://kpi-sheets.example.org/README.md#custom-functions
 * @param label Year label, or a range of them.
 * @returns The western year the fiscal year starts in.
 */
export function fy(label: any[][]): any[][] {
  return run("FY", [label]);
}

/**
 * Label of a fiscal year: 2024 → 令和6年度 (long, the default), R6 (short) or FY2024 (fy).
 * @customfunction LABEL
 * @helpurl https://kpi-sheets.example.org/README.md#custom-functions
 * @param year Year as a number or any label KPI.FY reads, or a range.
 * @param [style] "long" (令和6年度, default), "short" (R6) or "fy" (FY2024).
 * @returns The year label.
 */
export function label(year: any[][], style?: any[][]): any[][] {
  return run("LABEL", [year, style]);
}

/**
 * Planned value for a year on a straight line from the baseline to the final target, for plans that set only a final target.
 * @customfunction PATH
 * @helpurl https://kpi-sheets.example.org/README.md#custom-functions
 * @param baseline Baseline value.
 * @param baselineYear Year of the baseline (2019, R1 or 令和元年度).
 * @param finalTarget Final target value.
 * @param finalYear Year of the final target (2026 or R8).
 * @param year Year to plan for, or a range of years.
 * @returns The planned value for the year.
 */
export function path(
  baseline: any[][],
  baselineYear: any[][],
  finalTarget: any[][],
  finalYear: any[][],
  year: any[][],
): any[][] {
  return run("PATH", [baseline, baselineYear, finalTarget, finalYear, year]);
}

/**
 * Number written as text by departments: 6,439人 → 6439, ▲3,703 → −3703, １２３ → 123, 42.6％ → 42.6.
 * @customfunction NUMBER
 * @helpurl https://kpi-sheets.example.org/README.md#custom-functions
 * @param value Text or number, or a range.
 * @returns The number.
 */
export function number(value: any[][]): any[][] {
  return run("NUMBER", [value]);
}
