/**
 * Writing a workbook plan: one sync reads what the workbook holds (unless the caller just did),
 * the names are planned, and the whole plan is written as 2D blocks in as few requests as the
 * byte budget allows. Takes the request context and never calls Excel.run itself, so tests and
 * benchmarks drive it with a stand-in.
 */
import { SheetPlan, SheetRole, WorkbookPlan } from "../../src/sheets/sheetPlan";
import { Op, runBatches, smallOp, step, SyncCounter } from "./batches";
import { WriteMode } from "./blockOps";
import { queueInspect, sameName, WorkbookInfo } from "./inspect";
import { markFormula } from "./marks";
import { stampComment } from "./stamps";
import { NameChoices, NamePlan, planNames } from "./names";
import { defaultRequestBudget, operationOverhead } from "./payload";
import { Renames } from "./rename";
import { sheetOps } from "./sheetOps";

export interface ApplyOptions {
  /**
   * Existing sheets the user agreed to replace. A plan sheet of the same name takes the place of
   * such a sheet only if the add-in made it with the same role; any other sheet is never touched.
   */
  readonly replace?: readonly string[];
  /** See NameChoices.linkedNames. */
  readonly linkedNames?: NameChoices["linkedNames"];
  /**
   * "columns" (the default) sends a formula column that is one formula copied down, and a number
   * format shared down a column, once and fills the column in Excel; "cells" sends every cell's
   * (the fallback, also taken where the host lacks ExcelApi 1.9). The cells written are the same.
   */
  readonly write?: WriteMode;
  /** Bytes one request may carry (default 4 MB, under Excel on the web's 5 MB). */
  readonly maxRequestBytes?: number;
  /** Called after each sync of the writes: chunks done and in all. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * What the workbook holds, when the caller has just read it in the same action (the summary
   * reads it with the KPI table): saves the inspecting sync.
   */
  readonly info?: WorkbookInfo;
  /** Hidden names written with the marks, after everything else (stamps.ts); one of the same name is replaced. */
  readonly stamps?: readonly { readonly name: string; readonly formula: string }[];
  /**
   * More to queue on the written sheets (given in plan order) with the marks, in the last request:
   * the report's charts, so they cost no sync of their own.
   */
  readonly finish?: { readonly bytes: number; readonly queue: (sheets: readonly Excel.Worksheet[]) => void };
}

export interface WrittenSheet {
  readonly role: SheetRole;
  /** The name the plan asked for and the name written (different when that was in use). */
  readonly planned: string;
  readonly name: string;
  readonly replaced: boolean;
}

export interface ApplyResult {
  readonly sheets: readonly WrittenSheet[];
  readonly renames: Renames;
  /** context.sync calls made by this call. */
  readonly syncs: number;
}

/** Every step of writing the named plan, in order: sheets, names, each sheet's contents, marks. */
function workbookOps(
  workbook: Excel.Workbook,
  names: NamePlan,
  mode: WriteMode,
  stamps: readonly { readonly name: string; readonly formula: string; readonly exists: boolean }[],
  finish: ApplyOptions["finish"],
): Op[] {
  const { final, replacements, staleNames, marks } = names;
  const proxies = new Map<string, Excel.Worksheet>();
  const proxy = (name: string) => (): Excel.Worksheet => {
    const p = proxies.get(name);
    if (p === undefined) throw new Error(`sheet "${name}" was not created`);
    return p;
  };
  const ops: Op[] = [];

  // make the sheets. A replaced sheet is emptied and written again, never deleted: formulas on
  // the user's own sheets and names that point into it (='目標別まとめ'!F5) keep working, where
  // deleting the sheet would turn them into #REF!
  final.sheets.forEach((sheet, i) => {
    const old = replacements[i];
    ops.push(
      smallOp(() => {
        if (old === undefined) {
          proxies.set(sheet.name, workbook.worksheets.add(sheet.name));
          return;
        }
        const existing = workbook.worksheets.getItem(old.sheet.name);
        for (const t of old.tables) workbook.tables.getItem(t).delete();
        existing.freezePanes.unfreeze();
        const all = existing.getRange();
        all.conditionalFormats.clearAll();
        all.dataValidation.clear();
        all.clear("All");
        proxies.set(sheet.name, existing);
      }),
    );
  });
  if (staleNames.length > 0) {
    ops.push(smallOp(() => staleNames.forEach((n) => workbook.names.getItem(n).delete())));
  }
  if (final.names.length > 0) {
    ops.push(
      step(operationOverhead * final.names.length, () =>
        final.names.forEach((d) => workbook.names.add(d.name, d.refersTo)),
      ),
    );
  }
  for (const sheet of final.sheets) ops.push(...sheetOps(sheet, proxy(sheet.name), mode));

  // marks last: the add-in made these sheets and may replace them later, after asking
  ops.push(
    step(operationOverhead * (marks.length + stamps.length * 2) + (finish?.bytes ?? 0), () => {
      for (const m of marks) {
        const item = workbook.names.add(m.name, markFormula(m.sheet), "KPI Sheets: made by the add-in");
        item.visible = false;
      }
      for (const s of stamps) {
        if (s.exists) workbook.names.getItem(s.name).delete();
        workbook.names.add(s.name, s.formula, stampComment).visible = false;
      }
      finish?.queue(final.sheets.map((sheet) => proxy(sheet.name)()));
      if (final.sheets.length > 0) proxy(final.sheets[0].name)().activate();
    }),
  );
  return ops;
}

/**
 * Writes a workbook plan. Sheet, table and name clashes with what the workbook holds are
 * resolved by renaming the plan's own (KPI → KPI (2)); an existing sheet is replaced only when
 * it is in `options.replace` and the add-in made it with the same role.
 */
export async function applyWorkbookPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const budget = options.maxRequestBytes ?? defaultRequestBudget;
  const syncs = new SyncCounter(context);
  let info = options.info;
  if (info === undefined) {
    const read = queueInspect(context);
    await syncs.sync();
    info = read();
  }

  const names = planNames(plan, info, { replace: options.replace ?? [], linkedNames: options.linkedNames });
  const known = info;
  const stamps = (options.stamps ?? []).map((s) => ({
    ...s,
    exists: known.names.some((n) => sameName(n.name, s.name)),
  }));
  const ops = workbookOps(context.workbook, names, options.write ?? "columns", stamps, options.finish);
  await runBatches(ops, budget, syncs, options.onProgress);

  return {
    sheets: names.final.sheets.map((sheet, i) => ({
      role: sheet.role,
      planned: plan.sheets[i].name,
      name: sheet.name,
      replaced: names.replacements[i] !== undefined,
    })),
    renames: names.renames,
    syncs: syncs.count,
  };
}

/** Writes one sheet plan (with no defined names) under the same rules. */
export function applySheetPlan(
  context: Excel.RequestContext,
  sheet: SheetPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  return applyWorkbookPlan(context, { sheets: [sheet], names: [] }, options);
}
