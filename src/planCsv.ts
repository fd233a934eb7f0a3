import Papa from "papaparse";
import { localize } from "./i18n";
import { PlanRead, readPlanTable } from "./planTable";

/**
 * Text of a CSV file as Excel saves it: UTF-8 with or without a BOM, or Shift_JIS
 * (Excel's plain "CSV" on Japanese Windows). Not valid UTF-8 means Shift_JIS.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("shift_jis").decode(bytes);
  }
}

/** The line on which each record of a CSV text starts (1-based), quoted line breaks included. */
function recordLines(text: string): number[] {
  const starts = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
      line++;
      if (!quoted) starts.push(line);
    }
  }
  return starts;
}

/** Reads a plan CSV (the format in the README); bad rows are reported by line and column. */
export function readPlanCsv(text: string): PlanRead {
  const source = text.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(source, { header: false, skipEmptyLines: false });
  const records = parsed.data;
  const lines = recordLines(source);
  const [header = [], ...rows] = records;
  const lineOf = (row: number): number => lines[row + 1] ?? row + 2;
  // row -1 is the header
  return readPlanTable(header, rows, (row) => {
    const line = row < 0 ? 1 : lineOf(row);
    return localize((m) => m.read.line(line));
  });
}
