#!/usr/bin/env node
/** kpi-sheets: the engine on the command line. Side effects (files, stdout, exit code) live here only. */
import { parseArgs } from "node:util";
import { GoalRule, goalRules, summarize, summaryJson, summaryText } from "../src";
import { build, buildUsage } from "./build";
import { report, reportUsage } from "./report";
import { langOption, readPlanFile, scaleOption, UsageError, yearOption } from "./options";
import { exitOnStdoutFailure } from "./stdoutErrors";
import { terminalJson, terminalLine, terminalText } from "./terminal";

const usage = `Usage:
  kpi-sheets summary PLAN.csv [--year 2024|R6] [--lang ja|en] [--rule mean|achievedShare|weightedMean|worst] [--scale standard|abc-100-80-50|abcd-110-80-50|symbols] [--json]
${buildUsage}
${reportUsage}

Exit codes: 0 all rows read, 1 some rows rejected (the rest is summarized), 2 usage or file error.`;

function summary(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      year: { type: "string" },
      lang: { type: "string", default: "ja" },
      rule: { type: "string", default: "mean" },
      scale: { type: "string", default: "standard" },
      json: { type: "boolean", default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError("summary needs one plan file");
  const lang = langOption(values.lang);
  const rule = values.rule as GoalRule;
  if (!goalRules.includes(rule)) throw new UsageError(`--rule must be one of ${goalRules.join(", ")}`);
  const scale = scaleOption(values.scale);
  const year = yearOption(values.year);
  const read = readPlanFile(positionals[0], lang, (text) => process.stderr.write(text));
  if (read === undefined) return 2;
  const result = summarize(read.plan, { year, rule, scale });
  process.stdout.write(
    values.json
      ? `${terminalJson(JSON.stringify(summaryJson(result, lang)))}\n`
      : `${terminalText(summaryText(result, lang))}\n`,
  );
  return read.problems.length > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "summary") return summary(rest);
    if (command === "build") return await build(rest);
    if (command === "report") return await report(rest);
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      process.stdout.write(`${usage}\n`);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`${terminalLine(`kpi-sheets: ${(error as Error).message}`)}${usage}\n`);
      return 2;
    }
    // any system error reading or writing a file (ENOENT, EISDIR, EACCES): a file error, exit 2,
    // never a stack trace with exit 1, which would read as "some rows rejected"
    if (/^E[A-Z]+$/.test(String((error as { code?: unknown }).code))) {
      process.stderr.write(terminalLine(`kpi-sheets: ${(error as Error).message}`));
      return 2;
    }
    throw error;
  }
}

exitOnStdoutFailure(process.stdout);
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
