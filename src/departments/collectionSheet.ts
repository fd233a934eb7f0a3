/**
 * The collection sheet (回収状況) of a merged workbook: per department, its file, when it was
 * merged, filled / expected, rejected, state. Returns come in over weeks and are merged in
 * batches: a department that returned in an earlier batch keeps its row (its file, its time)
 * when a later batch has no file of it, instead of reading 未返送 again.
 */
import { departmentMessages } from "../i18n/departments";
import { Lang, langs } from "../lang";
import { Cell, empty, number, SheetPlan, text } from "../sheets/sheetPlan";
import { ReturnOutcome, ReturnState } from "./outcome";

const textCell = (value: string): Cell => (value === "" ? empty : text(value));

/** A row of an earlier collection sheet, as read back: its cells as they were, and whether the department had returned. */
export interface CollectionRow {
  readonly department: string;
  readonly cells: readonly Cell[];
  readonly returned: boolean;
}

const plainText = (value: unknown): string =>
  typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";

/** The state a state cell names, in either language; undefined for a cell typed over. */
function stateOf(value: string): ReturnState | undefined {
  for (const lang of langs) {
    const states = departmentMessages(lang).states;
    const found = (Object.keys(states) as ReturnState[]).find((state) => states[state] === value);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The rows of an earlier collection sheet (its values from A1), found under its header in either
 * language; none when the sheet holds no such header.
 */
export function readCollectionRows(rows: readonly (readonly unknown[])[]): CollectionRow[] {
  const isHeader = (row: readonly unknown[]): boolean =>
    langs.some((lang) => departmentMessages(lang).collectionHeaders.every((h, i) => plainText(row[i]) === h));
  const at = rows.findIndex((row) => row !== undefined && isHeader(row));
  if (at === -1) return [];
  const width = departmentMessages("ja").collectionHeaders.length;
  return rows
    .slice(at + 1)
    .filter((row) => row !== undefined && plainText(row[0]) !== "")
    .map((row) => {
      const cells = Array.from({ length: width }, (_, i): Cell => {
        const value = row[i];
        return typeof value === "number" ? number(value) : textCell(plainText(value));
      });
      const state = stateOf(plainText(row[5]));
      return { department: plainText(row[0]), cells, returned: state !== undefined && state !== "missing" };
    });
}

/**
 * `mergedAt` is the time of the merge as it should be shown (the caller's clock: this module has
 * none); `earlier`, the rows of the collection sheet this one replaces (readCollectionRows).
 */
export function collectionSheet(
  returns: readonly ReturnOutcome[],
  mergedAt: string,
  lang: Lang,
  name?: string,
  earlier: readonly CollectionRow[] = [],
): SheetPlan {
  const m = departmentMessages(lang);
  const before = new Map<string, CollectionRow[]>();
  for (const row of earlier) before.set(row.department, [...(before.get(row.department) ?? []), row]);
  const current = new Set(returns.map((r) => r.department));
  const rows: (readonly Cell[])[] = [];
  for (const r of returns) {
    const kept = before.get(r.department) ?? [];
    if (r.state === "missing" && r.file === "" && kept.some((row) => row.returned)) {
      rows.push(...kept.map((row) => row.cells));
      continue;
    }
    rows.push([
      text(r.department),
      textCell(r.file),
      r.state === "missing" && r.file === "" ? empty : text(mergedAt),
      text(`${r.filled} / ${r.expected}`),
      number(r.rejected),
      text(m.states[r.state]),
      r.unverified ? text(m.unverified) : empty,
    ]);
  }
  // a department the plan no longer has keeps its rows: what it returned is still on record
  for (const row of earlier) if (!current.has(row.department)) rows.push(row.cells);
  return {
    name: name ?? m.collectionSheet,
    role: "collection",
    blocks: [
      { at: "A1", cells: [m.collectionHeaders.map(text)], bold: true },
      ...(rows.length === 0 ? [] : [{ at: "A2", cells: rows }]),
    ],
    columns: [14, 28, 20, 12, 8, 20, 40].map((width, i) => ({ column: String.fromCharCode(65 + i), width })),
    freeze: { rows: 1, columns: 0 },
    tables: [],
    conditionalFormats: [],
    validations: [],
  };
}
