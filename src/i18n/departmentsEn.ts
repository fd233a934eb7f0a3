/** English: the words of sending to departments and collecting returns (see departmentMessages.ts). */
import { missingWords } from "../vocabulary";
import type { DepartmentMessages } from "./departmentMessages";

export const departmentsEn: DepartmentMessages = {
  collectionSheet: "Returns",
  settingsUnread: (labels) =>
    `the settings sheet's "${labels.join('", "')}" cannot be read: the merged workbook has the defaults for them`,
  title: (department, year) => `${department}: actuals for ${year}`,
  instructions: (year) =>
    `Fill in only the shaded cells (the ${year} actual, status and next steps) and send this file back as it is. An actual is a number or a marker such as ${missingWords.unpublished}; the rate is computed as you type.`,
  collectionHeaders: ["department", "file", "merged at", "filled / expected", "rejected", "state", "note"],
  states: { applied: "merged", unchanged: "no change (merged before)", rejected: "rejected", missing: "not returned" },
  reasons: {
    notAValue: "not a number or a missing-value marker",
    protectedChanged: "a protected value (target, baseline, another year) was changed",
    otherMaster: "the file was split from another master",
    otherYear: "the file is for another year",
    unknownId: "the master has no indicator with this id",
    disagrees: "disagrees with an earlier return of the same department",
    conflict: "the master's value also changed since the split (both values shown)",
  },
  unverified: "the file carries no fingerprint of the split, so its protected values could not be checked",
  unassigned: (count) => `${count} indicators have no department and are in no file`,
  wroteFiles: (count, folder) => `wrote ${count} department files to ${folder}`,
  merged: (applied, rejected, conflicts, pending) =>
    `${applied} applied, ${rejected} rejected, ${conflicts} conflicts, ${pending} pending`,
  pane: {
    sent: (count, year) => `downloaded ${count} department files for ${year}`,
    noReturns: "Choose the returned files first",
    notAReturn: (file) => `${file} holds no KPI table with an id column`,
    applyButton: "Write into the KPI table",
    cancelButton: "Cancel",
    collected: (sheet) => `merged; the collection is on the sheet "${sheet}"`,
    cancelled: "nothing was written",
    kinds: { applied: "applied", rejected: "rejected", conflict: "conflict", pending: "pending" },
  },
};
