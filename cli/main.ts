#!/usr/bin/env node
/** kpi-sheets: the engine on the command line. Side effects (files, stdout, exit code) live here only. */
import { build, buildUsage } from "./build";
import { inspect, inspectUsage } from "./inspect";
import { merge, mergeUsage } from "./merge";
import { UsageError } from "./options";
import { split, splitUsage } from "./split";
import { report, reportUsage } from "./report";
import { exitOnStdoutFailure } from "./stdoutErrors";
import { summary, summaryUsage } from "./summary";
import { terminalLine } from "./terminal";

const usage = `Usage:
${summaryUsage}
${buildUsage}
${inspectUsage}
${splitUsage}
${mergeUsage}
${reportUsage}

Exit codes: 0 all rows read, 1 some rows rejected (the rest is summarized), 2 usage or file error.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "summary")
      return await summary(rest, { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
    if (command === "inspect") return await inspect(rest);
    if (command === "build") return await build(rest);
    if (command === "split") return await split(rest);
    if (command === "merge") return await merge(rest);
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
