/** The words of sending the plan to departments and collecting their returns (src/departments/). */
import type { RejectReason, ReturnState } from "../departments/outcome";

export interface DepartmentMessages {
  /** The merged workbook's collection sheet (回収状況). */
  readonly collectionSheet: string;
  /** The title of a department's KPI sheet, then the lines of its instruction block. */
  readonly title: (department: string, year: string) => string;
  readonly instructions: (year: string) => string;
  /** The collection sheet's headers: department, file, merged at, filled / expected, rejected, state, note. */
  readonly collectionHeaders: readonly [string, string, string, string, string, string, string];
  readonly states: Readonly<Record<ReturnState, string>>;
  readonly reasons: Readonly<Record<RejectReason, string>>;
  /** A return without its fingerprint (or with one that was edited): nothing protected could be checked. */
  readonly unverified: string;
  /** Indicators with no department: in no file. */
  readonly unassigned: (count: number) => string;
  readonly wroteFiles: (count: number, folder: string) => string;
  readonly merged: (applied: number, rejected: number, conflicts: number, pending: number) => string;
}
