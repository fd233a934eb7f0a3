/**
 * What the workbook records about a KPI table, in hidden names saved with it (never on a sheet),
 * read in the same round trip as the marks (inspect.ts):
 * - what an output was made from: writing the goal summary or the report stamps a name
 *   KpiSheets_summaryOf_<table> (KpiSheets_reportOf_…) with a fingerprint of the KPI table's
 *   contents as they were read for it (`="t1:5f3a…"`); the workbook status compares it with the
 *   table as it is now, so an output older than the last change to its table says so;
 * - the departments' round (src/departments/round.ts), KpiSheets_departmentsOf_<table>, written
 *   on send and on collect.
 */
import { decodeRound, DepartmentRound } from "../../src/departments/round";
import { markPrefix } from "./marks";
import { nameKey } from "./inspect";

/** The comment of every record: what Excel's Name Manager shows for it. */
export const stampComment = "KPI Sheets: read by the workbook status";

/** The outputs made from a KPI table that can fall behind it. */
export type StampedOutput = "summary" | "report";

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

/** The name of a table's departments' round record: KpiSheets_departmentsOf_KpiTable. */
export const roundName = (table: string): string => `${markPrefix}departmentsOf_${table}`;

/** The formula of a record: a text constant, which Excel keeps in a name as ="…" (quotes doubled). */
export const stampFormula = (text: string): string => `="${text.replace(/"/g, '""')}"`;

type Names = readonly { readonly name: string; readonly formula: string }[];

/** The text a record of that name holds; undefined when there is no such name or it holds no text constant. */
export function readRecord(names: Names, name: string): string | undefined {
  const key = nameKey(name);
  const found = names.find((n) => nameKey(n.name) === key);
  const m = found === undefined ? null : /^=\s*"((?:[^"]|"")*)"$/.exec(found.formula.trim());
  return m === null ? undefined : m[1].replace(/""/g, '"');
}

/** The fingerprint a stamp holds, among a workbook's names; undefined when there is no such stamp. */
export const readStamp = (names: Names, output: StampedOutput, table: string): string | undefined =>
  readRecord(names, stampName(output, table));

/** The departments' round recorded for a table; undefined when there is none or it cannot be read. */
export function recordedRound(names: Names, table: string): DepartmentRound | undefined {
  const text = readRecord(names, roundName(table));
  return text === undefined ? undefined : decodeRound(text);
}

/** Queues writing a record: a hidden name holding `text`, replacing one of the same name. */
export function queueRecord(context: Excel.RequestContext, names: Names, name: string, text: string): void {
  const key = nameKey(name);
  if (names.some((n) => nameKey(n.name) === key)) context.workbook.names.getItem(name).delete();
  context.workbook.names.add(name, stampFormula(text), stampComment).visible = false;
}
