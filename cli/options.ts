/** What the commands share: reading their options and the plan file, and reporting bad rows. */
import { describeNotice, describeProblem, Lang, PlanRead, readYear, yearLabel } from "../src";
import { FormulaStyle, formulaStyles } from "../src/sheets/options";
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

export function yearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const read = readYear(value);
  if (read.kind !== "year")
    throw new UsageError(`--year "${value}" is not a year (2024, R6, ${yearLabel(2024, "ja")})`);
  return read.year;
}

/** Reports a plan read on stderr: a fatal problem (undefined is returned), else each notice and rejected row. */
export function reportPlanRead(
  file: string,
  read: PlanRead,
  lang: Lang,
  stderr: (text: string) => void,
): PlanRead | undefined {
  if (read.fatal !== undefined) {
    stderr(terminalLine(`${file}: ${describeProblem(read.fatal, lang)}`));
    return undefined;
  }
  for (const notice of read.notices) stderr(terminalLine(`${file}: ${describeNotice(notice, lang)}`));
  for (const problem of read.problems) stderr(terminalLine(`${file}: ${describeProblem(problem, lang)}`));
  return read;
}
