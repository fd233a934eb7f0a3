/**
 * The values the sheets' formulas give, from the engine: what a formula cell shows once
 * calculated, stored as its cached result (see CachedValue in sheetPlan.ts). Each mirrors what
 * the formula beside it returns: "-" where there is no rate or grade, "" for a blank.
 */
import { RateOutcome } from "../evaluate";
import { levelLabel } from "../grade";
import { unreachable } from "../unreachable";
import { PlanValue } from "../value";
import { Settled } from "./options";
import { CachedValue } from "./sheetPlan";
import { valueCell } from "./valueCells";

/** A rate cell: the capped or uncapped rate, or "-" when there is none. */
export function rateValue(outcome: RateOutcome | undefined, which: "capped" | "uncapped"): CachedValue {
  if (outcome === undefined) return "-";
  switch (outcome.kind) {
    case "rate":
      return outcome[which];
    case "noRate":
      return "-";
    default:
      return unreachable(outcome);
  }
}

/** A grade cell: the level's label in the settings sheet's language, or "-" when not evaluable. */
export function gradeValue(grade: number | undefined, s: Settled): CachedValue {
  return grade === undefined ? "-" : levelLabel(s.scale, grade, s.lang);
}

/** An average cell: the goal figure, or "-" when no KPI has a rate. */
export function averageValue(average: number | undefined): CachedValue {
  return average === undefined ? "-" : average;
}

/** What =IF(ISBLANK(x),"",x) shows for a target or actual cell holding this value. */
export function shownValue(value: PlanValue | undefined): CachedValue {
  const cell = valueCell(value);
  switch (cell.kind) {
    case "number":
      return cell.value;
    case "text":
      return cell.text;
    case "empty":
    case "formula":
      return "";
    default:
      return unreachable(cell);
  }
}
