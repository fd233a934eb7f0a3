/**
 * The goal summary's live formulas for one goal row: which indicators count (the KPIs, and the
 * numerical targets when the settings say so), how many have a rate, and the goal figure by the
 * settings sheet's goal rule and rounding, as combinePermille (src/goalRule.ts) computes it.
 */
import { goalRules } from "../goalRule";
import { stringLiteral } from "../formula/a1";
import { writtenWords } from "../vocabulary";
import { KpiColumnKey } from "./kpiLayout";
import { roundByWord } from "./nativeFormulas";
import { names, Settled } from "./options";
import { basisIsTrend } from "./settingsSheet";

export interface GoalFormulas {
  /** 1 for each table row that counts in this goal, 0 for the others (an array expression). */
  readonly mask: string;
  readonly count: string;
  readonly rated: string;
  /** The goal figure: an array formula (worst is MIN(IF(…)), which classic Excel evaluates only so). */
  readonly average: string;
  readonly grade: (byRate: string) => string;
  readonly perLevel: (labelCell: string) => string;
}

/**
 * `col` gives a KPI table column's structured reference; `r` is the goal row, its goal number in
 * column A, its counts in C and D and its figure in F.
 */
export function goalFormulas(s: Settled, col: (key: KpiColumnKey) => string, r: number): GoalFormulas {
  const kpi = stringLiteral(writtenWords.kpi[s.tableLang]);
  const target = stringLiteral(writtenWords.target[s.tableLang]);
  // whether numerical targets count is fixed when the sheets are made (the settings sheet shows it)
  const counted = s.rules.countTargets;
  // COUNTIFS/SUMIFS criterion: the KPIs, or every row ("<>": not blank) when targets count
  const kinds = `${col("goal")},$A${r},${col("kind")},${counted ? `"<>"` : kpi}`;
  // the same as an array of 0 and 1
  const kind = counted ? `((${col("kind")}=${kpi})+(${col("kind")}=${target}))` : `(${col("kind")}=${kpi})`;
  const mask = `(${col("goal")}=$A${r})*${kind}`;
  const rate = col("evalRate");
  const round = (x: string): string => roundByWord(x, names.rounding);
  const d = `D${r}`;
  const weights = `SUMPRODUCT(${mask}*ISNUMBER(${rate}),${col("weight")})`;
  // SUMPRODUCT takes the "-" of a rate without one as 0, beside its weight
  const weighted = `IF(${weights}=0,"-",${round(`SUMPRODUCT(${mask},${col("weight")},${rate})/${weights}`)})`;
  const figures = [
    round(`SUMIFS(${rate},${kinds})/${d}`),
    round(`COUNTIFS(${kinds},${rate},">=1")/${d}`),
    weighted,
    `MIN(IF(${mask}*ISNUMBER(${rate}),${rate}))`,
  ];
  const rules = `{${goalRules.map(stringLiteral).join(",")}}`;
  return {
    mask,
    count: `=COUNTIFS(${kinds})`,
    rated: `=COUNTIFS(${kinds},${rate},">=0")`,
    average: `=IF(${d}=0,"-",CHOOSE(MATCH(${names.goalRule},${rules},0),${figures.join(",")}))`,
    // a trend scale grades indicators against their baselines; a goal figure has none
    grade: (byRate) => `=IF(${basisIsTrend()},"-",${byRate})`,
    perLevel: (labelCell) => `=SUMPRODUCT(${mask}*(${col("grade")}=${labelCell}))`,
  };
}
