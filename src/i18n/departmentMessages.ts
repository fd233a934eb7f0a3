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
  /** Settings of the master's settings sheet that could not be read: the merged workbook has the defaults for them. */
  readonly settingsUnread: (labels: readonly string[]) => string;
  readonly pane: DepartmentPaneMessages;
}

/** What the task pane's two cards say once they have run (their own words: departmentCards.ts). */
export interface DepartmentPaneMessages {
  readonly sent: (count: number, year: string) => string;
  readonly noReturns: string;
  readonly notAReturn: (file: string) => string;
  readonly applyButton: string;
  readonly cancelButton: string;
  readonly collected: (sheet: string) => string;
  readonly cancelled: string;
  /** Labels of the lines of the list shown before anything is written. */
  readonly kinds: {
    readonly applied: string;
    readonly rejected: string;
    readonly conflict: string;
    readonly pending: string;
  };
}
