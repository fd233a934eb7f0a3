/**
 * A plan written as a workbook the way city halls keep theirs, in six real-world layouts, with
 * ExcelJS: the reader must find each as a person would and read back the same plan.
 */
import ExcelJS from "exceljs";
import { rateIn } from "../../../src/evaluate";
import { Indicator, Plan } from "../../../src/plan";
import { PlanValue } from "../../../src/value";
import { yearLabel } from "../../../src/year";
import { widen } from "../../../src/text";

export const layouts = ["titleTwoRow", "report", "staffWords", "percentNumbers", "goalMerged", "cityRates"] as const;
export type LayoutName = (typeof layouts)[number];

/** The city's own rate of an indicator in a year as its sheet shows it: a fraction, a text, or blank. */
export type CityRate = (indicator: Indicator, year: number) => number | string | undefined;

/** The engine's capped rate: what a careful city writes. */
export const engineRate: CityRate = (indicator, year) => {
  const rate = rateIn(indicator, year);
  return rate.kind === "rate" ? rate.capped : "-";
};

const markers = { blank: null, notSet: "-", unpublished: "未公表", indicatorChanged: "指標変更" } as const;

/** A value as a number cell, or its missing marker as text. */
const plain = (v: PlanValue | undefined): ExcelJS.CellValue =>
  v === undefined ? null : v.kind === "number" ? v.value : markers[v.reason];

/** A value as staff type it: 6,439人, ▲3,703, full-width digits in every third cell. */
function typed(v: PlanValue | undefined, unit: string, n: number): ExcelJS.CellValue {
  if (v === undefined || v.kind === "missing") return plain(v);
  const digits = Math.abs(v.value).toLocaleString("en-US", { maximumFractionDigits: 10 });
  const text = `${v.value < 0 ? "▲" : ""}${digits}${unit}`;
  return n % 3 === 2 ? widen(text) : text;
}

const directionWord = (i: Indicator): string => (i.direction === "lower" ? "減少" : "増加");
const kindWord = (i: Indicator): string => (i.kind === "target" ? "数値目標" : "KPI");
const titleOf = (plan: Plan, goal: number): string => plan.goals.find((g) => g.goal === goal)?.title ?? "";
const short = (year: number): string => yearLabel(year, "ja", "short");

interface Sheet {
  readonly ws: ExcelJS.Worksheet;
  /** Sets a row of cells from column 1; a number format per cell where given. */
  put(row: number, values: readonly ExcelJS.CellValue[], formats?: readonly (string | undefined)[]): void;
}

function sheet(book: ExcelJS.Workbook, name: string): Sheet {
  const ws = book.addWorksheet(name);
  return {
    ws,
    put(row, values, formats) {
      values.forEach((v, c) => {
        const cell = ws.getCell(row, c + 1);
        cell.value = v;
        const f = formats?.[c];
        if (f !== undefined) cell.numFmt = f;
      });
    },
  };
}

/** The fixed fields of a row: as many as the CSV has, in the project's own words. */
const fixedHeader = [
  "基本目標",
  "基本目標名",
  "種別",
  "具体的な施策",
  "主な取組",
  "指標名",
  "単位",
  "方向",
  "累計",
  "現状値",
  "現状値年度",
];
const fixedCells = (plan: Plan, i: Indicator): ExcelJS.CellValue[] => [
  i.goal,
  titleOf(plan, i.goal),
  kindWord(i),
  i.policy,
  i.initiative,
  i.name,
  i.unit,
  directionWord(i),
  i.cumulative ? "累計" : "",
  plain(i.baseline),
  i.baselineYearLabel,
];

