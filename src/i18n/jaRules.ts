/** 日本語: the language pack's rules section (ja.ts stays under 300 lines). */
import type { RulesMessages } from "./rulesMessages";

export const jaRules: RulesMessages = {
  rounding: "端数処理",
  lag: "統計の遅れ（年）",
  goalRule: "基本目標の集計",
  countTargets: "数値目標を含める",
  tolerance: "同水準の幅（基準値比）",
  words: "表記",
  trend: "基準値比",
  flag: { yes: "含める", no: "含めない" },
  roundingNames: { halfUp: "0.1%未満を四捨五入", truncate: "0.1%未満を切り捨て", percent: "1%未満を四捨五入" },
  ruleNames: { mean: "平均", achievedShare: "達成した割合", weightedMean: "加重平均", worst: "最も低い達成率" },
  trendName: "S／A／B／C（目標達成・基準値より改善・同水準・悪化）",
  letterNames: { abc3: "A／B／C（100・80%）", abc60: "A／B／C（100・60%）" },
  standard50Name: "順調／おおむね順調／やや遅れ／遅れ（100・80・50%）",
  abcWords: ["順調", "概ね順調", "やや遅れ", "遅れ"],
  levels: { tooMany: "7段階までです", trend: "基準値比の評価は4段階（S・A・B・C）です" },
  earlier: "前の年度の実績で評価",
  badThreshold: (text) => `基準値「${text}」が率として読めません（80% や 0.8）`,
  badWord: (arg, text, choices) => `${arg}「${text}」は ${choices.join("・")} のいずれかです`,
};
