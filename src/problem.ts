import { packs } from "./i18n";
import type { ColumnNotice } from "./planTable";
import { unreachable } from "./unreachable";
import { Lang, Localized } from "./lang";

/** A row or cell the engine could not read: where it is, which column, and why, in both languages. */
export interface Problem {
  /** "line 12" in a file, "KPI!F12" in a workbook. */
  readonly where: Localized;
  /** The column's header as written, or "" for the whole row. */
  readonly column: string;
  readonly message: Localized;
}

/** A column notice (kept as text, a year column not read) as one line. */
export function describeNotice(notice: ColumnNotice, lang: Lang): string {
  const m = packs[lang].read;
  switch (notice.kind) {
    case "keptAsText":
      return m.keptAsText(notice.column);
    case "yearColumnNotRead":
      return m.yearColumnNotRead(notice.column, notice.nearest);
    default:
      return unreachable(notice);
  }
}

export function describeProblem(problem: Problem, lang: Lang): string {
  return packs[lang].read.problem(problem.where[lang], problem.column, problem.message[lang]);
}
