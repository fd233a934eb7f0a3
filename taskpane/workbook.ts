/**
 * The pane's actions on the open workbook, written against a request context so tests run them
 * on a mock; `excelActions` runs them inside Excel.run.
 */
import type { ColumnNotice } from "../src/planTable";
import type { GradeScale } from "../src/grade";
import type { Lang } from "../src/lang";
import { goalNumbers } from "../src/plan";
import { describeProblem, Problem } from "../src/problem";
import { defaultTableName, FormulaStyle, names } from "../src/sheets/options";
import { LocalizedError } from "./errors";
import type { PlanSource } from "./sources";
import type { Grid } from "../src/read/grid";

// The actions' code (sheet plans, the Office.js adapter, the CSV reader and the sample) loads on an
// action's first use, in one chunk: the pane's first paint needs none of it.
const sheetPlans = () => import(/* webpackChunkName: "actions" */ "../src/sheets/workbookPlan");
const apply = () => import(/* webpackChunkName: "actions" */ "./office/apply");
const sources = () => import(/* webpackChunkName: "actions" */ "./sources");
const sheetReading = () => import(/* webpackChunkName: "actions" */ "./office/sheetGrid");
const tableReading = () =>
  Promise.all([
    import(/* webpackChunkName: "actions" */ "./office/kpiTable"),
    import(/* webpackChunkName: "actions" */ "./office/inspect"),
    import(/* webpackChunkName: "actions" */ "./office/names"),
  ]);

export interface SheetSettings {
  readonly lang: Lang;
  readonly scale: GradeScale;
  /** undefined: the latest year with an actual. */
  readonly year: number | undefined;
  readonly style: FormulaStyle;
}

export type Progress = (done: number, total: number) => void;

export interface CreateResult {
  readonly kpiSheet: string;
  readonly settingsSheet: string;
  /** A sheet of the planned name existed, so the new one got another name. */
  readonly renamed: boolean;
  readonly indicatorCount: number;
  /** Rows of the source left out, with where and why. */
  readonly problems: readonly Problem[];
  /** Columns of the source kept as text, or holding a year but not read as one. */
  readonly notices: readonly ColumnNotice[];
}

export type ReplaceChoice = "replace" | "new" | "cancel";

export type SummaryResult =
  | { readonly kind: "cancelled" }
  | {
      readonly kind: "written";
      readonly sheet: string;
      readonly replaced: boolean;
      readonly goals: number;
      readonly indicators: number;
      readonly problems: readonly Problem[];
      /** The table is not at A4, where the numerical targets' references expect it. */
    };

export interface ShareResult {
  /** What was changed, in the user's language. */
  readonly report: string;
}

export interface WorkbookActions {
  /** Whether an Excel workbook is there to act on. */
  readonly inExcel: boolean;
  createKpiSheet(source: PlanSource, settings: SheetSettings, progress: Progress): Promise<CreateResult>;
  generateSummary(
    settings: SheetSettings,
    confirm: (sheet: string) => Promise<ReplaceChoice>,
    progress: Progress,
  ): Promise<SummaryResult>;
  /** Reads the user's sheet (the selection, or the used range) for the sheet source; only reads. */
  readonly readSheet?: () => Promise<Grid>;
  /** undefined when this build has no Prepare for sharing. */
  readonly prepareForSharing: ((lang: Lang, progress: Progress) => Promise<ShareResult>) | undefined;
}

const fatalError = (problem: Problem): LocalizedError =>
  new LocalizedError({ ja: describeProblem(problem, "ja"), en: describeProblem(problem, "en") });

