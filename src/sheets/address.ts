/** A1 addresses and references, as Excel writes them. Pure string helpers. */

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

/** Row and column (both 0-based) of an "B3" style address. */
export function parseCell(address: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (m === null) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
}

/** "B3" for row 2, column 1 (0-based). */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
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
