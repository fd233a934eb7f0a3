import { Direction, readDirection } from "../src/direction";
import { LabelStyle, readLabelStyle } from "../src/functionSignatures";
import { Lang } from "../src/lang";
import { clean } from "../src/text";
import { directionWords } from "../src/vocabulary";
import { MissingValue, missing, NumberValue, readValue } from "../src/value";
import { readYear, Year } from "../src/year";
import { CellError, invalid, isCellError, isErrorValue, Message, notAvailable, passError } from "./errors";
import { ArgName, args, messages } from "./messages";

/**
 * One cell's value read into the engine's types, the way the engine's value reader does.
 * Each reader returns the value, a missing value (blank, -, 未公表, 指標変更) or a cell error;
 * none throws, whatever the host or a fuzzer passes.
 */
export type Read<T> = T | MissingValue | CellError;

const blank = missing("blank");

/** A cell that is an error or cannot be a scalar at all: the error to return, or undefined. */
function nonScalar(cell: unknown, arg: ArgName, lang: Lang): CellError | undefined {
  if (isErrorValue(cell)) return passError(cell, arg, lang);
  if (Array.isArray(cell)) return invalid(messages.nested(arg), lang);
  return undefined;
}

/** A value as a message shows it; never throws, whatever the value. */
export const shown = (cell: unknown): string => {
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  try {
    return String(cell);
  } catch {
    return typeof cell; // an object whose toString throws
  }
};

export function isMissing(value: unknown): value is MissingValue {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "missing";
}

const isNumberValue = (value: unknown): value is NumberValue =>
  typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "number";

/**
 * A cell read as the plan reader reads a value: a finite number as it is, else the value its
 * text gives (a number with its unit, or a missing value); `notRead` words what cannot be read.
 */
function readCell(
  cell: unknown,
  arg: ArgName,
  lang: Lang,
  notRead: (arg: ArgName, text: string) => Message,
): number | NumberValue | MissingValue | CellError {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell; // the common case, first
  if (cell === null || cell === undefined) return blank;
  const error = nonScalar(cell, arg, lang);
  if (error !== undefined) return error;
  if (typeof cell !== "number" && typeof cell !== "string") return invalid(notRead(arg, shown(cell)), lang);
  const value = readValue(cell);
  switch (value.kind) {
    case "number":
    case "missing":
      return value;
    case "unreadable":
      return invalid(notRead(arg, value.text), lang);
    default:
      return value satisfies never;
  }
}

/** A number as staff write it: 6,439 / 6,439人 / ▲3,703 / １２３ / 42.6％ (kept as 42.6). */
export function readNumber(cell: unknown, arg: ArgName, lang: Lang): Read<number> {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell; // the common case, without readCell's call
  const value = readCell(cell, arg, lang, messages.notANumber);
  return isNumberValue(value) ? value.value : value;
}

/**
 * A rate as a fraction: 0.953, or text 95.3% / 95.3％ (a percentage, so divided by 100).
 * Text with another unit (人, 件) is not a rate.
 */
export function readRate(cell: unknown, arg: ArgName, lang: Lang): Read<number> {
  const value = readCell(cell, arg, lang, messages.notARate);
  if (!isNumberValue(value)) return value;
  if (value.unit === "") return value.value;
  if (value.unit === "%") return value.value / 100;
  return invalid(messages.notARate(arg, String(cell).trim()), lang);
}

/**
 * The direction words that reading leaves as they are (already trimmed, folded and in lower
 * case): a cell holding exactly one is its direction without folding its text, which over a
 * column of 100,000 directions was the largest part of KPI.RATE's time. The same answer.
 */
const exactDirections: ReadonlyMap<string, Direction> = new Map(
  [...directionWords].filter(([word]) => clean(word).toLowerCase() === word),
);

