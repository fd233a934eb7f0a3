/**
 * CSV records with the physical line of every cell: RFC 4180 as Excel writes it, read strictly,
 * by papaparse. A cell that starts with a quote runs to the next lone quote ("" is a quote inside
 * it), over line breaks; a quote elsewhere in a cell is a plain character, as Excel reads it. A
 * quote that is never closed, or text after a closing quote, is an error: reading on would
 * swallow the lines after it into one cell, and goals would vanish without a word.
 * Papaparse is always given the delimiter (decided from the header row here, never guessed from
 * the data) and one line end; the few things it cannot tell are worked out beside it, each
 * saying why.
 */
import Papa from "papaparse";
import { unreachable } from "../unreachable";

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

/** The text papaparse reads, and the line ends as the file wrote them. */
interface Prepared {
  readonly text: string;
  /** Each line's end (LF, CR LF or CR), in order, when one is not LF; undefined when all are. */
  readonly ends: readonly string[] | undefined;
}

/**
 * The text papaparse reads: without a BOM (Papa.parse drops one itself, which would shift every
 * offset it reports by one) and with LF for CR LF and bare CR. Papaparse takes a single line end
 * per file, and a plan may mix all three; one character for each keeps every line where it was,
 * and the line ends as written are put back into quoted cells (placed, below).
 */
function prepared(text: string): Prepared {
  const source = text.replace(/^\uFEFF/u, "");
  if (!source.includes("\r")) return { text: source, ends: undefined };
  return { text: source.replace(/\r\n?/gu, "\n"), ends: source.match(/\r\n|\r|\n/gu) ?? [] };
}

/** Runs of more than 64 spaces of any kind (never the delimiter or a line end). */
const longRuns: Readonly<Record<Delimiter, RegExp>> = {
  ",": /[^\S\n]{65,}/gu,
  ";": /[^\S\n]{65,}/gu,
  "\t": /[^\S\n\t]{65,}/gu,
};

/**
 * The text with every run of more than 64 spaces cut to 64, for finding quote errors. Papaparse
 * trims the text from each stray quote to the next delimiter to see whether only spaces follow
 * it, so many stray quotes before a long run of spaces take time that grows with the square of
 * the file. Cutting spaces changes no quote's verdict, no cell count, no line and no message
 * (which quote at most 48 characters), so quote errors found here are those of the file.
 */
function withShortRuns(source: string, delimiter: Delimiter): string {
  const pattern = longRuns[delimiter];
  pattern.lastIndex = 0;
  if (!pattern.test(source)) return source;
  return source.replace(pattern, (run) => run.slice(0, 64));
}

/** Whether a character is space that papaparse allows between a closing quote and the delimiter (as trim() sees it). */
const isPad = (c: string | undefined, delimiter: Delimiter): boolean =>
  c !== undefined && c !== "\n" && c !== delimiter && /\s/u.test(c);

/** Papaparse's options: the delimiter always given, so it is never guessed from the data. */
const options = (delimiter: Delimiter) => ({ delimiter, newline: "\n" as const, quoteChar: '"', escapeChar: '"' });

/**
 * The delimiter, from the header row alone: the one of comma, tab and semicolon it holds most
 * (outside quotes). Notes full of semicolons in the rows below cannot change it. A header holding
 * two of them equally often is ambiguous; one holding none is a single column, read with commas.
 * Counted here rather than by papaparse, which reads with one delimiter at a time: read with the
 * wrong one, a quoted header cell holding another (`goal;"notes, remarks"`) splits as if that
 * were the delimiter, and such headers would tie. Papaparse's own guess reads the data rows.
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
  const [winner] = winners;
  if (winners.length > 1 || winner === undefined) return { kind: "ambiguous", counts };
  return { kind: "delimiter", delimiter: winner };
}

/** Reads every record of a CSV text (linear in its length: see withShortRuns). */
export function readCsv(text: string, delimiter: Delimiter): CsvRead {
  const { text: source, ends } = prepared(text);
  const probe = withShortRuns(source, delimiter);
  if (probe !== source) {
    const probed = readRecords(probe, delimiter, ends);
    if (probed.kind === "records") return readRecords(source, delimiter, ends);
    if (probed.record === 0) return probed;
    // the header as written; it has no quote error, so papaparse stops at its end
    const head = Papa.parse<string[]>(source, { ...options(delimiter), preview: 1 }).data[0] ?? [];
    return { ...probed, header: placed(head, 1, false, ends).cells };
  }
  return readRecords(source, delimiter, ends);
}

