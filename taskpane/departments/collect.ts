/**
 * Collect returns: the chosen files read in the browser (nothing is uploaded), merged into the
 * open workbook's KPI table by id, and written only after the user confirms the list of changes:
 * each applied value into its cell (a year's text column the table lacks is added to it), then
 * the collection sheet (回収状況), and the departments' round records who has returned.
 */
import { departmentMessages } from "../../src/i18n/departments";
import { Lang } from "../../src/lang";
import { describeProblem } from "../../src/problem";
import type { CollectionRow, MergeEntry, MergeResult, ReturnTable } from "../../src/departments";
import type { KpiTableRead } from "../office/kpiTable";
import { LocalizedError } from "../errors";
import { cellInput } from "../office/cellInput";
import { sheetsWithRole } from "../office/inspect";

export interface ReturnUpload {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type CollectResult =
  | { readonly kind: "cancelled"; readonly result: MergeResult }
  | { readonly kind: "written"; readonly result: MergeResult; readonly sheet: string };

const modules = () =>
  Promise.all([
    import(/* webpackChunkName: "actions" */ "../office/kpiTable"),
    import(/* webpackChunkName: "actions" */ "../office/apply"),
    import(/* webpackChunkName: "departments" */ "../../src/departments"),
    import(/* webpackChunkName: "departments" */ "./cellWrites"),
    import(/* webpackChunkName: "xlsx" */ "./xlsxIo"),
    import(/* webpackChunkName: "actions" */ "../office/stamps"),
  ]);

/** Writes each applied value into its cell of the KPI table, adding a text column the table lacks. */
async function writeApplied(
  context: Excel.RequestContext,
  table: KpiTableRead,
  applied: readonly MergeEntry[],
  cells: typeof import("./cellWrites"),
): Promise<void> {
  const t = context.workbook.tables.getItem(table.table);
  const header = t.getHeaderRowRange().load("values");
  const body = t.getDataBodyRange().load("values,address");
  await context.sync();
  const head = (header.values[0] ?? []).map((h) => String(h));
  const at = cells.idColumn(head, table.lang);
  const ids = body.values.map((row) => String(row[at] ?? ""));
  const writes = cells.tableWrites(applied, table.lang, head, ids, body.address);
  for (const name of writes.newColumns) t.columns.add(undefined, [[name], ...ids.map(() => [""])]);
  for (const w of writes.cells) {
    context.workbook.worksheets.getItem(w.sheet).getRange(w.address).formulas = [[cellInput(w.cell)]];
  }
  await context.sync();
}

/** Reads the returns, merges them, asks `confirm` with the result, and writes only if it says yes. */
export async function collectReturnsIn(
  context: Excel.RequestContext,
  uploads: readonly ReturnUpload[],
  options: { readonly year: number | undefined; readonly lang: Lang; readonly mergedAt: string },
  confirm: (result: MergeResult) => Promise<boolean>,
): Promise<CollectResult> {
  const [{ readKpiTable }, { applyWorkbookPlan }, departments, cells, { workbookGrids }, stamps] = await modules();
  const table = await readKpiTable(context);
  const { plan, fatal } = table.read;
  if (fatal !== undefined)
    throw new LocalizedError({ ja: describeProblem(fatal, "ja"), en: describeProblem(fatal, "en") });
  const returns: ReturnTable[] = [];
  for (const upload of uploads) {
    const load = await workbookGrids(upload.bytes);
    if (load.kind === "refused")
      throw new LocalizedError({ ja: `${upload.name}: ${load.why.ja}`, en: `${upload.name}: ${load.why.en}` });
    const read = departments.readReturn(upload.name, load.grids);
    if (read === undefined)
      throw new LocalizedError({
        ja: departmentMessages("ja").pane.notAReturn(upload.name),
        en: departmentMessages("en").pane.notAReturn(upload.name),
      });
    returns.push(read);
  }
  const result = departments.mergeReturns(plan, returns, options.year);
  if (!(await confirm(result))) return { kind: "cancelled", result };
  await writeApplied(context, table, result.applied, cells);
  // the collection sheet made by an earlier collect is replaced, keeping who returned then
  const existing = sheetsWithRole(table.info, "collection")[0];
  let earlier: readonly CollectionRow[] = [];
  if (existing !== undefined) {
    const used = context.workbook.worksheets.getItem(existing).getUsedRangeOrNullObject(true).load("values");
    await context.sync();
    earlier = used.isNullObject ? [] : departments.readCollectionRows(used.values);
  }
  const sheet = departments.collectionSheet(result.returns, options.mergedAt, options.lang, existing, earlier);
  const name = stamps.roundName(table.table);
  const round = departments.encodeRound(
    departments.roundAfterCollect(stamps.recordedRound(table.info.names, table.table), result.year, result.returns),
  );
  const written = await applyWorkbookPlan(
    context,
    { sheets: [sheet], names: [] },
    {
      replace: existing === undefined ? [] : [existing],
      stamps: round === undefined ? [] : [{ name, formula: stamps.stampFormula(round) }],
    },
  );
  return { kind: "written", result, sheet: written.sheets[0]?.name ?? sheet.name };
}
