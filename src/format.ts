import { NoRateReason } from "./evaluate";
import { Lang, Localized } from "./lang";

/** A fraction in permille shown as a percentage with one decimal: 895 → "89.5%". */
export function formatPermille(permille: number): string {
  const sign = permille < 0 ? "-" : "";
  const p = Math.abs(Math.round(permille));
  return `${sign}${Math.floor(p / 10)}.${p % 10}%`;
}

/** A rate as a fraction (0.895) shown as "89.5%". */
export function formatRate(fraction: number): string {
  return formatPermille(Math.round(fraction * 1000));
}

export const reasonLabels: Readonly<Record<NoRateReason, Localized>> = {
  blank: { ja: "実績値なし", en: "no actual" },
  notSet: { ja: "実績値なし", en: "no actual" },
  noActual: { ja: "実績値なし", en: "no actual" },
  unpublished: { ja: "未公表", en: "not yet published" },
  indicatorChanged: { ja: "指標変更", en: "indicator changed" },
  noTarget: { ja: "目標値なし", en: "no target" },
  noBaseline: { ja: "現状値なし", en: "no baseline" },
  overflow: { ja: "算出不能（値が大きすぎます）", en: "cannot be computed (value too large)" },
};

export const notEvaluableLabel: Localized = { ja: "評価不能", en: "Not evaluable" };

export function reasonLabel(reason: NoRateReason, lang: Lang): string {
  return reasonLabels[reason][lang];
}
