import { Lang } from "./lang";
import { clean } from "./text";
import { Era, eras, yearWords } from "./vocabulary";

/** Whether a label names a fiscal year (年度, FY, R3) or a calendar year (年). */
export type YearBasis = "fiscal" | "calendar";

export interface Year {
  readonly kind: "year";
  /** The western year the fiscal year starts in: R3 = 令和3年度 = FY2021 (April 2021 – March 2022). */
  readonly year: number;
  readonly basis: YearBasis;
}

export interface UnreadableYear {
  readonly kind: "unreadable";
  readonly text: string;
}

/**
 * Each run of spaces sits between two things that cannot be spaces, so a failing match is not
 * retried split after split: linear in the length of the text. (The spaces after the western
 * year belong to its optional group; two runs of spaces side by side made a cell of spaces take
 * seconds.)
 */
const eraNames = eras.flatMap((e) => e.names).join("|");
const { fiscal, calendar, first } = yearWords;
const eraPattern = new RegExp(
  `^(${eraNames})\\s*(\\d{1,3}|${first})\\s*(?:\\((\\d{4})\\)\\s*)?(${fiscal}|${calendar})?$`,
  "iu",
);
/** The years the readers accept, western or era: 1900–2200 (令和182). */
const firstYear = 1900;
const lastYear = 2200;
const westernPattern = new RegExp(`^(FY)?\\s*(\\d{4})\\s*(${fiscal}|${calendar})?$`, "iu");

const unreadable = (text: string): UnreadableYear => ({ kind: "unreadable", text });

/** Reads R3, Ｒ３, 令和3年度, 令和元年, 令和元（2019）年, H28, 平成28年, FY2021, 2021, 2021年度. */
export function readYear(input: unknown): Year | UnreadableYear {
  if (typeof input === "number") {
    return Number.isInteger(input) && input >= firstYear && input <= lastYear
      ? { kind: "year", year: input, basis: "fiscal" }
      : unreadable(String(input));
  }
  if (typeof input !== "string") return unreadable(String(input));
  const text = clean(input);
  const era = eraPattern.exec(text);
  if (era !== null) {
    const [, name = "", n, western, suffix] = era;
    const spec = eras.find((e) => e.names.some((x) => x.toLowerCase() === name.toLowerCase()));
    const index = n === first ? 1 : Number(n);
    if (spec === undefined || index < 1 || index > spec.last) return unreadable(input);
    const year = spec.offset + index;
    if (year > lastYear) return unreadable(input);
    if (western !== undefined && Number(western) !== year) return unreadable(input);
    return { kind: "year", year, basis: suffix === calendar ? "calendar" : "fiscal" };
  }
  const western = westernPattern.exec(text);
  if (western !== null) {
    const [, fy, digits, suffix] = western;
    const year = Number(digits);
    if (year < firstYear || year > lastYear) return unreadable(input);
    return { kind: "year", year, basis: suffix === calendar && fy === undefined ? "calendar" : "fiscal" };
  }
  return unreadable(input);
}

/** The era a year falls in, or undefined before 昭和 (1926) or for a year that is not whole. */
function eraOf(year: number): { era: Era; index: number } | undefined {
  if (!Number.isInteger(year)) return undefined;
  const era = eras.find((e) => year - e.offset >= 1);
  return era === undefined ? undefined : { era, index: year - era.offset };
}

export type YearStyle = "long" | "short";

/**
 * The label of a year: ja long 令和6年度 (令和元年度 for 2019), ja short R6, en FY2024.
 * Calendar years read 令和6年 and 2024. Before 昭和 (1926) the ja label is the western year:
 * 1920年度, short 1920 (the earlier eras are not read back, and 昭和-5年度 would be nonsense).
 */
export function yearLabel(year: number, lang: Lang, style: YearStyle = "long", basis: YearBasis = "fiscal"): string {
  if (lang === "en") return basis === "fiscal" ? `FY${year}` : String(year);
  const suffix = basis === "fiscal" ? fiscal : calendar;
  const inEra = eraOf(year);
  if (inEra === undefined) return style === "short" ? String(year) : `${year}${suffix}`;
  const { era, index } = inEra;
  if (style === "short") return `${era.short}${index}`;
  return `${era.ja}${index === 1 ? first : index}${suffix}`;
}
