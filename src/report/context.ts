/** What every part of the report reads: the plan, its evaluation, the settled options and the sheet's layout. */
import { headerYear, reportTextColumn, ReportTextKey } from "../columns";
import { tableColumn } from "../formula/a1";
import { messagesFor } from "../i18n";
import type { ReportSheetMessages } from "../i18n/reportMessages";
import { Indicator, Plan } from "../plan";
import { KpiColumnKey, kpiLayout } from "../sheets/kpiLayout";
import { Settled } from "../sheets/options";
import { IndicatorResult, Summary, summarize } from "../summary";
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
  readonly textColumn: (key: ReportTextKey) => KpiColumnKey | undefined;
  /** An indicator's report text ("" when blank or absent). */
  readonly text: (indicator: Indicator, key: ReportTextKey) => string;
}

export function reportContext(plan: Plan, s: Settled, inTable: (indicator: Indicator) => boolean): ReportContext {
  const table = kpiLayout(s.years, plan.indicators.length, s.tableLang, plan.textColumns);
  const summary = summarize({ ...plan, years: s.years }, { year: s.year, scale: s.scale });
  const results = new Map(summary.indicators.map((r) => [r.indicator, r]));
  const textAt = (key: ReportTextKey): number => reportTextColumn(plan.textColumns, key);
  return {
    plan,
    s,
    m: messagesFor(s.lang).reportSheet,
    layout: reportLayout(s.years, textAt("department") >= 0),
    summary,
    col: (key) => tableColumn(s.tableName, typeof key === "object" && "text" in key ? key.text : table.header(key)),
    inTable,
    result: (indicator) => {
      const found = results.get(indicator);
      if (found === undefined) throw new Error(`not an indicator of the plan: ${indicator.name}`);
      return found;
    },
    textColumn: (key) => {
      const i = textAt(key);
      const header = plan.textColumns[i];
      return header === undefined ? undefined : { text: header };
    },
    text: (indicator, key) => indicator.texts[textAt(key)] ?? "",
  };
}

/** A header of the report's year columns: R3, FY2021. */
export const yearHeader = (ctx: ReportContext, year: number): string => headerYear(year, ctx.s.lang);
