/**
 * A formula moved as Excel moves it when the formula is copied to another cell: the relative row
 * and column parts of its A1 references shift by the distance copied, and a reference shifted off
 * the sheet becomes #REF!. Absolute ($) parts, structured references (KpiTable[達成率]), defined
 * names, strings and function names stay as they are.
 */
import { columnIndex, columnLetter } from "./a1";
import { tokenize } from "./tokens";

const sheetRows = 1048576;
const sheetColumns = 16384;

/** One side of a ":" in a reference, 0-based; `abs` marks a $. */
type Part =
  | {
      readonly kind: "cell";
      readonly column: number;
      readonly columnAbs: boolean;
      readonly row: number;
      readonly rowAbs: boolean;
    }
  | { readonly kind: "column"; readonly column: number; readonly abs: boolean }
  | { readonly kind: "row"; readonly row: number; readonly abs: boolean }
  | { readonly kind: "text"; readonly text: string };

/** A piece of the formula: text kept as written, or a reference (its sheet prefix and parts). */
type Piece =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "ref"; readonly prefix: string; readonly parts: readonly Part[] };

const cellPart = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const columnPart = /^(\$?)([A-Za-z]{1,3})$/;
const rowPart = /^(\$?)(\d+)$/;

function parsePart(text: string): Part {
  const cell = cellPart.exec(text);
  if (cell !== null) {
    const [, c$ = "", letters = "", r$ = "", digits = ""] = cell;
    const column = columnIndex(letters);
    const row = Number(digits) - 1;
    // past XFD or the last row it is a name (XFE1 is one), not a cell
    if (column < sheetColumns && row >= 0 && row < sheetRows)
      return { kind: "cell", column, columnAbs: c$ === "$", row, rowAbs: r$ === "$" };
  }
  const column = columnPart.exec(text);
  if (column !== null) return { kind: "column", column: columnIndex(column[2] ?? ""), abs: column[1] === "$" };
  const row = rowPart.exec(text);
  if (row !== null) return { kind: "row", row: Number(row[2]) - 1, abs: row[1] === "$" };
  return { kind: "text", text };
}

/**
 * The reference an address is (the part after any sheet prefix), or undefined. A cell moves
 * wherever it stands (A1:INDEX(…) moves its A1); a bare column or row only as one side of a
 * column range (C:C) or row range (5:5), so a number such as 2021 never does.
 */
function parseAddress(address: string): Part[] | undefined {
  const parts = address.split(":").map(parsePart);
  const only = (kind: Part["kind"]) => parts.length === 2 && parts.every((p) => p.kind === kind);
  if (parts.some((p) => p.kind === "cell") || only("column") || only("row"))
    return parts.map((p) => (p.kind === "cell" || only(p.kind) ? p : { kind: "text", text: textOf(p) }));
  return undefined;
}

/** A part as written. */
function textOf(part: Part): string {
  switch (part.kind) {
    case "cell":
      return `${part.columnAbs ? "$" : ""}${columnLetter(part.column)}${part.rowAbs ? "$" : ""}${part.row + 1}`;
    case "column":
      return `${part.abs ? "$" : ""}${columnLetter(part.column)}`;
    case "row":
      return `${part.abs ? "$" : ""}${part.row + 1}`;
    case "text":
      return part.text;
  }
}

/** The prefix (sheet, external book, @) and address of a word of the formula; no address for a structured reference. */
function splitWord(word: string): { prefix: string; address: string } | undefined {
  const close = word.lastIndexOf("]");
  const bang = word.lastIndexOf("!");
  // Table[col] stays; [Book.xlsx]Sheet!A1 is a reference into another workbook
  if (close >= 0 && bang < close) return undefined;
  if (bang >= 0) return { prefix: word.slice(0, bang + 1), address: word.slice(bang + 1) };
  const at = /^@*/.exec(word)?.[0] ?? "";
  return { prefix: at, address: word.slice(at.length) };
}

