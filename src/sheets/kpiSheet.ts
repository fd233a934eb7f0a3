import { ColumnFormat } from "../columns";
import { messagesFor } from "../i18n";
import { firstOf, lastOf } from "../list";
import { Indicator, Plan } from "../plan";
import { unreachable } from "../unreachable";
import { missingWords, writtenWords } from "../vocabulary";
import { PlanValue } from "../value";
import { gradeStyles } from "./gradeStyles";
import { KpiColumnKey, kpiLayout, KpiLayout } from "./kpiLayout";
import {
  capOf,
  cappedRate,
  gradeExpr,
  lowerExpr,
  pathTargetExpr,
  progressExpr,
  ratioExpr,
  uncappedRate,
} from "./nativeFormulas";
import { names, Settled } from "./options";
import { basisIsUncapped } from "./settingsSheet";
import { Block, Cell, ConditionalFormat, CustomValidation, empty, formula, number, SheetPlan, text } from "./sheetPlan";

/** The missing-value markers the sheet writes (valueCell) and accepts in a target or actual cell. */
export const missingMarkers = [missingWords.notSet, missingWords.unpublished, missingWords.indicatorChanged] as const;

/** A plan value as a cell: numbers as numbers, missing markers as the text staff write. */
export function valueCell(value: PlanValue | undefined): Cell {
  if (value === undefined) return empty;
  if (value.kind === "number") return number(value.value);
  switch (value.reason) {
    case "blank":
      return empty;
    case "notSet":
    case "unpublished":
    case "indicatorChanged":
      return text(missingWords[value.reason]);
    default:
      return unreachable(value.reason);
  }
}

/** Decimal places of a number as written (6,439 → 0; 8.15 → 2), at most 4. */
function decimals(value: number): number {
  const m = /\.(\d+)$/.exec(String(value));
  return Math.min(4, m?.[1]?.length ?? 0);
}

/** The value format of a row: thousands separators and as many decimals as its numbers use. */
export function valueFormat(indicator: Indicator): string {
  const values = [indicator.baseline, ...indicator.targets.values(), ...indicator.actuals.values()];
  const places = Math.max(0, ...values.map((v) => (v.kind === "number" ? decimals(v.value) : 0)));
  return places === 0 ? "#,##0" : `#,##0.${"0".repeat(places)}`;
}

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

/** The last year with a numeric target: the final target the path method aims at. */
function finalTargetYear(indicator: Indicator): number | undefined {
  let found: number | undefined;
  for (const [year, value] of indicator.targets)
    if (value.kind === "number" && (found === undefined || year > found)) found = year;
  return found;
}

