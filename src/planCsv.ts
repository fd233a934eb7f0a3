import { localize } from "./i18n";
import { Localized } from "./lang";
import { PlanRead, readPlanTable } from "./planTable";
import { describeProblem, Problem } from "./problem";
import { CsvRead, CsvRecord, Delimiter, headerDelimiter, readCsv } from "./read/csv";
import { decodePlan } from "./read/decode";
import { maxCellLength } from "./read/limits";
import { preview } from "./read/lines";
import { lineWhere } from "./read/where";
import { unreachable } from "./unreachable";

const empty: PlanRead["plan"] = { goals: [], years: [], indicators: [], textColumns: [] };
const refused = (problem: Problem): PlanRead => ({ plan: empty, notices: [], problems: [], fatal: problem });

/**
 * The text of a plan file's bytes, for callers that hold files known to be good (tests, benches,
 * the sample); throws with the problem's English message otherwise. Readers of users' files call
 * readPlanBytes, which reports the problem instead.
 */
export function decodeCsv(bytes: Uint8Array): string {
  const decoded = decodePlan(bytes);
  if (decoded.kind === "error") throw new Error(describeProblem(decoded.problem, "en"));
  return decoded.text;
}

/** Reads a plan file's bytes: decoded strictly (see read/decode.ts), then read as a plan CSV. */
export function readPlanBytes(bytes: Uint8Array): PlanRead {
  const decoded = decodePlan(bytes);
  return decoded.kind === "text" ? readPlanCsv(decoded.text) : refused(decoded.problem);
}

/**
 * Reads a plan CSV (the format in the README); bad rows are reported by the physical line and
 * column of the bad cell. The delimiter (comma, tab or semicolon) comes from the header row alone.
 */
export function readPlanCsv(text: string): PlanRead {
  const source = text.replace(/^\uFEFF/, "");
  const delimiter = headerDelimiter(source);
  if (delimiter.kind === "ambiguous") return refused(ambiguous(delimiter.counts));
  const parsed = readCsv(source, delimiter.delimiter);
  if (parsed.kind === "quote") return refused(quoteProblem(parsed));
  const [header = { cells: [], lines: [] }, ...records] = parsed.records;
  const tooLong = header.cells.findIndex((c) => c.length > maxCellLength);
  if (tooLong >= 0) return refused(longCell(header, tooLong, ""));

  // A refused row is handed on empty (which the table skips), so the rows keep their indexes.
  const problems: { line: number; problem: Problem }[] = [];
  const rows = records.map((record) => {
    const problem = recordProblem(record, header.cells);
    if (problem === undefined) return record.cells;
    problems.push(problem);
    return [];
  });
  const lineOf = new Map<Localized, number>();
  const read = readPlanTable(header.cells, rows, (row, column) => {
    const record = row < 0 ? header : records[row];
    const line = (column === undefined ? undefined : record?.lines[column]) ?? record?.lines[0] ?? 1;
    const where = lineWhere(line);
    lineOf.set(where, line);
    return where;
  });
  if (read.fatal !== undefined) return read;
  for (const problem of read.problems) problems.push({ line: lineOf.get(problem.where) ?? 0, problem });
  problems.sort((a, b) => a.line - b.line);
  return { ...read, problems: problems.map((p) => p.problem) };
}

/** A record's cell and its physical line, for an index found in the record itself. */
const cellAt = (record: CsvRecord, i: number): string => record.cells[i] ?? "";
const lineAt = (record: CsvRecord, i: number): number => record.lines[i] ?? record.lines[0] ?? 1;

/** Why a record cannot be read whole: a cell past Excel's limit, or cells beyond the header's. */
function recordProblem(record: CsvRecord, header: readonly string[]): { line: number; problem: Problem } | undefined {
  const tooLong = record.cells.findIndex((c) => c.length > maxCellLength);
  if (tooLong >= 0) return { line: lineAt(record, tooLong), problem: longCell(record, tooLong, header[tooLong] ?? "") };
  const extra = record.cells.findIndex((c, i) => i >= header.length && c.trim() !== "");
  if (extra < 0) return undefined;
  const line = lineAt(record, extra);
  const shown = preview(cellAt(record, extra).trim());
  return {
    line,
    problem: {
      where: lineWhere(line),
      column: "",
      message: localize((m) => m.read.extraCells(record.cells.length, header.length, extra + 1, shown)),
    },
  };
}

function longCell(record: CsvRecord, cell: number, column: string): Problem {
  const length = cellAt(record, cell).length;
  const shown = preview(cellAt(record, cell));
  return {
    where: lineWhere(lineAt(record, cell)),
    column,
    message: localize((m) => m.read.cellTooLong(length, shown, maxCellLength)),
  };
}

function quoteProblem(read: Extract<CsvRead, { kind: "quote" }>): Problem {
  const shown = preview(read.text);
  const message = localize((m) => {
    switch (read.problem) {
      case "unclosed":
        return m.read.unclosedQuote(shown);
      case "textAfterQuote":
        return m.read.textAfterQuote(read.closedOn, shown);
      default:
        return unreachable(read.problem);
    }
  });
  return { where: lineWhere(read.line), column: read.record === 0 ? "" : (read.header[read.cell] ?? ""), message };
}

function ambiguous(counts: ReadonlyMap<Delimiter, number>): Problem {
  const held = [...counts].filter(([, n]) => n > 0);
  return { where: lineWhere(1), column: "", message: localize((m) => m.read.ambiguousDelimiter(held)) };
}
