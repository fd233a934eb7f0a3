/**
 * Prepare for sharing, the Office.js side: finds every KPI.* formula in the workbook (also ones a
 * user typed anywhere), rewrites it in classic Excel functions (src/sharing) and writes back only
 * the cells that change, so a recipient without the add-in sees the same numbers. Spilled array
 * calls become one formula per cell of their spill range. Nothing else in the workbook changes.
 *
 * Syncs: 1 (sheets, names) + 1 (used ranges' formulas and values) + 1 only if array calls need
 * their spill ranges + 1 only if anything is written: at most 4, whatever the workbook's size.
 */
import { Lang, Localized } from "../../src/lang";
import { cellAddress } from "../../src/formula/a1";
import { arrayShape, toNativeFormula } from "../../src/sharing";
import { localize } from "../../src/i18n";
import { say } from "../messages";
import type { ShareResult } from "../workbook";

export interface ShareChange {
  readonly sheet: string;
  /** The cell, or the spill range an array call was filled over. */
  readonly address: string;
  readonly before: string;
  readonly after: readonly (readonly string[])[];
}

export interface ShareSkip {
  readonly sheet: string;
  readonly address: string;
  readonly before: string;
  readonly reason: Localized;
}

export interface ShareReport {
  readonly changed: readonly ShareChange[];
  readonly skipped: readonly ShareSkip[];
}

export type ShareProgress = (done: number, total: number) => void;

interface Candidate {
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  spill?: Excel.Range;
}

/** Whether a cell holds a formula with a KPI.* call (text that merely starts with "=" has equal value and formula). */
function isKpiFormula(formula: unknown, value: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && /KPI\./i.test(formula) && formula !== value;
}

export async function prepareForSharing(
  context: Excel.RequestContext,
  lang: Lang,
  progress: ShareProgress = () => {},
): Promise<ShareReport> {
  const sheets = context.workbook.worksheets;
  // a protected sheet refuses writes, and Excel would stop the batch there with part of it
  // written: its KPI.* formulas are reported instead (WorksheetProtection, ExcelApi 1.2)
  sheets.load("items/name,items/protection/protected");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  progress(1, 4);

  const used = sheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject();
    range.load("isNullObject,formulas,values,rowIndex,columnIndex");
    return { sheet, range };
  });
  await context.sync();
  progress(2, 4);

  const candidates: Candidate[] = [];
  const skipped: ShareSkip[] = [];
  for (const { sheet, range } of used) {
    if (range.isNullObject) continue;
    range.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (!isKpiFormula(formula, range.values[r][c])) return;
        if (sheet.protection.protected) {
          const address = cellAddress(range.rowIndex + r, range.columnIndex + c);
          skipped.push({ sheet: sheet.name, address, before: formula, reason: localize((m) => m.pane.shareProtected) });
          return;
        }
        candidates.push({
          sheet,
          sheetName: sheet.name,
          row: range.rowIndex + r,
          column: range.columnIndex + c,
          formula,
        });
      }),
    );
  }
  // array calls: ask Excel how far each one spills (only those)
  const arrays = candidates.filter((c) => arrayShape(c.formula) !== undefined);
  for (const c of arrays) {
    c.spill = c.sheet.getRangeByIndexes(c.row, c.column, 1, 1).getSpillingToRangeOrNullObject();
    c.spill.load("isNullObject,rowCount,columnCount");
  }
  if (arrays.length > 0) await context.sync();
  progress(3, 4);

  const nameTargets = new Map(names.items.map((n) => [n.name.toUpperCase(), String(n.formula)]));
  const resolveName = (name: string): string | undefined => nameTargets.get(name.toUpperCase());
  const changed: ShareChange[] = [];
  for (const c of candidates) {
    const spill =
      c.spill !== undefined && !c.spill.isNullObject
        ? { rows: c.spill.rowCount, columns: c.spill.columnCount }
        : undefined;
    const result = toNativeFormula(c.formula, { lang, spill, resolveName });
    const at = cellAddress(c.row, c.column);
    if (result.kind === "unchanged") continue;
    if (result.kind === "failed") {
      skipped.push({ sheet: c.sheetName, address: at, before: c.formula, reason: result.reason });
      continue;
    }
    const rows = result.formulas.length;
    const columns = result.formulas[0].length;
    c.sheet.getRangeByIndexes(c.row, c.column, rows, columns).formulas = result.formulas.map((r) => [...r]);
    const address = rows === 1 && columns === 1 ? at : `${at}:${cellAddress(c.row + rows - 1, c.column + columns - 1)}`;
    changed.push({ sheet: c.sheetName, address, before: c.formula, after: result.formulas });
  }
  if (changed.length > 0) await context.sync();
  progress(4, 4);
  return { changed, skipped };
}

/** The report as the pane shows it: counts, then every cell that could not be converted and why. */
export function describeShareReport(report: ShareReport, lang: Lang): string {
  const lines: string[] = [];
  const cells = report.changed.reduce((n, c) => n + c.after.length * c.after[0].length, 0);
  lines.push(say("shareReplaced", lang, { changed: report.changed.length, cells }));
  if (report.skipped.length > 0) lines.push(say("shareSkipped", lang, { count: report.skipped.length }));
  for (const s of report.skipped) lines.push(`  ${s.sheet}!${s.address} ${s.before}: ${s.reason[lang]}`);
  for (const c of report.changed) lines.push(`  ${c.sheet}!${c.address} ${c.before}`);
  return lines.join("\n");
}

/** The pane's Prepare for sharing action (taskpane/share.ts's ShareImplementation). */
export async function shareForPane(
  context: Excel.RequestContext,
  lang: Lang,
  progress: ShareProgress,
): Promise<ShareResult> {
  const report = await prepareForSharing(context, lang, progress);
  return {
    report: describeShareReport(report, lang),
    // a spill range's rows show its first cell's formula: the rest are that one filled over the range
    changed: report.changed.map((c) => ({ ...c, after: c.after[0]?.[0] ?? "" })),
    skipped: report.skipped.map((s) => ({ ...s, after: s.reason[lang] })),
  };
}
