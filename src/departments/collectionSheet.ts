/** The collection sheet (回収状況) of a merged workbook: per department, its file, when it was merged, filled / expected, rejected, state. */
import { departmentMessages } from "../i18n/departments";
import { Lang } from "../lang";
import { Cell, empty, number, SheetPlan, text } from "../sheets/sheetPlan";
import { ReturnOutcome } from "./outcome";

const textCell = (value: string): Cell => (value === "" ? empty : text(value));

/** `mergedAt` is the time of the merge as it should be shown (the caller's clock: this module has none). */
export function collectionSheet(
  returns: readonly ReturnOutcome[],
  mergedAt: string,
  lang: Lang,
  name?: string,
): SheetPlan {
  const m = departmentMessages(lang);
  const rows = returns.map((r): Cell[] => [
    text(r.department),
    textCell(r.file),
    r.state === "missing" && r.file === "" ? empty : text(mergedAt),
    text(`${r.filled} / ${r.expected}`),
    number(r.rejected),
    text(m.states[r.state]),
    r.unverified ? text(m.unverified) : empty,
  ]);
  return {
    name: name ?? m.collectionSheet,
    role: "collection",
    blocks: [
      { at: "A1", cells: [m.collectionHeaders.map(text)], bold: true },
      ...(rows.length === 0 ? [] : [{ at: "A2", cells: rows }]),
    ],
    columns: [14, 28, 20, 12, 8, 20, 40].map((width, i) => ({ column: String.fromCharCode(65 + i), width })),
    freeze: { rows: 1, columns: 0 },
    tables: [],
    conditionalFormats: [],
    validations: [],
  };
}
