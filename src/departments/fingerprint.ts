/**
 * What a department file carries so that its return can be trusted: the master's identity, and
 * the value of every cell at split time (the protected ones, to catch a change; the ones to fill,
 * to tell a department's entry from a master that moved on). Values are kept as the sheet shows
 * them (valueText) and compared as values (sameValue), so a re-save that writes 42.6 as
 * 42.60000000000001 still matches.
 */
import { idKey } from "../indicatorIds";
import { Indicator, Plan } from "../plan";
import { PlanValue, readValue } from "../value";
import { missingWords } from "../vocabulary";
import { ReturnField } from "./outcome";

/** A 53-bit string hash (cyrb53) as hex: not a secret, a check that nothing was edited. */
export function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

/**
 * The master's identity: its indicators' ids and names. A return split from another plan (other
 * ids, or the same generated ids over other indicators) does not match; actuals, targets and
 * texts may change in the master without changing it.
 */
export function masterIdentity(plan: Plan): string {
  const pairs = plan.indicators.map((i) => `${idKey(i.id.text)}\u0001${i.name}`).sort();
  return digest(pairs.join("\u0002"));
}

/** A value as the sheet shows it: the number, a missing marker, "" for a blank. */
export function valueText(value: PlanValue | undefined): string {
  if (value === undefined) return "";
  if (value.kind === "number") return String(value.value);
  return value.reason === "blank" ? "" : missingWords[value.reason];
}

/** Whether two values are the same: equal numbers (to 12 significant digits) or the same marker. */
export function sameValue(a: PlanValue, b: PlanValue): boolean {
  if (a.kind === "number" && b.kind === "number") {
    return a.value === b.value || Math.abs(a.value - b.value) <= 1e-12 * Math.max(Math.abs(a.value), Math.abs(b.value));
  }
  return a.kind === "missing" && b.kind === "missing" && a.reason === b.reason;
}

/** A value of the fingerprint read back (a number, a marker or a blank). */
export function fingerprintValue(text: string): PlanValue {
  const value = readValue(text);
  return value.kind === "unreadable" ? { kind: "missing", reason: "blank" } : value;
}

/** One value at split time: an indicator's field in a year (the baseline's year is 0). */
export interface FingerprintEntry {
  readonly id: string;
  readonly field: ReturnField;
  readonly year: number;
  readonly value: string;
}

/** Every value of a department's indicators over the years of its file. */
export function fingerprintOf(indicators: readonly Indicator[], years: readonly number[]): FingerprintEntry[] {
  return indicators.flatMap((i): FingerprintEntry[] => {
    const id = i.id.text;
    const texts = (field: "status" | "next"): FingerprintEntry[] =>
      [...i.reports[field]].map(([year, value]) => ({ id, field, year, value }));
    return [
      { id, field: "baseline", year: 0, value: valueText(i.baseline) },
      ...years.flatMap((year): FingerprintEntry[] => [
        { id, field: "target", year, value: valueText(i.targets.get(year)) },
        { id, field: "actual", year, value: valueText(i.actuals.get(year)) },
      ]),
      ...texts("status"),
      ...texts("next"),
    ];
  });
}
