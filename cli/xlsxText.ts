/**
 * Text as an .xlsx cell can hold it.
 *
 * XML 1.0 cannot carry the C0 controls other than tab, line feed and carriage return, nor
 * U+FFFE, U+FFFF or a lone surrogate: one of them makes sharedStrings.xml malformed, and
 * LibreOffice then silently drops every later string. They are removed (ExcelJS would drop
 * the controls without a word and write the others as they are); U+007F is removed as well,
 * because ExcelJS drops it too and every removal is reported.
 *
 * Excel reads "_xHHHH_" in a string as an escaped character, so text that happens to look
 * like one gets its underscore escaped as Excel does ("_x0041_" → "_x005F_x0041_").
 */
import { Lang, widen } from "../src";
import { messagesFor } from "../src/i18n";
import { sheetPrefix } from "../src/sheets";

/** What XML cannot hold (and U+007F), a lone surrogate included. */
const unwritable =
  // eslint-disable-next-line no-control-regex -- the control characters are what this finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Every underscore that starts an "_xHHHH_" a reader would decode, overlapping ones included. */
const escapeStart = /_(?=x[0-9A-Fa-f]{4}_)/g;

export interface XlsxText {
  /** The text to hand to ExcelJS. */
  readonly text: string;
  /** The characters removed, as "U+0007", in order of appearance, each once. */
  readonly removed: readonly string[];
}

const codePoint = (c: string): string => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

export function xlsxText(text: string): XlsxText {
  const removed = new Set<string>();
  const kept = text.replace(unwritable, (c) => {
    removed.add(codePoint(c));
    return "";
  });
  return { text: kept.replace(escapeStart, "_x005F_"), removed: [...removed] };
}

/** = + - @ and their full-width forms ＝ ＋ － ＠. */
const formulaMarks = `=+-@${widen("=+-@")}`;

/**
 * Text Excel would turn into a formula when the cell is edited (F2, Enter), unless the cell
 * carries the quote prefix: it starts with = + - @ or their full-width forms, which Excel
 * takes as the same characters when they are typed.
 */
export function formulaLike(text: string): boolean {
  return text !== "" && formulaMarks.includes(text.charAt(0));
}

/** Characters removed from the text of one cell. */
export interface TextRemoval {
  readonly sheet: string;
  readonly address: string;
  readonly removed: readonly string[];
}

export function describeRemoval(r: TextRemoval, lang: Lang): string {
  return messagesFor(lang).cli.removedCharacters(`${sheetPrefix(r.sheet)}${r.address}`, r.removed);
}
