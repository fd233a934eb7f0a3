import { FunctionArg } from "../src/i18n/messages";
import { coreMessagesFor, localizeCore } from "../src/i18n/core";
import { Lang, Localized } from "../src/lang";
import { MissingReason } from "../src/value";
import { fieldWords } from "../src/vocabulary";

/**
 * The messages functions put on #VALUE!, #N/A and #NUM! cells, from the language pack
 * (src/i18n, section `functions`). Each names the argument and, where there is one, the value
 * as written, cut short for Excel's error tooltip.
 */

/** What an argument is called in a message: 実績値 / actual. */
export type ArgName = Localized;

const arg = (key: FunctionArg): ArgName => localizeCore((m) => m.functions.args[key]);

export const args = {
  target: arg("target"),
  actual: arg("actual"),
  baseline: arg("baseline"),
  baselineYear: arg("baselineYear"),
  finalTarget: arg("finalTarget"),
  finalYear: arg("finalYear"),
  year: arg("year"),
  direction: arg("direction"),
  capped: arg("capped"),
  rate: arg("rate"),
  rates: arg("rates"),
  scale: arg("scale"),
  label: arg("label"),
  style: arg("style"),
  value: arg("value"),
  // the arguments of the rules that differ between municipalities (the pack's rules section)
  rounding: localizeCore((m) => m.rules.rounding),
  rule: localizeCore((m) => m.rules.goalRule),
  weights: { ja: fieldWords.weight.ja[0], en: "weights" },
} satisfies Record<FunctionArg | "rounding" | "rule" | "weights", ArgName>;

type Message = (lang: Lang) => string;

/** Cut long text so a message stays readable in Excel's error tooltip. */
function short(text: string): string {
  const chars = Array.from(text);
  return chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : text;
}

const f = (lang: Lang) => coreMessagesFor(lang).functions;
const quoted = (text: string, lang: Lang): string => f(lang).quote(short(text));

export const messages = {
  missing:
    (a: ArgName, reason: MissingReason): Message =>
    (lang) =>
      f(lang).missing(a[lang], f(lang).missingReasons[reason]),
  notANumber:
    (a: ArgName, text: string): Message =>
    (lang) =>
      f(lang).notANumber(a[lang], quoted(text, lang)),
  notARate:
    (a: ArgName, text: string): Message =>
    (lang) =>
      f(lang).notARate(a[lang], quoted(text, lang)),
  badDirection:
    (text: string): Message =>
    (lang) =>
      f(lang).badDirection(quoted(text, lang)),
  badCapped:
    (text: string): Message =>
    (lang) =>
      f(lang).badCapped(quoted(text, lang)),
  notAYear:
    (a: ArgName, text: string): Message =>
    (lang) =>
      f(lang).notAYear(a[lang], quoted(text, lang)),
  badStyle:
    (text: string): Message =>
    (lang) =>
      f(lang).badStyle(quoted(text, lang)),
  badScale:
    (problem: string): Message =>
    (lang) =>
      f(lang).badScale(problem),
  scaleColumns:
    (columns: number): Message =>
    (lang) =>
      f(lang).scaleColumns(columns),
  noRates: (): Message => (lang) => f(lang).noRates,
  shapes:
    (a: string, b: string): Message =>
    (lang) =>
      f(lang).shapes(a, b),
  tooLarge:
    (rows: number, cols: number, limit: number): Message =>
    (lang) =>
      f(lang).tooLarge(rows, cols, limit.toLocaleString("en-US")),
  notRectangular:
    (a: ArgName): Message =>
    (lang) =>
      f(lang).notRectangular(a[lang]),
  empty:
    (a: ArgName): Message =>
    (lang) =>
      f(lang).empty(a[lang]),
  nested:
    (a: ArgName): Message =>
    (lang) =>
      f(lang).nested(a[lang]),
  inputError:
    (a: ArgName, code: string): Message =>
    (lang) =>
      f(lang).inputError(a[lang], code),
  unexpected: (): Message => (lang) => f(lang).unexpected,
};
