/** What the pane says about a merge before and after it is written, in the user's language (loaded with the cards' code). */
import type { MergeEntry, MergeResult } from "../../src/departments/outcome";
import { departmentMessages } from "../../src/i18n/departments";
import { Lang } from "../../src/lang";
import { yearLabel } from "../../src/year";

function line(kind: string, e: MergeEntry, lang: Lang): string {
  const m = departmentMessages(lang);
  const reason = e.reason === undefined ? "" : ` (${m.reasons[e.reason]})`;
  const place = e.cell === "" ? "" : ` ${e.file} ${e.cell}`;
  const what = `${e.department} ${e.id} ${e.name} ${yearLabel(e.year, lang, "short")} ${e.field}`;
  return `${kind}: ${what} ${e.old} → ${e.new}${place}${reason}`;
}

/** The list shown before anything is written, and its two buttons. */
export function previewOf(result: MergeResult, lang: Lang): { lines: string[]; apply: string; cancel: string } {
  const m = departmentMessages(lang);
  const k = m.pane.kinds;
  const lines = [
    ...result.applied.map((e) => line(k.applied, e, lang)),
    ...result.rejected.map((e) => line(k.rejected, e, lang)),
    ...result.conflicts.map((e) => line(k.conflict, e, lang)),
    ...result.pending.map((e) => line(k.pending, e, lang)),
    m.merged(result.applied.length, result.rejected.length, result.conflicts.length, result.pending.length),
  ];
  return { lines, apply: m.pane.applyButton, cancel: m.pane.cancelButton };
}

export { departmentMessages };