/** Creates the settings sheet and the KPI sheet (with the names their formulas read) from a source. */
export async function createKpiSheetIn(
  context: Excel.RequestContext,
  source: PlanSource,
  settings: SheetSettings,
  progress: Progress,
): Promise<CreateResult> {
  const [{ readSource }, { kpiSheetPlan, settingsDefinedNames, settingsSheetPlan }, { applyWorkbookPlan }] =
    await Promise.all([sources(), sheetPlans(), apply()]);
  const { plan, problems, notices, fatal } = readSource(source);
  if (fatal !== undefined) throw fatalError(fatal);
  const options = { lang: settings.lang, style: settings.style, scale: settings.scale, year: settings.year };
  const result = await applyWorkbookPlan(
    context,
    {
      sheets: [settingsSheetPlan(plan, options), kpiSheetPlan(plan, options)],
      names: settingsDefinedNames(plan, options),
    },
    { onProgress: progress },
  );
  const settingsSheet = result.sheets.find((s) => s.role === "settings");
  const kpiSheet = result.sheets.find((s) => s.role === "kpi");
  return {
    kpiSheet: kpiSheet?.name ?? "",
    settingsSheet: settingsSheet?.name ?? "",
    renamed: result.sheets.some((s) => s.name !== s.planned),
    indicatorCount: plan.indicators.length,
    problems,
    notices,
  };
}

/**
 * Reads the KPI table and writes the goal summary. A summary sheet the add-in made earlier is
 * replaced only if the user says so; unreadable rows are returned with their addresses.
 */
export async function generateSummaryIn(
  context: Excel.RequestContext,
  settings: SheetSettings,
  confirm: (sheet: string) => Promise<ReplaceChoice>,
  progress: Progress,
): Promise<SummaryResult> {
  const [[{ readKpiTable }, { sheetsWithRole }, { suffixOf }], { summarySheetPlan }, { applyWorkbookPlan }] =
    await Promise.all([tableReading(), sheetPlans(), apply()]);
  const table = await readKpiTable(context);
  const { plan, problems, fatal } = table.read;
  if (fatal !== undefined) throw fatalError(fatal);

  const existing = sheetsWithRole(table.info, "summary")[0];
  let choice: ReplaceChoice = "new";
  if (existing !== undefined) {
    choice = await confirm(existing);
    if (choice === "cancel") return { kind: "cancelled" };
  }
  const summary = summarySheetPlan(plan, {
    lang: settings.lang,
    // the table's formulas and words are in the language it was written in
    tableLang: table.lang,
    style: settings.style,
    scale: settings.scale,
    year: settings.year,
    tableName: table.table,
    sheetNames: { kpi: table.sheet, ...(choice === "replace" ? { summary: existing } : {}) },
  });
  // a second KPI sheet's table and settings names carry one suffix (KpiTable_2, KpiGradeLabel_2)
  const suffix = suffixOf(table.table, defaultTableName);
  const result = await applyWorkbookPlan(
    context,
    { sheets: [summary], names: [] },
    {
      replace: choice === "replace" ? [existing] : [],
      linkedNames: new Map(Object.values(names).map((n) => [n, n + suffix])),
      onProgress: progress,
      // the workbook was read with the table a moment ago: no second inspection
      info: table.info,
    },
  );
  const written = result.sheets[0];
  const goals = goalNumbers(plan).length;
  return {
    kind: "written",
    sheet: written.name,
    replaced: written.replaced,
    goals,
    indicators: plan.indicators.length,
    problems,
  };
}

type ShareImpl = (context: Excel.RequestContext, lang: Lang, progress: Progress) => Promise<ShareResult>;

/** The actions on the workbook open in Excel. */
export function excelActions(inExcel: boolean, share: ShareImpl | undefined): WorkbookActions {
  return {
    inExcel,
    createKpiSheet: (source, settings, progress) =>
      Excel.run((context) => createKpiSheetIn(context, source, settings, progress)),
    generateSummary: (settings, confirm, progress) =>
      Excel.run((context) => generateSummaryIn(context, settings, confirm, progress)),
    readSheet: () => Excel.run(async (context) => (await sheetReading()).readSheetGrid(context)),
    prepareForSharing:
      share === undefined ? undefined : (lang, progress) => Excel.run((context) => share(context, lang, progress)),
  };
}
