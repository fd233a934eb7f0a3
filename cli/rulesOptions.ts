/**
 * The options of the rules that differ between municipalities (docs/rules.md), shared by `build`
 * and `summary`: --rounding, --lag, --tolerance, --rule, --count-targets and --scale, which takes a
 * preset's name or a CSV file of levels. Each bad value is refused with the value (and, for a
 * scale file, the line) it is about.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { findScale, goalRules, GradeScale, Lang, scalePresets } from "../src";
import { isGoalRule } from "../src/goalRule";
import { isRounding, roundings } from "../src/rules/rounding";
import { isLag, Rules } from "../src/rules/rules";
import { readScaleCsv } from "../src/rules/scaleCsv";
import { isTolerance } from "../src/rules/trend";
import { UsageError } from "./options";

/**
 * The arguments with `--lag -1` written as `--lag=-1`: parseArgs takes a value that starts with a
 * dash for an option, and the message would not name the value.
 */
export function withNegativeValues(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const next = args[i + 1];
    if ((arg === "--lag" || arg === "--tolerance") && next !== undefined && /^-\d/u.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** parseArgs' specs of the options, added to each command's own. */
export const rulesOptionSpecs = {
  rounding: { type: "string" },
  lag: { type: "string" },
  tolerance: { type: "string" },
  rule: { type: "string" },
  "count-targets": { type: "boolean" },
  scale: { type: "string", default: "standard" },
} as const;

const presetNames = scalePresets.map((s) => s.id).join("|");

/** The options as the usage lines list them. */
export const rulesUsage = `[--scale ${presetNames}|FILE.csv] [--rounding ${roundings.join("|")}] [--lag N] [--tolerance 10%] [--rule ${goalRules.join("|")}] [--count-targets]`;

export interface RulesValues {
  readonly rounding?: string;
  readonly lag?: string;
  readonly tolerance?: string;
  readonly rule?: string;
  readonly "count-targets"?: boolean;
  readonly scale?: string;
}

/** The rules the options say; those not given are left to the defaults. */
export function rulesOptions(values: RulesValues): Partial<Rules> {
  const rules: { -readonly [K in keyof Rules]?: Rules[K] } = {};
  const { rounding, lag, tolerance, rule } = values;
  if (rounding !== undefined) {
    if (!isRounding(rounding))
      throw new UsageError(`--rounding must be one of ${roundings.join(", ")}, not "${rounding}"`);
    rules.rounding = rounding;
  }
  if (lag !== undefined) {
    const n = /^\d+$/.test(lag.trim()) ? Number(lag) : NaN;
    if (!isLag(n)) throw new UsageError(`--lag must be a whole number of years from 0 to 10, not "${lag}"`);
    rules.lag = n;
  }
  if (tolerance !== undefined) {
    const t = tolerance.trim();
    const n = t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t === "" ? NaN : t);
    if (!isTolerance(n))
      throw new UsageError(`--tolerance must be a rate from 0% to 100% (10% or 0.1), not "${tolerance}"`);
    rules.tolerance = n;
  }
  if (rule !== undefined) {
    if (!isGoalRule(rule)) throw new UsageError(`--rule must be one of ${goalRules.join(", ")}, not "${rule}"`);
    rules.rule = rule;
  }
  if (values["count-targets"] === true) rules.countTargets = true;
  return rules;
}

/** --scale: a preset's name, or a CSV file of levels (one a line, best first: threshold,label[,English label]). */
export function scaleOption(value: string | undefined, lang: Lang): GradeScale {
  const name = value ?? "standard";
  const preset = findScale(name);
  if (preset !== undefined) return preset;
  if (!/\.(csv|txt)$/iu.test(name))
    throw new UsageError(`unknown --scale "${name}": a preset (${presetNames.replace(/\|/gu, ", ")}) or a .csv file`);
  const read = readScaleCsv(readFileSync(name, "utf8"), basename(name));
  if (read.kind === "problem") throw new UsageError(`--scale ${name}:${read.line}: ${read.problem[lang]}`);
  return read.scale;
}
