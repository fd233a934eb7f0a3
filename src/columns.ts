/**
 * The column schema: every column of a plan and of the KPI table, what it is called in a plan
 * file and on a sheet in each language, its width and its number format. The CSV reader, the
 * sheet plans, the native formulas, the summary and the pane's read-back all derive from it.
 */
import { packs } from "./i18n";
import { Lang } from "./lang";
import { itemAt, lastOf } from "./list";
import { clean } from "./text";
import {
  eras,
  fieldWords,
  FieldKey,
  ReportPart,
  reportPartWords,
  ReportTextKey,
  reportTextWords,
  Words,
  YearPart,
  yearPartWords,
  yearWords,
} from "./vocabulary";
import { readYear, yearLabel } from "./year";

export type { FieldKey, ReportPart, ReportTextKey, YearPart } from "./vocabulary";

/** Columns the KPI table computes for the evaluation year (formulas, never read as data). */
export type ComputedKey = "evalTarget" | "evalActual" | "evalRate" | "evalUncapped" | "grade" | "evalYearUsed";

export interface YearColumnKey {
  readonly year: number;
  readonly part: YearPart;
}

/** A department's text for a year: status_R7 / 取組状況_R7, next_R7 / 今後の方向性_R7. */
export interface ReportColumnKey {
  readonly year: number;
  readonly report: ReportPart;
}

/** A column of the plan that no one here knows, kept as text under its own header. */
export interface TextColumnKey {
  readonly text: string;
}

/** Any column of the KPI table. */
export type ColumnKey = FieldKey | ComputedKey | YearColumnKey | ReportColumnKey | TextColumnKey;

/** Whether two keys name the same column. */
export function sameColumn(a: ColumnKey, b: ColumnKey): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  if ("text" in a || "text" in b) return "text" in a && "text" in b && a.text === b.text;
  if ("report" in a || "report" in b)
    return "report" in a && "report" in b && a.year === b.year && a.report === b.report;
  return a.year === b.year && a.part === b.part;
}

/** How a column's cells are formatted: the goal as an integer, values by the row, rates as 0.0%. */
export type ColumnFormat = "integer" | "general" | "value" | "rate";

export interface ColumnSpec {
  readonly key: FieldKey | ComputedKey;
  /** Width in characters of the default font. */
  readonly width: number;
  readonly format: ColumnFormat;
}

/** The fixed columns before the per-year columns, in sheet order. */
export const leadingColumns: readonly ColumnSpec[] = [
  { key: "goal", width: 8, format: "integer" },
  { key: "goalTitle", width: 24, format: "general" },
  { key: "kind", width: 9, format: "general" },
  { key: "policy", width: 22, format: "general" },
  { key: "initiative", width: 22, format: "general" },
  { key: "name", width: 36, format: "general" },
  { key: "unit", width: 8, format: "general" },
  { key: "direction", width: 9, format: "general" },
  { key: "cumulative", width: 8, format: "general" },
  { key: "baseline", width: 11, format: "value" },
  { key: "baselineYear", width: 11, format: "general" },
];

/** The columns after the per-year columns: the evaluation year's figures, then the rest of the plan. */
export const trailingColumns: readonly ColumnSpec[] = [
  { key: "evalTarget", width: 12, format: "value" },
  { key: "evalActual", width: 12, format: "value" },
  { key: "evalRate", width: 11, format: "rate" },
  { key: "evalUncapped", width: 11, format: "rate" },
  { key: "grade", width: 14, format: "general" },
  // the year whose actual was graded: the evaluation year, or an earlier one under a lag
  { key: "evalYearUsed", width: 10, format: "integer" },
  { key: "method", width: 9, format: "general" },
  { key: "weight", width: 7, format: "general" },
  { key: "notes", width: 30, format: "general" },
  // last: a key for the summary's lookups (see indicatorIds.ts), not something the council reads
  { key: "id", width: 10, format: "general" },
];

/**
 * Columns written after the id when the plan has them: the department (担当課) and each year's
 * texts (see reportColumns in src/departments/), before the plan's own text columns.
 */
export const departmentColumn: ColumnSpec = { key: "department", width: 14, format: "general" };
export const reportColumnSpec = { width: 32, format: "general" } as const;

