import { Lang, Localized } from "../src/lang";
import { MissingReason } from "../src/value";

/**
 * The messages functions put on #VALUE! and #N/A cells, in both languages.
 * Each names the argument and, where there is one, the value as written.
 */

/** What an argument is called in a message: 実績値 / actual. */
export type ArgName = Localized;

export const args = {
  target: { ja: "目標値", en: "target" },
  actual: { ja: "実績値", en: "actual" },
  baseline: { ja: "現状値", en: "baseline" },
  baselineYear: { ja: "現状値の年度", en: "baseline year" },
  finalTarget: { ja: "最終目標値", en: "final target" },
  finalYear: { ja: "最終目標の年度", en: "final year" },
  year: { ja: "年度", en: "year" },
  direction: { ja: "方向", en: "direction" },
  capped: { ja: "上限", en: "capped" },
  rate: { ja: "達成率", en: "rate" },
  rates: { ja: "達成率", en: "rates" },
  scale: { ja: "評価基準", en: "scale" },
  label: { ja: "年度", en: "label" },
  style: { ja: "表記", en: "style" },
  value: { ja: "値", en: "value" },
} satisfies Record<string, ArgName>;

const reasons: Record<MissingReason, Localized> = {
  blank: { ja: "空白", en: "blank" },
  notSet: { ja: "未設定（-）", en: "not set (-)" },
  unpublished: { ja: "未公表", en: "not published (未公表)" },
  indicatorChanged: { ja: "指標変更", en: "indicator changed (指標変更)" },
};

type Message = (lang: Lang) => string;

const quote = (text: string, lang: Lang): string => (lang === "ja" ? `「${text}」` : `"${text}"`);

/** Cut long text so a message stays readable in Excel's error tooltip. */
function short(text: string): string {
  const chars = Array.from(text);
  return chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : text;
}

export const messages = {
  missing:
    (arg: ArgName, reason: MissingReason): Message =>
    (lang) =>
      lang === "ja"
        ? `${arg.ja}がありません（${reasons[reason].ja}）`
        : `The ${arg.en} is missing: ${reasons[reason].en}`,
  notANumber:
    (arg: ArgName, text: string): Message =>
    (lang) =>
      lang === "ja"
        ? `${arg.ja}${quote(short(text), lang)}は数値として読めません`
        : `The ${arg.en} ${quote(short(text), lang)} cannot be read as a number`,
  notARate:
    (arg: ArgName, text: string): Message =>
    (lang) =>
      lang === "ja"
        ? `${arg.ja}${quote(short(text), lang)}は率（0.953 や 95.3%）として読めません`
        : `The ${arg.en} ${quote(short(text), lang)} cannot be read as a rate (0.953 or 95.3%)`,
  badDirection:
    (text: string): Message =>
    (lang) =>
      lang === "ja"
        ? `方向${quote(short(text), lang)}が読めません（増加・減少、higher・lower）`
        : `The direction ${quote(short(text), lang)} is not higher or lower (増加 or 減少)`,
  badCapped:
    (text: string): Message =>
    (lang) =>
      lang === "ja"
        ? `上限${quote(short(text), lang)}は TRUE か FALSE で指定してください`
        : `Capped ${quote(short(text), lang)} must be TRUE or FALSE`,
  notAYear:
    (arg: ArgName, text: string): Message =>
    (lang) =>
      lang === "ja"
        ? `${arg.ja}${quote(short(text), lang)}が読めません（R6、令和6年度、2024 など）`
        : `The ${arg.en} ${quote(short(text), lang)} is not a year (R6, 令和6年度, 2024, FY2024)`,
  badStyle:
    (text: string): Message =>
    (lang) =>
      lang === "ja"
        ? `表記${quote(short(text), lang)}が読めません（long・short・fy）`
        : `The style ${quote(short(text), lang)} is not long, short or fy`,
  badScale:
    (problem: string): Message =>
    (lang) =>
      lang === "ja" ? `評価基準の範囲が使えません：${problem}` : `The grade scale cannot be used: ${problem}`,
  scaleColumns:
    (columns: number): Message =>
    (lang) =>
      lang === "ja"
        ? `評価基準は2列（基準値・評価）か3列（基準値・日本語・英語）の範囲です（${columns}列）`
        : `A grade scale is a range of 2 columns (threshold, label) or 3 (threshold, Japanese, English), not ${columns}`,
  noRates: (): Message => (lang) => (lang === "ja" ? "平均する達成率がありません" : "There are no rates to average"),
  shapes:
    (a: string, b: string): Message =>
    (lang) =>
      lang === "ja"
        ? `範囲の大きさが合いません（${a} と ${b}）。同じ大きさの範囲か、1つのセルを指定してください`
        : `The ranges differ in size (${a} and ${b}); give ranges of the same size or single cells`,
  tooLarge:
    (rows: number, cols: number, limit: number): Message =>
    (lang) =>
      lang === "ja"
        ? `結果が${rows}行×${cols}列になり、${limit.toLocaleString("en-US")}セル（シートの行数）を超えます。範囲を小さくしてください`
        : `The result would be ${rows}×${cols} cells, more than ${limit.toLocaleString("en-US")} (a sheet's rows); give smaller ranges`,
  notRectangular:
    (arg: ArgName): Message =>
    (lang) =>
      lang === "ja" ? `${arg.ja}の範囲が長方形ではありません` : `The ${arg.en} range is not rectangular`,
  empty:
    (arg: ArgName): Message =>
    (lang) =>
      lang === "ja" ? `${arg.ja}の範囲が空です` : `The ${arg.en} range is empty`,
  nested:
    (arg: ArgName): Message =>
    (lang) =>
      lang === "ja" ? `${arg.ja}のセルに範囲が入っています` : `A cell of the ${arg.en} holds a range`,
  inputError:
    (arg: ArgName, code: string): Message =>
    (lang) =>
      lang === "ja" ? `${arg.ja}がエラー ${code} です` : `The ${arg.en} is the error ${code}`,
  unexpected: (): Message => (lang) =>
    lang === "ja" ? "計算できませんでした（内部エラー）" : "The value could not be computed (internal error)",
};
