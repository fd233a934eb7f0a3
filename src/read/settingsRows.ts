/**
 * A settings sheet KPI Sheets wrote (src/sheets/settingsSheet.ts), read back: the evaluation
 * year, the language, the formula style, the grade scale and the rules a municipality set on it,
 * so a workbook made again from it (a merge of the departments' returns) keeps them. Each cell is
 * read only if it holds what the sheet's validation allows; anything else is left to the
 * default and named in `unread` (a blank cell, as a sheet older than the rules rows has, is not).
 */
import { GoalRule, isGoalRule } from "../goalRule";
import { GradeLevel, GradeScale, ScaleBasis, scalePresets, scaleProblem } from "../grade";
import { packs } from "../i18n";
import { Lang, langs } from "../lang";
import { isRounding, Rounding } from "../rules/rounding";
import { isLag, Rules } from "../rules/rules";
import { isTolerance } from "../rules/trend";
import { FormulaStyle } from "../sheets/options";
import { settingsRows, settingsTitleCells } from "../sheets/settingsSheet";
import { parseCell } from "../formula/a1";

export interface SettingsRead {
  readonly lang?: Lang;
  readonly style?: FormulaStyle;
  readonly year?: number;
  readonly scale?: GradeScale;
  readonly rules: Partial<Rules>;
  readonly title?: string;
  readonly city?: string;
  /** The labels of the settings the sheet holds in a form that cannot be used (typed over). */
  readonly unread: readonly string[];
}

type Rows = readonly (readonly unknown[] | undefined)[];

const at = (rows: Rows, row: number, column: number): unknown => rows[row - 1]?.[column];
const textAt = (rows: Rows, row: number, column = 1): string => {
  const v = at(rows, row, column);
  return typeof v === "string" ? v.trim() : "";
};
const numberAt = (rows: Rows, row: number, column = 1): number | undefined => {
  const v = at(rows, row, column);
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
};

/** The language whose settings labels (column A) the rows hold; undefined when they are no settings sheet. */
export function settingsLanguage(rows: Rows): Lang | undefined {
  return langs.find((lang) => {
    const m = packs[lang].sheet;
    return (
      textAt(rows, settingsRows.evalYear, 0) === m.evalYear &&
      textAt(rows, settingsRows.language, 0) === m.language &&
      textAt(rows, settingsRows.scaleName, 0) === m.scaleName
    );
  });
}

function basisOf(word: string): ScaleBasis | undefined {
  for (const lang of langs) {
    const p = packs[lang];
    if (word === p.sheet.capped) return "capped";
    if (word === p.sheet.uncapped) return "uncapped";
    if (word === p.rules.trend) return "trend";
  }
  return undefined;
}

/** The scale's levels from the scale's first row down to the first row with no threshold. */
function levelsOf(rows: Rows): GradeLevel[] {
  const levels: GradeLevel[] = [];
  for (let r = settingsRows.scaleFirstRow; numberAt(rows, r, 0) !== undefined; r++) {
    const label = textAt(rows, r, 1);
    const words = textAt(rows, r, 2);
    levels.push({
      min: numberAt(rows, r, 0) as number,
      label: { ja: label, en: label },
      ...(words === "" ? {} : { words: { ja: words, en: words } }),
    });
  }
  return levels;
}

/** A preset when the sheet's levels are one's (thresholds and labels), else the sheet's own scale. */
function scaleOf(rows: Rows, lang: Lang, basis: ScaleBasis): GradeScale | undefined {
  const levels = levelsOf(rows);
  const preset = scalePresets.find(
    (s) =>
      s.basis === basis &&
      s.levels.length === levels.length &&
      s.levels.every((l, i) => l.min === levels[i]?.min && l.label[lang] === levels[i]?.label[lang]),
  );
  if (preset !== undefined) return preset;
  if (scaleProblem(levels, basis) !== undefined) return undefined;
  const name = textAt(rows, settingsRows.scaleName) || "workbook";
  return { id: "workbook", name: { ja: name, en: name }, basis, levels };
}

/** The settings of a settings sheet's rows (its values from A1); undefined when the rows are no settings sheet. */
export function readSettingsRows(rows: Rows): SettingsRead | undefined {
  const sheetLang = settingsLanguage(rows);
  if (sheetLang === undefined) return undefined;
  const m = packs[sheetLang];
  const unread: string[] = [];
  const r = settingsRows;
  /** A setting's value when `ok` says it is one; else undefined, and its label listed unless the cell is blank (an older sheet). */
  const take = <T>(row: number, value: T | undefined, ok: boolean): T | undefined => {
    if (value !== undefined && ok) return value;
    const cell = at(rows, row, 1);
    if (cell !== undefined && cell !== "") unread.push(textAt(rows, row, 0));
    return undefined;
  };

  const year = numberAt(rows, r.evalYear);
  const langWord = textAt(rows, r.language);
  const styleWord = textAt(rows, r.style);
  const basis = basisOf(textAt(rows, r.basis));
  const rounding = textAt(rows, r.rounding);
  const lag = numberAt(rows, r.lag);
  const tolerance = numberAt(rows, r.tolerance);
  const rule = textAt(rows, r.goalRule);
  const flag = textAt(rows, r.countTargets);

  const scale = basis === undefined ? undefined : scaleOf(rows, sheetLang, basis);
  if (basis === undefined) take(r.basis, undefined, false);
  else take(r.scaleName, scale, scale !== undefined);

  const rules: {
    rounding?: Rounding;
    lag?: number;
    tolerance?: number;
    rule?: GoalRule;
    countTargets?: boolean;
  } = {
    rounding: take(r.rounding, rounding as Rounding, isRounding(rounding)),
    lag: take(r.lag, lag, lag !== undefined && isLag(lag)),
    tolerance: take(r.tolerance, tolerance, tolerance !== undefined && isTolerance(tolerance)),
    rule: take(r.goalRule, rule as GoalRule, isGoalRule(rule)),
    countTargets: take(
      r.countTargets,
      flag === m.rules.flag.yes,
      flag === m.rules.flag.yes || flag === m.rules.flag.no,
    ),
  };
  const defined = Object.fromEntries(Object.entries(rules).filter(([, v]) => v !== undefined)) as Partial<Rules>;
  const cellText = (address: string): string => {
    const { row, column } = parseCell(address);
    return textAt(rows, row + 1, column);
  };
  const title = cellText(settingsTitleCells.title);
  const city = cellText(settingsTitleCells.city);
  return {
    lang: take(r.language, langWord as Lang, (langs as readonly string[]).includes(langWord)),
    style: take(r.style, styleWord as FormulaStyle, styleWord === "native" || styleWord === "functions"),
    year: take(r.evalYear, year, year !== undefined && Number.isInteger(year)),
    ...(scale === undefined ? {} : { scale }),
    rules: defined,
    ...(title === "" ? {} : { title }),
    ...(city === "" ? {} : { city }),
    unread,
  };
}
