/**
 * The metadata of a department file, kept in a hidden sheet (a re-save by LibreOffice, an older
 * Excel or a Python script keeps sheets, while it may drop a custom XML part): the master it was
 * split from, the department, the year, where its table is, and the fingerprint, sealed by a
 * digest so an edit of the hidden sheet is seen.
 */
import { ReturnField } from "./outcome";
import { digest, FingerprintEntry } from "./fingerprint";

/** The hidden sheet's name and its first cell, which tell a department file from any workbook. */
export const returnInfoSheet = "KpiReturn";
const marker = "kpi-sheets return";
const version = "1";

export interface ReturnMeta {
  readonly master: string;
  readonly department: string;
  readonly year: number;
  /** The KPI sheet and the 1-based row of its table's header. */
  readonly sheet: string;
  readonly headerRow: number;
  readonly fingerprint: readonly FingerprintEntry[];
}

/** The hidden sheet's metadata, or why there is none to trust. */
export type MetaRead =
  | { readonly kind: "sealed"; readonly meta: ReturnMeta }
  /** The sheet is there but was edited: where the table is may still be read, nothing else is trusted. */
  | { readonly kind: "broken"; readonly meta: ReturnMeta }
  | { readonly kind: "missing" };

const fields: readonly ReturnField[] = ["actual", "status", "next", "target", "baseline"];

function sealOf(meta: Omit<ReturnMeta, "sheet" | "headerRow">): string {
  const entries = meta.fingerprint.map((e) => [e.id, e.field, e.year, e.value].join("\u0001"));
  return digest([marker, version, meta.master, meta.department, meta.year, ...entries].join("\u0002"));
}

/** The rows of the hidden sheet, all text. */
export function metaRows(meta: ReturnMeta): string[][] {
  return [
    [marker, version],
    ["master", meta.master],
    ["department", meta.department],
    ["year", String(meta.year)],
    ["sheet", meta.sheet],
    ["headerRow", String(meta.headerRow)],
    ["seal", sealOf(meta)],
    ["id", "field", "year", "value"],
    ...meta.fingerprint.map((e) => [e.id, e.field, String(e.year), e.value]),
  ];
}

const cellText = (cell: unknown): string =>
  typeof cell === "string" ? cell : typeof cell === "number" || typeof cell === "boolean" ? String(cell) : "";

/** The metadata in the hidden sheet's rows (undefined rows: the file has no such sheet). */
export function readMeta(rows: readonly (readonly unknown[])[] | undefined): MetaRead {
  if (rows === undefined) return { kind: "missing" };
  const text = rows.map((row) => row.map(cellText));
  if (text[0]?.[0] !== marker) return { kind: "missing" };
  const value = (key: string): string => text.find((row) => row[0] === key)?.[1] ?? "";
  const year = Number(value("year"));
  const headerRow = Number(value("headerRow"));
  if (!Number.isInteger(year) || !Number.isInteger(headerRow) || headerRow < 1) return { kind: "missing" };
  const start = text.findIndex((row) => row[0] === "id" && row[1] === "field");
  const fingerprint = (start < 0 ? [] : text.slice(start + 1)).flatMap((row): FingerprintEntry[] => {
    const [id = "", field = "", y = "", v = ""] = row;
    const known = fields.find((f) => f === field);
    return id === "" || known === undefined ? [] : [{ id, field: known, year: Number(y), value: v }];
  });
  const meta: ReturnMeta = {
    master: value("master"),
    department: value("department"),
    year,
    sheet: value("sheet"),
    headerRow,
    fingerprint,
  };
  return start >= 0 && value("seal") === sealOf(meta) ? { kind: "sealed", meta } : { kind: "broken", meta };
}
