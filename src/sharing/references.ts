import { columnIndex, columnLetter } from "../sheets/address";

/** A plain A1 reference, perhaps sheet-qualified: 'My sheet'!$B$2:$B$10. */
export interface RangeRef {
  /** "'My sheet'!" or "KPI!" or "". */
  readonly prefix: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  readonly absolute: { readonly row: boolean; readonly column: boolean };
}

const refPattern =
  /^((?:'(?:[^']|'')+'|[A-Za-z0-9_.\u0080-\uFFFF]+)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?$/u;

/** The reference an argument is, or undefined when it is anything else (a name, an expression). */
export function parseRef(text: string): RangeRef | undefined {
  const m = refPattern.exec(text.trim());
  if (m === null) return undefined;
  const [, prefix = "", c$, col, r$, row, , col2, , row2] = m;
  const c1 = columnIndex(col);
  const r1 = Number(row) - 1;
  const c2 = col2 === undefined ? c1 : columnIndex(col2);
  const r2 = row2 === undefined ? r1 : Number(row2) - 1;
  return {
    prefix,
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    columns: Math.abs(c2 - c1) + 1,
    absolute: { row: r$ === "$", column: c$ === "$" },
  };
}

/** One cell of a reference, keeping its $ marks: $B$2:$B$10 at (3, 0) → $B$5. */
export function cellOf(ref: RangeRef, row: number, column: number): string {
  const c = `${ref.absolute.column ? "$" : ""}${columnLetter(ref.left + column)}`;
  const r = `${ref.absolute.row ? "$" : ""}${ref.top + row + 1}`;
  return `${ref.prefix}${c}${r}`;
}

/** One column of a reference as a range: the labels of a scale. */
export function columnOf(ref: RangeRef, column: number): string {
  const first = cellOf(ref, 0, column);
  return ref.rows === 1 ? first : `${first}:${cellOf(ref, ref.rows - 1, column).slice(ref.prefix.length)}`;
}
