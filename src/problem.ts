import { packs } from "./i18n";
import { Lang, Localized } from "./lang";

/** A row or cell the engine could not read: where it is, which column, and why, in both languages. */
export interface Problem {
  /** "line 12" in a file, "KPI!F12" in a workbook. */
  readonly where: Localized;
  /** The column's header as written, or "" for the whole row. */
  readonly column: string;
  readonly message: Localized;
}

export function describeProblem(problem: Problem, lang: Lang): string {
  return packs[lang].read.problem(problem.where[lang], problem.column, problem.message[lang]);
}
