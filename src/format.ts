import { NoRateReason } from "./evaluate";
import { packs } from "./i18n";
import { Lang } from "./lang";

/** A fraction in permille shown as a percentage with one decimal: 895 → "89.5%". */
export function formatPermille(permille: number): string {
  const sign = permille < 0 ? "-" : "";
  const p = Math.abs(Math.round(permille));
  return `${sign}${Math.floor(p / 10)}.${p % 10}%`;
}

/** Why an indicator has no rate, in words. */
export function reasonLabel(reason: NoRateReason, lang: Lang): string {
  return packs[lang].reasons[reason];
}
