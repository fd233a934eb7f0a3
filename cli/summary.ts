/** kpi-sheets summary: the goal summary of a plan file, as text or JSON. */
import { parseArgs } from "node:util";
import { summarize, summaryJson, summaryText } from "../src";
import { langOption, UsageError, yearOption } from "./options";
import { readPlanSource } from "./readWorkbook";
import { rulesOptions, rulesOptionSpecs, rulesUsage, scaleOption, withNegativeValues } from "./rulesOptions";
import { terminalJson, terminalText } from "./terminal";

export const summaryUsage = `  kpi-sheets summary PLAN.csv|PLAN.xlsx [--sheet NAME] [--year 2024|R6] [--lang ja|en] ${rulesUsage} [--json]`;

/** `summary --help`: every option, with what it does. */
const summaryHelp = `Usage:
${summaryUsage}

  --year 2024|R6      the evaluation year (default: the latest year with any actual)
  --lang ja|en        the language of the summary (default: ja)
  --scale NAME|FILE   a grade preset, or a CSV file of levels, best first, one a line:
                      threshold,label[,English label] (threshold 100% or 1.0; blank for the last)
  --rounding RULE     halfUp (default: half up to 0.1%), truncate (down to 0.1%), percent (half up to 1%)
  --lag N             grade an indicator without an actual in the evaluation year on its latest
                      actual up to N years earlier (default 0); each indicator says the year used
  --tolerance RATE    for --scale trend: how far below the baseline is still B (default 10%)
  --rule RULE         the goal figure: mean (default), achievedShare, weightedMean, worst
  --count-targets     numerical targets count in the goal figure beside the KPIs
  --sheet NAME        the sheet of a workbook to read (default: the one sheet with a plan table)
  --json              the summary as JSON
  --help              this text`;

export async function summary(
  args: string[],
  io: { stdout: (t: string) => void; stderr: (t: string) => void },
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: withNegativeValues(args),
    allowPositionals: true,
    options: {
      year: { type: "string" },
      lang: { type: "string", default: "ja" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
      sheet: { type: "string" },
      ...rulesOptionSpecs,
    },
  });
  if (values.help === true) {
    io.stdout(`${summaryHelp}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("summary needs one plan file");
  const lang = langOption(values.lang);
  const rules = rulesOptions(values);
  const scale = scaleOption(values.scale, lang);
  const year = yearOption(values.year);
  const read = await readPlanSource(positionals[0], lang, io.stderr, values.sheet);
  if (read === undefined) return 2;
  const result = summarize(read.plan, { ...rules, year, scale });
  io.stdout(
    values.json
      ? `${terminalJson(JSON.stringify(summaryJson(result, lang)))}\n`
      : `${terminalText(summaryText(result, lang))}\n`,
  );
  return read.problems.length > 0 ? 1 : 0;
}