export const yearColumnSpecs: Readonly<Record<YearPart, { readonly width: number; readonly format: ColumnFormat }>> = {
  target: { width: 11, format: "value" },
  actual: { width: 11, format: "value" },
  rate: { width: 9, format: "rate" },
};

const computedKeys: readonly ComputedKey[] = [
  "evalTarget",
  "evalActual",
  "evalRate",
  "evalUncapped",
  "grade",
  "evalYearUsed",
];

function isComputed(key: FieldKey | ComputedKey): key is ComputedKey {
  return (computedKeys as readonly string[]).includes(key);
}

/** The English sheet header of a field where it differs from the plan-file name. */
const englishSheetHeader: Partial<Record<FieldKey, string>> = { name: "indicator" };

/** A year as the headers write it: R3 in Japanese, FY2021 in English. */
export function headerYear(year: number, lang: Lang): string {
  return lang === "ja" ? yearLabel(year, "ja", "short") : yearLabel(year, "en");
}

/** The header a column has on the KPI sheet in a language (read back by readHeader). */
export function sheetHeader(key: ColumnKey, lang: Lang): string {
  if (typeof key !== "string") {
    if ("text" in key) return key.text;
    const words = "report" in key ? reportPartWords[key.report] : yearPartWords[key.part];
    return `${words[lang][0]}_${headerYear(key.year, lang)}`;
  }
  if (isComputed(key)) return packs[lang].computed[key];
  return lang === "ja" ? fieldWords[key].ja[0] : (englishSheetHeader[key] ?? fieldWords[key].en[0]);
}

/** What a header names. */
export type Column =
  | { readonly kind: "field"; readonly field: FieldKey }
  | { readonly kind: "target" | "actual"; readonly year: number }
  /** A department's text for a year (status_R7, 今後の方向性_R7): kept as text. */
  | { readonly kind: "report"; readonly part: ReportPart; readonly year: number }
  /** A column the KPI table computes (rates, grades): read past, as the engine recomputes it. */
  | { readonly kind: "computed" }
  /** A column no one here knows: kept as text, never dropped. */
  | { readonly kind: "unknown" };

const normalize = (header: string): string => clean(header).toLowerCase().replace(/\s+/g, "_");

const fieldByWord = new Map<string, FieldKey>();
for (const [field, words] of Object.entries(fieldWords) as [FieldKey, (typeof fieldWords)[FieldKey]][]) {
  for (const word of [...words.en, ...words.ja, englishSheetHeader[field]]) {
    if (word !== undefined) fieldByWord.set(normalize(word), field);
  }
}
const computedHeaders = new Set(
  computedKeys.flatMap((key) => [normalize(packs.ja.computed[key]), normalize(packs.en.computed[key])]),
);
/** Each normalized word of a set of parts, with its part. */
function wordsOf<P extends string>(table: Readonly<Record<P, Words>>): Map<string, P> {
  const map = new Map<string, P>();
  for (const [part, words] of Object.entries(table) as [P, Words][]) {
    for (const word of [...words.en, ...words.ja]) map.set(normalize(word), part);
  }
  return map;
}
const partByWord = wordsOf(yearPartWords);
const reportByWord = wordsOf(reportPartWords);
const longestFirst = (words: Iterable<string>): string[] => [...words].sort((a, b) => b.length - a.length);
const partWords = longestFirst(partByWord.keys());
const reportWords = longestFirst(reportByWord.keys());
/** Marks around or between the part word and the year: 目標値(R6), 目標値（令和6年度）, target_R6. */
const separators = /^[_()[\]]+|[_()[\]]+$/gu;

/** The year of a per-year header's remainder, once the part word is taken off, if it is one. */
function yearOf(rest: string): number | undefined {
  const year = readYear(rest.replace(separators, "").replace(/_/g, ""));
  return year.kind === "year" ? year.year : undefined;
}

/**
 * The part and year of a per-year header in any form people write: the part word before the
 * year (target_R6, 目標値(R6), 実績値R6, 目標値（令和6年度）) or after it (R6目標値, 令和6年度目標,
 * R6 実績, FY2024 target).
 */