/** Title rows, then a two-row header: the year merged across 目標値 / 実績値 / 達成率 (the city's rate). */
function titleTwoRow(s: Sheet, plan: Plan, rate: CityRate): void {
  s.put(1, ["第2期厚木市まち・ひと・しごと創生総合戦略 KPI 一覧"]);
  s.put(2, ["令和6年度 効果検証"]);
  s.ws.mergeCells(1, 1, 1, 8);
  const years = plan.years;
  const after = fixedHeader.length;
  s.put(3, [...fixedHeader, ...years.flatMap((y) => [`${yearLabel(y, "ja")}`, "", ""]), "備考"]);
  s.put(4, [...fixedHeader.map(() => ""), ...years.flatMap(() => ["目標値", "実績値", "達成率"]), ""]);
  fixedHeader.forEach((_, c) => s.ws.mergeCells(3, c + 1, 4, c + 1));
  years.forEach((_, k) => s.ws.mergeCells(3, after + 1 + k * 3, 3, after + 3 + k * 3));
  s.ws.mergeCells(3, after + years.length * 3 + 1, 4, after + years.length * 3 + 1);
  plan.indicators.forEach((i, n) => {
    const perYear = years.flatMap((y) => [plain(i.targets.get(y)), plain(i.actuals.get(y)), rate(i, y) ?? null]);
    const formats = [...fixedHeader.map(() => undefined), ...years.flatMap(() => [undefined, undefined, "0.0%"])];
    s.put(5 + n, [...fixedCells(plan, i), ...perYear, i.notes], formats);
  });
}

/** The printed report's layout: three rows per indicator, the fields merged down, years across. */
function report(s: Sheet, plan: Plan, rate: CityRate): void {
  s.put(1, ["基本目標別 KPI 達成状況"]);
  const fixed = ["基本目標", "基本目標名", "種別", "具体的な施策", "主な取組", "指標名", "方向", "累計", "現状値"];
  s.put(3, [...fixed, "区分", ...plan.years.map(short)]);
  let row = 4;
  for (const i of plan.indicators) {
    const baseline =
      i.baseline.kind === "number"
        ? `${i.baseline.value.toLocaleString("en-US", { maximumFractionDigits: 10 })}${i.unit}（${i.baselineYearLabel}）`
        : plain(i.baseline);
    const none = fixed.map(() => null);
    // the goal number only on the first row of its block of three; the other fields merged down
    const fields = [
      i.goal,
      titleOf(plan, i.goal),
      kindWord(i),
      i.policy,
      i.initiative,
      i.name,
      directionWord(i),
      i.cumulative ? "累計" : "",
      baseline,
    ];
    s.put(row, [...fields, "目標値", ...plan.years.map((y) => plain(i.targets.get(y)))]);
    s.put(row + 1, [...none, "実績値", ...plan.years.map((y) => plain(i.actuals.get(y)))]);
    const rates = plan.years.map((y) => rate(i, y) ?? null);
    s.put(
      row + 2,
      [...none, "達成率", ...rates],
      [...none.map(() => undefined), undefined, ...rates.map(() => "0.0%")],
    );
    for (let c = 2; c <= fixed.length; c++) s.ws.mergeCells(row, c, row + 2, c);
    row += 3;
  }
}

/** Staff's own header words (指標, 目標値（令和6年度）, R6実績), values typed with units and ▲. */
function staffWords(s: Sheet, plan: Plan): void {
  const forms = [
    (y: number) => [`目標値（${yearLabel(y, "ja")}）`, `${short(y)}実績`],
    (y: number) => [`${short(y)}目標値`, `実績値(${short(y)})`],
  ];
  s.put(1, [
    "基本目標",
    "基本目標名",
    "種別",
    "指標",
    "方向",
    "累計",
    "現状値",
    "現状値年度",
    ...plan.years.flatMap((y, k) => forms[k % 2]!(y)),
    "担当課",
  ]);
  plan.indicators.forEach((i, n) => {
    const values = plan.years.flatMap((y, k) => [
      typed(i.targets.get(y), i.unit, n + k),
      typed(i.actuals.get(y), i.unit, n + k + 1),
    ]);
    s.put(2 + n, [
      `基本目標${i.goal}`,
      titleOf(plan, i.goal),
      kindWord(i),
      i.name,
      directionWord(i),
      i.cumulative ? "○" : "",
      typed(i.baseline, i.unit, n),
      i.baselineYearLabel,
      ...values,
      `課${n % 5}`,
    ]);
  });
}

