/**
 * The city's own rates against the engine's: when the sheet has a rate column (達成率), each of
 * its figures is compared with the engine's exact rate, and every difference is listed with its
 * likely cause. This is often the first thing a planning department learns from the tool.
 */
import { rateIn } from "../evaluate";
import { RateWhy } from "../i18n/workbookMessages";
import { Indicator } from "../plan";
import { ratio } from "../rate";
import { roundScaled } from "../round";
import { readValue } from "../value";
import { unreachable } from "../unreachable";
import { GridCell } from "./grid";
import { IndicatorCells } from "./gridPlan";
import { isPercentFormat } from "./typedValues";

export type { RateWhy } from "../i18n/workbookMessages";

export interface RateDifference {
  /** The city's rate cell, e.g. KPI!P12. */
  readonly at: string;
  readonly name: string;
  readonly year: number;
  /** The city's figure in permille (953 for 95.3%), or undefined when its cell is blank. */
  readonly theirs: number | undefined;
  /** The engine's capped rate in permille, or undefined when there is none. */
  readonly ours: number | undefined;
  readonly why: RateWhy;
}

export interface RateComparison {
  /** How many of the city's figures were compared. */
  readonly compared: number;
  readonly differences: readonly RateDifference[];
}

/**
 * The city's figure as a fraction: a %-formatted number as it is (0.953), 95.3% typed as text,
 * or a plain number, read as a percentage when above 3 (95.3) and as a fraction otherwise.
 */
export function cityRate(cell: GridCell): number | undefined {
  const v = cell.value;
  switch (v.kind) {
    case "number":
      return isPercentFormat(cell.format) || Math.abs(v.value) <= 3 ? v.value : v.value / 100;
    case "text": {
      const read = readValue(v.text);
      if (read.kind !== "number") return undefined;
      return read.unit === "%" || Math.abs(read.value) > 3 ? read.value / 100 : read.value;
    }
    case "empty":
    case "boolean":
    case "error":
    case "uncalculated":
      return undefined;
    default:
      return unreachable(v);
  }
}

const permille = (fraction: number): number => roundScaled(fraction, 3) || 0;

/** Why the city's figure differs from the engine's rate, or undefined when it does not. */
function whyDiffers(indicator: Indicator, year: number, theirs: number | undefined): RateWhy | undefined {
  const rate = rateIn(indicator, year);
  if (rate.kind !== "rate") return theirs === undefined ? undefined : "noRate";
  if (theirs === undefined) return "notGiven";
  if (theirs === rate.cappedPermille) return undefined;
  if (theirs === rate.uncappedPermille) return "cap";
  const target = indicator.targets.get(year);
  const actual = indicator.actuals.get(year);
  if (indicator.direction === "lower" && target?.kind === "number" && actual?.kind === "number") {
    const flipped = permille(ratio(target.value, actual.value, "higher"));
    if (theirs === flipped || theirs === Math.min(1000, flipped)) return "lowerIsBetter";
  }
  const near = (p: number): boolean => Math.abs(theirs - p) <= 1;
  return near(rate.cappedPermille) || near(rate.uncappedPermille) ? "rounding" : "other";
}

/** Compares every rate cell of the city's with the engine's rate of that indicator and year. */
export function compareCityRates(
  indicators: readonly Indicator[],
  cells: readonly IndicatorCells[],
  rateYears: readonly number[],
): RateComparison {
  let compared = 0;
  const differences: RateDifference[] = [];
  indicators.forEach((indicator, i) => {
    const own = cells[i];
    if (own === undefined) return;
    for (const year of rateYears) {
      const key = `rate:${year}`;
      const cell = own.cells.get(key);
      if (cell === undefined) continue;
      const fraction = cityRate(cell);
      const theirs = fraction === undefined ? undefined : permille(fraction);
      if (theirs !== undefined) compared++;
      const why = whyDiffers(indicator, year, theirs);
      if (why === undefined) continue;
      const rate = rateIn(indicator, year);
      differences.push({
        at: own.at.get(key) ?? own.row,
        name: indicator.name,
        year,
        theirs,
        ours: rate.kind === "rate" ? rate.cappedPermille : undefined,
        why,
      });
    }
  });
  return { compared, differences };
}
