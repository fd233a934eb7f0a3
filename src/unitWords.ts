/** Part of the input vocabulary (src/vocabulary.ts): the units a number may carry. */

/**
 * Units a number may carry: 6,439人, 42.6％, 8.15㎡/人. Full-width forms are read as their ASCII
 * form first (％ is %, ｋｍ is km). The README lists these under "The plan file"; keep the two in
 * step.
 */
export const unitWords: readonly string[] = [
  // people and households
  "人",
  "千人",
  "万人",
  "名",
  "世帯",
  "戸",
  "組",
  "人/日",
  "人日",
  "人回",
  "人泊",
  "歳",
  // counts of things and events
  "件",
  "回",
  "事業所",
  "社",
  "団体",
  "店舗",
  "施設",
  "箇所",
  "か所",
  "カ所",
  "ヶ所",
  "校",
  "園",
  "地区",
  "区画",
  "台",
  "本",
  "冊",
  "点",
  "品目",
  "種類",
  // time
  "日",
  "時間",
  "分",
  "か月",
  "ヶ月",
  "年",
  // money
  "円",
  "千円",
  "万円",
  "百万円",
  "億円",
  // shares and scores
  "%",
  "倍",
  "割",
  "ポイント",
  "pt",
  "位",
  // sizes and amounts
  "㎡",
  "㎡/人",
  "m",
  "km",
  "ha",
  "t",
  "kg",
  "kWh",
];

/** The units messages name as examples of unitWords, after "a number may carry". */
export const unitExamples: readonly string[] = ["人", "件", "%", "円"];
/** A number written as text the way staff write it, with its unit: the example messages give. */
export const textNumberExample = "6,439人";
