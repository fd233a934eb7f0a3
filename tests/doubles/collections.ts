/** The double's worksheets, tables and names, as the items of the workbook's collections. */
import {
  FakeName,
  FakeSheet,
  FakeTable,
  fakeError,
  FakeWorkbook,
  maxColumn,
  maxRow,
  Loaded,
  NotLoaded,
  parseRect,
  Rect,
  usedRect,
} from "./workbook";
import { RangeProxy } from "./range";
import { ChartsProxy } from "./charts";

export class SheetProxy {
  private readonly loaded = new Loaded("worksheet");
  isNullObject = false;
  readonly tables: { add: (range: RangeProxy | string, hasHeaders: boolean) => TableProxy };
  readonly freezePanes: {
    freezeAt: (r: RangeProxy) => void;
    freezeRows: (n: number) => void;
    freezeColumns: (n: number) => void;
    unfreeze: () => void;
  };
  readonly pageLayout: {
    orientation: string;
    zoom: unknown;
    setPrintTitleRows: (rows: string) => void;
    setPrintTitleColumns: (columns: string) => void;
    setPrintArea: (area: string) => void;
    paperSize: string;
    leftMargin: number;
    rightMargin: number;
    topMargin: number;
    bottomMargin: number;
    headerMargin: number;
    footerMargin: number;
    headersFooters: { defaultForAllPages: Record<string, string> };
  };
  readonly horizontalPageBreaks: { add: (at: string) => void };
  readonly charts: ChartsProxy;

  constructor(
    private readonly wb: FakeWorkbook,
    /** Resolves the sheet when the queue runs; undefined for a null object. */
    readonly resolve: () => FakeSheet | undefined,
  ) {
    const must = (): FakeSheet => this.must();
    this.charts = new ChartsProxy(wb, must);
    this.tables = {
      add: (range: RangeProxy | string, hasHeaders: boolean) => {
        const proxy = typeof range === "string" ? this.getRange(range) : range;
        const record: { table?: FakeTable } = {};
        wb.push(() => {
          const sheet = must();
          const rect = proxy.locate().rect;
          if (!hasHeaders) throw new Error("fake tables need headers");
          let n = wb.tables.length + 1;
          while (wb.identifierTaken(`Table${n}`)) n++;
          record.table = { name: `Table${n}`, sheet, rect, style: "TableStyleMedium2" };
          wb.tables.push(record.table);
        });
        return new TableProxy(wb, () => {
          if (record.table === undefined) throw fakeError("ItemNotFound", "table");
          return record.table;
        });
      },
    };
    this.freezePanes = {
      freezeAt: (r: RangeProxy) =>
        wb.push(() => {
          const rect = r.locate().rect;
          must().freeze = { rows: rect.r1 + 1, columns: rect.c1 + 1 };
        }),
      freezeRows: (n: number) => wb.push(() => (must().freeze = { rows: n, columns: 0 })),
      freezeColumns: (n: number) => wb.push(() => (must().freeze = { rows: 0, columns: n })),
      unfreeze: () => wb.push(() => (must().freeze = undefined)),
    };
    this.pageLayout = {
      set orientation(v: string) {
        wb.push(() => (must().pageLayout.orientation = v));
      },
      get orientation(): string {
        throw new NotLoaded("pageLayout.orientation");
      },
      set zoom(v: unknown) {
        wb.push(() => (must().pageLayout.zoom = v));
      },
      get zoom(): unknown {
        throw new NotLoaded("pageLayout.zoom");
      },
      setPrintTitleRows: (rows: string) => {
        if (!/^\$?\d+:\$?\d+$/.test(rows)) throw fakeError("InvalidArgument", `bad title rows ${rows}`);
        wb.push(() => (must().pageLayout.printTitleRows = rows));
      },
      setPrintTitleColumns: (columns: string) => {
        if (!/^\$?[A-Z]+:\$?[A-Z]+$/.test(columns)) throw fakeError("InvalidArgument", `bad title columns ${columns}`);
        wb.push(() => (must().pageLayout.printTitleColumns = columns));
      },
      setPrintArea: (area: string) => wb.push(() => (must().pageLayout.printArea = area)),
      set paperSize(v: string) {
        wb.push(() => (must().pageLayout.paperSize = v));
      },
      get paperSize(): string {
        throw new NotLoaded("pageLayout.paperSize");
      },
      headersFooters: { defaultForAllPages: headerFooterRecord(wb, must) },
    } as SheetProxy["pageLayout"];
    defineMargins(this.pageLayout, wb, must);
    this.horizontalPageBreaks = {
      add: (at: string) =>
        wb.push(() => {
          const page = must().pageLayout;
          page.pageBreaks = [...(page.pageBreaks ?? []), Number(/\d+/.exec(at)?.[0])];
        }),
    };
  }

