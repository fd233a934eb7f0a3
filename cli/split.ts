/** kpi-sheets split: one workbook per department (担当課) from a master workbook or a plan CSV. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { splitPlan } from "../src/departments";
import { messagesFor } from "../src/i18n";
import { departmentMessages } from "../src/i18n/departments";
import { fieldWords } from "../src/vocabulary";
import { yearLabel } from "../src";
import { langOption, UsageError, yearOption } from "./options";
import { scaleOption } from "./rulesOptions";
import { readMaster } from "./readMaster";
import { terminalLine } from "./terminal";
import { describeRefusal, writeOutputFile } from "./writeOutput";
import type { xlsxBytes as XlsxBytes } from "./xlsx";

const xlsxBytes: typeof XlsxBytes = async (plan) => (await import("./xlsx")).xlsxBytes(plan);

export const splitUsage = `  kpi-sheets split MASTER.xlsx|PLAN.csv -o DIR [--year 2025|R7] [--lang ja|en] [--password TEXT] [--force]
    (writes DIR/<department>.xlsx for each department of the plan; --force replaces files already there)`;

export interface SplitIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processIo: SplitIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

/** Runs `split`; resolves to the exit code: 0 all rows read, 1 some rows rejected (the rest is split), 2 usage or file error. */
export async function split(args: string[], io: SplitIo = processIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      year: { type: "string" },
      lang: { type: "string", default: "ja" },
      // no default: without --scale a master workbook's own scale is kept
      scale: { type: "string" },
      password: { type: "string" },
      force: { type: "boolean", default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError("split needs one master workbook or plan file");
  const folder = values.output;
  if (folder === undefined || folder === "") throw new UsageError("split needs -o FOLDER");
  const lang = langOption(values.lang);
  const year = yearOption(values.year);
  const master = await readMaster(positionals[0], lang, io.stderr);
  if (master === undefined) return 2;
  const plan = master.read.plan;
  if (year !== undefined && !plan.years.includes(year)) {
    throw new UsageError(`--year ${yearLabel(year, "en")} is not a year of the plan`);
  }
  // the master's settings sheet (a workbook KPI Sheets wrote) sets the scale and rules the files compute with
  const scale = values.scale !== undefined ? scaleOption(values.scale, lang) : master.settings?.scale;
  const rules = master.settings?.rules;
  const result = splitPlan(plan, { year, lang: master.lang, scale, rules, password: values.password });
  if (result.files.length === 0) {
    throw new UsageError(
      `the plan names no department (a ${fieldWords.department.en[0]} or ${fieldWords.department.ja[0]} column)`,
    );
  }
  const m = messagesFor(lang);
  if (result.unassigned > 0)
    io.stderr(terminalLine(`kpi-sheets: ${departmentMessages(lang).unassigned(result.unassigned)}`));
  mkdirSync(folder, { recursive: true });
  let refused = false;
  for (const file of result.files) {
    const output = join(folder, file.fileName);
    if (writeOutputFile(output, await xlsxBytes(file.workbook), values.force === true) === "exists") {
      io.stderr(`kpi-sheets: ${describeRefusal({ kind: "exists", output }, lang)}\n`);
      refused = true;
    } else io.stdout(terminalLine(`${m.cli.wrote(output, file.indicators)}`));
  }
  if (refused) return 2;
  io.stdout(terminalLine(departmentMessages(lang).wroteFiles(result.files.length, folder)));
  return master.read.problems.length > 0 ? 1 : 0;
}
