/**
 * The double's Worksheet.charts: add (type, source range, series by) gives a chart whose title,
 * series' chart types, value axis and position are recorded at sync, on the sheet's `charts`;
 * `load("items")` lists the sheet's charts, whose delete removes one.
 */
import type { RangeProxy } from "./range";
import { FakeSheet, FakeWorkbook, fakeError, Loaded, rectText } from "./workbook";

export interface FakeChart {
  name: string;
  type: string;
  /** The source range's address, sheet-local (AB12:AF30). */
  source: string;
  seriesBy: string;
  title?: string;
  /** Chart types set on series by index. */
  seriesTypes: Record<number, string>;
  valueAxis: { numberFormat?: string; minimum?: number; maximum?: number };
  position?: { start: string; end: string };
}

class ChartProxy {
  readonly title: { text: string };
  readonly series: { getItemAt: (i: number) => { chartType: string } };
  readonly axes: { valueAxis: { numberFormat: string; minimum: number; maximum: number } };
  private readonly loaded = new Loaded("chart");

  constructor(
    private readonly wb: FakeWorkbook,
    private readonly chart: () => FakeChart,
    private readonly sheet: () => FakeSheet,
  ) {
    const set = (apply: (c: FakeChart) => void) => wb.push(() => apply(chart()));
    this.title = {
      set text(v: string) {
        set((c) => (c.title = v));
      },
    } as { text: string };
    this.series = {
      getItemAt: (i: number) =>
        ({
          set chartType(v: string) {
            set((c) => (c.seriesTypes[i] = v));
          },
        }) as { chartType: string },
    };
    const axis = {} as ChartProxy["axes"]["valueAxis"];
    for (const key of ["numberFormat", "minimum", "maximum"] as const)
      Object.defineProperty(axis, key, {
        set: (v: never) => {
          set((c) => (c.valueAxis[key] = v));
        },
      });
    this.axes = { valueAxis: axis };
  }

  get name(): string {
    return this.loaded.get("name");
  }

  fill(c: FakeChart): void {
    this.loaded.set("name", c.name);
  }

  setPosition(start: string, end: string): void {
    this.wb.push(() => (this.chart().position = { start, end }));
  }

  delete(): void {
    this.wb.push(() => {
      const sheet = this.sheet();
      const c = this.chart();
      const at = sheet.charts.indexOf(c);
      if (at < 0) throw fakeError("ItemNotFound", "chart");
      sheet.charts.splice(at, 1);
    });
  }
}

export class ChartsProxy {
  items?: ChartProxy[];
  constructor(
    private readonly wb: FakeWorkbook,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(type: string, range: RangeProxy, seriesBy = "Auto"): ChartProxy {
    const record: { chart?: FakeChart } = {};
    this.wb.push(() => {
      const { sheet, rect } = range.locate();
      if (sheet !== this.sheet()) throw fakeError("InvalidArgument", "a chart's data on another sheet");
      const n = sheet.charts.length + 1;
      record.chart = { name: `Chart ${n}`, type, source: rectText(rect), seriesBy, seriesTypes: {}, valueAxis: {} };
      sheet.charts.push(record.chart);
    });
    return new ChartProxy(
      this.wb,
      () => {
        if (record.chart === undefined) throw fakeError("ItemNotFound", "chart");
        return record.chart;
      },
      this.sheet,
    );
  }

  load(props: string): this {
    void props;
    this.wb.push(() => {
      this.items = this.sheet().charts.map((c) => {
        const p = new ChartProxy(this.wb, () => c, this.sheet);
        p.fill(c);
        return p;
      });
    });
    return this;
  }
}
