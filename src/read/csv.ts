/**
 * CSV records with the physical line of every cell: RFC 4180 as Excel writes it, read strictly.
 * A cell that starts with a quote runs to the next lone quote ("" is a quote inside it), over line
 * breaks; a quote elsewhere in a cell is a plain character, as Excel reads it. A quote that is
 * never closed, or text after a closing quote, is an error: reading on would swallow the lines
 * after it into one cell, and goals would vanish without a word.
 * Written by hand rather than with papaparse, which guesses the delimiter from the data, reports
 * neither the line of a record nor that of a quote error, and accepts text after a closing quote.
 */

export type Delimiter = "," | "\t" | ";";

export interface CsvRecord {
  readonly cells: readonly string[];
  /** The physical line (1-based) each cell starts on. LF, CR LF and a bare CR each end a line. */
  readonly lines: readonly number[];
}

export type QuoteProblem = "unclosed" | "textAfterQuote";

export type CsvRead =
  | { readonly kind: "records"; readonly records: readonly CsvRecord[] }
  | {
      readonly kind: "quote";
      readonly problem: QuoteProblem;
      /** The record (0 = the header) and cell of the quoted cell, and the line of its opening quote. */
      readonly record: number;
      readonly cell: number;
      readonly line: number;
      /** unclosed: the start of the cell after its opening quote; textAfterQuote: what follows the closing quote. */
      readonly text: string;
      /** The line of the closing quote (textAfterQuote; a stray quote may put it far below), or the last line (unclosed). */
      readonly closedOn: number;
      /** The header's cells, when the error is below it: the column of the quoted cell. */
      readonly header: readonly string[];
    };

export type DelimiterRead =
  | { readonly kind: "delimiter"; readonly delimiter: Delimiter }
  | { readonly kind: "ambiguous"; readonly counts: ReadonlyMap<Delimiter, number> };

const candidates: readonly Delimiter[] = [",", "\t", ";"];

/**
 * The delimiter, from the header row alone: the one of comma, tab and semicolon it holds most
 * (outside quotes). Notes full of semicolons in the rows below cannot change it. A header holding
 * two of them equally often is ambiguous; one holding none is a single column, read with commas.
 */
export function headerDelimiter(text: string): DelimiterRead {
  const counts = new Map<Delimiter, number>(candidates.map((d) => [d, 0]));
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
      continue;
    }
    if (c === "\n" || c === "\r") break;
    const n = counts.get(c as Delimiter);
    if (n !== undefined) {
      counts.set(c as Delimiter, n + 1);
      fieldStart = true;
      continue;
    }
    if (c === '"' && fieldStart) quoted = true;
    fieldStart = false;
  }
  const most = Math.max(...counts.values());
  const winners = candidates.filter((d) => counts.get(d) === most);
  if (most === 0) return { kind: "delimiter", delimiter: "," };
  if (winners.length > 1) return { kind: "ambiguous", counts };
  return { kind: "delimiter", delimiter: winners[0] };
}

/** Reads every record of a CSV text in one pass (linear in its length). */
export function readCsv(text: string, delimiter: Delimiter): CsvRead {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let lines: number[] = [];
  let line = 1;
  /** The line the cell being read starts on. */
  let cellLine = 1;
  let i = 0;
  const n = text.length;
  /** Counts the line breaks in text[from, to) into `line`. */
  const countLines = (from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) line++;
    }
  };
  /** The error of the quoted cell being read: its record, cell and opening line, and the line reached. */
  const quote = (problem: QuoteProblem, found: string): CsvRead => ({
    kind: "quote",
    problem,
    record: records.length,
    cell: cells.length,
    line: cellLine,
    text: found,
    closedOn: line,
    header: records[0]?.cells ?? [],
  });
  if (n === 0) return { kind: "records", records };
  for (;;) {
    cellLine = line;
    if (text[i] === '"') {
      const parts: string[] = [];
      let start = i + 1;
      for (;;) {
        const q = text.indexOf('"', start);
        if (q < 0) {
          countLines(start, n);
          return quote("unclosed", text.slice(i + 1, i + 49));
        }
        countLines(start, q);
        if (text[q + 1] === '"') {
          parts.push(text.slice(start, q + 1));
          start = q + 2;
          continue;
        }
        parts.push(text.slice(start, q));
        i = q + 1;
        break;
      }
      // spaces between a closing quote and the delimiter are outside the cell, as Excel reads them
      while (text[i] === " " || (text[i] === "\t" && delimiter !== "\t")) i++;
      if (i < n && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") {
        return quote("textAfterQuote", text.slice(i, i + 48));
      }
      cells.push(parts.join(""));
    } else {
      let j = i;
      while (j < n && text[j] !== delimiter && text[j] !== "\n" && text[j] !== "\r") j++;
      cells.push(text.slice(i, j));
      i = j;
    }
    lines.push(cellLine);
    if (i >= n) break;
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
    line++;
    records.push({ cells, lines });
    cells = [];
    lines = [];
    if (i >= n) return { kind: "records", records };
  }
  records.push({ cells, lines });
  return { kind: "records", records };
}
