import { defaultScale, findScale, GradeScale } from "../src/grade";
import { Lang, langOf } from "../src/lang";
import { GoalRule, goalRules } from "../src/goalRule";
import { Rounding, roundings } from "../src/rules/rounding";
import { defaultRules, isLag, Rules } from "../src/rules/rules";
import { isTolerance } from "../src/rules/trend";
import { FormulaStyle, formulaStyles } from "../src/sheets/options";
import type { SheetSettings } from "./workbook";

/** What the user sets in the pane. The sheets carry their own settings once made (the settings sheet). */
export interface PaneSettings {
  /** "auto" follows Office's display language. */
  readonly language: "auto" | Lang;
  readonly scaleId: string;
  /** "auto": the latest year with an actual. */
  readonly year: "auto" | number;
  readonly style: FormulaStyle;
  /** The rules of rating and grading new sheets are made with (docs/rules.md); default the reference's. */
  readonly rounding: Rounding;
  readonly lag: number;
  readonly tolerance: number;
  readonly goalRule: GoalRule;
  readonly countTargets: boolean;
}

export const defaultSettings: PaneSettings = {
  language: "auto",
  scaleId: defaultScale.id,
  year: "auto",
  style: "native",
  rounding: defaultRules.rounding,
  lag: defaultRules.lag,
  tolerance: defaultRules.tolerance,
  goalRule: defaultRules.rule,
  countTargets: defaultRules.countTargets,
};

const storageKey = "kpi-sheets.pane-settings";

/** The settings kept in the browser's storage, each checked; anything unknown falls back to the default. */
export function parseSettings(json: string | null): PaneSettings {
  if (json === null) return defaultSettings;
  let raw: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== "object" || parsed === null) return defaultSettings;
    raw = parsed as Record<string, unknown>;
  } catch {
    return defaultSettings;
  }
  const language = raw.language === "ja" || raw.language === "en" ? raw.language : "auto";
  const scaleId =
    typeof raw.scaleId === "string" && findScale(raw.scaleId) !== undefined ? raw.scaleId : defaultSettings.scaleId;
  const year =
    typeof raw.year === "number" && Number.isInteger(raw.year) && raw.year >= 1989 && raw.year <= 2200
      ? raw.year
      : "auto";
  const style = formulaStyles.find((s) => s === raw.style) ?? defaultSettings.style;
  const rounding = roundings.find((r) => r === raw.rounding) ?? defaultSettings.rounding;
  const lag = typeof raw.lag === "number" && isLag(raw.lag) ? raw.lag : defaultSettings.lag;
  const tolerance =
    typeof raw.tolerance === "number" && isTolerance(raw.tolerance) ? raw.tolerance : defaultSettings.tolerance;
  const goalRule = goalRules.find((r) => r === raw.goalRule) ?? defaultSettings.goalRule;
  const countTargets = typeof raw.countTargets === "boolean" ? raw.countTargets : defaultSettings.countTargets;
  return { language, scaleId, year, style, rounding, lag, tolerance, goalRule, countTargets };
}

export function loadSettings(storage: Pick<Storage, "getItem"> | undefined): PaneSettings {
  try {
    return parseSettings(storage?.getItem(storageKey) ?? null);
  } catch {
    return defaultSettings; // storage can be blocked in some hosts
  }
}

export function saveSettings(storage: Pick<Storage, "setItem"> | undefined, settings: PaneSettings): void {
  try {
    storage?.setItem(storageKey, JSON.stringify(settings));
  } catch {
    // not kept between sessions; the pane still works
  }
}

/** The language the pane speaks: the user's choice, else Office's display language. */
export function paneLang(settings: PaneSettings, officeLanguage: string | undefined): Lang {
  return settings.language === "auto" ? langOf(officeLanguage) : settings.language;
}

function scaleOf(settings: PaneSettings): GradeScale {
  return findScale(settings.scaleId) ?? defaultScale;
}

/** What a sheet-writing action is given: the pane's language and the settings that act on sheets. */
export function sheetSettingsOf(settings: PaneSettings, lang: Lang): SheetSettings {
  return {
    lang,
    scale: scaleOf(settings),
    year: settings.year === "auto" ? undefined : settings.year,
    style: settings.style,
    rules: rulesOf(settings),
  };
}

/** The rules new sheets are made with. */
export function rulesOf(settings: PaneSettings): Rules {
  return {
    rounding: settings.rounding,
    lag: settings.lag,
    tolerance: settings.tolerance,
    rule: settings.goalRule,
    countTargets: settings.countTargets,
  };
}