function pieceOf(kind: string, text: string): Piece {
  let split: { prefix: string; address: string } | undefined;
  if (kind === "other") split = splitWord(text);
  if (kind === "sheetRef") {
    // 'Sheet name'!A1: the quoted name ends at the last apostrophe
    const end = text.lastIndexOf("'") + 1;
    if (text.charAt(end) === "!") split = { prefix: text.slice(0, end + 1), address: text.slice(end + 1) };
  }
  const parts = split === undefined ? undefined : parseAddress(split.address);
  return split === undefined || parts === undefined
    ? { kind: "text", text }
    : { kind: "ref", prefix: split.prefix, parts };
}

/**
 * A reference with its columns already moved: texts, and the 0-based relative rows between them,
 * which move with each copy; `rows` gives the lowest and highest of them, for leaving the sheet.
 */
interface Moved {
  readonly prefix: string;
  readonly segments: readonly (string | number)[];
  readonly offSheet: boolean;
  readonly rows: { readonly low: number; readonly high: number };
}

const inSheet = (n: number, size: number) => n >= 0 && n < size;

/** A reference moved `columns` across, its relative rows left to move. */
function moveAcross(prefix: string, parts: readonly Part[], columns: number): Moved {
  const segments: (string | number)[] = [];
  let offSheet = false;
  const text = (t: string) => {
    const last = segments[segments.length - 1];
    if (typeof last === "string") segments[segments.length - 1] = last + t;
    else segments.push(t);
  };
  const row = (r: number, abs: boolean) => (abs ? text(`$${r + 1}`) : segments.push(r));
  const column = (c: number, abs: boolean) => {
    const at = abs ? c : c + columns;
    if (!inSheet(at, sheetColumns)) offSheet = true;
    text(`${abs ? "$" : ""}${columnLetter(at)}`);
  };
  parts.forEach((part, i) => {
    if (i > 0) text(":");
    switch (part.kind) {
      case "cell":
        column(part.column, part.columnAbs);
        return row(part.row, part.rowAbs);
      case "column":
        return column(part.column, part.abs);
      case "row":
        return row(part.row, part.abs);
      case "text":
        return text(part.text);
    }
  });
  const relative = segments.filter((s): s is number => typeof s === "number");
  // no relative row: nothing to leave the sheet (high < low says so)
  const low = relative.length === 0 ? 0 : Math.min(...relative);
  const high = relative.length === 0 ? -Infinity : Math.max(...relative);
  return { prefix, segments, offSheet, rows: { low, high } };
}

/**
 * The formula as a function of how far it is copied: tokenized once (and moved across once per
 * distance across), so a column of thousands of rows is compared or filled without parsing each
 * row's formula again.
 */
export function formulaShifter(formula: string): (rows: number, columns?: number) => string {
  const pieces = tokenize(formula).map((t) => pieceOf(t.kind, t.text));
  const across = new Map<number, readonly (string | Moved)[]>();
  return (rows, columns = 0) => {
    let moved = across.get(columns);
    if (moved === undefined) {
      moved = pieces.map((p) => (p.kind === "text" ? p.text : moveAcross(p.prefix, p.parts, columns)));
      across.set(columns, moved);
    }
    let out = "";
    for (const piece of moved) {
      if (typeof piece === "string") {
        out += piece;
        continue;
      }
      out += piece.prefix;
      const { low, high } = piece.rows;
      if (piece.offSheet || (high >= low && (low + rows < 0 || high + rows >= sheetRows))) {
        out += "#REF!";
        continue;
      }
      for (const s of piece.segments) out += typeof s === "string" ? s : String(s + rows + 1);
    }
    return out;
  };
}

/** The formula copied `rows` down and `columns` right (negative: up, left), as Excel writes it there. */
export function shiftFormula(formula: string, rows: number, columns = 0): string {
  return formulaShifter(formula)(rows, columns);
}
