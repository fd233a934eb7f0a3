import { clean } from "./text";
import { isUnit } from "./units";
import { dashCharacters, missingWords, negativeMarks, qualifierMarks, qualifierWords } from "./vocabulary";

/**
 * Why a value is missing. Each is shown as "-" and skipped by averages, never counted as 0.
 * - `blank`: nothing written
 * - `notSet`: a dash (-, －, ―): no target for that year, or not measured yet
 * - `unpublished`: 未公表, the statistic is not out yet
 * - `indicatorChanged`: 指標変更, the indicator was replaced during the plan
 */
export type MissingReason = "blank" | "notSet" | "unpublished" | "indicatorChanged";

export interface NumberValue {
  readonly kind: "number";
  readonly value: number;
  /** The unit written after the number (人, 件, %, ㎡/人), or "" when none. */
  readonly unit: string;
}

export interface MissingValue {
  readonly kind: "missing";
  readonly reason: MissingReason;
}

/** Text that is neither a number nor a missing marker. */
export interface UnreadableValue {
  readonly kind: "unreadable";
  readonly text: string;
}

/** A value as it stands in a plan: a number or a missing value. */
export type PlanValue = NumberValue | MissingValue;
export type ReadValue = PlanValue | UnreadableValue;

export const missing = (reason: MissingReason): MissingValue => ({ kind: "missing", reason });
export const num = (value: number, unit = ""): NumberValue => ({ kind: "number", value, unit });

const markers: ReadonlyMap<string, MissingReason> = new Map([
  [missingWords.unpublished, "unpublished"],
  [missingWords.indicatorChanged, "indicatorChanged"],
]);

const escaped = (chars: string): string => chars.replace(/[-\]^\\]/g, "\\$&");
const dash = new RegExp(`^[${escaped(dashCharacters)}]+$`, "u");
const qualifier = new RegExp(`${qualifierWords.join("|")}|[${escaped(qualifierMarks)}]`, "u");
const negativeSigns = new Set(["-", ...negativeMarks]);
/**
 * Sign, then 6,439 or 6439 or .5 with optional decimals, then the rest. The rest is matched by
 * `.*` with the s flag, which cannot fail, so nothing is retried: the match is linear in the
 * length of the text (an earlier pattern let a unit and the spaces before it compete for the same
 * characters, and took seconds on a cell of spaces).
 */
const numberPattern = new RegExp(
  `^([+\\-${negativeMarks}]?)\\s*((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)(.*)$`,
  "su",
);

/**
 * Reads what staff write in a cell or a plan file: 6,439 / 6,439人 / 42.6％ / １２３ / 8.15㎡/人 /
 * ▲3,703 and △12 (negative, the Japanese way) / - and － / 未公表 / 指標変更 / blank.
 * A number written with % keeps its written value (42.6％ → 42.6, unit "%"), as plan tables do.
 * Text after the number must be a unit: one of `knownUnits`, or `rowUnit`, the unit the row
 * declares. Anything else (100見込み, 100(暫定), 12abc, 5e) is unreadable, never the bare number.
 */
export function readValue(input: unknown, rowUnit = ""): ReadValue {
  if (input === null || input === undefined) return missing("blank");
  if (typeof input === "number") {
    return Number.isFinite(input) ? num(input) : { kind: "unreadable", text: String(input) };
  }
  if (typeof input !== "string")
    return {
      kind: "unreadable",
      text: typeof input === "boolean" ? String(input) : (JSON.stringify(input) ?? typeof input),
    };
  const text = clean(input);
  if (text === "") return missing("blank");
  const marker = markers.get(text);
  if (marker !== undefined) return missing(marker);
  if (dash.test(text)) return missing("notSet");
  const unreadable: UnreadableValue = { kind: "unreadable", text: input.trim() };
  const match = numberPattern.exec(text);
  if (match === null) return unreadable;
  const [, sign = "", digits = "", rest = ""] = match;
  const unit = rest.trim();
  if (unit !== "" && (qualifier.test(unit) || !isUnit(unit, rowUnit))) return unreadable;
  const magnitude = Number(digits.replace(/,/g, ""));
  if (!Number.isFinite(magnitude)) return unreadable;
  const negative = negativeSigns.has(sign);
  return num(negative && magnitude !== 0 ? -magnitude : magnitude, unit);
}
