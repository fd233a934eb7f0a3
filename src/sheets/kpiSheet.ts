import { ColumnFormat } from "../columns";
import { messagesFor } from "../i18n";
import { lastOf } from "../list";
import { Indicator, Plan } from "../plan";
import { evaluateIndicator } from "../summary";
import { unreachable } from "../unreachable";
import { writtenWords } from "../vocabulary";
import { gradeStyles } from "./gradeStyles";
import { extraColumns, KpiColumnKey, kpiLayout } from "./kpiLayout";
import { rowFormulas } from "./kpiRow";
import { names, Settled } from "./options";
import {
  Block,
  CachedValue,
  Cell,
  Computed,
  ConditionalFormat,
  copiedDown,
  CustomValidation,
  empty,
  number,
  SheetPlan,
  text,
} from "./sheetPlan";
import { missingMarkers, valueCell, valueFormat } from "./valueCells";

/** The number format of a column's cells; `value` is the row's own format (valueFormat). */
function numberFormat(format: ColumnFormat, value: string): string {
  switch (format) {
    case "integer":
      return "0";
    case "general":
      return "General";
    case "value":
      return value;
    case "rate":
      return "0.0%";
    default:
      return unreachable(format);
  }
}

function fixedCells(indicator: Indicator, title: string, s: Settled): Record<string, Cell> {
  const { lang } = s;
  return {
    goal: number(indicator.goal),
    goalTitle: title === "" ? empty : text(title),
    kind: text(writtenWords[indicator.kind][lang]),
    policy: indicator.policy === "" ? empty : text(indicator.policy),
    initiative: indicator.initiative === "" ? empty : text(indicator.initiative),
    name: text(indicator.name),
    unit: indicator.unit === "" ? empty : text(indicator.unit),
    direction: text(writtenWords[indicator.direction][lang]),
    cumulative: indicator.cumulative ? text(writtenWords.cumulative[lang]) : empty,
    baseline: valueCell(indicator.baseline),
    baselineYear: indicator.baselineYearLabel === "" ? empty : text(indicator.baselineYearLabel),
    method: text(indicator.method),
    weight: number(indicator.weight),
    notes: indicator.notes === "" ? empty : text(indicator.notes),
    id: text(indicator.id.text),
    department: indicator.department === "" ? empty : text(indicator.department),
  };
}

/** Whether two computed cells hold the same formula (in the same form: plain or array). */
function sameFormula(a: Computed | undefined, b: Computed | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.cell.kind === "formula" &&
    b.cell.kind === "formula" &&
    a.cell.formula === b.cell.formula &&
    a.cell.array === b.cell.array
  );
}

