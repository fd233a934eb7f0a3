import { clean } from "./text";
import { directionWords } from "./vocabulary";

/** Which way is better: more (転入者数) or less (転出者数, 刑法犯認知件数). */
export type Direction = "higher" | "lower";

/** The direction a cell or column names; blank means higher is better. Undefined when unknown. */
export function readDirection(input: unknown): Direction | undefined {
  if (input === null || input === undefined) return "higher";
  if (typeof input !== "string") return undefined;
  const text = clean(input).toLowerCase();
  if (text === "") return "higher";
  return directionWords.get(text);
}
