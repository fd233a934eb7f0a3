import { combinePermille, WeightedRate } from "../src/goalRule";
import { gradeLabel } from "../src/grade";
import { Lang } from "../src/lang";
import { pathTarget, progress as progressRaw, ratio, Rate, toRate } from "../src/rate";
import { Direction } from "../src/direction";
import { clean } from "../src/text";
import { yearLabel, YearStyle } from "../src/year";
import { broadcast, cellsOf, Grid, Out, toGrid } from "./broadcast";
import {
  isMissing,
  missingResult,
  shown,
  readCapped,
  readDirectionCell,
  readNumber,
  readRate,
  readYearCell,
} from "./cells";
import { CellError, codes, invalid, isCellError, isErrorValue, notAvailable, overflow, passError } from "./errors";
import { args, messages } from "./messages";
import { scaleFrom } from "./scale";

/**
 * The custom functions' work, with the display language passed in. Every function takes
 * what Excel passes (2D arrays, or null for an omitted optional argument) and returns a
 * 2D array: one value per position of its arguments' common shape, which spills.
 * The rules are the engine's (src/); nothing here decides a rate, a grade or a year.
 */

/** The rate a rate outcome shows: capped (the default) or uncapped. */
function shownRate(raw: number, capped: boolean, lang: Lang): Out {
  const rate = toRate(raw);
  if (rate.kind === "overflow") return overflow(lang);
  return capped ? rate.capped : rate.uncapped;
}

/** The first error among read values, then the first non-blank missing one, then "" for a blank. */
function firstProblem(values: readonly { value: unknown; arg: typeof args.target }[], lang: Lang): Out | undefined {
  for (const v of values) if (isCellError(v.value)) return v.value;
  let blank = false;
  for (const v of values) {
    if (isMissing(v.value)) {
      if (v.value.reason !== "blank") return missingResult(v.value, v.arg, lang);
      blank = true;
    }
  }
  return blank ? "" : undefined;
}

/**
 * One cell of KPI.RATE or KPI.PROGRESS: the direction and cap read first (their errors win),
 * then the rate when every input is a number, else the first input's problem ("" for a blank).
 */
function rateCell(
  inputs: readonly { value: unknown; arg: typeof args.target }[],
  direction: unknown,
  capped: unknown,
  lang: Lang,
  raw: (numbers: number[], direction: Direction) => number,
): Out {
  const dir = readDirectionCell(direction, lang);
  const cap = readCapped(capped, lang);
  if (isCellError(dir)) return dir;
  if (isCellError(cap)) return cap;
  const numbers = inputs.map((i) => i.value);
  if (numbers.every((v): v is number => typeof v === "number")) return shownRate(raw(numbers, dir), cap, lang);
  return firstProblem(inputs, lang) ?? "";
}

export function rate(target: unknown, actual: unknown, direction: unknown, capped: unknown, lang: Lang): Out[][] {
  const grids = [
    toGrid(target, args.target, lang),
    toGrid(actual, args.actual, lang),
    toGrid(direction, args.direction, lang),
    toGrid(capped, args.capped, lang),
  ];
  return broadcast(
    grids,
    ([t, a, d, c]) =>
      rateCell(
        [
          { value: readNumber(t, args.target, lang), arg: args.target },
          { value: readNumber(a, args.actual, lang), arg: args.actual },
        ],
        d,
        c,
        lang,
        ([tv, av], dir) => ratio(tv, av, dir),
      ),
    lang,
  );
}

export function progress(
  baseline: unknown,
  target: unknown,
  actual: unknown,
  direction: unknown,
  capped: unknown,
  lang: Lang,
): Out[][] {
  const grids = [
    toGrid(baseline, args.baseline, lang),
    toGrid(target, args.target, lang),
    toGrid(actual, args.actual, lang),
    toGrid(direction, args.direction, lang),
    toGrid(capped, args.capped, lang),
  ];
  return broadcast(
    grids,
    ([b, t, a, d, c]) =>
      rateCell(
        [
          { value: readNumber(b, args.baseline, lang), arg: args.baseline },
          { value: readNumber(t, args.target, lang), arg: args.target },
          { value: readNumber(a, args.actual, lang), arg: args.actual },
        ],
        d,
        c,
        lang,
        ([bv, tv, av], dir) => progressRaw(bv, tv, av, dir),
      ),
    lang,
  );
}

export function grade(rateInput: unknown, scaleInput: unknown, lang: Lang): Out[][] {
  let scaleGrid: Grid | undefined;
  if (scaleInput !== null && scaleInput !== undefined) {
    const g = toGrid(scaleInput, args.scale, lang);
    if (isCellError(g)) return [[g]];
    scaleGrid = g;
  }
  const scale = scaleFrom(scaleGrid, lang);
  if (isCellError(scale)) return [[scale]];
  return broadcast(
    [toGrid(rateInput, args.rate, lang)],
    ([r]) => {
      const value = readRate(r, args.rate, lang);
      if (typeof value === "number") return gradeLabel(scale, value, lang);
      if (isCellError(value)) return value;
      return missingResult(value, args.rate, lang);
    },
    lang,
  );
}

/**
 * The goal average exactly as the engine's summary computes it: each rate rounded to 0.1%
 * and capped, then the plain mean rounded half up (combinePermille "mean"). Blanks, -, 未公表,
 * 指標変更 and #N/A (a KPI.RATE with a missing input) are skipped, never counted as 0.
 */