function readYearColumn<P>(
  text: string,
  words: readonly string[],
  byWord: ReadonlyMap<string, P>,
): { part: P; year: number } | undefined {
  for (const word of words) {
    const rest = text.startsWith(word)
      ? text.slice(word.length)
      : text.endsWith(word)
        ? text.slice(0, -word.length)
        : undefined;
    if (rest === undefined || rest === "") continue;
    const year = yearOf(rest);
    const part = byWord.get(word);
    if (year !== undefined && part !== undefined) return { part, year };
  }
  return undefined;
}

/** The part and year of a per-year header (目標値_R6, 達成率（令和6年度）), the rate's included. */
export function yearColumnOf(header: string): { part: YearPart; year: number } | undefined {
  return readYearColumn(normalize(header), partWords, partByWord);
}

/** The part a cell names on its own (目標値, 実績, 達成率, target): the report's row of each. */
export function yearPartOf(word: string): YearPart | undefined {
  return partByWord.get(normalize(word));
}

/** What a header names: a fixed field, the target or actual of a year, a computed column, or unknown. */
export function readHeader(header: string): Column {
  const text = normalize(header);
  const field = fieldByWord.get(text);
  if (field !== undefined) return { kind: "field", field };
  if (computedHeaders.has(text)) return { kind: "computed" };
  const column = readYearColumn(text, partWords, partByWord);
  if (column === undefined) {
    const report = readYearColumn(text, reportWords, reportByWord);
    return report === undefined ? { kind: "unknown" } : { kind: "report", ...report };
  }
  return column.part === "rate" ? { kind: "computed" } : { kind: column.part, year: column.year };
}

// a year somewhere in a header: an era year (R6, 令和6), FY2024, or a four-digit year; the header
// is lower-cased, and so are the era names here
const eraNames = eras.flatMap((e) => e.names.map((name) => name.toLowerCase())).join("|");
const yearInside = new RegExp(
  `(${eraNames})_?(\\d{1,2}|${yearWords.first})|fy_?\\d{4}|(?<!\\d)(19|20)\\d{2}(?!\\d)`,
  "u",
);

/** Edit distance, for suggesting the nearest known name of a misspelled header. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = itemAt(previous, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(itemAt(previous, j) + 1, itemAt(current, j - 1) + 1, substitution));
    }
    previous = current;
  }
  return lastOf(previous);
}

/**
 * For a header that was not read but holds a year (acutal_R6, 実績値_R6年度（速報）): the per-year
 * header it most likely means (actual_R6, 実績値_R6), or "" when no part word is near. Undefined
 * when the header does not look like a per-year column at all.
 */
export function nearestYearColumn(header: string): string | undefined {
  const text = normalize(header);
  if (text.length > 200) return undefined;
  const found = yearInside.exec(text);
  if (found === null) return undefined;
  const year = readYear(found[0].replace(/_/g, ""));
  const rest = (text.slice(0, found.index) + text.slice(found.index + found[0].length)).replace(/[_()[\]]+/gu, "");
  let best: { word: string; cost: number } | undefined;
  for (const word of partWords) {
    const cost = rest.includes(word) ? 0 : distance(rest, word);
    if (cost <= Math.max(1, Math.floor(word.length / 3)) && (best === undefined || cost < best.cost))
      best = { word, cost };
  }
  if (best === undefined || year.kind !== "year") return "";
  const part = partByWord.get(best.word) ?? "target";
  const lang: Lang = /^[a-z]/.test(best.word) ? "en" : "ja";
  return `${yearPartWords[part][lang][0]}_${headerYear(year.year, lang)}`;
}

/**
 * The language a KPI table was written in, from its header: the language whose sheet headers
 * match more of it. Formulas over the table must use the table's own headers and words, whatever
 * language the pane is in now.
 */
export function tableLanguage(header: readonly string[]): Lang {
  const written = new Set(header.map((h) => h.trim()));
  const score = (lang: Lang): number =>
    [...leadingColumns, ...trailingColumns].filter((c) => written.has(sheetHeader(c.key, lang))).length;
  return score("en") > score("ja") ? "en" : "ja";
}

/** Where a report text is among the plan's own columns (see reportTextWords), or -1. */
export function reportTextColumn(textColumns: readonly string[], key: ReportTextKey): number {
  const words = new Set([...reportTextWords[key].en, ...reportTextWords[key].ja].map(normalize));
  return textColumns.findIndex((header) => words.has(normalize(header)));
}
