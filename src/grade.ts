import { CoreMessages, localizeCore } from "./i18n/core";
import { Lang, Localized } from "./lang";
import { itemAt } from "./list";
import { roundScaled } from "./round";

/** What a scale grades: the capped rate, the uncapped rate, or the trend from the baseline. */
export type ScaleBasis = "capped" | "uncapped" | "trend";

/** Scales have 2 to 7 levels, as real plans do. */
export const maxLevels = 7;

/** One grade: the rates at or above `min` (a fraction, 0.8 = 80%) that no higher level takes. */
export interface GradeLevel {
  readonly min: number;
  readonly label: Localized;
  /** A second label, as plans print beside the first (A 順調): the words of a letter grade. */
  readonly words?: Localized;
}

/**
 * A grade scale is data: levels from the best down. The last level takes every rate below
 * the one above it, whatever its own `min`. `basis` says what is graded: the capped rate
 * (the reference), the uncapped one (scales with a level above 100%, such as 110%), or the trend
 * from the baseline (src/rules/trend.ts: four levels S, A, B, C; only the first threshold, 100%, is used).
 */
export interface GradeScale {
  readonly id: string;
  readonly name: Localized;
  readonly basis: ScaleBasis;
  readonly levels: readonly GradeLevel[];
}

const level = (min: number, label: Localized): GradeLevel => ({ min, label });
/** Level `i` of a preset whose labels are a list in the language pack. */
const packLevel = (min: number, pick: (m: CoreMessages) => readonly string[], i: number): GradeLevel =>
  level(
    min,
    localizeCore((m) => pick(m)[i] ?? ""),
  );
const same = (text: string): Localized => ({ ja: text, en: text });

/** A scale of letter grades A, B, C … at the given thresholds, graded on the capped rate. */
function letters(id: string, name: (m: CoreMessages) => string, mins: readonly number[]): GradeScale {
  return {
    id,
    name: localizeCore(name),
    basis: "capped",
    levels: mins.map((min, i) => level(min, same(String.fromCharCode(65 + i)))),
  };
}

/** The reference's scale (Atsugi): 100 / 80 / 60. */
export const defaultScale: GradeScale = {
  id: "standard",
  name: localizeCore((m) => m.grades.standardName),
  basis: "capped",
  levels: [1, 0.8, 0.6, 0].map((min, i) => packLevel(min, (m) => m.grades.standard, i)),
};

/** Presets seen in real plans. */
export const scalePresets: readonly GradeScale[] = [
  defaultScale,
  {
    id: "abc-100-80-50",
    name: localizeCore((m) => m.grades.abcName),
    basis: "capped",
    // the letters as plans print them, the words beside them
    levels: ["A", "B+", "B", "C"].map((letter, i) => ({
      ...level(itemAt([1, 0.8, 0.5, 0], i), same(letter)),
      words: localizeCore((m) => m.rules.abcWords[i] ?? ""),
    })),
  },
  {
    id: "abcd-110-80-50",
    name: localizeCore((m) => m.grades.abcdName),
    basis: "uncapped",
    levels: [level(1.1, same("A")), level(0.8, same("B")), level(0.5, same("C")), level(0, same("D"))],
  },
  {
    id: "symbols",
    name: localizeCore((m) => m.grades.symbolsName),
    basis: "capped",
    levels: [level(1, same("◎")), level(0.8, same("○")), level(0.6, same("△")), level(0, same("×"))],
  },
  letters("abc-100-80", (m) => m.rules.letterNames.abc3, [1, 0.8, 0]),
  letters("abc-100-60", (m) => m.rules.letterNames.abc60, [1, 0.6, 0]),
  {
    id: "standard-100-80-50",
    name: localizeCore((m) => m.rules.standard50Name),
    basis: "capped",
    levels: [1, 0.8, 0.5, 0].map((min, i) => packLevel(min, (m) => m.grades.standard, i)),
  },
  {
    // Nagayo's 数値目標評価: S the target is reached, A better than the baseline, B the same level
    // (down by no more than the tolerance), C worse; src/rules/trend.ts
    id: "trend",
    name: localizeCore((m) => m.rules.trendName),
    basis: "trend",
    levels: [level(1, same("S")), level(0, same("A")), level(0, same("B")), level(0, same("C"))],
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
export function scaleProblem(levels: readonly GradeLevel[], basis: ScaleBasis = "capped"): Localized | undefined {
  return scaleProblemAt(levels, basis)?.problem;
}

/** scaleProblem, with the index of the level it is about (undefined when about the whole scale). */
export function scaleProblemAt(
  levels: readonly GradeLevel[],
  basis: ScaleBasis = "capped",
): { readonly level: number | undefined; readonly problem: Localized } | undefined {
  const whole = (pick: (m: CoreMessages) => string) => ({ level: undefined, problem: localizeCore(pick) });
  if (levels.length < 2) return whole((m) => m.scale.tooFew);
  if (levels.length > maxLevels) return whole((m) => m.rules.levels.tooMany);
  if (basis === "trend" && levels.length !== 4) return whole((m) => m.rules.levels.trend);
  for (const [i, l] of levels.entries()) {
    const n = i + 1;
    const at = (pick: (m: CoreMessages) => string) => ({ level: i, problem: localizeCore(pick) });
    if (!Number.isFinite(l.min)) return at((m) => m.scale.noThreshold(n));
    if (l.label.ja.trim() === "" || l.label.en.trim() === "") return at((m) => m.scale.noLabel(n));
    if (basis !== "trend" && i > 0 && i < levels.length - 1 && l.min >= itemAt(levels, i - 1).min) {
      return at((m) => m.scale.notFalling(n));
    }
  }
  return undefined;
}
