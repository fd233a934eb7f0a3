/**
 * The year's round with the departments, as the workbook records it for its status: the year
 * asked for, the departments sent a file, and those whose return has been merged. Sending starts
 * a round (a new year starts a new one); each merge adds the departments it merged a file of, so
 * returns that come in one by one add up.
 */
import { ReturnOutcome } from "./outcome";

export interface DepartmentRound {
  readonly year: number;
  /** Departments sent a file; empty when the returns were merged without a send from this workbook. */
  readonly sent: readonly string[];
  readonly returned: readonly string[];
}

/** Longest record kept: a workbook name's formula holds at most 8,192 characters in Excel. */
export const roundRecordLimit = 8000;

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

/** The round after sending files to `departments` for `year`: returns merged for that year stay counted. */
export function roundAfterSend(
  previous: DepartmentRound | undefined,
  year: number,
  departments: readonly string[],
): DepartmentRound {
  const returned = previous?.year === year ? previous.returned : [];
  return { year, sent: [...departments], returned: [...returned] };
}

/** The round after merging returns for `year`: every department a file was merged of counts as returned. */
export function roundAfterCollect(
  previous: DepartmentRound | undefined,
  year: number,
  outcomes: readonly ReturnOutcome[],
): DepartmentRound {
  const merged = outcomes.filter((o) => o.file !== "" && o.state !== "missing").map((o) => o.department);
  const same = previous?.year === year ? previous : undefined;
  return { year, sent: [...(same?.sent ?? [])], returned: union(same?.returned ?? [], merged) };
}

/** Returned departments that were sent a file (all returned ones when none was recorded as sent). */
export function returnedOfSent(round: DepartmentRound): number {
  if (round.sent.length === 0) return round.returned.length;
  const sent = new Set(round.sent);
  return round.returned.filter((d) => sent.has(d)).length;
}

/** The record as text (JSON); undefined when it would not fit a workbook name. */
export function encodeRound(round: DepartmentRound): string | undefined {
  const text = JSON.stringify({ year: round.year, sent: round.sent, returned: round.returned });
  // a name's formula doubles every quote: count them twice
  const stored = text.length + (text.match(/"/g)?.length ?? 0) + 3;
  return stored > roundRecordLimit ? undefined : text;
}

const isTexts = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === "string");

/** The record read back; undefined for text that is not one (edited by hand, or from another version). */
export function decodeRound(text: string): DepartmentRound | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const { year, sent, returned } = value as Record<string, unknown>;
  if (typeof year !== "number" || !Number.isInteger(year) || !isTexts(sent) || !isTexts(returned)) return undefined;
  return { year, sent, returned };
}
