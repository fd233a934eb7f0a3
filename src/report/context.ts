/** What every part of the report reads: the plan, its evaluation, the settled options and the sheet's layout. */
import { headerYear, ReportPart, reportTextColumn, ReportTextKey, sameColumn } from "../columns";
import { tableColumn } from "../formula/a1";
import { messagesFor } from "../i18n";
import type { ReportSheetMessages } from "../i18n/reportMessages";
import { Indicator, Plan } from "../plan";
import { extraColumns, KpiColumnKey, kpiLayout } from "../sheets/kpiLayout";
import { Settled } from "../sheets/options";
import { IndicatorResult, Summary, summarize } from "../summary";
import { unreachable } from "../unreachable";
import { ReportLayout, reportLayout } from "./layout";

export interface ReportContext {
  readonly plan: Plan;
  readonly s: Settled;
  readonly m: ReportSheetMessages;
  readonly layout: ReportLayout;
  readonly summary: Summary;
  /** A KPI table column's structured reference. */
  readonly col: (key: KpiColumnKey) => string;
  /** Whether an indicator's id is in the table's id column (else it is found by goal, kind and name). */
  readonly inTable: (indicator: Indicator) => boolean;
  /** The engine's evaluation of an indicator of the plan. */
  readonly result: (indicator: Indicator) => IndicatorResult;
  /** The KPI table column of a report text, when the plan has one. */
  readonly textColumn: (key: ReportText) => KpiColumnKey | undefined;
  /** An indicator's report text ("" when blank or absent). */
  readonly text: (indicator: Indicator, key: ReportText) => string;
}

/**
 * The texts a report shows: a goal's own (kept as the plan's text columns), and per indicator its
 * department and what the department wrote for the evaluation year (取組状況, 今後の方向性).
 */
export type ReportText = ReportTextKey | "department" | "status" | "outlook";

/** The department's text of a year, as the plan keeps it. */
const reportPartOf = (key: "status" | "outlook"): ReportPart => (key === "status" ? "status" : "next");

export function reportContext(plan: Plan, s: Settled, inTable: (indicator: Indicator) => boolean): ReportContext {
  const extras = extraColumns(plan.indicators);
  const table = kpiLayout(s.years, plan.indicators.length, s.tableLang, plan.textColumns, extras);
  const hasDepartment = extras.includes("department");
  const summary = summarize({ ...plan, years: s.years }, { ...s.rules, year: s.year, scale: s.scale });
  const results = new Map(summary.indicators.map((r) => [r.indicator, r]));
  const textAt = (key: ReportTextKey): number => reportTextColumn(plan.textColumns, key);
  return {
    plan,
    s,
    m: messagesFor(s.lang).reportSheet,
    layout: reportLayout(s.years, hasDepartment),
    summary,
    col: (key) => tableColumn(s.tableName, typeof key === "object" && "text" in key ? key.text : table.header(key)),
    inTable,
    result: (indicator) => {
      const found = results.get(indicator);
      if (found === undefined) throw new Error(`not an indicator of the plan: ${indicator.name}`);
      return found;
    },
    textColumn: (key) => {
      switch (key) {
        case "department":
          return hasDepartment ? "department" : undefined;
        case "status":
        case "outlook": {
          const column = { year: s.year, report: reportPartOf(key) };
          return extras.some((e) => typeof e === "object" && sameColumn(e, column)) ? column : undefined;
        }
        case "goalDirection":
        case "councilOpinion": {
          const header = plan.textColumns[textAt(key)];
          return header === undefined ? undefined : { text: header };
        }
        default:
          return unreachable(key);
      }
    },
    text: (indicator, key) => {
      switch (key) {
        case "department":
          return indicator.department;
        case "status":
        case "outlook":
          return indicator.reports[reportPartOf(key)].get(s.year) ?? "";
        case "goalDirection":
        case "councilOpinion":
          return indicator.texts[textAt(key)] ?? "";
        default:
          return unreachable(key);
      }
    },
  };
}

/** A header of the report's year columns: R3, FY2021. */
export const yearHeader = (ctx: ReportContext, year: number): string => headerYear(year, ctx.s.lang);
