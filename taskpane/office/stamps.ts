/**
 * What an output was made from. When the goal summary is written, a hidden workbook name
 * KpiSheets_summaryOf_<table> records a fingerprint of the KPI table's contents as they were read
 * for it (`="t1:5f3a…"`). The workbook status compares it with the table as it is now: a summary
 * older than the last change to its table says so. A name is read in the same round trip as the
 * marks (inspect.ts) and is saved with the workbook; it never appears on a sheet.
 */
import { markPrefix } from "./marks";
import { nameKey } from "./inspect";

/** The outputs made from a KPI table that can fall behind it. */
export type StampedOutput = "summary";

/** The stamp's name for an output of a table: KpiSheets_summaryOf_KpiTable_2. */
export const stampName = (output: StampedOutput, table: string): string => `${markPrefix}${output}Of_${table}`;

/** FNV-1a (32 bits) over the table's cells: equal contents, equal fingerprint. */
export function tableFingerprint(header: readonly unknown[], rows: readonly (readonly unknown[])[]): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify([header, rows]);
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `t1:${hash.toString(16).padStart(8, "0")}:${rows.length}`;
}

/** The formula of a stamp: a text constant, which Excel keeps in a name as ="…". */
export const stampFormula = (fingerprint: string): string => `="${fingerprint}"`;

/** The fingerprint a stamp holds, among a workbook's names; undefined when there is no such stamp. */
export function readStamp(
  names: readonly { readonly name: string; readonly formula: string }[],
  output: StampedOutput,
  table: string,
): string | undefined {
  const key = nameKey(stampName(output, table));
  const found = names.find((n) => nameKey(n.name) === key);
  const m = found === undefined ? null : /^=\s*"([^"]*)"$/.exec(found.formula.trim());
  return m === null ? undefined : m[1];
}
