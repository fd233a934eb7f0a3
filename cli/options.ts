/** What the commands share: reading their options and the plan file, and reporting bad rows. */
import { readFileSync } from "node:fs";
import { decodeCsv, describeProblem, findScale, GradeScale, Lang, PlanRead, readPlanCsv, readYear } from "../src";

/** A mistake in the command line: main prints it with the usage and exits 2. */
export class UsageError extends Error {}

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
  if (read.kind !== "year") throw new UsageError(`--year "${value}" is not a year (2024, R6, 令和6年度)`);
  return read.year;
}

/**
 * Reads a plan file and reports each rejected row on stderr by line and column.
 * Undefined when the file as a whole cannot be read (a required column is missing).
 */
export function readPlanFile(file: string, lang: Lang, stderr: (text: string) => void): PlanRead | undefined {
  const read = readPlanCsv(decodeCsv(readFileSync(file)));
  if (read.fatal !== undefined) {
    stderr(`${file}: ${describeProblem(read.fatal, lang)}\n`);
    return undefined;
  }
  for (const problem of read.problems) stderr(`${file}: ${describeProblem(problem, lang)}\n`);
  return read;
}
