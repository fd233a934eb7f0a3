/** What merging the departments' returns found: the lists the merge gives and the collection sheet shows. */

/** Why a value of a return was not applied. */
export type RejectReason =
  "notAValue" | "protectedChanged" | "otherMaster" | "otherYear" | "unknownId" | "disagrees" | "conflict";

/** The fields a return may hold: those a department fills, and those it may not change. */
export type ReturnField = "actual" | "status" | "next" | "target" | "baseline";

/**
 * One value of the merge, named as the JSON gives it: applied (old → new), rejected (with its
 * reason), in conflict (the master's value as old, the return's as new, the split's as `split`)
 * or pending (no file, no cell).
 */
export interface MergeEntry {
  readonly department: string;
  readonly id: string;
  readonly name: string;
  readonly year: number;
  readonly field: ReturnField | "";
  readonly old: string;
  readonly new: string;
  readonly file: string;
  readonly cell: string;
  readonly reason?: RejectReason;
  readonly split?: string;
}

/** How one department's return went, for the collection sheet. */
export type ReturnState = "applied" | "unchanged" | "rejected" | "missing";

export interface ReturnOutcome {
  readonly department: string;
  /** The file merged; "" when the department has not returned. */
  readonly file: string;
  readonly state: ReturnState;
  readonly filled: number;
  readonly expected: number;
  readonly rejected: number;
  /** The fingerprint was missing or edited: protected values were not checked. */
  readonly unverified: boolean;
}

export interface MergeResult {
  readonly applied: readonly MergeEntry[];
  readonly rejected: readonly MergeEntry[];
  readonly conflicts: readonly MergeEntry[];
  readonly pending: readonly MergeEntry[];
  readonly returns: readonly ReturnOutcome[];
}
