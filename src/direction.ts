import { clean } from "./text";

/** Which way is better: more (転入者数) or less (転出者数, 刑法犯認知件数). */
export type Direction = "higher" | "lower";

const words: ReadonlyMap<string, Direction> = new Map([
  ["higher", "higher"],
  ["high", "higher"],
  ["up", "higher"],
  ["increase", "higher"],
  ["増加", "higher"],
  ["増", "higher"],
  ["上昇", "higher"],
  ["向上", "higher"],
  ["↑", "higher"],
  ["lower", "lower"],
  ["low", "lower"],
  ["down", "lower"],
  ["decrease", "lower"],
  ["減少", "lower"],
  ["減", "lower"],
  ["低下", "lower"],
  ["抑制", "lower"],
  ["↓", "lower"],
]);

/** The direction a cell or column names; blank means higher is better. Undefined when unknown. */
export function readDirection(input: unknown): Direction | undefined {
  if (input === null || input === undefined) return "higher";
  if (typeof input !== "string") return undefined;
  const text = clean(input).toLowerCase();
  if (text === "") return "higher";
  return words.get(text);
}