  /** The sheet, when the queue runs. */
  private must(): FakeSheet {
    const sheet = this.resolve();
    if (sheet === undefined) throw fakeError("ItemNotFound", "worksheet");
    return sheet;
  }

  get name(): string {
    return this.loaded.get("name");
  }
  set name(v: string) {
    this.wb.push(() => {
      const sheet = this.must();
      this.wb.checkSheetName(v, sheet);
      sheet.name = v;
    });
  }
  get position(): number {
    return this.loaded.get("position");
  }
  set position(v: number) {
    this.wb.push(() => {
      const sheet = this.must();
      this.wb.sheets = this.wb.sheets.filter((s) => s !== sheet);
      this.wb.sheets.splice(Math.min(v, this.wb.sheets.length), 0, sheet);
    });
  }

  get protection(): { protected: boolean } {
    return { protected: this.loaded.get("protection/protected") };
  }

  /** Snapshot of loaded properties, used by collection loads. */
  fill(sheet: FakeSheet): void {
    this.loaded.set("name", sheet.name);
    this.loaded.set("position", this.wb.sheets.indexOf(sheet));
    this.loaded.set("protection/protected", sheet.isProtected);
  }

  load(props: string): this {
    this.wb.push(() => {
      const sheet = this.resolve();
      this.isNullObject = sheet === undefined;
      if (sheet !== undefined) this.fill(sheet);
      void props;
    });
    return this;
  }

  /** A range of the sheet; without an address, the whole sheet (as Worksheet.getRange() gives). */
  getRange(address?: string): RangeProxy {
    this.wb.stats.operations++;
    return new RangeProxy(this.wb, () => {
      const sheet = this.must();
      return { sheet, rect: address === undefined ? { r0: 0, c0: 0, r1: maxRow, c1: maxColumn } : parseRect(address) };
    });
  }

  /** The range from the first to the last cell with something, or a null object on an empty sheet. */
  getUsedRangeOrNullObject(): RangeProxy {
    this.wb.stats.operations++;
    return new RangeProxy(this.wb, () => {
      const sheet = this.must();
      const rect = usedRect(sheet);
      return rect === undefined ? undefined : { sheet, rect };
    });
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    this.wb.stats.operations++;
    return new RangeProxy(this.wb, () => {
      const sheet = this.must();
      return { sheet, rect: { r0: row, c0: column, r1: row + rows - 1, c1: column + columns - 1 } };
    });
  }

  delete(): void {
    this.wb.push(() => {
      const sheet = this.must();
      if (this.wb.sheets.length === 1) throw fakeError("InvalidOperation", "a workbook needs one sheet");
      this.wb.sheets = this.wb.sheets.filter((s) => s !== sheet);
      this.wb.tables = this.wb.tables.filter((t) => t.sheet !== sheet);
      const ref = new RegExp(
        `^=('${sheet.name.replace(/'/g, "''").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}'|${sheet.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})!`,
        "i",
      );
      for (const n of this.wb.names.values()) if (ref.test(n.formula)) n.formula = n.formula.replace(ref, "=#REF!");
      if (this.wb.active === sheet) this.wb.active = this.wb.sheets[0];
    });
  }

  activate(): void {
    this.wb.push(() => {
      const sheet = this.must();
      this.wb.active = sheet;
    });
  }
}

/** A proxy of one table or name, found when the queue runs. */
abstract class ItemProxy<T> {
  protected readonly loaded = new Loaded(this.constructor.name);
  constructor(
    protected readonly wb: FakeWorkbook,
    protected readonly resolve: () => T,
  ) {}
}

