/**
 * The pane's actions on the open workbook, written against a request context so tests run them
 * on a mock; `excelActions` runs them inside Excel.run.
 */
import type { ColumnNotice, PlanRead } from "../src/planTable";
import { GradeScale, levelLabel } from "../src/grade";
import type { Lang } from "../src/lang";
import type { Rules } from "../src/rules/rules";
import { goalNumbers } from "../src/plan";
import { describeProblem, Problem } from "../src/problem";
import { FormulaStyle } from "../src/sheets/options";
import { LocalizedError } from "./errors";
import type { PlanSource } from "./sources";
import type { ReportResult } from "./office/report";
import type { WorkbookStatus } from "./office/status";
import type { Grid } from "../src/read/grid";

// The actions' code (sheet plans, the Office.js adapter, the CSV reader and the sample) loads on an
// action's first use, in one chunk: the pane's first paint needs none of it.
const sheetPlans = () => import(/* webpackChunkName: "actions" */ "../src/sheets/workbookPlan");
const apply = () => import(/* webpackChunkName: "actions" */ "./office/apply");
const sources = () => import(/* webpackChunkName: "actions" */ "./sources");
const engineSummary = () => import(/* webpackChunkName: "actions" */ "../src/summary");
// the report's engine is the largest part of the actions: its own chunk, loaded on Create report
const reportAction = () => import(/* webpackChunkName: "report" */ "./office/report");
const statusReading = () => import(/* webpackChunkName: "actions" */ "./office/status");
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
  /** Rounding, lag, tolerance, goal rule (docs/rules.md); default the reference's. */
  readonly rules?: Partial<Rules>;
}

export type Progress = (done: number, total: number) => void;

