/** kpi-sheets build: a plan CSV → an .xlsx workbook (settings, KPI table, goal summary). */
import { parseArgs } from "node:util";
import { messagesFor } from "../src/i18n";
import { workbookPlan } from "../src/sheets";
import { langOption, readPlanFile, scaleOption, styleOption, UsageError, workbookArgs, yearOption } from "./options";
import { checkOutputName, describeRefusal, outputRefusal, writeOutputFile } from "./writeOutput";
import type { xlsxFile as XlsxFile } from "./xlsx";
import { describeRemoval } from "./xlsxText";

/** The writer, and ExcelJS with it (0.14 s to load), load only when a workbook is written: summary never does. */
const xlsxFile: typeof XlsxFile = async (plan) => (await import("./xlsx")).xlsxFile(plan);

export const buildUsage = `  kpi-sheets build PLAN.csv -o PLAN.xlsx [--force] [--lang ja|en] [--style native|functions] [--year 2024|R6] [--scale standard|abc-100-80-50|abcd-110-80-50|symbols]
    (--force replaces an existing PLAN.xlsx; without it an existing file is left as it is)`;

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
    options: workbookArgs,
  });
  if (positionals.length !== 1) throw new UsageError("build needs one plan file");
  const output = values.output;
  if (output === undefined || output === "") throw new UsageError("build needs -o OUTPUT.xlsx");
  checkOutputName(output);
  const force = values.force === true;
  const lang = langOption(values.lang);
  const style = styleOption(values.style);
  const scale = scaleOption(values.scale);
  const year = yearOption(values.year);
  // refused before the plan is read, and once more when the file is placed (a build started meanwhile)
  const refusal = outputRefusal(output, positionals[0], force);
  if (refusal !== undefined) {
    io.stderr(`kpi-sheets: ${describeRefusal(refusal, lang)}\n`);
    return 2;
  }
  const read = readPlanFile(positionals[0], lang, io.stderr);
  if (read === undefined) return 2;
  const plan = workbookPlan(read.plan, { lang, style, year, scale });
  const { bytes, removals } = await xlsxFile(plan);
  for (const removal of removals) io.stderr(`kpi-sheets: ${describeRemoval(removal, lang)}\n`);
  if (writeOutputFile(output, bytes, force) === "exists") {
    io.stderr(`kpi-sheets: ${describeRefusal({ kind: "exists", output }, lang)}\n`);
    return 2;
  }
  const count = read.plan.indicators.length;
  io.stdout(`${messagesFor(lang).cli.wrote(output, count)}\n`);
  return read.problems.length > 0 ? 1 : 0;
}
