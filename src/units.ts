import { clean } from "./text";
import { unitWords } from "./vocabulary";

/**
 * The units a number may carry in a plan or a cell without a `unit` column saying so: the input
 * vocabulary's unit words (src/vocabulary.ts). Any other text after a number (100見込み, 100(暫定),
 * 100※, 5e) makes the value an error, as reading it as the bare number would give a rate for a
 * figure nobody wrote.
 */
export const knownUnits: readonly string[] = unitWords;

const known: ReadonlySet<string> = new Set(knownUnits);

/**
 * Whether text written after a number is a unit: one of the known units, or the unit the row
 * itself declares (its `unit` column), compared after folding widths.
 */
export function isUnit(suffix: string, rowUnit = ""): boolean {
  const text = clean(suffix);
  if (text === "") return false;
  return known.has(text) || text === clean(rowUnit);
}
