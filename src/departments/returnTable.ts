/**
 * A department's return as the merge reads it: its metadata (meta.ts) and its KPI table, found
 * where the metadata says (the sheet and header row written at split time). A file without the
 * hidden sheet (copied into a new workbook, say) is searched for a header with an id column,
 * and its values are then unverified.
 */
import { Column, readHeader } from "../columns";
import { MetaRead, readMeta, returnInfoSheet } from "./meta";

/** A workbook's sheets as grids of cell values (number, text, boolean; undefined where blank), row by row. */
export type Grids = ReadonlyMap<string, readonly (readonly unknown[])[]>;

export interface ReturnTable {
  readonly file: string;
  readonly meta: MetaRead;
  readonly sheet: string;
  /** The 1-based sheet row of the header; row r of `rows` is sheet row headerRow + 1 + r. */
  readonly headerRow: number;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly unknown[])[];
}

const cellText = (cell: unknown): string =>
  typeof cell === "string" ? cell.trim() : typeof cell === "number" ? String(cell) : "";

const isIdHeader = (row: readonly unknown[]): boolean => {
  const fields = row.map((c) => readHeader(cellText(c)));
  const has = (field: string): boolean => fields.some((f) => f.kind === "field" && f.field === field);
  return has("id") && has("name");
};

/** Where the table is when there is no metadata: the first row (of the first 20 of a sheet) that names an id and a name. */
function findTable(grids: Grids): { sheet: string; headerRow: number } | undefined {
  for (const [sheet, rows] of grids) {
    const at = rows.slice(0, 20).findIndex(isIdHeader);
    if (at >= 0) return { sheet, headerRow: at + 1 };
  }
  return undefined;
}

/** The first KPI table with ids in a workbook's grids: its header and the rows below it, and where it is. */
export function kpiTableIn(
  grids: Grids,
): { sheet: string; headerRow: number; header: readonly unknown[]; rows: readonly (readonly unknown[])[] } | undefined {
  const place = findTable(grids);
  if (place === undefined) return undefined;
  const rows = grids.get(place.sheet) ?? [];
  return { ...place, header: rows[place.headerRow - 1] ?? [], rows: rows.slice(place.headerRow) };
}

/** The return in a workbook's grids, or undefined when it holds no KPI table with ids. */
export function readReturn(file: string, grids: Grids): ReturnTable | undefined {
  const meta = readMeta(grids.get(returnInfoSheet));
  const said = meta.kind === "missing" ? undefined : { sheet: meta.meta.sheet, headerRow: meta.meta.headerRow };
  const sayRows = said === undefined ? undefined : grids.get(said.sheet)?.[said.headerRow - 1];
  const place = said !== undefined && sayRows !== undefined && isIdHeader(sayRows) ? said : findTable(grids);
  if (place === undefined) return undefined;
  const rows = grids.get(place.sheet) ?? [];
  const header = rows[place.headerRow - 1] ?? [];
  return {
    file,
    meta,
    sheet: place.sheet,
    headerRow: place.headerRow,
    columns: header.map((h) => readHeader(cellText(h))),
    rows: rows.slice(place.headerRow),
  };
}
