/** The merge as `kpi-sheets merge --json` prints it: {"applied":[…],"rejected":[…],"conflicts":[…],"pending":[…]}. */
import { MergeEntry, MergeResult } from "./outcome";

type JsonEntry = Record<string, string | number>;

/** An entry with the fields that apply to it: no empty file or cell, a reason only where there is one. */
function entryJson(e: MergeEntry): JsonEntry {
  const out: JsonEntry = { department: e.department, id: e.id, name: e.name, year: e.year };
  if (e.field !== "") out.field = e.field;
  out.old = e.old;
  out.new = e.new;
  if (e.file !== "") out.file = e.file;
  if (e.cell !== "") out.cell = e.cell;
  if (e.reason !== undefined) out.reason = e.reason;
  if (e.split !== undefined) out.split = e.split;
  return out;
}

export function mergeJson(result: MergeResult): Record<"applied" | "rejected" | "conflicts" | "pending", JsonEntry[]> {
  return {
    applied: result.applied.map(entryJson),
    rejected: result.rejected.map(entryJson),
    conflicts: result.conflicts.map(entryJson),
    pending: result.pending.map(entryJson),
  };
}