/** The project's own headers, percentages stored as fractions with a % format (0.426 shown as 42.6%). */
function percentNumbers(s: Sheet, plan: Plan): void {
  s.put(1, [...fixedHeader, ...plan.years.flatMap((y) => [`目標値_${short(y)}`, `実績値_${short(y)}`])]);
  plan.indicators.forEach((i, n) => {
    const percent = i.unit === "%";
    const cell = (v: PlanValue | undefined): ExcelJS.CellValue =>
      percent && v?.kind === "number" ? Number((v.value / 100).toPrecision(15)) : plain(v);
    const fixed = fixedCells(plan, i);
    fixed[9] = cell(i.baseline);
    const format = percent ? "0.0%" : "#,##0";
    const values = plan.years.flatMap((y) => [cell(i.targets.get(y)), cell(i.actuals.get(y))]);
    s.put(
      2 + n,
      [...fixed, ...values],
      [...fixedHeader.map((_, c) => (c === 9 ? format : undefined)), ...values.map(() => format)],
    );
  });
}

/** The goal merged down over its block, its title too, a blank row and an average row between goals. */
function goalMerged(s: Sheet, plan: Plan): void {
  s.put(1, [...fixedHeader, ...plan.years.flatMap((y) => [`目標値_${short(y)}`, `実績値_${short(y)}`])]);
  let row = 2;
  for (const goal of plan.goals) {
    const own = plan.indicators.filter((i) => i.goal === goal.goal);
    const first = row;
    for (const i of own) {
      const fixed = fixedCells(plan, i);
      s.put(row, [...fixed, ...plan.years.flatMap((y) => [plain(i.targets.get(y)), plain(i.actuals.get(y))])]);
      row++;
    }
    for (let r = first + 1; r < row; r++) {
      s.ws.getCell(r, 1).value = null;
      s.ws.getCell(r, 2).value = null;
    }
    if (row - first > 1) {
      s.ws.mergeCells(first, 1, row - 1, 1);
      s.ws.mergeCells(first, 2, row - 1, 2);
    }
    s.put(row, ["", "", "", "", "", `基本目標${goal.goal} 平均`]);
    row += 2;
  }
}

/** One row per indicator with the city's own rate beside each year's actual (partly wrong, see the test). */
function cityRates(s: Sheet, plan: Plan, rate: CityRate): void {
  s.put(1, [
    ...fixedHeader,
    ...plan.years.flatMap((y) => [`目標値_${short(y)}`, `実績値_${short(y)}`, `達成率_${short(y)}`]),
  ]);
  plan.indicators.forEach((i, n) => {
    const perYear = plan.years.flatMap((y) => [plain(i.targets.get(y)), plain(i.actuals.get(y)), rate(i, y) ?? null]);
    const formats = [...fixedHeader.map(() => undefined), ...plan.years.flatMap(() => [undefined, undefined, "0.0%"])];
    s.put(2 + n, [...fixedCells(plan, i), ...perYear], formats);
  });
}

/** The plan as a workbook in a layout; the city's rates (where the layout has them) from `rate`. */
export async function writeLayout(plan: Plan, layout: LayoutName, rate: CityRate = engineRate): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const s = sheet(book, "KPI一覧");
  switch (layout) {
    case "titleTwoRow":
      titleTwoRow(s, plan, rate);
      break;
    case "report":
      report(s, plan, rate);
      break;
    case "staffWords":
      staffWords(s, plan);
      break;
    case "percentNumbers":
      percentNumbers(s, plan);
      break;
    case "goalMerged":
      goalMerged(s, plan);
      break;
    case "cityRates":
      cityRates(s, plan, rate);
      break;
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
