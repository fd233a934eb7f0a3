/**
 * The input vocabulary: every word the readers accept in a plan, a sheet or a function argument,
 * in both languages. Words the add-in writes (labels, messages) live in the language pack
 * (src/i18n); words it reads live here, so a reader and a writer can never drift apart silently:
 * each written word is the first entry of its list below.
 */
import type { Direction } from "./direction";
import type { LabelStyle } from "./functionSignatures";
import type { IndicatorKind } from "./plan";
import type { Method } from "./rate";

/** The plan's own columns (the fixed fields), by their key in the column schema. */
export type FieldKey =
  | "goal"
  | "goalTitle"
  | "kind"
  | "policy"
  | "initiative"
  | "name"
  | "unit"
  | "direction"
  | "cumulative"
  | "baseline"
  | "baselineYear"
  | "method"
  | "weight"
  | "notes"
  | "id"
  | "department";

/** Words for one thing: English first, then Japanese; the first of each is the one written. */
export interface Words {
  readonly en: readonly [string, ...string[]];
  readonly ja: readonly [string, ...string[]];
}

/**
 * Header words of each field: English plan-file names first (the first is the canonical name),
 * then Japanese (the first is what the Japanese sheet writes). Compared after folding width and
 * case, with spaces read as underscores.
 */
export const fieldWords: Readonly<Record<FieldKey, Words>> = {
  goal: { en: ["goal"], ja: ["基本目標"] },
  goalTitle: { en: ["goal_title"], ja: ["基本目標名"] },
  kind: { en: ["kind"], ja: ["種別"] },
  policy: { en: ["policy"], ja: ["具体的な施策"] },
  initiative: { en: ["initiative"], ja: ["主な取組"] },
  name: { en: ["name", "indicator", "kpi"], ja: ["指標名", "指標"] },
  unit: { en: ["unit"], ja: ["単位"] },
  direction: { en: ["direction"], ja: ["方向"] },
  cumulative: { en: ["cumulative"], ja: ["累計"] },
  baseline: { en: ["baseline"], ja: ["現状値"] },
  baselineYear: { en: ["baseline_year"], ja: ["現状値年度"] },
  method: { en: ["method"], ja: ["算出方法"] },
  weight: { en: ["weight"], ja: ["重み"] },
  notes: { en: ["notes"], ja: ["備考"] },
  // compared case-insensitively, so ID and Id read too
  id: { en: ["id", "indicator_id"], ja: ["指標ID"] },
  // who reports the indicator (see src/departments/)
  department: { en: ["department"], ja: ["担当課", "担当部署", "所管課", "担当"] },
};

/**
 * The report's texts, kept as the plan's own columns (Plan.textColumns) and found by these
 * header words: per goal its policy direction and the council's opinion (the first non-blank
 * cell among the goal's rows), per KPI its department and the departments' texts.
 */
/** The report's texts of a goal, kept as the plan's own columns: its policy direction, the council's opinion. */
export type ReportTextKey = "goalDirection" | "councilOpinion";

export const reportTextWords: Readonly<Record<ReportTextKey, Words>> = {
  goalDirection: { en: ["goal_direction", "policy_direction"], ja: ["施策の方向性"] },
  councilOpinion: { en: ["council_opinion", "opinion"], ja: ["総合戦略会議からの意見", "会議からの意見", "意見"] },
};

/** The parts of a per-year column: target_R3 / 目標値_R3, actual_R3 / 実績値_R3, rate_R3 / 達成率_R3. */
export type YearPart = "target" | "actual" | "rate";

/** Words naming a year part in a header; the first English and the first Japanese are written. */
export const yearPartWords: Readonly<Record<YearPart, Words>> = {
  target: { en: ["target"], ja: ["目標値", "目標"] },
  actual: { en: ["actual"], ja: ["実績値", "実績"] },
  rate: { en: ["rate"], ja: ["達成率"] },
};

/**
 * The per-year text a department writes beside its actual: status_R7 / 取組状況_R7 (what was
 * done), next_R7 / 今後の方向性_R7 (what comes next). Free text, never a number.
 */
export type ReportPart = "status" | "next";

export const reportPartWords: Readonly<Record<ReportPart, Words>> = {
  status: { en: ["status"], ja: ["取組状況", "取組内容"] },
  next: { en: ["next"], ja: ["今後の方向性", "今後の方針"] },
};

/** A goal cell may carry the word before its number: 基本目標1. */
export const goalPrefix = "基本目標";

/** Indicator kinds as written in a plan or the KPI table; blank is a KPI. */
export const kindWords: ReadonlyMap<string, IndicatorKind> = new Map([
  ["target", "target"],
  ["数値目標", "target"],
  ["kpi", "kpi"],
  ["重要業績評価指標", "kpi"],
  ["", "kpi"],
]);

