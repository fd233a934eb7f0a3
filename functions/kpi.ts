import { Direction } from "../src/direction";
import { FunctionId, signatures, styledYearLabel } from "../src/functionSignatures";
import { combinePermille, WeightedRate } from "../src/goalRule";
import { gradeLabel } from "../src/grade";
import { Lang } from "../src/lang";
import { capPermille, pathTarget, progress, ratio, roundedPermille, toRate } from "../src/rate";
import { cellsOf, Grid, namesOf, Out, spread, toGrid } from "./broadcast";
import {
  firstProblem,
  isMissing,
  missingResult,
  Read,
  readCapped,
  readDirectionCell,
  readNumber,
  readRate,
  readStyleCell,
  readYearCell,
  isYear,
  remembered,
} from "./cells";
import { codes, invalid, isCellError, isErrorValue, notAvailable, overflow } from "./errors";
import { displayLang } from "./lang";
import { messages } from "./messages";
import { scaleFrom } from "./scale";
import { readRoundingCell, readRuleCell } from "./rulesCells";
import { Rounding } from "../src/rules/rounding";

/**
 * The custom functions' work, with the display language passed in. Every function takes
 * what Excel passes (2D arrays, or null for an omitted optional argument) and returns a
 * 2D array: one value per position of its arguments' common shape, which spills. Which arguments
 * spread and what messages call them is declared once, in src/functionSignatures.ts.
 * The rules are the engine's (src/); nothing here decides a rate, a grade or a year.
 */
type Implementation = (inputs: readonly unknown[], lang: Lang) => Out[][];

/** The rate a rate outcome shows: capped (the default) or uncapped; no object built per cell. */
function shownRate(raw: number, capped: boolean, rounding: Rounding, lang: Lang): Out {
  const permille = roundedPermille(raw, rounding);
  if (typeof permille !== "number") return overflow(lang);
  return (capped ? capPermille(permille) : permille) / 1000;
}

/**
 * KPI.RATE and KPI.PROGRESS: numeric inputs, then [direction], [capped] and [rounding]. In each
 * cell the direction, cap and rounding are read first (their errors win), then the rate when every
 * input is a number, else the first input's problem ("" for a blank).
 */
function rateFunction(
  id: "RATE" | "PROGRESS",
  raw: (numbers: readonly number[], direction: Direction) => number,
): Implementation {
  const parameters: readonly { readonly name: string }[] = signatures[id];
  const direction = parameters.findIndex((p) => p.name === "direction");
  const capped = parameters.findIndex((p) => p.name === "capped");
  const rounding = parameters.findIndex((p) => p.name === "rounding");
  const numeric = parameters.flatMap((_p, k) => ([direction, capped, rounding].includes(k) ? [] : [k]));
  // every argument of both spreads, so a cell's values and names stand at the parameters' positions
  return (inputs, lang) => {
    // one array for the numbers of every cell of the call, not one per cell
    const read: Read<number>[] = [];
    const numbers: number[] = [];
    // the direction, cap and rounding of a call are one value or a column of a few words: each
    // distinct word read once in a row of equal ones, not once per cell
    const readDir = remembered(readDirectionCell, lang);
    const readCap = remembered(readCapped, lang);
    const readRound = remembered(readRoundingCell, lang);
    return spread(id, inputs, lang, (values, names) => {
      const dir = readDir(values[direction]);
      const cap = readCap(values[capped]);
      const round = readRound(values[rounding]);
      // each is a word or a boolean unless it is a cell error (cheaper to tell apart than instanceof)
      if (typeof dir === "object") return dir;
      if (typeof cap === "object") return cap;
      if (typeof round === "object") return round;
      let all = true;
      for (let n = 0; n < numeric.length; n++) {
        const v = readNumber(values[numeric[n]], names[numeric[n]], lang);
        read[n] = v;
        if (typeof v === "number") numbers[n] = v;
        else all = false;
      }
      if (all) return shownRate(raw(numbers, dir), cap, round, lang);
      return (
        firstProblem(
          numeric.map((k, n) => ({ value: read[n], arg: names[k] })),
          lang,
        ) ?? ""
      );
    });
  };
}

const grade: Implementation = ([rateInput, scaleInput], lang) => {
  const [, scaleName] = namesOf("GRADE");
  let scaleGrid: Grid | undefined;
  if (scaleInput !== null && scaleInput !== undefined) {
    const g = toGrid(scaleInput, scaleName, lang);
    if (isCellError(g)) return [[g]];
    scaleGrid = g;
  }
  const scale = scaleFrom(scaleGrid, lang);
  if (isCellError(scale)) return [[scale]];
  return spread("GRADE", [rateInput], lang, ([r], [name]) => {
    const value = readRate(r, name, lang);
    if (typeof value === "number") return gradeLabel(scale, value, lang);
    if (isCellError(value)) return value;
    return missingResult(value, name, lang);
  });
};

/**
 * The goal figure exactly as the engine's summary computes it: each rate rounded and capped, then
 * combined by the rule (default: the plain mean, rounded half up; combinePermille). Blanks, -,
 * 未公表, 指標変更 and #N/A (a KPI.RATE with a missing input) are skipped, never counted as 0.
 * [weights], a range of the rates' shape, weigh each rate for `weightedMean` (blank: 1).
 */
