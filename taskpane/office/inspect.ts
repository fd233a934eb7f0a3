/**
 * Inspecting the workbook: its sheets, defined names, tables and the marks on the sheets the
 * add-in made, all read in one round trip.
 */
import { SheetRole } from "../../src/sheets/sheetPlan";
import { Mark, readMarks } from "./marks";

export interface SheetInfo {
  readonly name: string;
  readonly position: number;
}

export interface WorkbookInfo {
  readonly sheets: readonly SheetInfo[];
  readonly names: readonly { readonly name: string; readonly formula: string }[];
  readonly tables: readonly { readonly name: string; readonly sheet: string }[];
  readonly marks: readonly Mark[];
  readonly activeSheet: string;
}

/** How Excel compares sheet, table and defined names: without regard to case. */
export const nameKey = (name: string): string => name.toLocaleUpperCase("en-US");
export const sameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

/** Queues the loads that describe the workbook; the returned function reads them after the sync. */
export function queueInspect(context: Excel.RequestContext): () => WorkbookInfo {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name,items/position");
  const names = workbook.names.load("items/name,items/formula");
  const tables = workbook.tables.load("items/name,items/worksheet/name");
  const active = workbook.worksheets.getActiveWorksheet().load("name");
  return () => {
    const nameList = names.items.map((n) => ({ name: n.name, formula: String(n.formula) }));
    return {
      sheets: sheets.items.map((s) => ({ name: s.name, position: s.position })),
      names: nameList,
      tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      marks: readMarks(nameList),
      activeSheet: active.name,
    };
  };
}

/** What the workbook holds, in one sync. */
export async function inspectWorkbook(context: Excel.RequestContext): Promise<WorkbookInfo> {
  const read = queueInspect(context);
  await context.sync();
  return read();
}

/** Whether the add-in made this sheet with this role (its mark says so). */
export function hasRole(info: WorkbookInfo, sheet: string, role: SheetRole): boolean {
  return info.marks.some((m) => m.role === role && m.sheet !== undefined && sameName(m.sheet, sheet));
}

/** The existing sheets the add-in made with this role, in workbook order. */
export function sheetsWithRole(info: WorkbookInfo, role: SheetRole): string[] {
  return info.sheets
    .filter((s) => hasRole(info, s.name, role))
    .sort((a, b) => a.position - b.position)
    .map((s) => s.name);
}
