import { clean } from "./text";

/**
 * The units a number may carry in a plan or a cell without a `unit` column saying so: 6,439人,
 * 42.6％, 8.15㎡/人. Any other text after a number (100見込み, 100(暫定), 100※, 5e) makes the
 * value an error, as reading it as the bare number would give a rate for a figure nobody wrote.
 * Full-width forms are read as their ASCII form first (％ is %, ｋｍ is km). The README lists
 * these under "The plan file"; keep the two in step.
 */
export const knownUnits: readonly string[] = [
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

const known: ReadonlySet<string> = new Set(knownUnits);

/**
 * Whether text written after a number is a unit: one of the known units, or the unit the row
 * itself declares (its `unit` column), compared after folding widths.
 */
export function isUnit(suffix: string, rowUnit = ""): boolean {
  const text = clean(suffix);
  if (text === "") return false;
  return known.has(text) || text === clean(rowUnit);
}
