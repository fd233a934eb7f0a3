/** What the commands share: reading their options and the plan file, and reporting bad rows. */
import {
  describeNotice,
  describeProblem,
  findScale,
  GradeScale,
  Lang,
  PlanRead,
  readPlanBytes,
  readYear,
  yearLabel,
} from "../src";
import { FormulaStyle, formulaStyles } from "../src/sheets/options";
import { readInput } from "./readInput";
import { terminalLine } from "./terminal";

/** A mistake in the command line: main prints it with the usage and exits 2. */
export class UsageError extends Error {}

/** The options of the commands that write a workbook (build, report), as parseArgs takes them. */
export const workbookArgs = {
  output: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
  lang: { type: "string", default: "ja" },
  style: { type: "string", default: "native" },
  year: { type: "string" },
  scale: { type: "string", default: "standard" },
} as const;

export function styleOption(value: string | undefined): FormulaStyle {
  const style = value as FormulaStyle;
  if (!formulaStyles.includes(style)) throw new UsageError(`--style must be native or functions, not "${value}"`);
  return style;
}

export function langOption(value: string | undefined): Lang {
  if (value !== "ja" && value !== "en") throw new UsageError(`--lang must be ja or en, not "${value}"`);
  return value;
}

export function scaleOption(value: string | undefined): GradeScale {
  const scale = findScale(value ?? "");
  if (scale === undefined) throw new UsageError(`unknown --scale "${value}"`);
  return scale;
}

export function yearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const read = readYear(value);
  if (read.kind !== "year")
    throw new UsageError(`--year "${value}" is not a year (2024, R6, ${yearLabel(2024, "ja")})`);
  return read.year;
}

/**
 * Reads a plan file and reports each rejected row on stderr by line and column, its text escaped.
 * Undefined when the file as a whole cannot be read: not a regular file, too large, not decodable,
 * or a header that cannot be used.
 */
export function readPlanFile(file: string, lang: Lang, stderr: (text: string) => void): PlanRead | undefined {
  const input = readInput(file);
  if (input.kind === "refused") {
    stderr(terminalLine(`kpi-sheets: ${file}: ${input.why[lang]}`));
    return undefined;
  }
  const read = readPlanBytes(input.bytes);
  if (read.fatal !== undefined) {
    stderr(terminalLine(`${file}: ${describeProblem(read.fatal, lang)}`));
    return undefined;
  }
  for (const notice of read.notices) stderr(terminalLine(`${file}: ${describeNotice(notice, lang)}`));
  for (const problem of read.problems) stderr(terminalLine(`${file}: ${describeProblem(problem, lang)}`));
  return read;
}
