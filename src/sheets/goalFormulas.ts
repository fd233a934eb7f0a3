/**
 * A goal's figures as live formulas over the KPI table: its KPI count, the rated count, the
 * average rate, its grade and the count per grade. The goal summary and the report's overview
 * both write them, each from its own cells (`goal` is a cell or a constant holding the goal's
 * number; `rated` and `average` are the cells holding those figures).
 */
import { stringLiteral } from "../formula/a1";
import { writtenWords } from "../vocabulary";
import { KpiColumnKey } from "./kpiLayout";
import { gradeExpr } from "./nativeFormulas";
import { names, Settled } from "./options";
import { CachedValue, Computed, computed, computedArray } from "./sheetPlan";

export interface GoalFormulas {
  kpiCount(goal: string, value: number): Computed;
  ratedCount(goal: string, value: number): Computed;
  average(goal: string, rated: string, value: CachedValue): Computed;
  grade(average: string, value: CachedValue): Computed;
  /** The goal's KPIs whose grade is the label in `label` (a cell). */
  gradeCount(goal: string, label: string, value: number): Computed;
}

/** `col` gives a KPI table column's structured reference. */
export function goalFormulas(s: Settled, col: (key: KpiColumnKey) => string): GoalFormulas {
  const kpi = stringLiteral(writtenWords.kpi[s.tableLang]);
  const isKpi = (goal: string): string => `${col("goal")},${goal},${col("kind")},${kpi}`;
  return {
    kpiCount: (goal, value) => computed(`=COUNTIFS(${isKpi(goal)})`, value),
    ratedCount: (goal, value) => computed(`=COUNTIFS(${isKpi(goal)},${col("evalRate")},">=0")`, value),
    average: (goal, rated, value) =>
      s.style === "functions"
        ? computedArray(
            `=IFERROR(KPI.AVERAGE(IF((${col("goal")}=${goal})*(${col("kind")}=${kpi}),${col("evalRate")},"")),"-")`,
            value,
          )
        : computed(`=IF(${rated}=0,"-",ROUND(SUMIFS(${col("evalRate")},${isKpi(goal)})/${rated},3))`, value),
    grade: (average, value) =>
      computed(
        s.style === "functions"
          ? `=IF(ISNUMBER(${average}),KPI.GRADE(${average},${names.scale}),"-")`
          : `=${gradeExpr(average, names.minUpper, names.label)}`,
        value,
      ),
    gradeCount: (goal, label, value) =>
      computed(`=SUMPRODUCT((${col("goal")}=${goal})*(${col("kind")}=${kpi})*(${col("grade")}=${label}))`, value),
  };
}