export interface CreateResult {
  readonly kind: "created";
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

/** The user stopped the create when shown the rows it would leave out: nothing was written. */
export type CreateOutcome = CreateResult | { readonly kind: "stopped" };

/** Asked before anything is written when a source has rows that cannot be read: create from the rest, or stop. */
export type ReviewRejected = (problems: readonly Problem[]) => Promise<"create" | "stop">;

export type ReplaceChoice = "replace" | "new" | "cancel";

/** A goal's figure as the summary sheet shows it: the average rate and its grade, if any KPI has a rate. */
export interface GoalAverage {
  readonly goal: number;
  readonly title: string;
  readonly average: number | undefined;
  /** The grade's label in the pane's language. */
  readonly grade: string | undefined;
}

export type SummaryResult =
  | { readonly kind: "cancelled" }
  | {
      readonly kind: "written";
      readonly sheet: string;
      readonly replaced: boolean;
      readonly goals: number;
      readonly indicators: number;
      readonly problems: readonly Problem[];
      /** The evaluation year the figures are for. */
      readonly year: number | undefined;
      readonly averages: readonly GoalAverage[];
    };

/** A formula Prepare for sharing rewrote, or could not. */
export interface ShareRow {
  readonly sheet: string;
  readonly address: string;
  readonly before: string;
  /** The classic formula (the first cell's, for a spill range), or why it was left as it was. */
  readonly after: string;
}

export interface ShareResult {
  /** What was changed, in the user's language. */
  readonly report: string;
  readonly changed: readonly ShareRow[];
  readonly skipped: readonly ShareRow[];
}

export interface WorkbookActions {
  /** Whether an Excel workbook is there to act on. */
  readonly inExcel: boolean;
  createKpiSheet(
    source: PlanSource,
    settings: SheetSettings,
    progress: Progress,
    review: ReviewRejected,
  ): Promise<CreateOutcome>;
  generateSummary(
    settings: SheetSettings,
    confirm: (sheet: string) => Promise<ReplaceChoice>,
    progress: Progress,
  ): Promise<SummaryResult>;
  /** Reads the user's sheet (the selection, or the used range) for the sheet source; only reads. */
  readonly readSheet?: () => Promise<Grid>;
  /** Create report (office/report.ts); undefined where a stand-in has none. */
  readonly createReport?: (
    settings: SheetSettings,
    confirm: (sheet: string) => Promise<ReplaceChoice>,
    progress: Progress,
  ) => Promise<ReportResult>;
  /** undefined when this build has no Prepare for sharing. */
  readonly prepareForSharing: ((lang: Lang, progress: Progress) => Promise<ShareResult>) | undefined;
  /** Where the workbook stands (office/status.ts). */
  readStatus(): Promise<WorkbookStatus>;
  /** Calls the listener whenever another sheet is activated (Worksheet.onActivated). */
  onSheetActivated(listener: () => void): Promise<void>;
  activateSheet(sheet: string): Promise<void>;
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
  return createFromRead(context, await readChecked(source), settings, progress);
}

/** A source's plan, or its fatal problem as the error. */
async function readChecked(source: PlanSource): Promise<PlanRead> {
  const { readSource } = await sources();
  const read = readSource(source);
  if (read.fatal !== undefined) throw fatalError(read.fatal);
  return read;
}

async function createFromRead(
  context: Excel.RequestContext,
  read: PlanRead,
  settings: SheetSettings,
  progress: Progress,
): Promise<CreateResult> {
  const [{ kpiSheetPlan, settingsDefinedNames, settingsSheetPlan }, { applyWorkbookPlan }] = await Promise.all([
    sheetPlans(),
    apply(),
  ]);
  const { plan, problems, notices } = read;
  const options = {
    lang: settings.lang,
    style: settings.style,
    scale: settings.scale,
    year: settings.year,
    rules: settings.rules,
  };
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
    kind: "created",
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
  const [[{ readKpiTable }], { summarySheetPlan }, { applyWorkbookPlan }, stamps, overTable] = await Promise.all([
    tableReading(),
    sheetPlans(),
    apply(),
    import(/* webpackChunkName: "actions" */ "./office/stamps"),
    import(/* webpackChunkName: "actions" */ "./office/overTable"),
  ]);
  const table = await readKpiTable(context);
  const { plan, problems, fatal } = table.read;
  if (fatal !== undefined) throw fatalError(fatal);

  const at = await overTable.place(table, "summary", confirm);
  if (at === undefined) return { kind: "cancelled" };
  const summary = summarySheetPlan(plan, overTable.planOptions(settings, table, at));
  const result = await applyWorkbookPlan(
    context,
    { sheets: [summary], names: [] },
    {
      ...overTable.applyOptions(table, at, progress),
      // what this summary was made from, for the workbook status
      stamps: [{ name: stamps.stampName("summary", table.table), formula: stamps.stampFormula(table.fingerprint) }],
    },
  );
  const written = result.sheets[0];
  const { summarize } = await engineSummary();
  const figures = summarize(plan, { year: settings.year, scale: settings.scale });
  const grade = (index: number | undefined) =>
    index === undefined ? undefined : levelLabel(settings.scale, index, settings.lang);
  return {
    kind: "written",
    sheet: written.name,
    replaced: written.replaced,
    goals: goalNumbers(plan).length,
    indicators: plan.indicators.length,
    problems,
    year: figures.year,
    averages: figures.goals.map((g) => ({ goal: g.goal, title: g.title, average: g.average, grade: grade(g.grade) })),
  };
}

type ShareImpl = (context: Excel.RequestContext, lang: Lang, progress: Progress) => Promise<ShareResult>;

/** The actions on the workbook open in Excel. */
export function excelActions(inExcel: boolean, share: ShareImpl | undefined): WorkbookActions {
  return {
    inExcel,
    createKpiSheet: async (source, settings, progress, review) => {
      // read and, if rows are left out, asked about before Excel is touched
      const read = await readChecked(source);
      if (read.problems.length > 0 && (await review(read.problems)) === "stop") return { kind: "stopped" };
      return Excel.run((context) => createFromRead(context, read, settings, progress));
    },
    generateSummary: (settings, confirm, progress) =>
      Excel.run((context) => generateSummaryIn(context, settings, confirm, progress)),
    readSheet: () => Excel.run(async (context) => (await sheetReading()).readSheetGrid(context)),
    createReport: async (settings, confirm, progress) => {
      const { createReportIn } = await reportAction();
      return Excel.run((context) => createReportIn(context, settings, confirm, progress, fatalError));
    },
    prepareForSharing:
      share === undefined ? undefined : (lang, progress) => Excel.run((context) => share(context, lang, progress)),
    readStatus: () => Excel.run(async (context) => (await statusReading()).readWorkbookStatus(context)),
    onSheetActivated: (listener) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.onActivated.add(() => Promise.resolve(listener()));
        await context.sync();
      }),
    activateSheet: (sheet) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).activate();
        await context.sync();
      }),
  };
}
