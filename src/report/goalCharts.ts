/**
 * A goal's charts and the data they plot: the KPIs' rates for the evaluation year as bars
 * against the grade thresholds (lines), the count of KPIs per grade, and per numerical target
 * its targets and actuals over the plan years. The data sits right of the print area, as
 * formulas over the report's own cells, so the charts follow every change of the KPI table.
 */
import { columnLetter } from "../formula/a1";
import { rateValue } from "../sheets/cachedValues";
import { names } from "../sheets/options";
import { Cell, Computed, computed, text } from "../sheets/sheetPlan";
import { valueFormat } from "../sheets/valueCells";
import { itemAt } from "../list";
import { Indicator } from "../plan";
import { PlanValue } from "../value";
import { ReportContext, yearHeader } from "./context";
import { Part, put } from "./part";

const rateChartRows = 15;
const targetChartRows = 13;
/** Target charts side by side in a row. */
const abreast = 3;

/** The printed columns (0-based) where a row of charts is cut in `parts` about equal widths. */
function cuts(ctx: ReportContext, parts: number): number[] {
  const widths = ctx.layout.columns.slice(0, ctx.layout.printedCount).map((c) => c.width);
  const total = widths.reduce((a, b) => a + b, 0);
  const at: number[] = [0];
  let sum = 0;
  widths.forEach((w, i) => {
    sum += w;
    if (at.length < parts && sum >= (total * at.length) / parts) at.push(i + 1);
  });
  at.push(widths.length);
  return at;
}

export interface ChartPlaces {
  /** The first row of the charts. */
  readonly at: number;
  /** The row of the grade labels over the counts per grade (the counts below it). */
  readonly countsRow: number;
  readonly levels: number;
  readonly kpis: readonly { readonly indicator: Indicator; readonly position: string }[];
  readonly targets: readonly { readonly indicator: Indicator; readonly row: number }[];
}

/** A category label short enough under a bar. */
const short = (name: string): string => ([...name].length > 14 ? `${[...name].slice(0, 13).join("")}…` : name);

/** A number for the chart, or #N/A (no bar, no point) when the cell holds none. */
const plotted = (ref: string, value: number | string): Computed =>
  computed(`=IF(ISNUMBER(${ref}),${ref},NA())`, typeof value === "number" ? value : "");

function write(ctx: ReportContext, part: Part, p: ChartPlaces): void {
  const { m, layout: l, s } = ctx;
  const dataColumn = columnLetter(l.data);
  const thirds = cuts(ctx, abreast);
  const split = itemAt(thirds, abreast - 1);
  const end = l.printedCount;

  // the KPIs' rates and the thresholds of every level but the last
  const thresholds = s.scale.levels.slice(0, -1);
  const rateRows: (Cell | Computed)[][] = [
    [
      text("KPI"),
      text(m.rate),
      ...thresholds.map((_, i) => computed(`=INDEX(${names.label},${i + 1})`, itemAt(s.scale.levels, i).label[s.lang])),
    ],
    ...p.kpis.map(({ indicator, position }) => {
      const rate = `IF(${position}=0,"-",INDEX(${ctx.col("evalRate")},${position}))`;
      return [
        text(short(indicator.name)),
        plotted(rate, rateValue(ctx.result(indicator).rate, "capped")),
        ...thresholds.map((level, i) => computed(`=INDEX(${names.min},${i + 1})`, level.min)),
      ];
    }),
  ];
  put(part, `${dataColumn}${p.at}`, [[text(m.chartData)]], { bold: true });
  const rateTop = p.at + 1;
  put(
    part,
    `${dataColumn}${rateTop}`,
    rateRows,
    {},
    rateRows.map((row) => row.map((_, i) => (i === 0 ? "General" : "0.0%"))),
  );
  const rateData = `${dataColumn}${rateTop}:${columnLetter(l.data + thresholds.length + 1)}${rateTop + p.kpis.length}`;
  if (p.kpis.length > 0)
    part.charts.push({
      title: m.rateChart,
      data: rateData,
      seriesBy: "columns",
      kinds: ["bar", ...thresholds.map(() => "line" as const)],
      valueFormat: "0%",
      min: 0,
      max: 1,
      from: { row: p.at - 1, column: 0 },
      to: { row: p.at - 1 + rateChartRows, column: split },
    });
  part.charts.push({
    title: m.gradeChart,
    data: `A${p.countsRow}:${columnLetter(p.levels)}${p.countsRow + 1}`,
    seriesBy: "rows",
    kinds: ["bar"],
    valueFormat: "0",
    min: 0,
    from: { row: p.at - 1, column: split },
    to: { row: p.at - 1 + rateChartRows, column: end },
  });

  // each numerical target: its targets and actuals over the years
  let row = rateTop + p.kpis.length + 2;
  p.targets.forEach(({ indicator, row: r }, k) => {
    const cells: (Cell | Computed)[][] = [
      [text(short(indicator.name)), ...l.years.map((y) => text(yearHeader(ctx, y)))],
      [text(m.target), ...l.years.map((y) => plotted(`${l.year(y)}${r}`, numberOf(indicator.targets.get(y))))],
      [text(m.actual), ...l.years.map((y) => plotted(`${l.year(y)}${r + 1}`, numberOf(indicator.actuals.get(y))))],
    ];
    const vf = valueFormat(indicator);
    put(
      part,
      `${dataColumn}${row}`,
      cells,
      {},
      cells.map((line) => line.map((_, i) => (i === 0 ? "General" : vf))),
    );
    const top = p.at - 1 + rateChartRows + 1 + Math.floor(k / abreast) * (targetChartRows + 1);
    const place = k % abreast;
    part.charts.push({
      title: m.targetChart(indicator.name),
      data: `${dataColumn}${row}:${columnLetter(l.data + l.years.length)}${row + 2}`,
      seriesBy: "rows",
      kinds: ["bar", "bar"],
      valueFormat: vf,
      min: 0,
      from: { row: top, column: itemAt(thirds, place) },
      to: { row: top + targetChartRows, column: itemAt(thirds, place + 1) },
    });
    row += 4;
  });
}

function numberOf(value: PlanValue | undefined): number | string {
  return value?.kind === "number" ? value.value : "";
}

/** The rows the charts take: the rates and grades side by side, then the targets three abreast. */
function height(targets: number): number {
  return rateChartRows + 1 + Math.ceil(targets / abreast) * (targetChartRows + 1) + 1;
}

export const goalCharts = { write, height };
