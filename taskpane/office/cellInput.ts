import { OwnCell } from "../../src/sheets/sheetPlan";

/**
 * Text Excel would not keep as typed: a formula or sign (= + - @), an apostrophe (eaten as the
 * quote prefix), an error literal (#N/A), TRUE/FALSE, or anything with a digit (Excel turns
 * "6,439", "1/2", "50%" or "R3/4/1" into numbers and dates).
 */
export function needsQuotePrefix(text: string): boolean {
  return /^[=+\-@'#]/u.test(text) || /\d/u.test(text) || /^\s*(true|false)\s*$/iu.test(text);
}

/**
 * What goes into Range.formulas for one cell. Text that Excel would reinterpret gets the
 * apostrophe quote prefix, as a user would type it: Excel stores the text without the
 * apostrophe and never evaluates it (a number format of "@" is not used, because it would
 * also turn numbers the user types there later into text).
 */
export function cellInput(cell: OwnCell): string | number {
  switch (cell.kind) {
    case "text":
      return needsQuotePrefix(cell.text) ? `'${cell.text}` : cell.text;
    case "number":
      // a sheet plan never holds NaN or Infinity; if one did, Excel would store an error
      if (!Number.isFinite(cell.value)) throw new Error(`a sheet plan holds a non-finite number (${cell.value})`);
      return cell.value;
    case "formula":
      return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
    case "empty":
      return "";
  }
}
