/**
 * A1 addresses and references, as Excel writes them: the one home of this arithmetic for the
 * sheet plans, the sharing converter, the command line's writer and the task pane's adapter.
 */

export interface CellRef {
  /** 0-based row and column. */
  readonly row: number;
  readonly column: number;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

const cellPattern = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** Row and column (both 0-based) of a "B3" or "$B$3" style address. */
export function parseCell(address: string): CellRef {
  const m = cellPattern.exec(address.trim());
  if (m === null) throw new Error(`not a cell address: "${address}"`);
  const [, letters = "", digits = ""] = m;
  return { row: Number(digits) - 1, column: columnIndex(letters) };
}

/** "B3" for row 2, column 1 (0-based). */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** The address of a rectangle given its top-left cell and its size. */
export function rectAddress(topLeft: CellRef, rows: number, columns: number): string {
  const start = cellAddress(topLeft.row, topLeft.column);
  if (rows === 1 && columns === 1) return start;
  return `${start}:${cellAddress(topLeft.row + rows - 1, topLeft.column + columns - 1)}`;
}

/** "KPI!B3:H40", "'KPI (2)'!B3" → the sheet name (unquoted) and the top-left cell. */
export function splitSheetAddress(address: string): { sheet: string; topLeft: CellRef } {
  const bang = address.lastIndexOf("!");
  const rawSheet = bang < 0 ? "" : address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const range = address.slice(bang + 1);
  return { sheet, topLeft: parseCell(range.split(":")[0] ?? range) };
}

/** A sheet name as a formula reference: always quoted, which Excel accepts for any name. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The sheet name as a formula prefix: KPI!, '基本目標別まとめ'! only where quoting is needed, 'Goal summary'!. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? `${name}!`
    : `'${name.replace(/'/g, "''")}'!`;
}

/** An absolute reference to a cell or range of a sheet: 'Settings'!$B$3. */
export function absolute(sheet: string, address: string): string {
  const abs = address
    .split(":")
    .map((part) => part.replace(/^([A-Za-z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
  return `${sheetPrefix(sheet)}${abs}`;
}

/** A structured reference to a table column: KpiTable[達成率]; [ ] # ' in a header are escaped with '. */
export function tableColumn(table: string, header: string): string {
  return `${table}[${header.replace(/(['#[\]])/g, "'$1")}]`;
}

/** A string literal in a formula: "a""b". */
export function stringLiteral(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

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
  const [, prefix = "", c$, col = "", r$, row, , col2, , row2] = m;
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
