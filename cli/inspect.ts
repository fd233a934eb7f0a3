/** kpi-sheets inspect: how a plan file or workbook was understood, column by column and row by row. */
import { parseArgs } from "node:util";
import { describeProblem, readPlanBytes } from "../src";
import { inspectLines } from "../src/read/describe";
import { langOption, reportPlanRead, UsageError } from "./options";
import { readInput } from "./readInput";
import { readWorkbookPlan } from "./readWorkbook";
import { isWorkbook } from "./workbookGrids";
import { terminalLine, terminalText } from "./terminal";

export const inspectUsage = `  kpi-sheets inspect PLAN.xlsx|PLAN.csv [--sheet NAME] [--lang ja|en]
    (per column what it was read as, per row what was not read, the city's rates against the engine's)`;

/** Runs `inspect`; 0 every row read, 1 some rows refused, 2 a usage or file error. */
export async function inspect(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { lang: { type: "string", default: "ja" }, sheet: { type: "string" } },
  });
  if (positionals.length !== 1) throw new UsageError("inspect needs one plan file");
  const file = positionals[0];
  const lang = langOption(values.lang);
  const stderr = (text: string): void => void process.stderr.write(text);
  const input = readInput(file);
  if (input.kind === "refused") {
    stderr(terminalLine(`kpi-sheets: ${file}: ${input.why[lang]}`));
    return 2;
  }
  if (!isWorkbook(file, input.bytes)) {
    const read = reportPlanRead(file, readPlanBytes(input.bytes), lang, stderr);
    return read === undefined ? 2 : read.problems.length > 0 ? 1 : 0;
  }
  const found = await readWorkbookPlan(input.bytes, values.sheet);
  if (found.kind === "notWorkbook") {
    stderr(terminalLine(`kpi-sheets: ${file}: ${found.why[lang]}`));
    return 2;
  }
  if (found.kind === "refused") {
    stderr(terminalLine(`${file}: ${describeProblem(found.problem, lang)}`));
    return 2;
  }
  if (found.grid.read.fatal !== undefined) {
    stderr(terminalLine(`${file}: ${describeProblem(found.grid.read.fatal, lang)}`));
    return 2;
  }
  process.stdout.write(`${terminalText(inspectLines(found.grid, lang).join("\n"))}\n`);
  return found.grid.read.problems.length > 0 ? 1 : 0;
}