/** Rate methods as written in the plan's method column; blank is ratio. */
export const methodWords: ReadonlyMap<string, Method> = new Map([
  ["", "ratio"],
  ["ratio", "ratio"],
  ["比率", "ratio"],
  ["baseline", "baseline"],
  ["進捗", "baseline"],
  ["基準値", "baseline"],
  ["path", "path"],
  ["直線", "path"],
  ["目安値", "path"],
  ["pathprogress", "pathProgress"],
  ["直線進捗", "pathProgress"],
  ["final", "final"],
  ["対最終目標", "final"],
  ["finalprogress", "finalProgress"],
  ["最終目標進捗", "finalProgress"],
]);

/** Yes/no flags (the cumulative column). */
export const flagWords: ReadonlyMap<string, boolean> = new Map([
  ["", false],
  ["0", false],
  ["false", false],
  ["no", false],
  ["-", false],
  ["1", true],
  ["true", true],
  ["yes", true],
  ["累計", true],
  ["○", true],
  ["〇", true],
  ["✓", true],
]);

/** Which way is better, as written in a direction cell or a function argument (lower-cased). */
export const directionWords: ReadonlyMap<string, Direction> = new Map([
  ["higher", "higher"],
  ["high", "higher"],
  ["up", "higher"],
  ["increase", "higher"],
  ["増加", "higher"],
  ["増", "higher"],
  ["上昇", "higher"],
  ["向上", "higher"],
  ["↑", "higher"],
  ["lower", "lower"],
  ["low", "lower"],
  ["down", "lower"],
  ["decrease", "lower"],
  ["減少", "lower"],
  ["減", "lower"],
  ["低下", "lower"],
  ["抑制", "lower"],
  ["↓", "lower"],
]);

/** The words KPI.LABEL's style argument accepts, lower case; blank or omitted is long. */
export const labelStyleWords: ReadonlyMap<string, LabelStyle> = new Map([
  ["long", "long"],
  ["和暦", "long"],
  ["short", "short"],
  ["略称", "short"],
  ["略記", "short"],
  ["fy", "fy"],
  ["western", "fy"],
  ["西暦", "fy"],
]);

/** The words the KPI sheet writes for a direction, a kind and a cumulative flag, per language. */
export const writtenWords = {
  higher: { ja: "増加", en: "higher" },
  lower: { ja: "減少", en: "lower" },
  kpi: { ja: "KPI", en: "KPI" },
  target: { ja: "数値目標", en: "target" },
  cumulative: { ja: "累計", en: "yes" },
} as const;

/** The written missing-value markers (a dash is "-"; see value.ts for every form a reader takes). */
export const missingWords = { notSet: "-", unpublished: "未公表", indicatorChanged: "指標変更" } as const;

/** A Japanese era: its names as read (令和, R), as written long and short, and year 1 minus one. */
export interface Era {
  readonly names: readonly string[];
  readonly ja: string;
  readonly short: string;
  /** 令和 n = 2018 + n. */
  readonly offset: number;
  /** The era's last year number (Infinity for the current era). */
  readonly last: number;
}

/** The eras, newest first. Years before the oldest are written as western years. */
export const eras: readonly Era[] = [
  { names: ["令和", "R"], ja: "令和", short: "R", offset: 2018, last: Infinity },
  { names: ["平成", "H"], ja: "平成", short: "H", offset: 1988, last: 31 },
  { names: ["昭和", "S"], ja: "昭和", short: "S", offset: 1925, last: 64 },
];

/** Year words: fiscal 年度 and calendar 年 after a year, and 元 for an era's first year. */
export const yearWords = { fiscal: "年度", calendar: "年", first: "元" } as const;

/**
 * Characters a cell of only dashes is made of, read as "not set": ASCII and full-width dashes,
 * the katakana long mark in both widths and box-drawing lines, all typed as "no value".
 */
export const dashCharacters = "-‐―—–ーｰ─━~〜";

/** Marks written before a number to make it negative, the Japanese way (▲3,703, △12). */
export const negativeMarks = "▲△";

/**
 * What may not follow a number even when a row names it as its unit: words and marks that change
 * what the number means (100以上 at least, 100未満 below, 100程度 about, 100~ and 5- open ranges).
 */
export const qualifierWords: readonly string[] = ["以上", "以下", "未満", "超", "程度", "前後", "約"];
export const qualifierMarks = "~〜-+▲△";

// the units a number may carry have a file of their own (the list is long)
export { textNumberExample, unitExamples, unitWords } from "./unitWords";

/**
 * Words a grade scale CSV's header line may start with (threshold, 閾値…): such a first line
 * names the columns and is skipped, never read as a level.
 */
export const scaleHeaderWords: readonly string[] = [
  "threshold",
  "min",
  "minimum",
  "rate",
  "閾値",
  "しきい値",
  "基準",
  "下限",
  "達成率",
];

/**
 * Words that mark a row of a plan sheet as a subtotal or an average, not an indicator
 * (小計, 基本目標1 計, 達成率平均): such rows are skipped, and say so, never read as data.
 */
export const subtotalWords: readonly string[] = [
  "小計",
  "合計",
  "計",
  "平均",
  "達成率平均",
  "subtotal",
  "total",
  "average",
];
