/**
 * Planning names: which final name each of a plan's sheets, tables and defined names gets in this
 * workbook, which existing sheets it replaces, and what goes with them. Nothing of the user's is
 * overwritten: a clash renames the plan's own (KPI → KPI (2), KpiTable → KpiTable_2).
 */
import { WorkbookPlan } from "../../src/sheets/sheetPlan";
import { hasRole, nameKey, sameName, SheetInfo, WorkbookInfo } from "./inspect";
import { newMarkName, sheetOfFormula } from "./marks";
import { Renames, renamePlan } from "./rename";

/** Excel's own pattern for a copy: KPI → KPI (2) → KPI (3); sheet names hold at most 31 characters. */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const used = new Set([...taken].map(nameKey));
  if (!used.has(nameKey(wanted))) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(nameKey(candidate))) return candidate;
  }
}

/**
 * Tables and defined names share one namespace and allow no spaces: KpiTable → KpiTable_2.
 * The first suffix ("", "_2", "_3" …) under which none of `wanted` is in use, so identifiers
 * made together keep one suffix and can be found together.
 */
export function commonSuffix(wanted: readonly string[], taken: ReadonlySet<string>): string {
  const used = new Set([...taken].map(nameKey));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `_${n}`;
    if (!wanted.some((w) => used.has(nameKey(w + suffix)))) return suffix;
  }
}

/** The suffix a table or name was given by `commonSuffix`: "_2" for KpiTable_2, "" for KpiTable. */
export function suffixOf(identifier: string, base: string): string {
  return identifier.length > base.length && nameKey(identifier).startsWith(nameKey(base))
    ? identifier.slice(base.length)
    : "";
}

export interface NameChoices {
  /** Existing sheets the user agreed to replace (only those the add-in made with the same role are). */
  readonly replace: readonly string[];
  /**
   * Names the plan's formulas read but do not define, and the names they have in this workbook:
   * the summary of a second KPI sheet reads KpiGradeLabel_2 where its plan says KpiGradeLabel.
   */
  readonly linkedNames?: ReadonlyMap<string, string>;
}

export interface Replacement {
  /** The existing sheet, emptied and written again. */
  readonly sheet: SheetInfo;
  /** Its tables, deleted before it is emptied. */
  readonly tables: readonly string[];
}

export interface NamePlan {
  /** The plan under its final names, every reference following them. */
  readonly final: WorkbookPlan;
  readonly renames: Renames;
  /** For each of the plan's sheets, the sheet it replaces, if any. */
  readonly replacements: readonly (Replacement | undefined)[];
  /** Names to delete before the plan's are added: marks of replaced or deleted sheets, the plan's own names made again. */
  readonly staleNames: readonly string[];
  /** The mark each of the final sheets gets. */
  readonly marks: readonly { readonly name: string; readonly sheet: string }[];
}

/** Chooses every name the plan gets in the workbook, and which sheets it replaces. */
export function planNames(plan: WorkbookPlan, info: WorkbookInfo, choices: NameChoices): NamePlan {
  const replaced = plan.sheets.map((sheet) => {
    const existing = info.sheets.find((s) => sameName(s.name, sheet.name));
    const wanted = existing !== undefined && choices.replace.some((r) => sameName(r, existing.name));
    return wanted && hasRole(info, existing.name, sheet.role) ? existing : undefined;
  });
  const goingAway = (sheet: string): boolean => replaced.some((s) => s !== undefined && sameName(s.name, sheet));

  const sheetRenames = new Map<string, string>();
  const takenSheets = new Set(info.sheets.filter((s) => !goingAway(s.name)).map((s) => s.name));
  plan.sheets.forEach((sheet, i) => {
    const name = replaced[i] !== undefined ? sheet.name : freeSheetName(sheet.name, takenSheets);
    takenSheets.add(name);
    if (name !== sheet.name) sheetRenames.set(sheet.name, name);
  });

  // the plan's own names that point into a sheet being replaced are made again; any other name
  // there is the user's and stays (the sheet is emptied, not deleted, so it keeps pointing there)
  const namesGoing = info.names.filter((n) => {
    const target = sheetOfFormula(n.formula);
    return target !== undefined && goingAway(target) && plan.names.some((d) => sameName(d.name, n.name));
  });
  const identifiers = new Set([
    ...info.tables.filter((t) => !goingAway(t.sheet)).map((t) => t.name),
    ...info.names.filter((n) => !namesGoing.includes(n)).map((n) => n.name),
  ]);
  // one suffix for all of the plan's tables and names (KpiTable_2 with KpiGradeLabel_2), so a
  // later summary of that table finds the settings names that belong to it
  const tables = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
  const suffix = commonSuffix([...tables, ...plan.names.map((d) => d.name)], identifiers);
  const tableRenames = new Map(suffix === "" ? [] : tables.map((t) => [t, t + suffix]));
  const nameRenames = new Map<string, string>();
  for (const [from, to] of choices.linkedNames ?? []) {
    if (from !== to && !plan.names.some((d) => sameName(d.name, from))) nameRenames.set(from, to);
  }
  for (const defined of plan.names) if (suffix !== "") nameRenames.set(defined.name, defined.name + suffix);
  const renames: Renames = { sheets: sheetRenames, tables: tableRenames, names: nameRenames };
  const final = renamePlan(plan, renames);

  const oldMarks = info.marks.filter((m) => m.sheet === undefined || goingAway(m.sheet));
  const staleNames = [...new Set([...oldMarks.map((m) => m.name), ...namesGoing.map((n) => n.name)])];
  const markNames = new Set([...identifiers].filter((n) => !staleNames.includes(n)));
  const marks = final.sheets.map((sheet) => {
    const name = newMarkName(sheet.role, markNames);
    markNames.add(name);
    return { name, sheet: sheet.name };
  });

  return {
    final,
    renames,
    replacements: replaced.map((sheet) =>
      sheet === undefined
        ? undefined
        : { sheet, tables: info.tables.filter((t) => sameName(t.sheet, sheet.name)).map((t) => t.name) },
    ),
    staleNames,
    marks,
  };
}
