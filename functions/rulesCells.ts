/**
 * Reading the arguments of the rules that differ between municipalities: KPI.RATE's and
 * KPI.PROGRESS's rounding, KPI.AVERAGE's goal rule. Blank or omitted is the reference's rule.
 */
import { GoalRule, goalRules, isGoalRule } from "../src/goalRule";
import { coreMessagesFor } from "../src/i18n/core";
import { Lang } from "../src/lang";
import { isRounding, Rounding, roundings } from "../src/rules/rounding";
import { clean } from "../src/text";
import { shown } from "./cells";
import { CellError, invalid, isErrorValue, passError } from "./errors";
import { ArgName, args } from "./messages";

/** A word of a list (case aside), the default when blank, or a #VALUE! naming the argument and the words. */
function readWord<W extends string>(
  cell: unknown,
  arg: ArgName,
  words: readonly W[],
  is: (w: string) => w is W,
  fallback: W,
  lang: Lang,
): W | CellError {
  if (cell === null || cell === undefined) return fallback;
  if (isErrorValue(cell)) return passError(cell, arg, lang);
  const text = typeof cell === "string" ? clean(cell) : shown(cell);
  if (text === "") return fallback;
  const found = words.find((w) => w.toLowerCase() === text.toLowerCase());
  if (found !== undefined && is(found)) return found;
  return invalid(() => coreMessagesFor(lang).rules.badWord(arg[lang], text, words), lang);
}

export const readRoundingCell = (cell: unknown, lang: Lang): Rounding | CellError =>
  readWord(cell, args.rounding, roundings, isRounding, "halfUp", lang);

export const readRuleCell = (cell: unknown, lang: Lang): GoalRule | CellError =>
  readWord(cell, args.rule, goalRules, isGoalRule, "mean", lang);
