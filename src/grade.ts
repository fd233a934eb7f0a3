import { Lang, Localized } from "./lang";
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

const level = (min: number, ja: string, en: string): GradeLevel => ({ min, label: { ja, en } });

/** The reference's scale (Atsugi): 100 / 80 / 60. */
export const defaultScale: GradeScale = {
  id: "standard",
  name: {
    ja: "順調／おおむね順調／やや遅れ／遅れ（100・80・60%）",
    en: "On track / Mostly / Slightly behind / Behind (100/80/60%)",
  },
  basis: "capped",
  levels: [
    level(1, "順調", "On track"),
    level(0.8, "おおむね順調", "Mostly on track"),
    level(0.6, "やや遅れ", "Slightly behind"),
    level(0, "遅れ", "Behind"),
  ],
};

/** Presets seen in real plans. */
export const scalePresets: readonly GradeScale[] = [
  defaultScale,
  {
    id: "abc-100-80-50",
    name: { ja: "A／B+／B／C（100・80・50%）", en: "A / B+ / B / C (100/80/50%)" },
    basis: "capped",
    levels: [
      level(1, "A 順調", "A On track"),
      level(0.8, "B+ 概ね順調", "B+ Mostly on track"),
      level(0.5, "B やや遅れ", "B Slightly behind"),
      level(0, "C 遅れ", "C Behind"),
    ],
  },
  {
    id: "abcd-110-80-50",
    name: { ja: "A／B／C／D（110・80・50%、上限なし）", en: "A / B / C / D (110/80/50%, uncapped)" },
    basis: "uncapped",
    levels: [level(1.1, "A", "A"), level(0.8, "B", "B"), level(0.5, "C", "C"), level(0, "D", "D")],
  },
  {
    id: "symbols",
    name: { ja: "◎／○／△／×（100・80・60%）", en: "◎ / ○ / △ / × (100/80/60%)" },
    basis: "capped",
    levels: [level(1, "◎", "◎"), level(0.8, "○", "○"), level(0.6, "△", "△"), level(0, "×", "×")],
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
  for (let i = 0; i < last; i++) {
    // thresholds compared in exact permille (0.57 * 1000 is 569.999… in binary)
    if (permille >= roundScaled(scale.levels[i].min * 1000, 9) / 1e9) return i;
  }
  return last;
}

export function gradeLabel(scale: GradeScale, rate: number, lang: Lang): string {
  return scale.levels[gradeIndex(scale, rate)].label[lang];
}

/** Why a scale from a settings sheet or a range cannot be used, or undefined when it can. */
export function scaleProblem(levels: readonly GradeLevel[]): string | undefined {
  if (levels.length < 2) return "a grade scale needs at least two levels";
  for (let i = 0; i < levels.length; i++) {
    const l = levels[i];
    if (!Number.isFinite(l.min)) return `level ${i + 1} has no threshold`;
    if (l.label.ja.trim() === "" || l.label.en.trim() === "") return `level ${i + 1} has no label`;
    if (i > 0 && i < levels.length - 1 && l.min >= levels[i - 1].min) {
      return `thresholds must fall from the best level down (level ${i + 1})`;
    }
  }
  return undefined;
}
