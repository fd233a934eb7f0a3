/**
 * Indicator ids. A plan may give each indicator an id (the id column, 指標ID); a row without one
 * gets a generated id, G<goal>-<K|T><n>, where n counts the goal's KPIs (K) or numerical
 * targets (T) from 1 in plan order: G2-T1 is goal 2's first numerical target, G1-K3 goal 1's
 * third KPI. The same plan always gives the same ids, and the KPI sheet keeps them, so sorting
 * or inserting rows there later never changes one. A generated id that one of the plan's own
 * ids already takes gets a suffix (G1-K3-2, then -3 …).
 */
import { IndicatorId, IndicatorKind } from "./plan";

/** Ids are compared as Excel's = compares text (the summary's lookups): without regard to case. */
export const idKey = (id: string): string => id.toLowerCase();

export interface IdSource {
  readonly goal: number;
  readonly kind: IndicatorKind;
  /** The id as the plan wrote it, "" when blank. */
  readonly given: string;
}

const kindLetter = (kind: IndicatorKind): string => (kind === "kpi" ? "K" : "T");

/** The id of each row, in order: the given one, else a generated one no given id takes. */
export function assignIds(rows: readonly IdSource[]): IndicatorId[] {
  const taken = new Set(rows.filter((r) => r.given !== "").map((r) => idKey(r.given)));
  const counts = new Map<string, number>();
  return rows.map((row): IndicatorId => {
    const group = `G${row.goal}-${kindLetter(row.kind)}`;
    const n = (counts.get(group) ?? 0) + 1;
    counts.set(group, n);
    if (row.given !== "") return { text: row.given, origin: "plan" };
    const base = `${group}${n}`;
    let text = base;
    for (let k = 2; taken.has(idKey(text)); k++) text = `${base}-${k}`;
    taken.add(idKey(text));
    return { text, origin: "generated" };
  });
}
