/**
 * A sheet cell as the plan reader takes it: what staff meant when they typed it. A number
 * formatted as a percentage holds 0.426 and shows 42.6%: the plan means 42.6%. A date in a year
 * cell is the fiscal year it falls in. A formula is read by its saved value.
 */
import { clean } from "../text";
import { unreachable } from "../unreachable";
import { yearLabel } from "../year";
import { CellValue, GridCell } from "./grid";

/** Whether a number format shows its number as a percentage (a % outside quotes and escapes). */
export function isPercentFormat(format: string): boolean {
  return /%/u.test(format.replace(/"[^"]*"|\\.|\[[^\]]*\]/gu, ""));
}

/** Whether a number format shows a date (y, m, d outside quotes, escapes and colours). */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/gu, "");
  return bare.toLowerCase() !== "general" && /[yd]|m(?!.*[hs])/iu.test(bare) && !/^[#0.,%]+$/u.test(bare);
}

/** A double at Excel's 15 significant digits: 0.426 * 100 is 42.6, not 42.599999999999994. */
const excelDigits = (x: number): number => Number(x.toPrecision(15));

/** Days from Excel's day 0 (1899-12-30 in the 1900 system, Lotus's leap year included) to 1970-01-01. */
const unixEpochSerial = 25569;

/** The fiscal year (April to March) a date serial falls in. */
export function fiscalYearOfSerial(serial: number): number {
  const date = new Date(Math.round((serial - unixEpochSerial) * 86_400_000));
  const year = date.getUTCFullYear();
  return date.getUTCMonth() < 3 ? year - 1 : year;
}

/** What the cell is read as: text or a number as the plan means it; uncalculated is a formula without a value. */
export type Typed = { readonly kind: "value"; readonly value: string | number } | { readonly kind: "uncalculated" };

const value = (v: string | number): Typed => ({ kind: "value", value: v });

/** How a column's cells are meant: values (targets, actuals, the baseline), a year, or text. */
export type CellRole = "value" | "year" | "text";

function fromValue(v: CellValue, format: string, role: CellRole): Typed {
  switch (v.kind) {
    case "empty":
      return value("");
    case "text":
      return value(v.text);
    case "error":
      return value(v.text);
    case "boolean":
      return value(v.value ? "TRUE" : "FALSE");
    case "uncalculated":
      return { kind: "uncalculated" };
    case "number": {
      if (role === "year" && isDateFormat(format)) return value(yearLabel(fiscalYearOfSerial(v.value), "ja"));
      if (isPercentFormat(format)) {
        const shown = String(excelDigits(v.value * 100));
        return value(/e/iu.test(shown) ? v.value : `${shown}%`);
      }
      return value(role === "text" ? String(excelDigits(v.value)) : v.value);
    }
    default:
      return unreachable(v);
  }
}

/** A cell as the plan reader takes it. */
export function typedValue(cell: GridCell, role: CellRole): Typed {
  return fromValue(cell.value, cell.format, role);
}

/**
 * A baseline written with its year, 6,439人（令和元年）or 42.6%（R2年度）: the value and the year
 * label. Undefined when the brackets hold no year (a note such as (暫定) stays part of the value).
 */
export function splitBaselineYear(
  text: string,
  readsAsYear: (label: string) => boolean,
): { readonly value: string; readonly year: string } | undefined {
  // full-width brackets are folded to ASCII first
  const m = /^(.*?)\s*\(\s*([^()]+?)\s*\)\s*$/su.exec(clean(text));
  if (m === null) return undefined;
  const [, head = "", year = ""] = m;
  return head !== "" && readsAsYear(year) ? { value: head, year } : undefined;
}
