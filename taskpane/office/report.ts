/**
 * Create report: reads the KPI table, builds the report sheet over it with the engine
 * (src/report), writes it as every sheet is written, and queues its charts with the last write,
 * so the whole action takes the reads' syncs and the writes' (3 for a table that fits a request).
 * An earlier report sheet the add-in made is replaced only if the user says so.
 */
import { reportSheetPlan } from "../../src/report/reportPlan";
import type { Problem } from "../../src/problem";
import type { Progress, ReplaceChoice, SheetSettings } from "../workbook";
import { applyWorkbookPlan } from "./apply";
import { readKpiTable } from "./kpiTable";
import { applyOptions, planOptions, place } from "./overTable";
import { chartBytes, queueCharts } from "./reportCharts";
import { stampFormula, stampName } from "./stamps";

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

  const at = await place(table, "report", confirm);
  if (at === undefined) return { kind: "cancelled" };
  const report = reportSheetPlan(plan, planOptions(settings, table, at));
  // a replaced report sheet is emptied of its cells, not of its charts: those are read (one more
  // sync, only then) and deleted with the new charts' adding
  let old: Excel.ChartCollection | undefined;
  if (at.replace && at.existing !== undefined) {
    old = context.workbook.worksheets.getItem(at.existing).charts;
    old.load("items/name");
    await context.sync();
  }
  const result = await applyWorkbookPlan(
    context,
    { sheets: [report.sheet], names: [] },
    {
      ...applyOptions(table, at, progress),
      // what this report was made from, for the workbook status
      stamps: [{ name: stampName("report", table.table), formula: stampFormula(table.fingerprint) }],
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
