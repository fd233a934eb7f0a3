/** kpi-sheets build: a plan CSV → an .xlsx workbook (settings, KPI table, goal summary). */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { decodeCsv, describeProblem, findScale, Lang, readPlanCsv, readYear } from "../src";
import { FormulaStyle, formulaStyles, workbookPlan } from "../src/sheets";
import { xlsxBytes } from "./xlsx";

export const buildUsage = `  kpi-sheets build PLAN.csv -o PLAN.xlsx [--lang ja|en] [--style native|functions] [--year 2024|R6] [--scale standard|abc-100-80-50|abcd-110-80-50|symbols]`;

/** A mistake in the command line: main prints it with the usage and exits 2. */
export class BuildUsageError extends Error {}

export interface BuildIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processIo: BuildIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

/** Runs `build`; resolves to the exit code: 0 all rows read, 1 some rows rejected (the rest is built), 2 file error. */
export async function build(args: string[], io: BuildIo = processIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      lang: { type: "string", default: "ja" },
      style: { type: "string", default: "native" },
      year: { type: "string" },
      scale: { type: "string", default: "standard" },
    },
  });
  if (positionals.length !== 1) throw new BuildUsageError("build needs one plan file");
  const output = values.output;
  if (output === undefined || output === "") throw new BuildUsageError("build needs -o OUTPUT.xlsx");
  const lang = values.lang as Lang;
  if (lang !== "ja" && lang !== "en") throw new BuildUsageError(`--lang must be ja or en, not "${values.lang}"`);
  const style = values.style as FormulaStyle;
  if (!formulaStyles.includes(style)) throw new BuildUsageError(`--style must be native or functions, not "${values.style}"`);
  const scale = findScale(values.scale ?? "");
  if (scale === undefined) throw new BuildUsageError(`unknown --scale "${values.scale}"`);
  let year: number | undefined;
  if (values.year !== undefined) {
    const read = readYear(values.year);
    if (read.kind !== "year") throw new BuildUsageError(`--year "${values.year}" is not a year (2024, R6, 令和6年度)`);
    year = read.year;
  }
  const file = positionals[0];
  const read = readPlanCsv(decodeCsv(readFileSync(file)));
  if (read.fatal !== undefined) {
    io.stderr(`${file}: ${describeProblem(read.fatal, lang)}\n`);
    return 2;
  }
  for (const problem of read.problems) io.stderr(`${file}: ${describeProblem(problem, lang)}\n`);
  const plan = workbookPlan(read.plan, { lang, style, year, scale });
  writeFileSync(output, await xlsxBytes(plan));
  const count = read.plan.indicators.length;
  io.stdout(lang === "ja" ? `${output} を書き出しました（指標 ${count} 件）\n` : `wrote ${output} (${count} indicators)\n`);
  return read.problems.length > 0 ? 1 : 0;
}
