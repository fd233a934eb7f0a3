import { SheetRole } from "../../src/sheets/sheetPlan";
import { parseRef, quoteSheet, splitSheetAddress } from "../../src/formula/a1";

/**
 * A sheet the add-in made carries a mark: a hidden workbook name KpiSheets_<role>_<n> that refers
 * to the sheet's A1. A name follows its sheet when the user renames it, survives saving as .xlsx,
 * and all marks are read in the same round trip as the sheet list (a worksheet custom property,
 * ExcelApi 1.12, would need one more round trip per action to read them for every sheet).
 */
export const markPrefix = "KpiSheets_";

const roles: readonly SheetRole[] = ["kpi", "settings", "summary", "report", "collection"];
const markPattern = /^KpiSheets_(kpi|settings|summary|report|collection)_(\d+)$/i;

export interface Mark {
  /** The name itself, e.g. KpiSheets_summary_1. */
  readonly name: string;
  readonly role: SheetRole;
  /** The marked sheet, or undefined when the sheet was deleted (the name reads #REF!). */
  readonly sheet: string | undefined;
}

export function markFormula(sheet: string): string {
  return `=${quoteSheet(sheet)}!$A$1`;
}

/** The sheet a name's formula points at: =KPI!$A$1, ='KPI (2)'!$A$1:$B$9; undefined for #REF! and the like. */
export function sheetOfFormula(formula: string): string | undefined {
  const text = formula.trim().replace(/^=\s*/, "");
  const ref = parseRef(text); // =#REF!$A$1 (the sheet was deleted) is no reference
  return ref === undefined || ref.prefix === "" ? undefined : splitSheetAddress(text).sheet;
}

/** The marks among a workbook's names. */
export function readMarks(names: readonly { name: string; formula: string }[]): Mark[] {
  return names.flatMap((n) => {
    const m = markPattern.exec(n.name);
    if (m === null) return [];
    const role = roles.find((r) => r === m[1].toLowerCase());
    return role === undefined ? [] : [{ name: n.name, role, sheet: sheetOfFormula(String(n.formula)) }];
  });
}

/** A mark name not yet used: KpiSheets_kpi_1, then _2 … */
export function newMarkName(role: SheetRole, taken: ReadonlySet<string>): string {
  const used = new Set([...taken].map((t) => t.toUpperCase()));
  for (let n = 1; ; n++) {
    const name = `${markPrefix}${role}_${n}`;
    if (!used.has(name.toUpperCase())) return name;
  }
}
