import { Plan } from "../plan";
import { printed } from "../report/printSetup";
import { kpiSheet } from "./kpiSheet";
import { settle, WorkbookOptions } from "./options";
import { settingsNames, settingsSheet } from "./settingsSheet";
import { DefinedName, SheetPlan, WorkbookPlan } from "./sheetPlan";
import { summarySheet } from "./summarySheet";

/**
 * The three sheets of a KPI workbook: settings, the KPI table and the goal summary, with the
 * defined names their formulas read. Every sheet's formulas read the settings sheet through
 * the names, so the task pane may build one sheet alone as long as the settings sheet and
 * the names exist (settingsSheetPlan + settingsDefinedNames).
 */
export function workbookPlan(plan: Plan, options: WorkbookOptions = {}): WorkbookPlan {
  const s = settle(plan, options);
  // the KPI sheet written here holds every indicator's id, generated ones too
  return {
    sheets: [settingsSheet(s), kpiSheet(plan, s), summarySheet(plan, s, () => true)].map((sheet) => printed(sheet, s)),
    names: settingsNames(s),
  };
}

export function settingsSheetPlan(plan: Plan, options: WorkbookOptions = {}): SheetPlan {
  const s = settle(plan, options);
  return printed(settingsSheet(s), s);
}

export function settingsDefinedNames(plan: Plan, options: WorkbookOptions = {}): DefinedName[] {
  return settingsNames(settle(plan, options));
}

export function kpiSheetPlan(plan: Plan, options: WorkbookOptions = {}): SheetPlan {
  const s = settle(plan, options);
  return printed(kpiSheet(plan, s), s);
}

/**
 * The goal summary over a KPI table that exists: `plan` was read from it, so the ids it read
 * are in its id column; a generated one is not (a table made before ids, or a row added without
 * one), and that target is looked up by goal, kind and name.
 */
export function summarySheetPlan(plan: Plan, options: WorkbookOptions = {}): SheetPlan {
  const s = settle(plan, options);
  return printed(
    summarySheet(plan, s, (indicator) => indicator.id.origin === "plan"),
    s,
  );
}
