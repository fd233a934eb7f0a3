import { stringLiteral } from "../formula/a1";
import { writtenWords } from "../vocabulary";
import { names } from "./options";
/**
 * The engine's rules as classic Excel formulas (no LET, LAMBDA, IFS, XLOOKUP, dynamic arrays),
 * built from expressions. Each mirrors a function of src/rate.ts or src/grade.ts step for step,
 * so Excel and LibreOffice compute the same doubles the engine does; ROUND(x,3) is the engine's
 * roundScaled (both round at 15 significant digits).
 *
 * Expressions passed in must be free of side effects: they may be repeated.
 */

/** IF(lower, a, b), folded when the direction is a constant TRUE or FALSE. */
function byDirection(lower: string, a: string, b: string): string {
  if (lower === "TRUE") return a;
  if (lower === "FALSE") return b;
  return `IF(${lower},${a},${b})`;
}

/** ratio(target, actual, direction) of src/rate.ts; `lower` is a boolean expression. */
export function ratioExpr(t: string, a: string, lower: string): string {
  return (
    `IF(${t}=0,${byDirection(lower, `IF(${a}<=0,1,0)`, `IF(${a}>=0,1,0)`)},` +
    `IF(${t}>0,${byDirection(lower, `IF(${a}>0,${t}/${a},1+(${t}-${a})/${t})`, `${a}/${t}`)},` +
    `1+${byDirection(lower, `(${t}-${a})`, `(${a}-${t})`)}/ABS(${t})))`
  );
}

/** progress(baseline, target, actual, direction) of src/rate.ts. */
export function progressExpr(b: string, t: string, a: string, lower: string): string {
  return `IF(${t}=${b},${byDirection(lower, `IF(${a}<=${t},1,0)`, `IF(${a}>=${t},1,0)`)},(${a}-${b})/(${t}-${b}))`;
}

/**
 * pathTarget(baseline, baselineYear, finalTarget, finalYear, year) of src/rate.ts, with the two
 * years fixed when the sheet is built. `year` is a constant (the branch is then chosen here) or
 * an expression such as the evaluation year's name.
 */
export function pathTargetExpr(
  b: string,
  baselineYear: number,
  f: string,
  finalYear: number,
  year: number | string,
): string {
  if (finalYear <= baselineYear) return f;
  const span = finalYear - baselineYear;
  if (typeof year === "number") {
    if (year >= finalYear) return f;
    if (year <= baselineYear) return b;
    return `(${b}+(${f}-${b})*${year - baselineYear}/${span})`;
  }
  return `IF(${year}>=${finalYear},${f},IF(${year}<=${baselineYear},${b},${b}+(${f}-${b})*(${year}-${baselineYear})/${span}))`;
}

/** Both numbers present (a blank, "-", 未公表 or 指標変更 is not a number). */
export function allNumbers(refs: readonly string[]): string {
  const checks = refs.map((r) => `ISNUMBER(${r})`);
  const [only] = checks;
  return checks.length === 1 && only !== undefined ? only : `AND(${checks.join(",")})`;
}

/**
 * `rate` of a raw ratio unless toRate (src/rate.ts) finds it too large: above 10^12 (10^15
 * permille) or not a number at all (an overflow is an Excel error), the rate is "-" as the
 * engine's "not evaluable", never a 100% from the cap. `raw` is repeated: classic Excel has no LET.
 */
function unlessOverflow(raw: string, rate: string): string {
  return `IFERROR(IF(ABS(${raw})*1000>1E+15,"-",${rate}),"-")`;
}

/**
 * roundPermille of src/rules/rounding.ts by a rounding word read from a cell or a name (halfUp,
 * truncate, percent): ROUND(x,3), ROUNDDOWN(x,3) or ROUND(x,2). Any other word rounds half up.
 */
export function roundByWord(x: string, word: string): string {
  return `IF(${word}="truncate",ROUNDDOWN(${x},3),ROUND(${x},IF(${word}="percent",2,3)))`;
}

/** How a sheet's formulas round: by the settings sheet's rounding word (live). */
const liveRounding = (x: string): string => roundByWord(x, names.rounding);

/** The rounded uncapped rate, or "-" text when an input is missing (text is skipped by AVERAGE/SUMIFS). */
export function uncappedRate(raw: string, inputs: readonly string[]): string {
  return `IF(${allNumbers(inputs)},${unlessOverflow(raw, liveRounding(raw))},"-")`;
}

/** The capped rate: clamp of the rounded uncapped rate, as toRate does. */
export function cappedRate(raw: string, inputs: readonly string[]): string {
  return `IF(${allNumbers(inputs)},${unlessOverflow(raw, `MIN(1,MAX(0,${liveRounding(raw)}))`)},"-")`;
}

/**
 * trendIndex of src/rules/trend.ts as a label: S when the capped rate `c` is 100%, else A, B or C
 * by the actual `a` against the baseline `b` and the tolerance; "-" when not evaluable.
 */
export function trendGradeExpr(
  c: string,
  b: string,
  a: string,
  lower: string,
  tolerance: string,
  labels: string,
): string {
  const better = byDirection(lower, `(${b}-${a})`, `(${a}-${b})`);
  const level = `IF(${better}>0,2,IF(${better}>=-(${tolerance}*ABS(${b})),3,4))`;
  return `IF(ISNUMBER(${c}),IF(${c}>=1,INDEX(${labels},1),IF(AND(ISNUMBER(${b}),ISNUMBER(${a})),INDEX(${labels},${level}),"-")),"-")`;
}

/** The clamp of an already rounded rate (a cell holding a rate or "-"). */
export function capOf(rate: string): string {
  return `IF(ISNUMBER(${rate}),MIN(1,MAX(0,${rate})),"-")`;
}

/**
 * gradeIndex of src/grade.ts as a label: 1 + the number of upper thresholds above the rate.
 * Thresholds fall from the best level down, so those above the rate are a prefix and the count
 * is the level. `minUpper` is the range of every threshold but the last.
 */
export function gradeExpr(rate: string, minUpper: string, labels: string): string {
  return `IF(ISNUMBER(${rate}),INDEX(${labels},1+SUMPRODUCT(--(${minUpper}>${rate}))),"-")`;
}

/** Whether a direction cell says lower is better, in either language; blank is higher. */
export function lowerExpr(direction: string): string {
  return `OR(${direction}=${stringLiteral(writtenWords.lower.ja)},${direction}=${stringLiteral(writtenWords.lower.en)})`;
}