export class TableProxy extends ItemProxy<FakeTable> {
  set name(v: string) {
    this.wb.push(() => {
      const t = this.resolve();
      if (t.name.toUpperCase() !== v.toUpperCase() && this.wb.identifierTaken(v))
        throw fakeError("ItemAlreadyExists", `table ${v}`);
      t.name = v;
    });
  }
  get name(): string {
    return this.loaded.get("name");
  }
  set style(v: string) {
    this.wb.push(() => (this.resolve().style = v));
  }
  get worksheet(): { name: string } {
    return { name: this.loaded.get("worksheet/name") };
  }
  fill(t: FakeTable): void {
    this.loaded.set("name", t.name);
    this.loaded.set("worksheet/name", t.sheet.name);
  }
  private part(pick: (rect: Rect) => Rect): RangeProxy {
    this.wb.stats.operations++;
    return new RangeProxy(this.wb, () => {
      const t = this.resolve();
      return { sheet: t.sheet, rect: pick(t.rect) };
    });
  }
  getRange(): RangeProxy {
    return this.part((r) => r);
  }
  /** Table.delete: the table goes; its cells are left to what the caller does with them. */
  delete(): void {
    this.wb.push(() => {
      const t = this.resolve();
      this.wb.tables = this.wb.tables.filter((x) => x !== t);
    });
  }
  getHeaderRowRange(): RangeProxy {
    return this.part((r) => ({ ...r, r1: r.r0 }));
  }
  /** TableColumnCollection.add at the right edge (index omitted): `values` holds the header, then a value per row. */
  get columns(): { add: (index: number | undefined, values: unknown[][]) => void } {
    return {
      add: (index, values) => {
        if (index !== undefined) throw new Error("the double adds columns at the right edge only");
        this.part((r) => ({ ...r, c0: r.c1 + 1, c1: r.c1 + 1 })).values = values;
        this.wb.push(() => {
          const t = this.resolve();
          if (values.length !== t.rect.r1 - t.rect.r0 + 1) throw fakeError("InvalidArgument", "column values");
          t.rect = { ...t.rect, c1: t.rect.c1 + 1 };
        });
      },
    };
  }
  getDataBodyRange(): RangeProxy {
    return this.part((r) => ({ ...r, r0: r.r0 + 1 }));
  }
}

export class NameProxy extends ItemProxy<FakeName> {
  set visible(v: boolean) {
    this.wb.push(() => (this.resolve().visible = v));
  }
  get name(): string {
    return this.loaded.get("name");
  }
  get formula(): string {
    return this.loaded.get("formula");
  }
  /** Snapshot of loaded properties, used by collection loads. */
  fill(n: FakeName): void {
    this.loaded.set("name", n.name);
    this.loaded.set("formula", n.formula);
  }
  delete(): void {
    this.wb.push(() => {
      const n = this.resolve();
      this.wb.names.delete(n.name.toUpperCase());
    });
  }
}

/**
 * A collection's load: at sync it sets `items` on the object it was called on (the seed object,
 * or the OfficeMockObject made from it; a getter in the seed would be read when the mock copies it).
 */
export function loader<T>(wb: FakeWorkbook, items: () => T[]) {
  return function load(this: { items?: T[] }) {
    const self = this;
    wb.push(() => (self.items = items()));
    return self;
  };
}

type MarginSide = "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "headerMargin" | "footerMargin";

/** PageLayout's margins: each setter records its side in points. */
function defineMargins(out: Record<MarginSide, number>, wb: FakeWorkbook, must: () => FakeSheet): void {
  for (const side of [
    "leftMargin",
    "rightMargin",
    "topMargin",
    "bottomMargin",
    "headerMargin",
    "footerMargin",
  ] as const)
    Object.defineProperty(out, side, {
      enumerable: true,
      set(v: number) {
        wb.push(() => {
          const page = must().pageLayout;
          page.margins = { ...page.margins, [side.replace("Margin", "")]: v };
        });
      },
      get(): number {
        throw new NotLoaded(`pageLayout.${side}`);
      },
    });
}

/** HeaderFooter (defaultForAllPages): each section's setter records its text. */
function headerFooterRecord(wb: FakeWorkbook, must: () => FakeSheet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"])
    Object.defineProperty(out, key, {
      set(v: string) {
        wb.push(() => {
          const page = must().pageLayout;
          page.headersFooters = { ...page.headersFooters, [key]: v };
        });
      },
      get(): string {
        throw new NotLoaded(`headersFooters.${key}`);
      },
    });
  return out;
}
