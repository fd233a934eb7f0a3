import { Lang, Localized } from "../lang";

/** The words the generated sheets write, in both languages. Headers of the KPI table read back with readPlanTable. */
export const sheetLabels = {
  settingsSheet: { ja: "設定", en: "Settings" },
  kpiSheet: { ja: "KPI", en: "KPI" },
  summarySheet: { ja: "基本目標別まとめ", en: "Goal summary" },
  settingsTitle: {
    ja: "KPI Sheets の設定（数式はここを読みます）",
    en: "KPI Sheets settings (the formulas read these cells)",
  },
  planStart: { ja: "計画期間（初年度）", en: "Plan period: first year" },
  planEnd: { ja: "計画期間（最終年度）", en: "Plan period: last year" },
  evalYear: { ja: "評価年度", en: "Evaluation year" },
  language: { ja: "言語", en: "Language" },
  formulaStyle: { ja: "数式の形式", en: "Formula style" },
  gradeBasis: { ja: "評価に使う達成率", en: "Rate that is graded" },
  scaleName: { ja: "評価基準", en: "Grade scale" },
  threshold: { ja: "下限（以上）", en: "From (at least)" },
  gradeLabel: { ja: "評価", en: "Grade" },
  scaleNote: {
    ja: "上の段ほど良い評価です。最後の段はそれ未満のすべてを受けます（その下限は使われません）。",
    en: "Best level first. The last level takes every rate below the one above it (its own threshold is not used).",
  },
  kpiTitle: { ja: "KPI一覧", en: "KPIs" },
  kpiNote: {
    ja: "達成率と評価は数式です。実績値を入力すると更新されます。評価基準と評価年度は「設定」シートにあります。",
    en: "Rates and grades are formulas: type an actual and they update. The grade scale and the evaluation year are on the settings sheet.",
  },
  summaryTitle: { ja: "基本目標別まとめ", en: "Goal summary" },
  summaryNote: {
    ja: "KPI表から数式で集計しています。達成率平均は評価年度のKPI達成率（100%上限）の単純平均です。",
    en: "Live formulas over the KPI table. The average is the plain mean of the KPIs' capped rates in the evaluation year.",
  },
  targetsTitle: { ja: "数値目標", en: "Numerical targets" },
  kpiCount: { ja: "KPI数", en: "KPIs" },
  ratedCount: { ja: "評価対象", en: "Rated" },
  notEvaluable: { ja: "評価不能", en: "Not evaluable" },
  average: { ja: "達成率平均", en: "Average rate" },
  capped: { ja: "上限あり", en: "capped" },
  uncapped: { ja: "上限なし", en: "uncapped" },
  native: { ja: "native", en: "native" },
  kpiKind: { ja: "KPI", en: "KPI" },
  targetKind: { ja: "数値目標", en: "target" },
  tableRow: { ja: "KPI表の行", en: "table row" },
  higher: { ja: "増加", en: "higher" },
  lower: { ja: "減少", en: "lower" },
  cumulativeYes: { ja: "累計", en: "yes" },
  valueGuardTitle: { ja: "入力できない値です", en: "Value not allowed" },
  valueGuardMessage: {
    ja: "数値、または -・未公表・指標変更 を入力してください",
    en: "Enter a number, or -, 未公表 or 指標変更",
  },
} satisfies Record<string, Localized>;

export type LabelKey = keyof typeof sheetLabels;

export function label(key: LabelKey, lang: Lang): string {
  return sheetLabels[key][lang];
}
