/** The report as sheet plans and chart specs: for a new workbook (the command line) or over a KPI table that exists (the pane). */
import { Plan } from "../plan";
import { settle, WorkbookOptions } from "../sheets/options";
import { WorkbookPlan } from "../sheets/sheetPlan";
import { workbookPlan } from "../sheets/workbookPlan";
import { ChartSpec } from "./charts";
import { reportSheet, ReportSheet } from "./reportSheet";

export interface ReportWorkbook {
  readonly workbook: WorkbookPlan;
  /** The report sheet's charts (on the sheet named `sheet`). */
  readonly sheet: string;
  readonly charts: readonly ChartSpec[];
}

/** The settings, the KPI table, the goal summary and the report over them. */
export function reportWorkbookPlan(plan: Plan, options: WorkbookOptions = {}): ReportWorkbook {
  const base = workbookPlan(plan, options);
  // the KPI sheet written here holds every indicator's id, generated ones too
  const report = reportSheet(plan, settle(plan, options), () => true);
  return {
    workbook: { sheets: [...base.sheets, report.sheet], names: base.names },
    sheet: report.sheet.name,
    charts: report.charts,
  };
}

/**
 * The report over a KPI table that exists: `plan` was read from it, so a generated id is not in
 * its id column and that indicator is looked up by goal, kind and name.
 */
export function reportSheetPlan(plan: Plan, options: WorkbookOptions = {}): ReportSheet {
  return reportSheet(plan, settle(plan, options), (indicator) => indicator.id.origin === "plan");
}