/** A direction: blank is higher; higher/lower, 増加/減少 and the other words of readDirection. */
export function readDirectionCell(cell: unknown, lang: Lang): Direction | CellError {
  if (typeof cell === "string") {
    const exact = exactDirections.get(cell);
    if (exact !== undefined) return exact;
  }
  if (typeof cell === "string" || cell === null || cell === undefined) {
    const direction = readDirection(cell);
    if (direction !== undefined) return direction;
  }
  const error = nonScalar(cell, args.direction, lang);
  if (error !== undefined) return error;
  return invalid(messages.badDirection(shown(cell)), lang);
}

/** TRUE/FALSE, 1/0 as Excel reads numbers as logicals, or the text TRUE/FALSE; blank is TRUE. */
export function readCapped(cell: unknown, lang: Lang): boolean | CellError {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number" && Number.isFinite(cell)) return cell !== 0;
  if (typeof cell === "string") {
    const text = clean(cell).toLowerCase();
    if (text === "" || text === "true") return true;
    if (text === "false") return false;
  }
  const error = nonScalar(cell, args.capped, lang);
  if (error !== undefined) return error;
  return invalid(messages.badCapped(shown(cell)), lang);
}

/** A year: R6, 令和6年度, 令和６年度, H28, 平成28年, FY2024, 2024. */
export function readYearCell(cell: unknown, arg: ArgName, lang: Lang): Read<Year> {
  if (cell === null || cell === undefined) return blank;
  const error = nonScalar(cell, arg, lang);
  if (error !== undefined) return error;
  if (typeof cell === "string") {
    const value = readValue(cell);
    // blank, -, 未公表: missing, not an unreadable year
    if (value.kind === "missing") return value;
  }
  if (typeof cell !== "number" && typeof cell !== "string") return invalid(messages.notAYear(arg, shown(cell)), lang);
  const year = readYear(cell);
  switch (year.kind) {
    case "year":
      return year;
    case "unreadable":
      return invalid(messages.notAYear(arg, year.text), lang);
    default:
      return year satisfies never;
  }
}

export const isYear = (value: Read<Year>): value is Year => !isCellError(value) && !isMissing(value);

/** KPI.LABEL's style: long, short or fy in any of their words (src/functionSignatures.ts); blank is long. */
export function readStyleCell(cell: unknown, arg: ArgName, lang: Lang): LabelStyle | CellError {
  if (cell === null || cell === undefined || (typeof cell === "string" && clean(cell) === "")) return "long";
  const error = nonScalar(cell, arg, lang);
  if (error !== undefined) return error;
  const style = typeof cell === "string" ? readLabelStyle(clean(cell)) : undefined;
  return style ?? invalid(messages.badStyle(shown(cell)), lang);
}

/** What a function returns for an input it cannot use yet: "" for a blank, #N/A naming anything else. */
export function missingResult(value: MissingValue, arg: ArgName, lang: Lang): "" | CellError {
  return value.reason === "blank" ? "" : notAvailable(messages.missing(arg, value.reason), lang);
}

/** The first error among read values, then the first non-blank missing one, then "" for a blank. */
export function firstProblem(
  values: readonly { value: unknown; arg: ArgName }[],
  lang: Lang,
): "" | CellError | undefined {
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

/** How many distinct cells `remembered` keeps: the words of a column, not a column of numbers. */
const rememberedCells = 8;

/**
 * `read` remembering what it read: an argument of a call is mostly one value (a 1×1 argument
 * repeated down the column) or a column of a few words (higher, lower), so each distinct cell is
 * read once per call. Only scalar cells read without an error are kept, and only the first few.
 */
export function remembered<T>(
  read: (cell: unknown, lang: Lang) => T | CellError,
  lang: Lang,
): (cell: unknown) => T | CellError {
  const known = new Map<unknown, T>();
  // the last cell and its value, before the map: a 1×1 argument is the same cell in every row
  let lastCell: unknown = known;
  let last: T | undefined;
  return (cell) => {
    if (cell === lastCell && last !== undefined) return last;
    const got = known.get(cell);
    if (got !== undefined) {
      lastCell = cell;
      last = got;
      return got;
    }
    const value = read(cell, lang);
    if (!isCellError(value) && (typeof cell !== "object" || cell === null) && known.size < rememberedCells) {
      known.set(cell, value);
    }
    return value;
  };
}
