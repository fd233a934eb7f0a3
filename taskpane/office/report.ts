/**
 * Create report: reads the KPI table, builds the report sheet over it with the engine
 * (src/report), writes it as every sheet is written, and queues its charts with the last write,
 * so the whole action takes the reads' syncs and the writes' (3 for a table that fits a request).
 * An earlier report sheet the add-in made is replaced only if the user says so.
 */
import { reportSheetPlan } from "../../src/report/reportPlan";
import { defaultTableName, names } from "../../src/sheets/options";
import type { Problem } from "../../src/problem";
import type { Progress, ReplaceChoice, SheetSettings } from "../workbook";
import { applyWorkbookPlan } from "./apply";
import { sheetsWithRole } from "./inspect";
import { readKpiTable } from "./kpiTable";
import { suffixOf } from "./names";
import { chartBytes, queueCharts } from "./reportCharts";

export type ReportResult =
  | { readonly kind: "cancelled" }
  | {
      readonly kind: "written";
      readonly sheet: string;
      readonly replaced: boolean;
      readonly charts: number;
      readonly problems: readonly Problem[];
    };

export async function createReportIn(
  context: Excel.RequestContext,
  settings: SheetSettings,
  confirm: (sheet: string) => Promise<ReplaceChoice>,
  progress: Progress,
  fatal: (problem: Problem) => Error,
): Promise<ReportResult> {
  const table = await readKpiTable(context);
  const { plan, problems } = table.read;
  if (table.read.fatal !== undefined) throw fatal(table.read.fatal);

  const existing = sheetsWithRole(table.info, "report")[0];
  let choice: ReplaceChoice = "new";
  if (existing !== undefined) {
    choice = await confirm(existing);
    if (choice === "cancel") return { kind: "cancelled" };
  }
  const report = reportSheetPlan(plan, {
    lang: settings.lang,
    // the table's formulas and words are in the language it was written in
    tableLang: table.lang,
    style: settings.style,
    scale: settings.scale,
    year: settings.year,
    rules: settings.rules,
    tableName: table.table,
    sheetNames: { kpi: table.sheet, ...(choice === "replace" ? { report: existing } : {}) },
  });
  // a replaced report sheet is emptied of its cells, not of its charts: those are read (one more
  // sync, only then) and deleted with the new charts' adding
  let old: Excel.ChartCollection | undefined;
  if (choice === "replace") {
    old = context.workbook.worksheets.getItem(existing).charts;
    old.load("items/name");
    await context.sync();
  }
  // a second KPI sheet's table and settings names carry one suffix (KpiTable_2, KpiGradeLabel_2)
  const suffix = suffixOf(table.table, defaultTableName);
  const result = await applyWorkbookPlan(
    context,
    { sheets: [report.sheet], names: [] },
    {
      replace: choice === "replace" ? [existing] : [],
      linkedNames: new Map(Object.values(names).map((n) => [n, n + suffix])),
      onProgress: progress,
      info: table.info,
      finish: {
        bytes: report.charts.reduce((sum, spec) => sum + chartBytes(spec), 0),
        queue: ([sheet]) => {
          for (const chart of old?.items ?? []) chart.delete();
          queueCharts(sheet, report.charts);
        },
      },
    },
  );
  const written = result.sheets[0];
  return { kind: "written", sheet: written.name, replaced: written.replaced, charts: report.charts.length, problems };
}