/** The formulas of one row: rate per year, evaluation-year target/actual/rates, grade. */
function rowFormulas(indicator: Indicator, row: number, layout: KpiLayout, s: Settled): Map<string, string> {
  const at = (key: KpiColumnKey): string => `${layout.letter(key)}${row}`;
  const fixedAt = (key: KpiColumnKey): string => `$${layout.letter(key)}${row}`;
  const lower = lowerExpr(fixedAt("direction"));
  const b = fixedAt("baseline");
  const out = new Map<string, string>();
  const first = firstOf(layout.years);
  const last = lastOf(layout.years);
  const functions = s.style === "functions" && indicator.method === "ratio";
  const finalYear = finalTargetYear(indicator);
  const finalAt = finalYear === undefined ? undefined : fixedAt({ year: finalYear, part: "target" });
  const path = indicator.method === "path";
  const pathUnavailable = path && (finalAt === undefined || indicator.baselineYear === undefined);

  // The raw rate of a target expression and an actual cell, by the indicator's method.
  const raw = (t: string, a: string, year: number | string): { raw: string; inputs: string[] } => {
    if (path) {
      const pt = pathTargetExpr(b, indicator.baselineYear as number, finalAt as string, finalYear as number, year);
      return { raw: ratioExpr(pt, a, lower), inputs: [finalAt as string, a, b] };
    }
    if (indicator.method === "baseline") return { raw: progressExpr(b, t, a, lower), inputs: [b, t, a] };
    return { raw: ratioExpr(t, a, lower), inputs: [t, a] };
  };

  for (const year of layout.years) {
    const t = at({ year, part: "target" });
    const a = at({ year, part: "actual" });
    const key = layout.letter({ year, part: "rate" });
    if (pathUnavailable) out.set(key, `="-"`);
    else if (functions)
      out.set(key, `=IF(OR(ISBLANK(${t}),ISBLANK(${a})),"-",IFERROR(KPI.RATE(${t},${a},${fixedAt("direction")}),"-"))`);
    else {
      const r = raw(t, a, year);
      out.set(key, `=${cappedRate(r.raw, r.inputs)}`);
    }
  }

  // The evaluation year's target and actual, picked by the year on the settings sheet: a blank stays blank.
  const pick = (part: "target" | "actual"): string => {
    const range = `$${layout.letter({ year: first, part })}${row}:$${layout.letter({ year: last, part })}${row}`;
    const x = `INDEX(${range},1+3*(${names.evalYear}-${first}))`;
    return `=IF(OR(${names.evalYear}<${first},${names.evalYear}>${last}),"",IF(ISBLANK(${x}),"",${x}))`;
  };
  out.set(layout.letter("evalTarget"), pick("target"));
  out.set(layout.letter("evalActual"), pick("actual"));
  const et = at("evalTarget");
  const ea = at("evalActual");
  const u = at("evalUncapped");
  const c = at("evalRate");
  if (pathUnavailable) {
    out.set(layout.letter("evalUncapped"), `="-"`);
    out.set(layout.letter("evalRate"), `="-"`);
  } else if (functions) {
    out.set(
      layout.letter("evalUncapped"),
      `=IF(OR(${et}="",${ea}=""),"-",IFERROR(KPI.RATE(${et},${ea},${fixedAt("direction")},FALSE),"-"))`,
    );
    out.set(
      layout.letter("evalRate"),
      `=IF(OR(${et}="",${ea}=""),"-",IFERROR(KPI.RATE(${et},${ea},${fixedAt("direction")}),"-"))`,
    );
  } else {
    const r = raw(et, ea, names.evalYear);
    out.set(layout.letter("evalUncapped"), `=${uncappedRate(r.raw, r.inputs)}`);
    out.set(layout.letter("evalRate"), `=${capOf(u)}`);
  }
  const graded = `IF(${basisIsUncapped()},${u},${c})`;
  out.set(
    layout.letter("grade"),
    s.style === "functions"
      ? `=IF(ISNUMBER(${c}),KPI.GRADE(${graded},${names.scale}),"-")`
      : `=IF(ISNUMBER(${c}),${gradeExpr(graded, names.minUpper, names.label)},"-")`,
  );
  return out;
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
  };
}

/** The KPI sheet with settled options (see kpiSheetPlan in workbookPlan.ts). */
export function kpiSheet(plan: Plan, s: Settled): SheetPlan {
  const m = messagesFor(s.lang);
  const layout = kpiLayout(s.years, plan.indicators.length, s.lang, plan.textColumns);
  const titles = new Map(plan.goals.map((g) => [g.goal, g.title]));
  const rows: Cell[][] = [];
  const formats: string[][] = [];
  plan.indicators.forEach((indicator, i) => {
    const row = layout.firstRow + i;
    const fixed = fixedCells(indicator, titles.get(indicator.goal) ?? "", s);
    const formulas = rowFormulas(indicator, row, layout, s);
    const vf = valueFormat(indicator);
    const cells: Cell[] = [];
    const fmts: string[] = [];
    for (const column of layout.columns) {
      const { key } = column;
      if (typeof key === "string") {
        const f = formulas.get(column.letter);
        cells.push(f !== undefined ? formula(f) : (fixed[key] ?? empty));
      } else if ("text" in key) {
        const value = indicator.texts[plan.textColumns.indexOf(key.text)] ?? "";
        cells.push(value === "" ? empty : text(value));
      } else if (key.part === "rate") {
        cells.push(formula(formulas.get(column.letter) as string));
      } else {
        const map = key.part === "target" ? indicator.targets : indicator.actuals;
        cells.push(valueCell(map.get(key.year)));
      }
      fmts.push(numberFormat(column.format, vf));
    }
    rows.push(cells);
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
    { at: `A${layout.firstRow}`, cells: rows, numberFormats: formats },
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
    // the council reads these on paper: landscape, every column on one page width, the header
    // row repeated on each page
    print: { orientation: "landscape", fitToWidth: true, titleRows: `$${layout.headerRow}:$${layout.headerRow}` },
  };
}