export function average(ratesInput: unknown, lang: Lang): Out[][] {
  const grid = toGrid(ratesInput, args.rates, lang);
  if (isCellError(grid)) return [[grid]];
  const rates: WeightedRate[] = [];
  for (const cell of cellsOf(grid)) {
    if (isErrorValue(cell) && cell.code === codes.notAvailable) continue;
    const value = readRate(cell, args.rates, lang);
    if (isCellError(value)) return [[value]];
    if (typeof value !== "number") continue; // missing: not evaluable, skipped
    const r = toRate(value);
    if (r.kind === "overflow") return [[overflow(lang)]];
    rates.push({ rate: r as Rate, weight: 1 });
  }
  const permille = combinePermille("mean", rates);
  if (permille === undefined) return [[notAvailable(messages.noRates(), lang)]];
  return [[permille / 1000]];
}

export function fiscalYear(labelInput: unknown, lang: Lang): Out[][] {
  return broadcast(
    [toGrid(labelInput, args.label, lang)],
    ([l]) => {
      const year = readYearCell(l, args.label, lang);
      if (isCellError(year)) return year;
      if (isMissing(year)) return missingResult(year, args.label, lang);
      return year.year;
    },
    lang,
  );
}

type LabelStyle = { lang: Lang; style: YearStyle };

const styles: ReadonlyMap<string, LabelStyle> = new Map([
  ["long", { lang: "ja", style: "long" }],
  ["和暦", { lang: "ja", style: "long" }],
  ["short", { lang: "ja", style: "short" }],
  ["略称", { lang: "ja", style: "short" }],
  ["略記", { lang: "ja", style: "short" }],
  ["fy", { lang: "en", style: "long" }],
  ["western", { lang: "en", style: "long" }],
  ["西暦", { lang: "en", style: "long" }],
]);

export function label(yearInput: unknown, styleInput: unknown, lang: Lang): Out[][] {
  return broadcast(
    [toGrid(yearInput, args.year, lang), toGrid(styleInput, args.style, lang)],
    ([y, s]) => {
      let style: LabelStyle | undefined = { lang: "ja", style: "long" };
      if (s !== null && s !== undefined && !(typeof s === "string" && clean(s) === "")) {
        if (isErrorValue(s)) return passError(s, args.style, lang);
        if (Array.isArray(s)) return invalid(messages.nested(args.style), lang);
        style = typeof s === "string" ? styles.get(clean(s).toLowerCase()) : undefined;
        if (style === undefined) return invalid(messages.badStyle(shown(s)), lang);
      }
      const year = readYearCell(y, args.year, lang);
      if (isCellError(year)) return year;
      if (isMissing(year)) return missingResult(year, args.year, lang);
      // before 昭和 (1926) the engine's label is the western year (1920年度), as KPI.FY reads back
      return yearLabel(year.year, style.lang, style.style, year.basis);
    },
    lang,
  );
}

export function path(
  baseline: unknown,
  baselineYear: unknown,
  finalTarget: unknown,
  finalYear: unknown,
  year: unknown,
  lang: Lang,
): Out[][] {
  const grids = [
    toGrid(baseline, args.baseline, lang),
    toGrid(baselineYear, args.baselineYear, lang),
    toGrid(finalTarget, args.finalTarget, lang),
    toGrid(finalYear, args.finalYear, lang),
    toGrid(year, args.year, lang),
  ];
  return broadcast(
    grids,
    ([b, by, f, fy, y]) => {
      const values = [
        { value: readNumber(b, args.baseline, lang), arg: args.baseline },
        { value: readYearCell(by, args.baselineYear, lang), arg: args.baselineYear },
        { value: readNumber(f, args.finalTarget, lang), arg: args.finalTarget },
        { value: readYearCell(fy, args.finalYear, lang), arg: args.finalYear },
        { value: readYearCell(y, args.year, lang), arg: args.year },
      ];
      const problem = firstProblem(values, lang);
      if (problem !== undefined) return problem;
      const [bv, byv, fv, fyv, yv] = values.map((v) => v.value);
      const planned = pathTarget(bv as number, yearOf(byv), fv as number, yearOf(fyv), yearOf(yv));
      // baseline and final target ±1e308 apart: the line leaves the doubles, never Infinity in a cell
      return Number.isFinite(planned) ? planned : overflow(lang);
    },
    lang,
  );
}

const yearOf = (value: unknown): number => (value as { year: number }).year;

/** A number as staff write it, for cleaning pasted tables: 6,439人 → 6439, ▲3,703 → -3703. */
export function number(valueInput: unknown, lang: Lang): Out[][] {
  return broadcast(
    [toGrid(valueInput, args.value, lang)],
    ([v]) => {
      const value = readNumber(v, args.value, lang);
      if (typeof value === "number") return value;
      if (isCellError(value)) return value;
      return missingResult(value, args.value, lang);
    },
    lang,
  );
}

/** The last line of defence: a bug in a function becomes #VALUE!, never an exception in Excel. */
export function guarded(compute: () => Out[][], lang: Lang): Out[][] {
  try {
    return compute();
  } catch {
    return [[invalid(messages.unexpected(), lang)]];
  }
}

export type { CellError };