const average: Implementation = ([ratesInput, ruleInput, weightsInput, roundingInput], lang) => {
  const [name, , weightsName] = namesOf("AVERAGE");
  const grid = toGrid(ratesInput, name, lang);
  if (isCellError(grid)) return [[grid]];
  const one = (input: unknown): unknown => (Array.isArray(input) ? (input as unknown[][])[0]?.[0] : input);
  const rule = readRuleCell(one(ruleInput), lang);
  if (isCellError(rule)) return [[rule]];
  const rounding = readRoundingCell(one(roundingInput), lang);
  if (isCellError(rounding)) return [[rounding]];
  let weights: unknown[] | undefined;
  if (weightsInput !== null && weightsInput !== undefined) {
    const w = toGrid(weightsInput, weightsName, lang);
    if (isCellError(w)) return [[w]];
    if (w.rows !== grid.rows || w.cols !== grid.cols)
      return [[invalid(messages.shapes(`${grid.rows}×${grid.cols}`, `${w.rows}×${w.cols}`), lang)]];
    weights = cellsOf(w);
  }
  const rates: WeightedRate[] = [];
  for (const [k, cell] of cellsOf(grid).entries()) {
    if (isErrorValue(cell) && cell.code === String(codes.notAvailable)) continue;
    const value = readRate(cell, name, lang);
    if (isCellError(value)) return [[value]];
    if (typeof value !== "number") continue; // missing: not evaluable, skipped
    const r = toRate(value, rounding);
    let weight = 1;
    if (weights !== undefined) {
      const w = readNumber(weights[k], weightsName, lang);
      if (isCellError(w)) return [[w]];
      weight = typeof w === "number" ? w : 1;
    }
    switch (r.kind) {
      case "overflow":
        return [[overflow(lang)]];
      case "rate":
        rates.push({ rate: r, weight });
        break;
      default:
        return r satisfies never;
    }
  }
  const permille = combinePermille(rule, rates, rounding);
  if (permille === undefined) return [[notAvailable(messages.noRates(), lang)]];
  return [[permille / 1000]];
};

const fiscalYear: Implementation = (inputs, lang) =>
  spread("FY", inputs, lang, ([l], [name]) => {
    const year = readYearCell(l, name, lang);
    if (isCellError(year)) return year;
    if (isMissing(year)) return missingResult(year, name, lang);
    return year.year;
  });

const label: Implementation = (inputs, lang) =>
  spread("LABEL", inputs, lang, ([y, s], [yearName, styleName]) => {
    const style = readStyleCell(s, styleName, lang);
    if (isCellError(style)) return style;
    const year = readYearCell(y, yearName, lang);
    if (isCellError(year)) return year;
    if (isMissing(year)) return missingResult(year, yearName, lang);
    // before 昭和 (1926) the engine's label is the western year (1920年度), as KPI.FY reads back
    return styledYearLabel(year.year, style, year.basis);
  });

const path: Implementation = (inputs, lang) =>
  spread("PATH", inputs, lang, ([b, by, f, fy, y], [bn, byn, fn, fyn, yn]) => {
    const base = readNumber(b, bn, lang);
    const from = readYearCell(by, byn, lang);
    const final = readNumber(f, fn, lang);
    const to = readYearCell(fy, fyn, lang);
    const year = readYearCell(y, yn, lang);
    if (typeof base === "number" && typeof final === "number" && isYear(from) && isYear(to) && isYear(year)) {
      const planned = pathTarget(base, from.year, final, to.year, year.year);
      // baseline and final target ±1e308 apart: the line leaves the doubles, never Infinity in a cell
      return Number.isFinite(planned) ? planned : overflow(lang);
    }
    const values = [
      { value: base, arg: bn },
      { value: from, arg: byn },
      { value: final, arg: fn },
      { value: to, arg: fyn },
      { value: year, arg: yn },
    ];
    return firstProblem(values, lang) ?? "";
  });

/** A number as staff write it, for cleaning pasted tables: 6,439人 → 6439, ▲3,703 → -3703. */
const number: Implementation = (inputs, lang) =>
  spread("NUMBER", inputs, lang, ([v], [name]) => {
    const value = readNumber(v, name, lang);
    if (typeof value === "number") return value;
    if (isCellError(value)) return value;
    return missingResult(value, name, lang);
  });

/** Every declared function's work; a function declared without one does not compile. */
const implementations: Readonly<Record<FunctionId, Implementation>> = {
  // indexed, not destructured: destructuring an array goes through its iterator, on every cell
  RATE: rateFunction("RATE", (n, d) => ratio(n[0], n[1], d)),
  PROGRESS: rateFunction("PROGRESS", (n, d) => progress(n[0], n[1], n[2], d)),
  GRADE: grade,
  AVERAGE: average,
  FY: fiscalYear,
  LABEL: label,
  PATH: path,
  NUMBER: number,
};

/**
 * Runs a function in Office's display language, with its arguments in declared order. The last
 * line of defence: a bug in a function becomes #VALUE!, never an exception in Excel.
 */
export function run(id: FunctionId, inputs: readonly unknown[]): Out[][] {
  const lang = displayLang();
  try {
    return implementations[id](inputs, lang);
  } catch {
    return [[invalid(messages.unexpected(), lang)]];
  }
}
