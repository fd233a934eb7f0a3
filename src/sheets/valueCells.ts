/** A plan's values as the KPI sheet writes them, and their number formats. */
import { Indicator } from "../plan";
import { unreachable } from "../unreachable";
import { PlanValue } from "../value";
import { missingWords } from "../vocabulary";
import { empty, number, OwnCell, text } from "./sheetPlan";

/** The missing-value markers the sheet writes (valueCell) and accepts in a target or actual cell. */
export const missingMarkers = [missingWords.notSet, missingWords.unpublished, missingWords.indicatorChanged] as const;

/** A plan value as a cell: numbers as numbers, missing markers as the text staff write. */
export function valueCell(value: PlanValue | undefined): OwnCell {
  if (value === undefined) return empty;
  if (value.kind === "number") return number(value.value);
  switch (value.reason) {
    case "blank":
      return empty;
    case "notSet":
    case "unpublished":
    case "indicatorChanged":
      return text(missingWords[value.reason]);
    default:
      return unreachable(value.reason);
  }
}

/** Decimal places of a number as written (6,439 → 0; 8.15 → 2), at most 4. */
function decimals(value: number): number {
  const m = /\.(\d+)$/.exec(String(value));
  return Math.min(4, m?.[1]?.length ?? 0);
}

/** The value format of a row: thousands separators and as many decimals as its numbers use. */
export function valueFormat(indicator: Indicator): string {
  const values = [indicator.baseline, ...indicator.targets.values(), ...indicator.actuals.values()];
  const places = Math.max(0, ...values.map((v) => (v.kind === "number" ? decimals(v.value) : 0)));
  return places === 0 ? "#,##0" : `#,##0.${"0".repeat(places)}`;
}
