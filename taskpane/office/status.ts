/**
 * Where the workbook stands, read each time the pane opens and whenever another sheet is
 * activated: which KPI sheet the actions would use, its evaluation year and grade scale (from its
 * settings sheet), how many indicators have an actual for that year, the departments sent a file
 * and those returned, and whether the goal summary and the report were made from the KPI table as
 * it is now (stamps.ts).
 */
import type { DepartmentRound } from "../../src/departments/round";
import { latestActualYear, Plan } from "../../src/plan";
import { splitSheetAddress } from "../../src/formula/a1";
import { defaultTableName, names } from "../../src/sheets/options";
import { settingsRows } from "../../src/sheets/settingsSheet";
import { sameName, sheetsWithRole, WorkbookInfo } from "./inspect";
import { noKpiTable, readKpiTable } from "./kpiTable";
import { sheetOfFormula } from "./marks";
import { suffixOf } from "./names";
import { readStamp, recordedRound, StampedOutput } from "./stamps";

/** Whether an output made from the KPI table is there, and made from the table as it is. */
export type OutputState =
  | { readonly kind: "none" }
  | { readonly kind: "current"; readonly sheet: string }
  | { readonly kind: "older"; readonly sheet: string }
  /** Made before the add-in stamped what a summary was made from: its age is not known. */
  | { readonly kind: "unknown"; readonly sheet: string };

export type WorkbookStatus =
  | { readonly kind: "noKpiSheet" }
  | {
      readonly kind: "kpiSheet";
      readonly sheet: string;
      readonly table: string;
      /** From the settings sheet, else the latest year with an actual; undefined when there is neither. */
      readonly evalYear: number | undefined;
      /** The grade scale's name as the settings sheet writes it; undefined without a settings sheet. */
      readonly scaleName: string | undefined;
      readonly indicators: number;
      /** Indicators with a number as their actual in the evaluation year. */
      readonly withActual: number;
      readonly summary: OutputState;
      readonly report: OutputState;
      /** The departments' round as last sent or collected; undefined when none is recorded. */
      readonly departments: DepartmentRound | undefined;
    };

/** Indicators of the plan with a number as their actual in the year. */
export function countWithActual(plan: Plan, year: number | undefined): number {
  if (year === undefined) return 0;
  return plan.indicators.filter((i) => i.actuals.get(year)?.kind === "number").length;
}

/** An output's state: none, or its first sheet, current when its stamp matches the table now. */
export function outputState(
  info: WorkbookInfo,
  output: StampedOutput,
  table: string,
  fingerprint: string,
): OutputState {
  const sheet = sheetsWithRole(info, output)[0];
  if (sheet === undefined) return { kind: "none" };
  const stamp = readStamp(info.names, output, table);
  if (stamp === undefined) return { kind: "unknown", sheet };
  return stamp === fingerprint ? { kind: "current", sheet } : { kind: "older", sheet };
}

/** The settings sheet's evaluation-year cell for a table (KpiEvalYear, or KpiEvalYear_2 for KpiTable_2). */
function evalYearCell(info: WorkbookInfo, table: string): { sheet: string; row: number; column: number } | undefined {
  const name = names.evalYear + suffixOf(table, defaultTableName);
  const found = info.names.find((n) => sameName(n.name, name));
  if (found === undefined) return undefined;
  const sheet = sheetOfFormula(found.formula);
  if (sheet === undefined) return undefined;
  const { topLeft } = splitSheetAddress(found.formula.trim().replace(/^=\s*/, "").replace(/\$/g, ""));
  return { sheet, row: topLeft.row, column: topLeft.column };
}

/** Reads the workbook's status: the KPI table (as the actions read it) and its settings, in three syncs. */
export async function readWorkbookStatus(context: Excel.RequestContext): Promise<WorkbookStatus> {
  let table;
  try {
    table = await readKpiTable(context);
  } catch (error) {
    if (error === noKpiTable) return { kind: "noKpiSheet" };
    throw error;
  }
  const { plan, fatal } = table.read;
  if (fatal !== undefined) return { kind: "noKpiSheet" };

  let evalYear: number | undefined;
  let scaleName: string | undefined;
  const cell = evalYearCell(table.info, table.table);
  if (cell !== undefined) {
    // the year and, five rows down in the same column, the scale's name (settingsRows)
    const rows = settingsRows.scaleName - settingsRows.evalYear + 1;
    const range = context.workbook.worksheets
      .getItem(cell.sheet)
      .getRangeByIndexes(cell.row, cell.column, rows, 1)
      .load("values");
    await context.sync();
    const year: unknown = range.values[0]?.[0];
    const scale: unknown = range.values[rows - 1]?.[0];
    evalYear = typeof year === "number" && Number.isInteger(year) ? year : undefined;
    scaleName = typeof scale === "string" && scale !== "" ? scale : undefined;
  }
  evalYear ??= latestActualYear(plan);
  return {
    kind: "kpiSheet",
    sheet: table.sheet,
    table: table.table,
    evalYear,
    scaleName,
    indicators: plan.indicators.length,
    withActual: countWithActual(plan, evalYear),
    summary: outputState(table.info, "summary", table.table, table.fingerprint),
    report: outputState(table.info, "report", table.table, table.fingerprint),
    departments: recordedRound(table.info.names, table.table),
  };
}
