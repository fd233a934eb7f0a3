import { firstOf, lastOf } from "../list";
import { yearLabel } from "../year";
import { absolute, stringLiteral } from "../formula/a1";
import { eraLabelFormula } from "../formula/eraFormula";
import { messagesFor, packs } from "../i18n";
import { goalRules } from "../goalRule";
import { ScaleBasis } from "../grade";
import { Lang } from "../lang";
import { roundings } from "../rules/rounding";
import { names, Settled } from "./options";
import {
  Block,
  Cell,
  cellsAndValues,
  Computed,
  computed,
  DefinedName,
  empty,
  number,
  SheetPlan,
  text,
} from "./sheetPlan";

/** Rows of the settings sheet (1-based). The scale's levels start at `scaleFirstRow`. */
export const settingsRows = {
  planStart: 3,
  planEnd: 4,
  evalYear: 5,
  language: 6,
  style: 7,
  basis: 8,
  scaleName: 10,
  scaleHeader: 11,
  scaleFirstRow: 12,
  // below the longest scale (7 levels, rows 12–18) and its note: the rules of rating and grading
  rounding: 21,
  lag: 22,
  tolerance: 23,
  goalRule: 24,
  countTargets: 25,
} as const;

/** Where the plan's title and the municipality's name are (beside the plan period: no row above moves). */
export const settingsTitleCells = { title: "F3", city: "F4" } as const;

/** Whether the settings say to grade the uncapped rate (either language's word). */
export function basisIsUncapped(): string {
  return `OR(${names.basis}=${stringLiteral(packs.en.sheet.uncapped)},${names.basis}=${stringLiteral(packs.ja.sheet.uncapped)})`;
}

/** Whether the settings say numerical targets count in the goal figures (either language's yes). */
export function targetsCount(): string {
  return `OR(${names.countTargets}=${stringLiteral(packs.en.rules.flag.yes)},${names.countTargets}=${stringLiteral(packs.ja.rules.flag.yes)})`;
}

/** Whether the settings say to grade by the trend from the baseline (either language's word). */
export function basisIsTrend(): string {
  return `OR(${names.basis}=${stringLiteral(packs.en.rules.trend)},${names.basis}=${stringLiteral(packs.ja.rules.trend)})`;
}

/** The basis word of a scale on the settings sheet. */
function basisWord(basis: ScaleBasis, lang: Lang): string {
  const p = packs[lang];
  switch (basis) {
    case "capped":
      return p.sheet.capped;
    case "uncapped":
      return p.sheet.uncapped;
    case "trend":
      return p.rules.trend;
    default:
      return basis satisfies never;
  }
}

/** The workbook-scoped names pointing at the settings sheet. */
export function settingsNames(s: Settled): DefinedName[] {
  const sheet = s.sheetNames.settings;
  const r = settingsRows;
  const n = s.scale.levels.length;
  const last = r.scaleFirstRow + n - 1;
  return [
    { name: names.planStart, refersTo: `=${absolute(sheet, `B${r.planStart}`)}` },
    { name: names.planEnd, refersTo: `=${absolute(sheet, `B${r.planEnd}`)}` },
    { name: names.evalYear, refersTo: `=${absolute(sheet, `B${r.evalYear}`)}` },
    { name: names.basis, refersTo: `=${absolute(sheet, `B${r.basis}`)}` },
    { name: names.rounding, refersTo: `=${absolute(sheet, `B${r.rounding}`)}` },
    { name: names.lag, refersTo: `=${absolute(sheet, `B${r.lag}`)}` },
    { name: names.tolerance, refersTo: `=${absolute(sheet, `B${r.tolerance}`)}` },
    { name: names.goalRule, refersTo: `=${absolute(sheet, `B${r.goalRule}`)}` },
    { name: names.countTargets, refersTo: `=${absolute(sheet, `B${r.countTargets}`)}` },
    { name: names.scale, refersTo: `=${absolute(sheet, `A${r.scaleFirstRow}:B${last}`)}` },
    { name: names.min, refersTo: `=${absolute(sheet, `A${r.scaleFirstRow}:A${last}`)}` },
    { name: names.minUpper, refersTo: `=${absolute(sheet, `A${r.scaleFirstRow}:A${last - 1}`)}` },
    { name: names.label, refersTo: `=${absolute(sheet, `B${r.scaleFirstRow}:B${last}`)}` },
    { name: names.title, refersTo: `=${absolute(sheet, settingsTitleCells.title)}` },
    { name: names.city, refersTo: `=${absolute(sheet, settingsTitleCells.city)}` },
  ];
}

