import { defaultScale, GradeScale } from "../grade";
import { Lang } from "../lang";
import { latestActualYear, Plan } from "../plan";
import { messagesFor } from "../i18n";
import { isNonEmpty, NonEmpty } from "../list";
import { Rules, settleRules } from "../rules/rules";
import { WorkbookRole } from "./sheetPlan";

/**
 * How formulas are written:
 * - `native` (default): classic Excel functions only, so a workbook mailed to someone without the
 *   add-in (Excel 2016+, Excel on the web, LibreOffice) still shows the right numbers
 * - `functions`: KPI.RATE / KPI.GRADE / KPI.AVERAGE, shorter, but #NAME? without the add-in
 */
export type FormulaStyle = "native" | "functions";

export const formulaStyles: readonly FormulaStyle[] = ["native", "functions"];

export interface WorkbookOptions {
  /** The language of the sheets' own words. */
  readonly lang?: Lang;
  /**
   * The language the KPI table was written in (its headers, kind and direction words), when a
   * sheet is built over an existing table; default: `lang`. See tableLanguage in src/columns.ts.
   */
  readonly tableLang?: Lang;
  readonly style?: FormulaStyle;
  /** The evaluation year; default: the latest year with any actual, else the plan's first year. */
  readonly year?: number;
  readonly scale?: GradeScale;
  /** Rounding, lag, trend tolerance, goal rule, whether numerical targets count; default: the reference's. */
  readonly rules?: Partial<Rules>;
  readonly sheetNames?: Partial<Record<WorkbookRole, string>>;
  /** The KPI table's name; default KpiTable. */
  readonly tableName?: string;
  /** The plan's title (第２期厚木市まち・ひと・しごと創生総合戦略), kept on the settings sheet. */
  readonly title?: string;
  /** The municipality's name, kept on the settings sheet. */
  readonly city?: string;
}

/** Every option settled, plus the workbook-scoped names the formulas read. */
export interface Settled {
  readonly lang: Lang;
  readonly tableLang: Lang;
  readonly style: FormulaStyle;
  readonly year: number;
  readonly years: NonEmpty<number>;
  readonly scale: GradeScale;
  readonly rules: Rules;
  readonly sheetNames: Readonly<Record<WorkbookRole, string>>;
  readonly tableName: string;
  readonly title: string;
  readonly city: string;
}

/**
 * Defined names the formulas read, pointing at the settings sheet. Prefixed "Kpi" so they do not
 * collide with a user's own names.
 */
export const names = {
  planStart: "KpiPlanStart",
  planEnd: "KpiPlanEnd",
  evalYear: "KpiEvalYear",
  basis: "KpiGradeBasis",
  /** Both columns of the scale (thresholds, labels), as KPI.GRADE's optional scale argument takes it. */
  scale: "KpiGradeScale",
  min: "KpiGradeMin",
  /** The thresholds of every level but the last: the last level takes the rest. */
  minUpper: "KpiGradeMinUpper",
  label: "KpiGradeLabel",
  rounding: "KpiRounding",
  lag: "KpiLag",
  goalRule: "KpiGoalRule",
  /** Whether numerical targets count in the goal figures: the settings sheet's yes or no word. */
  countTargets: "KpiCountTargets",
  tolerance: "KpiTolerance",
  title: "KpiPlanTitle",
  city: "KpiCity",
} as const;

/** The KPI table's name when the workbook does not use it yet; a second one gets a suffix (KpiTable_2). */
export const defaultTableName = "KpiTable";

export function settle(plan: Plan, options: WorkbookOptions = {}): Settled {
  const lang = options.lang ?? "ja";
  const years: NonEmpty<number> = isNonEmpty(plan.years) ? plan.years : [options.year ?? new Date().getFullYear()];
  const year = options.year ?? latestActualYear(plan) ?? years[0];
  const scale = options.scale ?? defaultScale;
  const sheet = messagesFor(lang).sheet;
  return {
    lang,
    tableLang: options.tableLang ?? lang,
    style: options.style ?? "native",
    year,
    years,
    scale,
    rules: settleRules(options.rules),
    sheetNames: {
      settings: options.sheetNames?.settings ?? sheet.settingsSheet,
      kpi: options.sheetNames?.kpi ?? sheet.kpiSheet,
      summary: options.sheetNames?.summary ?? sheet.summarySheet,
      report: options.sheetNames?.report ?? messagesFor(lang).reportSheet.sheet,
    },
    tableName: options.tableName ?? defaultTableName,
    title: options.title ?? "",
    city: options.city ?? "",
  };
}
