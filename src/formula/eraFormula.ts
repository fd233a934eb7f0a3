import { stringLiteral } from "./a1";
import { eras, yearWords } from "../vocabulary";

/**
 * A fiscal year expression's Japanese label as a classic Excel formula, exactly as yearLabel
 * (src/year.ts) writes it: long 令和6年度 (元 for an era's first year), short R6, and before the
 * oldest era the western year (1920年度, 1920). Built from the era table, newest era first.
 * `y` must be free of side effects: it is repeated.
 */
export function eraLabelFormula(y: string, style: "long" | "short"): string {
  const suffix = style === "long" ? `&${stringLiteral(yearWords.fiscal)}` : "";
  let formula = `${y}&""${suffix}`;
  for (const era of [...eras].reverse()) {
    const first = era.offset + 1;
    const index =
      style === "long"
        ? `IF(${y}=${first},${stringLiteral(yearWords.first)},${y}-${era.offset})`
        : `(${y}-${era.offset})`;
    const name = stringLiteral(style === "long" ? era.ja : era.short);
    formula = `IF(${y}>=${first},${name}&${index}${suffix},${formula})`;
  }
  return formula;
}
