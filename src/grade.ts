import { localize, Messages } from "./i18n";
import { Lang, Localized } from "./lang";
import { itemAt } from "./list";
import { roundScaled } from "./round";

/** One grade: the rates at or above `min` (a fraction, 0.8 = 80%) that no higher level takes. */
export interface GradeLevel {
  readonly min: number;
  readonly label: Localized;
}

/**
 * A grade scale is data: levels from the best down. The last level takes every rate below
 * the one above it, whatever its own `min`. `basis` says which rate is graded: the capped one
 * (the reference) or the uncapped one (scales with a level above 100%, such as 110%).
 */
export interface GradeScale {
  readonly id: string;
  readonly name: Localized;
  readonly basis: "capped" | "uncapped";
  readonly levels: readonly GradeLevel[];
}

const level = (min: number, label: Localized): GradeLevel => ({ min, label });
/** Level `i` of a preset whose labels are a list in the language pack. */
const packLevel = (min: number, pick: (m: Messages) => readonly string[], i: number): GradeLevel =>
  level(
    min,
    localize((m) => pick(m)[i] ?? ""),
  );
const same = (text: string): Localized => ({ ja: text, en: text });

/** The reference's scale (Atsugi): 100 / 80 / 60. */
export const defaultScale: GradeScale = {
  id: "standard",
  name: localize((m) => m.grades.standardName),
  basis: "capped",
  levels: [1, 0.8, 0.6, 0].map((min, i) => packLevel(min, (m) => m.grades.standard, i)),
};

/** Presets seen in real plans. */
export const scalePresets: readonly GradeScale[] = [
  defaultScale,
  {
    id: "abc-100-80-50",
    name: localize((m) => m.grades.abcName),
    basis: "capped",
    levels: [1, 0.8, 0.5, 0].map((min, i) => packLevel(min, (m) => m.grades.abc, i)),
  },
  {
    id: "abcd-110-80-50",
    name: localize((m) => m.grades.abcdName),
    basis: "uncapped",
    levels: [level(1.1, same("A")), level(0.8, same("B")), level(0.5, same("C")), level(0, same("D"))],
  },
  {
    id: "symbols",
    name: localize((m) => m.grades.symbolsName),
    basis: "capped",
    levels: [level(1, same("◎")), level(0.8, same("○")), level(0.6, same("△")), level(0, same("×"))],
  },
];

export function findScale(id: string): GradeScale | undefined {
  return scalePresets.find((s) => s.id === id);
}

/**
 * The index of the level a rate falls in. The rate is first rounded to 0.1% as it is shown,
 * so a rate displayed as 80.0% is never graded below 80%. Non-finite rates take the lowest level.
 */
export function gradeIndex(scale: GradeScale, rate: number): number {
  const last = scale.levels.length - 1;
  if (!Number.isFinite(rate)) return last;
  const permille = roundScaled(rate, 3);
  // thresholds compared in exact permille (0.57 * 1000 is 569.999… in binary)
  const index = scale.levels.slice(0, last).findIndex((l) => permille >= roundScaled(l.min * 1000, 9) / 1e9);
  return index < 0 ? last : index;
}

/** The label of level `index` of a scale (an index gradeIndex gave). */
export function levelLabel(scale: GradeScale, index: number, lang: Lang): string {
  return itemAt(scale.levels, index).label[lang];
}

export function gradeLabel(scale: GradeScale, rate: number, lang: Lang): string {
  return levelLabel(scale, gradeIndex(scale, rate), lang);
}

/** Why a scale from a settings sheet or a range cannot be used, or undefined when it can. */
export function scaleProblem(levels: readonly GradeLevel[]): Localized | undefined {
  if (levels.length < 2) return localize((m) => m.scale.tooFew);
  for (const [i, l] of levels.entries()) {
    const n = i + 1;
    if (!Number.isFinite(l.min)) return localize((m) => m.scale.noThreshold(n));
    if (l.label.ja.trim() === "" || l.label.en.trim() === "") return localize((m) => m.scale.noLabel(n));
    if (i > 0 && i < levels.length - 1 && l.min >= itemAt(levels, i - 1).min) {
      return localize((m) => m.scale.notFalling(n));
    }
  }
  return undefined;
}
