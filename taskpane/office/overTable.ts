/**
 * A sheet made over the KPI table the pane just read (the goal summary, the report): whether it
 * replaces the add-in's earlier sheet of its role (asked), and the options that point its plan and
 * its writing at that table, its language and its names.
 */
import { defaultTableName, names, WorkbookOptions } from "../../src/sheets/options";
import { SheetRole } from "../../src/sheets/sheetPlan";
import type { ReplaceChoice, SheetSettings } from "../workbook";
import type { ApplyOptions } from "./apply";
import { sheetsWithRole } from "./inspect";
import type { KpiTableRead } from "./kpiTable";
import { suffixOf } from "./names";

export interface Placement {
  readonly role: SheetRole;
  /** The add-in's earlier sheet of the role, replaced when `replace`. */
  readonly existing: string | undefined;
  readonly replace: boolean;
}

/** Asks before replacing the earlier sheet of the role, if there is one; undefined when the user cancels. */
export async function place(
  table: KpiTableRead,
  role: SheetRole,
  confirm: (sheet: string) => Promise<ReplaceChoice>,
): Promise<Placement | undefined> {
  const existing = sheetsWithRole(table.info, role)[0];
  if (existing === undefined) return { role, existing, replace: false };
  const choice = await confirm(existing);
  return choice === "cancel" ? undefined : { role, existing, replace: choice === "replace" };
}

/** The plan's options: the pane's settings over the table read. */
export function planOptions(settings: SheetSettings, table: KpiTableRead, at: Placement): WorkbookOptions {
  return {
    lang: settings.lang,
    // the table's formulas and words are in the language it was written in
    tableLang: table.lang,
    style: settings.style,
    scale: settings.scale,
    year: settings.year,
    rules: settings.rules,
    tableName: table.table,
    sheetNames: { kpi: table.sheet, ...(at.replace ? { [at.role]: at.existing } : {}) },
  };
}

/** The writing's options: what to replace, the table's own names, and the workbook as read with it. */
export function applyOptions(table: KpiTableRead, at: Placement, onProgress: ApplyOptions["onProgress"]): ApplyOptions {
  // a second KPI sheet's table and settings names carry one suffix (KpiTable_2, KpiGradeLabel_2)
  const suffix = suffixOf(table.table, defaultTableName);
  return {
    replace: at.replace && at.existing !== undefined ? [at.existing] : [],
    linkedNames: new Map(Object.values(names).map((n) => [n, n + suffix])),
    onProgress,
    // the workbook was read with the table a moment ago: no second inspection
    info: table.info,
  };
}
