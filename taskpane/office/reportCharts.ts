/**
 * The report's charts through Office.js, from the engine's specs (src/report/charts.ts): a
 * clustered column chart over the spec's data block, its line series switched to lines, titled,
 * with the value axis's format and bounds, placed over the spec's cells. ExcelApi 1.1 but the
 * series' chart type (1.7) and the axis's number format (1.8), under the manifest's 1.12.
 */
import { cellAddress } from "../../src/formula/a1";
import { ChartSpec } from "../../src/report/charts";
import { operationOverhead } from "./payload";

/** The request bytes one chart costs (its add and its few properties). */
export const chartBytes = (spec: ChartSpec): number => operationOverhead * (6 + spec.kinds.length);

function seriesBy(spec: ChartSpec): "Columns" | "Rows" {
  switch (spec.seriesBy) {
    case "columns":
      return "Columns";
    case "rows":
      return "Rows";
    default: {
      const never: never = spec.seriesBy;
      throw new Error(`unknown series direction ${String(never)}`);
    }
  }
}

/** Queues the charts on the sheet; nothing is synced here. */
export function queueCharts(sheet: Excel.Worksheet, specs: readonly ChartSpec[]): void {
  for (const spec of specs) {
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange(spec.data), seriesBy(spec));
    chart.title.text = spec.title;
    spec.kinds.forEach((kind, i) => {
      switch (kind) {
        case "bar":
          break;
        case "line":
          chart.series.getItemAt(i).chartType = "Line";
          break;
        default: {
          const never: never = kind;
          throw new Error(`unknown series kind ${String(never)}`);
        }
      }
    });
    const axis = chart.axes.valueAxis;
    axis.numberFormat = spec.valueFormat;
    if (spec.min !== undefined) axis.minimum = spec.min;
    if (spec.max !== undefined) axis.maximum = spec.max;
    // `to` is the cell just past the corner: the end cell setPosition covers is the one before it
    chart.setPosition(
      cellAddress(spec.from.row, spec.from.column),
      cellAddress(Math.max(spec.from.row, spec.to.row - 1), Math.max(spec.from.column, spec.to.column - 1)),
    );
  }
}
