/** kpi-sheets build: a plan CSV → an .xlsx workbook (settings, KPI table, goal summary). */
import { parseArgs } from "node:util";
import { messagesFor } from "../src/i18n";
import { workbookPlan } from "../src/sheets";
import { langOption, styleOption, UsageError, workbookArgs, yearOption } from "./options";
import { readPlanSource } from "./readWorkbook";
import { rulesOptions, rulesOptionSpecs, rulesUsage, scaleOption, withNegativeValues } from "./rulesOptions";
import { checkOutputName, describeRefusal, outputRefusal, writeOutputFile } from "./writeOutput";
import type { xlsxFile as XlsxFile } from "./xlsx";
import { describeRemoval } from "./xlsxText";

/** The writer, and ExcelJS with it (0.14 s to load), load only when a workbook is written: summary never does. */
const xlsxFile: typeof XlsxFile = async (plan) => (await import("./xlsx")).xlsxFile(plan);

export const buildUsage = `  kpi-sheets build PLAN.csv|PLAN.xlsx [--sheet NAME] -o OUT.xlsx [--force] [--lang ja|en] [--style native|functions] [--year 2024|R6]
    ${rulesUsage}
    (--force replaces an existing OUT.xlsx; without it an existing file is left as it is)`;

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
    args: withNegativeValues(args),
    allowPositionals: true,
    options: { ...workbookArgs, ...rulesOptionSpecs, sheet: { type: "string" } },
  });
  if (positionals.length !== 1) throw new UsageError("build needs one plan file");
  const output = values.output;
  if (output === undefined || output === "") throw new UsageError("build needs -o OUTPUT.xlsx");
  checkOutputName(output);
  const force = values.force === true;
  const lang = langOption(values.lang);
  const style = styleOption(values.style);
  const rules = rulesOptions(values);
  const scale = scaleOption(values.scale, lang);
  const year = yearOption(values.year);
  // refused before the plan is read, and once more when the file is placed (a build started meanwhile)
  const refusal = outputRefusal(output, positionals[0], force);
  if (refusal !== undefined) {
    io.stderr(`kpi-sheets: ${describeRefusal(refusal, lang)}\n`);
    return 2;
  }
  const read = await readPlanSource(positionals[0], lang, io.stderr, values.sheet);
  if (read === undefined) return 2;
  const plan = workbookPlan(read.plan, { lang, style, year, scale, rules });
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
