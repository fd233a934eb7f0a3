/**
 * A goal's figures as live formulas over the KPI table: which indicators count (the KPIs, and the
 * numerical targets when the settings sheet says so, read live), how many have a rate, the goal figure by the
 * settings sheet's goal rule and rounding (as combinePermille of src/goalRule.ts computes it), its
 * grade and the count per grade. The goal summary and the report both write them, each from its
 * own cells (`goal` is a cell or a constant holding the goal's number; `rated` and `average` are
 * the cells holding those figures).
 */
import { goalRules } from "../goalRule";
import { stringLiteral } from "../formula/a1";
import { writtenWords } from "../vocabulary";
import { KpiColumnKey } from "./kpiLayout";
import { gradeExpr, roundByWord } from "./nativeFormulas";
import { names, Settled } from "./options";
import { basisIsTrend, targetsCount } from "./settingsSheet";
import { CachedValue, Computed, computed, computedArray } from "./sheetPlan";

export interface GoalFormulas {
  kpiCount(goal: string, value: number): Computed;
  ratedCount(goal: string, value: number): Computed;
  /** An array formula: worst is MIN(IF(…)), which classic Excel evaluates only so. */
  average(goal: string, rated: string, value: CachedValue): Computed;
  grade(average: string, value: CachedValue): Computed;
  /** The goal's counted indicators whose grade is the label in `label` (a cell). */
  gradeCount(goal: string, label: string, value: number): Computed;
}

/** `col` gives a KPI table column's structured reference. */
export function goalFormulas(s: Settled, col: (key: KpiColumnKey) => string): GoalFormulas {
  const kpi = stringLiteral(writtenWords.kpi[s.tableLang]);
  const target = stringLiteral(writtenWords.target[s.tableLang]);
  // whether numerical targets count: read live from the settings sheet, as every other rule
  const counted = targetsCount();
  // COUNTIFS/SUMIFS criterion: the KPIs, or every row ("<>": not blank) when targets count
  const kinds = (goal: string): string => `${col("goal")},${goal},${col("kind")},IF(${counted},"<>",${kpi})`;
  // the same as an array of 0 and 1
  const kind = `((${col("kind")}=${kpi})+(${col("kind")}=${target})*${counted})`;
  const mask = (goal: string): string => `(${col("goal")}=${goal})*${kind}`;
  const rate = col("evalRate");
  const round = (x: string): string => roundByWord(x, names.rounding);
  const rules = `{${goalRules.map(stringLiteral).join(",")}}`;

  const nativeAverage = (goal: string, rated: string): string => {
    const m = mask(goal);
    const weights = `SUMPRODUCT(${m}*ISNUMBER(${rate}),${col("weight")})`;
    // SUMPRODUCT takes the "-" of a rate without one as 0, beside its weight
    const weighted = `IF(${weights}=0,"-",${round(`SUMPRODUCT(${m},${col("weight")},${rate})/${weights}`)})`;
    const figures = [
      round(`SUMIFS(${rate},${kinds(goal)})/${rated}`),
      round(`COUNTIFS(${kinds(goal)},${rate},">=1")/${rated}`),
      weighted,
      `MIN(IF(${m}*ISNUMBER(${rate}),${rate}))`,
    ];
    return `=IF(${rated}=0,"-",CHOOSE(MATCH(${names.goalRule},${rules},0),${figures.join(",")}))`;
  };
  const functionsAverage = (goal: string): string => {
    const m = mask(goal);
    return `=IFERROR(KPI.AVERAGE(IF(${m},${rate},""),${names.goalRule},IF(${m},${col("weight")},""),${names.rounding}),"-")`;
  };

  return {
    kpiCount: (goal, value) => computed(`=COUNTIFS(${kinds(goal)})`, value),
    ratedCount: (goal, value) => computed(`=COUNTIFS(${kinds(goal)},${rate},">=0")`, value),
    average: (goal, rated, value) =>
      computedArray(s.style === "functions" ? functionsAverage(goal) : nativeAverage(goal, rated), value),
    // a trend scale grades indicators against their baselines; a goal figure has none
    grade: (average, value) => {
      const byRate =
        s.style === "functions"
          ? `IF(ISNUMBER(${average}),KPI.GRADE(${average},${names.scale}),"-")`
          : gradeExpr(average, names.minUpper, names.label);
      return computed(`=IF(${basisIsTrend()},"-",${byRate})`, value);
    },
    gradeCount: (goal, label, value) => computed(`=SUMPRODUCT(${mask(goal)}*(${col("grade")}=${label}))`, value),
  };
}