/** The KPI sheet with settled options (see kpiSheetPlan in workbookPlan.ts). */
export function kpiSheet(plan: Plan, s: Settled): SheetPlan {
  const m = messagesFor(s.lang);
  const layout = kpiLayout(s.years, plan.indicators.length, s.lang, plan.textColumns, extraColumns(plan.indicators));
  const titles = new Map(plan.goals.map((g) => [g.goal, g.title]));
  const rows: Cell[][] = [];
  const values: (CachedValue | undefined)[][] = [];
  const formats: string[][] = [];
  // each row's formulas as they would read in the first row: a row whose formula is the row
  // above's in that form holds a copy of it (the same formula copied down), not its own text
  let above: ReadonlyMap<string, Computed> | undefined;
  plan.indicators.forEach((indicator, i) => {
    const row = layout.firstRow + i;
    const fixed = fixedCells(indicator, titles.get(indicator.goal) ?? "", s);
    const result = evaluateIndicator(indicator, layout.years, s.year, s.scale, s.rules);
    const relative = rowFormulas(indicator, result, layout.firstRow, layout, s);
    const previous = above;
    const copies = new Set([...relative.keys()].filter((l) => sameFormula(previous?.get(l), relative.get(l))));
    const copied = (letter: string): boolean => copies.has(letter);
    const own = copies.size === relative.size || i === 0 ? relative : rowFormulas(indicator, result, row, layout, s);
    above = relative;
    const vf = valueFormat(indicator);
    const cells: Cell[] = [];
    const rowValues: (CachedValue | undefined)[] = [];
    const fmts: string[] = [];
    for (const column of layout.columns) {
      const { key } = column;
      const f = relative.get(column.letter);
      if (f !== undefined) cells.push(copied(column.letter) ? copiedDown : (own.get(column.letter) ?? f).cell);
      else if (typeof key === "string") cells.push(fixed[key] ?? empty);
      else if ("text" in key) {
        const value = indicator.texts[plan.textColumns.indexOf(key.text)] ?? "";
        cells.push(value === "" ? empty : text(value));
      } else if ("report" in key) {
        const value = indicator.reports[key.report].get(key.year) ?? "";
        cells.push(value === "" ? empty : text(value));
      } else {
        const map = key.part === "target" ? indicator.targets : indicator.actuals;
        cells.push(valueCell(map.get(key.year)));
      }
      rowValues.push(f?.value);
      fmts.push(numberFormat(column.format, vf));
    }
    rows.push(cells);
    values.push(rowValues);
    formats.push(fmts);
  });
  if (rows.length === 0) {
    rows.push(layout.columns.map(() => empty));
    formats.push(layout.columns.map(() => "General"));
  }
  const lastLetter = lastOf(layout.columns).letter;
  const range = (key: KpiColumnKey): string =>
    `${layout.letter(key)}${layout.firstRow}:${layout.letter(key)}${layout.lastRow}`;
  const gradeAt = `$${layout.letter("grade")}${layout.firstRow}`;
  const styles = gradeStyles(s.scale.levels.length);
  const conditionalFormats: ConditionalFormat[] = styles.map((style, i) => ({
    range: range("grade"),
    formula: `=${gradeAt}=INDEX(${names.label},${i + 1})`,
    fill: style.fill,
    fontColor: style.fontColor,
  }));
  // targets and actuals take a number, a blank or a missing-value marker (what readValue reads as
  // such): a typo like "12,3x" is stopped where it is typed, not found later as "not evaluable"
  const customValidations: CustomValidation[] = layout.years.map((year) => {
    const from = layout.letter({ year, part: "target" });
    const to = layout.letter({ year, part: "actual" });
    const at = `${from}${layout.firstRow}`;
    const allowed = ["", ...missingMarkers].map((m) => `${at}="${m}"`).join(",");
    return {
      range: `${from}${layout.firstRow}:${to}${layout.lastRow}`,
      formula: `=OR(ISNUMBER(${at}),${allowed})`,
      errorTitle: m.sheet.valueGuardTitle,
      errorMessage: m.sheet.valueGuardMessage,
    };
  });
  const blocks: Block[] = [
    { at: "A1", cells: [[text(m.sheet.kpiTitle)]], bold: true },
    { at: "A2", cells: [[text(m.sheet.kpiNote)]] },
    { at: `A${layout.headerRow}`, cells: [layout.columns.map((c) => text(c.header))], bold: true, wrap: true },
    { at: `A${layout.firstRow}`, cells: rows, values, numberFormats: formats },
  ];
  return {
    name: s.sheetNames.kpi,
    role: "kpi",
    blocks,
    columns: layout.columns.map((c) => ({ column: c.letter, width: c.width })),
    freeze: { rows: layout.headerRow, columns: layout.columns.findIndex((c) => c.key === "name") + 1 },
    tables: [
      { name: s.tableName, range: `A${layout.headerRow}:${lastLetter}${layout.lastRow}`, style: "TableStyleMedium2" },
    ],
    conditionalFormats,
    validations: [
      { range: range("direction"), source: [writtenWords.higher[s.lang], writtenWords.lower[s.lang]] },
      { range: range("kind"), source: [writtenWords.kpi[s.lang], writtenWords.target[s.lang]] },
    ],
    customValidations,
    // the header row repeats on each printed page; the rest of the page setup is printSetup.ts's
    print: { orientation: "landscape", fitToWidth: false, titleRows: `$${layout.headerRow}:$${layout.headerRow}` },
  };
}
