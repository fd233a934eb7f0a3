/**
 * The report's charts as plain data: what each plots (a rectangle of the report sheet, series by
 * columns or by rows, its first row and column naming the series and the categories) and where
 * it sits. The command line writes them as DrawingML chart parts (cli/charts/), the pane through
 * worksheet.charts.add: both from these specs.
 */
import { CellRef, columnLetter, parseCell } from "../formula/a1";

/** Which series of a chart are bars and which are lines drawn over them. */
export type SeriesKind = "bar" | "line";

export interface ChartSpec {
  readonly title: string;
  /** The data on the report sheet, e.g. "AB12:AF30": first row the series' names, first column the categories (or the other way round when by rows). */
  readonly data: string;
  readonly seriesBy: "columns" | "rows";
  /** One per series, in data order. */
  readonly kinds: readonly SeriesKind[];
  /** The value axis's number format, e.g. "0%". */
  readonly valueFormat: string;
  /** The value axis's bounds, when fixed (rates from 0 to 100%). */
  readonly min?: number;
  readonly max?: number;
  /** The cell of the chart's top-left corner and the cell just past its bottom-right corner (0-based). */
  readonly from: CellRef;
  readonly to: CellRef;
}

/** The series of a chart's data: their name cell and value range, and the categories' range (A1, sheet-local). */
export interface ChartSeriesRefs {
  readonly categories: string;
  readonly series: readonly { readonly name: string; readonly values: string }[];
}

/** Splits a chart's data rectangle into the categories and the series (see ChartSpec.data); absolute A1 references. */
export function seriesRefs(spec: ChartSpec): ChartSeriesRefs {
  const [from = "", to = from] = spec.data.split(":");
  const top = parseCell(from);
  const bottom = parseCell(to);
  const rows = bottom.row - top.row + 1;
  const columns = bottom.column - top.column + 1;
  const cell = (row: number, column: number): string => `$${columnLetter(top.column + column)}$${top.row + row + 1}`;
  const span = (r1: number, c1: number, r2: number, c2: number): string => `${cell(r1, c1)}:${cell(r2, c2)}`;
  if (spec.seriesBy === "columns") {
    return {
      categories: span(1, 0, rows - 1, 0),
      series: Array.from({ length: columns - 1 }, (_, i) => ({
        name: cell(0, i + 1),
        values: span(1, i + 1, rows - 1, i + 1),
      })),
    };
  }
  return {
    categories: span(0, 1, 0, columns - 1),
    series: Array.from({ length: rows - 1 }, (_, i) => ({
      name: cell(i + 1, 0),
      values: span(i + 1, 1, i + 1, columns - 1),
    })),
  };
}
