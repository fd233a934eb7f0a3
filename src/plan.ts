import { Direction } from "./direction";
import { Method } from "./rate";
import { PlanValue } from "./value";
import type { ReportPart } from "./vocabulary";

/** A numerical target (数値目標) of a basic goal, or a KPI (重要業績評価指標) of one of its initiatives. */
export type IndicatorKind = "target" | "kpi";

/**
 * An indicator's id, unique in its plan (regardless of case): the key the goal summary finds the
 * indicator's row of the KPI table by. `plan` when the plan or the KPI table wrote it,
 * `generated` when its cell was blank or there was no id column (see indicatorIds.ts).
 */
export interface IndicatorId {
  readonly text: string;
  readonly origin: "plan" | "generated";
}

export interface Indicator {
  readonly id: IndicatorId;
  readonly goal: number;
  readonly kind: IndicatorKind;
  /** 具体的な施策 and 主な取組; empty for numerical targets. */
  readonly policy: string;
  readonly initiative: string;
  readonly name: string;
  readonly unit: string;
  readonly direction: Direction;
  /** Targets and actuals are running totals (累計). */
  readonly cumulative: boolean;
  readonly baseline: PlanValue;
  /** The baseline's year as written (令和元年度), or "" when not given. */
  readonly baselineYearLabel: string;
  /** The baseline's fiscal year, needed by the `path` method. */
  readonly baselineYear: number | undefined;
  /** Per fiscal year (2021 = R3). A year absent from the map is blank. */
  readonly targets: ReadonlyMap<number, PlanValue>;
  readonly actuals: ReadonlyMap<number, PlanValue>;
  readonly method: Method;
  readonly weight: number;
  readonly notes: string;
  /** Who reports the indicator (担当課); "" when the plan does not say. */
  readonly department: string;
  /**
   * What the department wrote per year (取組状況, 今後の方向性), by fiscal year. A year is in
   * the map when the plan has that year's column, "" where its cell is blank.
   */
  readonly reports: Readonly<Record<ReportPart, ReadonlyMap<number, string>>>;
  /** The plan's own extra columns (see Plan.textColumns), in their order; "" where blank. */
  readonly texts: readonly string[];
  /** Where the indicator was read from (a file line, a sheet row), for messages. */
  readonly source: string;
}

export interface Goal {
  readonly goal: number;
  readonly title: string;
}

export interface Plan {
  readonly goals: readonly Goal[];
  /** The plan years, ascending (2021–2026 for R3–R8). */
  readonly years: readonly number[];
  readonly indicators: readonly Indicator[];
  /**
   * Headers of the plan's columns that KPI Sheets does not know (担当課, 今後の方向性 …): kept as
   * text and written after the known columns, never dropped.
   */
  readonly textColumns: readonly string[];
}

/** The latest year in which any indicator has a number as its actual. */
export function latestActualYear(plan: Plan): number | undefined {
  let latest: number | undefined;
  for (const indicator of plan.indicators) {
    for (const [year, value] of indicator.actuals) {
      if (value.kind === "number" && (latest === undefined || year > latest)) latest = year;
    }
  }
  return latest;
}

/** The goals of a plan, ascending: those it names and those its indicators belong to. */
export function goalNumbers(plan: Plan): number[] {
  return [...new Set([...plan.goals.map((g) => g.goal), ...plan.indicators.map((i) => i.goal)])].sort((a, b) => a - b);
}