/**
 * The settings sheet: plan period, evaluation year, language, formula style and the grade scale
 * (thresholds and labels, best level first). The formulas of the other sheets read these cells
 * through defined names, so a changed threshold or year changes every grade.
 */
export function settingsSheet(s: Settled): SheetPlan {
  const { lang } = s;
  const m = messagesFor(lang).sheet;
  const rm = messagesFor(lang).rules;
  const report = messagesFor(lang).reportSheet;
  const r = settingsRows;
  const row = (l: string, value: Cell, extra: Cell | Computed = empty): (Cell | Computed)[] => [text(l), value, extra];
  const year = `B${r.evalYear}`;
  const eraLabel = computed(
    `=IF(ISNUMBER(${year}),${lang === "ja" ? eraLabelFormula(year, "long") : `"FY"&${year}`},"")`,
    yearLabel(s.year, lang),
  );
  const blocks: Block[] = [
    { at: "A1", cells: [[text(m.settingsTitle)]], bold: true },
    {
      at: `A${r.planStart}`,
      ...cellsAndValues([
        row(m.planStart, number(firstOf(s.years)), text(yearLabel(firstOf(s.years), lang))),
        row(m.planEnd, number(lastOf(s.years)), text(yearLabel(lastOf(s.years), lang))),
        row(m.evalYear, number(s.year), eraLabel),
        row(m.language, text(lang)),
        row(m.formulaStyle, text(s.style)),
        row(m.gradeBasis, text(basisWord(s.scale.basis, lang))),
      ]),
      numberFormats: Array.from({ length: 6 }, () => ["General", "0", "General"]),
    },
    {
      at: `A${r.rounding}`,
      cells: [
        [text(rm.rounding), text(s.rules.rounding), text(rm.roundingNames[s.rules.rounding])],
        [text(rm.lag), number(s.rules.lag)],
        [text(rm.tolerance), number(s.rules.tolerance)],
        [text(rm.goalRule), text(s.rules.rule), text(rm.ruleNames[s.rules.rule])],
        [text(rm.countTargets), text(s.rules.countTargets ? rm.flag.yes : rm.flag.no)],
      ],
      numberFormats: [
        ["General", "General", "General"],
        ["General", "0", "General"],
        ["General", "0.0%", "General"],
        ["General", "General", "General"],
        ["General", "General", "General"],
      ],
    },
    { at: `A${r.scaleName}`, cells: [[text(m.scaleName), text(s.scale.name[lang])]] },
    {
      at: `A${r.scaleHeader}`,
      cells: [[text(m.threshold), text(m.gradeLabel), text(rm.words)]],
      bold: true,
      fill: "#D9E1F2",
    },
    {
      at: `A${r.scaleFirstRow}`,
      cells: s.scale.levels.map((level) => [
        number(level.min),
        text(level.label[lang]),
        level.words === undefined ? empty : text(level.words[lang]),
      ]),
      numberFormats: s.scale.levels.map(() => ["0.0%", "General", "General"]),
    },
    {
      at: `A${r.scaleFirstRow + s.scale.levels.length + 1}`,
      cells: [[text(m.scaleNote)]],
    },
    {
      at: `E${r.planStart}`,
      cells: [
        [text(report.planTitle), s.title === "" ? empty : text(s.title)],
        [text(report.city), s.city === "" ? empty : text(s.city)],
      ],
    },
  ];
  return {
    name: s.sheetNames.settings,
    role: "settings",
    blocks,
    columns: [
      { column: "A", width: 26 },
      { column: "B", width: 40 },
      { column: "C", width: 14 },
      { column: "D", width: 4 },
      { column: "E", width: 14 },
      { column: "F", width: 40 },
    ],
    freeze: { rows: 0, columns: 0 },
    tables: [],
    conditionalFormats: [],
    validations: [
      { range: `B${r.evalYear}`, source: s.years.map(String) },
      { range: `B${r.language}`, source: ["ja", "en"] },
      { range: `B${r.style}`, source: ["native", "functions"] },
      { range: `B${r.basis}`, source: [m.capped, m.uncapped, rm.trend] },
      { range: `B${r.rounding}`, source: [...roundings] },
      { range: `B${r.lag}`, source: ["0", "1", "2", "3", "4", "5"] },
      { range: `B${r.goalRule}`, source: [...goalRules] },
      { range: `B${r.countTargets}`, source: [rm.flag.yes, rm.flag.no] },
    ],
  };
}