/** The offset of the first character of each line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The line (1-based) holding an offset: the number of line starts at or before it. */
function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((starts[mid] ?? Infinity) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function readRecords(source: string, delimiter: Delimiter, ends: Prepared["ends"]): CsvRead {
  const records: CsvRecord[] = [];
  if (source === "") return { kind: "records", records };
  // A last line without a line end gets one: papaparse reads spaces after a closing quote at the
  // very end as text after it. It then reports an empty row after the last line end, left out.
  const input = source.endsWith("\n") ? source : `${source}\n`;
  const starts = lineStarts(input);
  const line = (offset: number): number => lineAt(starts, offset);
  let rowStart = 0;
  let problem: CsvRead | undefined;
  Papa.parse<string[]>(input, {
    ...options(delimiter),
    step: (row, parser) => {
      // meta.cursor: where the next row starts
      const start = rowStart;
      rowStart = row.meta.cursor;
      const [error] = row.errors;
      if (error !== undefined) {
        problem = quoteError(error, start);
        parser.abort();
      } else if (start < input.length) {
        records.push(placed(row.data, line(start), line(rowStart) - line(start) <= 1, ends));
      }
    },
  });
  return problem ?? { kind: "records", records };

  /** The quote error papaparse reports in the row starting at `start`. */
  function quoteError(error: Papa.ParseError, start: number): CsvRead {
    switch (error.code) {
      case "MissingQuotes":
      case "InvalidQuotes": {
        // papaparse's index: the character after the opening quote of the cell it could not close
        const open = (error.index ?? 1) - 1;
        // its `row` counts rows within a step, and it gives no cell: the cells before the quote are
        // those papaparse reads in the row up to it (which ends on the delimiter before the quote)
        const before = Papa.parse<string[]>(input.slice(start, open), options(delimiter)).data[0];
        const at = {
          kind: "quote" as const,
          record: records.length,
          cell: Math.max(0, (before?.length ?? 1) - 1),
          line: line(open),
          header: records[0]?.cells ?? [],
        };
        if (error.code === "MissingQuotes") {
          return { ...at, problem: "unclosed", text: source.slice(open + 1, open + 49), closedOn: line(source.length) };
        }
        // papaparse does not say where the cell closes: the first lone quote after the opening one
        let close = input.indexOf('"', open + 1);
        while (input[close + 1] === '"') close = input.indexOf('"', close + 2);
        let after = close + 1;
        while (isPad(input[after], delimiter)) after++;
        return { ...at, problem: "textAfterQuote", text: source.slice(after, after + 48), closedOn: line(close) };
      }
      case "UndetectableDelimiter":
      case "TooFewFields":
      case "TooManyFields":
        // a delimiter given and no header row: papaparse reports neither
        throw new Error(`papaparse: ${error.message}`);
      default:
        return unreachable(error.code);
    }
  }
}

/**
 * A row's cells with the line each starts on, and their line breaks as written. Papaparse gives
 * where a row starts, not its cells: in a row over several lines (a quoted line break), each
 * cell starts as many lines below the row's first as there are line breaks in the cells before
 * it, and the n-th line break of the file is `ends[n - 1]`.
 */
function placed(cells: readonly string[], first: number, oneLine: boolean, ends: Prepared["ends"]): CsvRecord {
  if (oneLine) return { cells, lines: cells.map(() => first) };
  let line = first;
  const lines: number[] = [];
  const written = cells.map((cell) => {
    lines.push(line);
    const at = line;
    for (let i = cell.indexOf("\n"); i >= 0; i = cell.indexOf("\n", i + 1)) line++;
    if (ends === undefined || line === at) return cell;
    let end = at - 1;
    return cell.replace(/\n/gu, () => ends[end++] ?? "\n");
  });
  return { cells: written, lines };
}
