import { columnIndex, columnLetter } from "../../src/formula/a1";
/**
 * A recording stand-in for the part of the Excel JavaScript API the adapter uses. Like Excel,
 * it queues every call and applies the queue at context.sync(), in order; a property is readable
 * only after it was loaded and synced; adding a sheet, table or name that exists fails the sync.
 * It counts syncs and queued operations for the tests and the benchmark.
 *
 * Cell input follows what Excel does with Range.formulas/values: "=…" is a formula, a leading
 * apostrophe makes the rest text (the quote prefix), "123" or "TRUE" typed as a string become a
 * number or a boolean, anything else is text.
 *
 * office-addin-mock cannot mock collections; `seed()` gives the plain object whose functions
 * (add, getItem, getItemOrNullObject, load …) the tests hand to its OfficeMockObject.
 */

type Scalar = string | number | boolean;

export interface FakeCell {
  value: Scalar;
  formula?: string;
  quotePrefix?: boolean;
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
  wrap?: boolean;
}

interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface FakeConditionalFormat {
  range: string;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly columnWidths = new Map<string, number>();
  freeze: { rows: number; columns: number } | undefined;
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly validations: { range: string; rule: unknown; errorAlert?: unknown }[] = [];
  /** What Worksheet.pageLayout was given (ExcelApi 1.9). */
  readonly pageLayout: { orientation?: string; zoom?: unknown; printTitleRows?: string } = {};
  constructor(public name: string) {}

  cell(address: string): FakeCell | undefined {
    return this.cells.get(address);
  }

  /** A snapshot of everything on the sheet, to show it was left untouched. */
  snapshot(): string {
    return JSON.stringify({
      name: this.name,
      cells: [...this.cells].sort(),
      widths: [...this.columnWidths],
      freeze: this.freeze,
      cf: this.conditionalFormats,
      dv: this.validations,
      page: this.pageLayout,
    });
  }
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  rect: Rect;
  style: string;
}

export interface FakeName {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

const addr = (r: number, c: number): string => `${columnLetter(c)}${r + 1}`;
const rectText = (rect: Rect): string =>
  rect.r0 === rect.r1 && rect.c0 === rect.c1
    ? addr(rect.r0, rect.c0)
    : `${addr(rect.r0, rect.c0)}:${addr(rect.r1, rect.c1)}`;
const quoteIfNeeded = (name: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

const maxRow = 1048575;
const maxColumn = 16383;

function parseRect(address: string): Rect {
  const a = address.replace(/\$/g, "").toUpperCase();
  const col = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(a);
  if (col !== null) return { r0: 0, c0: columnIndex(col[1]), r1: maxRow, c1: columnIndex(col[2]) };
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(a);
  if (m === null) throw fakeError("InvalidArgument", `bad address ${address}`);
  const r0 = Number(m[2]) - 1;
  const c0 = columnIndex(m[1]);
  return m[3] === undefined ? { r0, c0, r1: r0, c1: c0 } : { r0, c0, r1: Number(m[4]) - 1, c1: columnIndex(m[3]) };
}

function fakeError(code: string, message: string): Error {
  const e = new Error(`${code}: ${message}`);
  (e as Error & { code: string }).code = code;
  return e;
}

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and sync()`);
  }
}

export interface FakeStats {
  syncs: number;
  /** Queued operations: every method call and property assignment on a proxy. */
  operations: number;
  /** Operations queued per sync, in order. */
  perSync: number[];
  /** Estimated bytes of the 2D arrays written per sync (values, formulas, number formats). */
  bytesPerSync: number[];
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  readonly names = new Map<string, FakeName>();
  tables: FakeTable[] = [];
  active: FakeSheet | undefined;
  readonly stats: FakeStats = { syncs: 0, operations: 0, perSync: [], bytesPerSync: [] };
  private queue: (() => void)[] = [];
  private pendingBytes = 0;

  constructor(sheetNames: readonly string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.push(new FakeSheet(name));
    this.active = this.sheets[0];
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  /** Queues an action; applied at sync. */
  push(action: () => void, bytes = 0): void {
    this.stats.operations++;
    this.pendingBytes += bytes;
    this.queue.push(action);
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    this.stats.perSync.push(this.queue.length);
    this.stats.bytesPerSync.push(this.pendingBytes);
    const queue = this.queue;
    this.queue = [];
    this.pendingBytes = 0;
    for (const action of queue) action();
  }

  identifierTaken(name: string): boolean {
    const up = name.toUpperCase();
    return this.names.has(up) || this.tables.some((t) => t.name.toUpperCase() === up);
  }

  checkSheetName(name: string, except?: FakeSheet): void {
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw fakeError("InvalidArgument", `bad sheet name ${name}`);
    const other = this.sheet(name);
    if (other !== undefined && other !== except) throw fakeError("ItemAlreadyExists", `sheet ${name}`);
  }

  /** Writes one Range.formulas/values entry into a cell, as Excel reads it. */
  static write(cell: FakeCell | undefined, entry: unknown): FakeCell | undefined {
    const base: FakeCell = cell ?? { value: "" };
    delete base.formula;
    delete base.quotePrefix;
    if (entry === null || entry === undefined) return cell;
    if (typeof entry === "number" || typeof entry === "boolean") return { ...base, value: entry };
    const text = String(entry);
    if (text === "") return { ...base, value: "" };
    if (text.startsWith("'")) return { ...base, value: text.slice(1), quotePrefix: true };
    if (text.startsWith("=")) return { ...base, value: "", formula: text };
    if (/^[+-]?\d+(\.\d+)?$/.test(text)) return { ...base, value: Number(text) };
    if (/^(true|false)$/i.test(text)) return { ...base, value: text.toLowerCase() === "true" };
    return { ...base, value: text };
  }
}

/** Estimated bytes of a 2D array (for the per-sync byte figures). */
function gridBytes(grid: unknown[][]): number {
  return Buffer.byteLength(JSON.stringify(grid), "utf8");
}

class RangeProxy {
  private loaded = new Map<string, unknown>();
  readonly format: {
    font: { bold: boolean };
    fill: { color: string };
    wrapText: boolean;
    columnWidth: number;
  };
  readonly conditionalFormats: { add: (type: string) => unknown; clearAll: () => void };
  readonly dataValidation: { rule: unknown; errorAlert: unknown; clear: () => void };

  constructor(
    private readonly wb: FakeWorkbook,
    readonly locate: () => { sheet: FakeSheet; rect: Rect },
  ) {
    const each = (fn: (c: FakeCell) => void) => () => {
      const { sheet, rect } = this.locate();
      for (let r = rect.r0; r <= Math.min(rect.r1, rect.r0 + 100000); r++) {
        for (let c = rect.c0; c <= rect.c1; c++) {
          const key = addr(r, c);
          const cell = sheet.cells.get(key) ?? { value: "" };
          fn(cell);
          sheet.cells.set(key, cell);
        }
      }
    };
    const self = this;
    this.format = {
      font: {
        set bold(v: boolean) {
          wb.push(each((c) => (c.bold = v)));
        },
        get bold(): boolean {
          throw new NotLoaded("format.font.bold");
        },
      },
      fill: {
        set color(v: string) {
          wb.push(each((c) => (c.fill = v)));
        },
        get color(): string {
          throw new NotLoaded("format.fill.color");
        },
      },
      set wrapText(v: boolean) {
        wb.push(each((c) => (c.wrap = v)));
      },
      get wrapText(): boolean {
        throw new NotLoaded("format.wrapText");
      },
      set columnWidth(v: number) {
        wb.push(() => {
          const { sheet, rect } = self.locate();
          for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths.set(columnLetter(c), v);
        });
      },
      get columnWidth(): number {
        throw new NotLoaded("format.columnWidth");
      },
    };
    /** Whether a format's or validation's range lies inside this range (the fake keeps them whole). */
    const within = (range: string): boolean => {
      const inner = parseRect(range);
      const { rect } = self.locate();
      return inner.r0 >= rect.r0 && inner.r1 <= rect.r1 && inner.c0 >= rect.c0 && inner.c1 <= rect.c1;
    };
    this.conditionalFormats = {
      clearAll: () =>
        wb.push(() => {
          const { sheet } = self.locate();
          const keep = sheet.conditionalFormats.filter((f) => !within(f.range));
          sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...keep);
        }),
      add: (type: string) => {
        const record: FakeConditionalFormat = { range: "", type };
        wb.push(() => {
          const { sheet, rect } = self.locate();
          record.range = rectText(rect);
          sheet.conditionalFormats.push(record);
        });
        return {
          custom: {
            rule: {
              set formula(v: string) {
                wb.push(() => (record.formula = v));
              },
            },
            format: {
              fill: {
                set color(v: string) {
                  wb.push(() => (record.fill = v));
                },
              },
              font: {
                set color(v: string) {
                  wb.push(() => (record.fontColor = v));
                },
              },
            },
          },
        };
      },
    };
    this.dataValidation = {
      clear: () =>
        wb.push(() => {
          const { sheet } = self.locate();
          const keep = sheet.validations.filter((v) => !within(v.range));
          sheet.validations.splice(0, sheet.validations.length, ...keep);
        }),
      set rule(v: unknown) {
        wb.push(() => {
          const { sheet, rect } = self.locate();
          sheet.validations.push({ range: rectText(rect), rule: v });
        });
      },
      get rule(): unknown {
        throw new NotLoaded("dataValidation.rule");
      },
      /** Belongs to the rule set on the same range (set the rule first, as Excel needs). */
      set errorAlert(v: unknown) {
        wb.push(() => {
          const { sheet, rect } = self.locate();
          const rule = sheet.validations.find((x) => x.range === rectText(rect));
          if (rule === undefined) throw fakeError("InvalidOperation", "errorAlert without a rule");
          rule.errorAlert = v;
        });
      },
      get errorAlert(): unknown {
        throw new NotLoaded("dataValidation.errorAlert");
      },
    };
  }

  private writeGrid(
    grid: unknown[][],
    apply: (cell: FakeCell | undefined, entry: unknown) => FakeCell | undefined,
  ): void {
    this.wb.push(() => {
      const { sheet, rect } = this.locate();
      const rows = rect.r1 - rect.r0 + 1;
      const cols = rect.c1 - rect.c0 + 1;
      if (grid.length !== rows || grid.some((row) => row.length !== cols)) {
        throw fakeError("InvalidArgument", `a ${grid.length}×${grid[0]?.length} array for ${rectText(rect)}`);
      }
      grid.forEach((row, r) =>
        row.forEach((entry, c) => {
          const key = addr(rect.r0 + r, rect.c0 + c);
          const next = apply(sheet.cells.get(key), entry);
          if (next === undefined) sheet.cells.delete(key);
          else sheet.cells.set(key, next);
        }),
      );
    }, gridBytes(grid));
  }

  /** Range.clear: "All" empties the cells of values, formulas and formats. */
  clear(applyTo: string): void {
    this.wb.push(() => {
      if (applyTo !== "All") throw fakeError("InvalidArgument", `the fake clears only All, not ${applyTo}`);
      const { sheet, rect } = this.locate();
      for (const key of [...sheet.cells.keys()]) {
        const at = parseRect(key);
        if (at.r0 >= rect.r0 && at.r0 <= rect.r1 && at.c0 >= rect.c0 && at.c0 <= rect.c1) sheet.cells.delete(key);
      }
    });
  }

  set formulas(grid: unknown[][]) {
    this.writeGrid(grid, FakeWorkbook.write);
  }
  set values(grid: unknown[][]) {
    this.writeGrid(grid, FakeWorkbook.write);
  }
  set numberFormat(grid: unknown[][]) {
    this.writeGrid(grid, (cell, entry) =>
      entry === null ? cell : { ...(cell ?? { value: "" }), numberFormat: String(entry) },
    );
  }

  private get$(key: string): unknown {
    if (!this.loaded.has(key)) throw new NotLoaded(key);
    return this.loaded.get(key);
  }
  get values(): unknown[][] {
    return this.get$("values") as unknown[][];
  }
  get formulas(): unknown[][] {
    return this.get$("formulas") as unknown[][];
  }
  get numberFormat(): unknown[][] {
    return this.get$("numberFormat") as unknown[][];
  }
  get address(): string {
    return this.get$("address") as string;
  }
  get rowCount(): number {
    return this.get$("rowCount") as number;
  }
  get columnCount(): number {
    return this.get$("columnCount") as number;
  }

  load(props: string): this {
    this.wb.push(() => {
      const { sheet, rect } = this.locate();
      for (const p of props.split(",").map((s) => s.trim())) {
        const grid = (pick: (c: FakeCell | undefined) => unknown) => {
          const out: unknown[][] = [];
          for (let r = rect.r0; r <= rect.r1; r++) {
            const row: unknown[] = [];
            for (let c = rect.c0; c <= rect.c1; c++) row.push(pick(sheet.cells.get(addr(r, c))));
            out.push(row);
          }
          return out;
        };
        if (p === "values")
          this.loaded.set(
            p,
            grid((c) => c?.value ?? ""),
          );
        else if (p === "formulas")
          this.loaded.set(
            p,
            grid((c) => c?.formula ?? c?.value ?? ""),
          );
        else if (p === "numberFormat")
          this.loaded.set(
            p,
            grid((c) => c?.numberFormat ?? "General"),
          );
        else if (p === "address") this.loaded.set(p, `${quoteIfNeeded(sheet.name)}!${rectText(rect)}`);
        else if (p === "rowCount") this.loaded.set(p, rect.r1 - rect.r0 + 1);
        else if (p === "columnCount") this.loaded.set(p, rect.c1 - rect.c0 + 1);
        else throw new Error(`fake range cannot load ${p}`);
      }
    });
    return this;
  }

  getRow(i: number): RangeProxy {
    this.wb.stats.operations++;
    return new RangeProxy(this.wb, () => {
      const { sheet, rect } = this.locate();
      return { sheet, rect: { r0: rect.r0 + i, r1: rect.r0 + i, c0: rect.c0, c1: rect.c1 } };
    });
  }

  getResizedRange(rows: number, columns: number): RangeProxy {
    this.wb.stats.operations++;
    return new RangeProxy(this.wb, () => {
      const { sheet, rect } = this.locate();
      return { sheet, rect: { ...rect, r1: rect.r1 + rows, c1: rect.c1 + columns } };
    });
  }

  getIntersection(other: RangeProxy): RangeProxy {
    this.wb.stats.operations++;
    return new RangeProxy(this.wb, () => {
      const a = this.locate();
      const b = other.locate();
      const rect = {
        r0: Math.max(a.rect.r0, b.rect.r0),
        c0: Math.max(a.rect.c0, b.rect.c0),
        r1: Math.min(a.rect.r1, b.rect.r1),
        c1: Math.min(a.rect.c1, b.rect.c1),
      };
      if (a.sheet !== b.sheet || rect.r0 > rect.r1 || rect.c0 > rect.c1)
        throw fakeError("InvalidArgument", "no intersection");
      return { sheet: a.sheet, rect };
    });
  }
}

class SheetProxy {
  private loaded = new Map<string, unknown>();
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
  };

  constructor(
    private readonly wb: FakeWorkbook,
    /** Resolves the sheet when the queue runs; undefined for a null object. */
    readonly resolve: () => FakeSheet | undefined,
  ) {
    const must = (): FakeSheet => {
      const s = this.resolve();
      if (s === undefined) throw fakeError("ItemNotFound", "worksheet");
      return s;
    };
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
    };
  }

  get name(): string {
    if (!this.loaded.has("name")) throw new NotLoaded("worksheet.name");
    return this.loaded.get("name") as string;
  }
  set name(v: string) {
    this.wb.push(() => {
      const sheet = this.resolve();
      if (sheet === undefined) throw fakeError("ItemNotFound", "worksheet");
      this.wb.checkSheetName(v, sheet);
      sheet.name = v;
    });
  }
  get position(): number {
    if (!this.loaded.has("position")) throw new NotLoaded("worksheet.position");
    return this.loaded.get("position") as number;
  }
  set position(v: number) {
    this.wb.push(() => {
      const sheet = this.resolve();
      if (sheet === undefined) throw fakeError("ItemNotFound", "worksheet");
      this.wb.sheets = this.wb.sheets.filter((s) => s !== sheet);
      this.wb.sheets.splice(Math.min(v, this.wb.sheets.length), 0, sheet);
    });
  }

  /** Snapshot of loaded properties, used by collection loads. */
  fill(sheet: FakeSheet): void {
    this.loaded.set("name", sheet.name);
    this.loaded.set("position", this.wb.sheets.indexOf(sheet));
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
      const sheet = this.resolve();
      if (sheet === undefined) throw fakeError("ItemNotFound", "worksheet");
      return { sheet, rect: address === undefined ? { r0: 0, c0: 0, r1: maxRow, c1: maxColumn } : parseRect(address) };
    });
  }

  delete(): void {
    this.wb.push(() => {
      const sheet = this.resolve();
      if (sheet === undefined) throw fakeError("ItemNotFound", "worksheet");
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
      const sheet = this.resolve();
      if (sheet === undefined) throw fakeError("ItemNotFound", "worksheet");
      this.wb.active = sheet;
    });
  }
}

class TableProxy {
  private loaded = new Map<string, unknown>();
  constructor(
    private readonly wb: FakeWorkbook,
    private readonly resolve: () => FakeTable,
  ) {}

  set name(v: string) {
    this.wb.push(() => {
      const t = this.resolve();
      if (t.name.toUpperCase() !== v.toUpperCase() && this.wb.identifierTaken(v))
        throw fakeError("ItemAlreadyExists", `table ${v}`);
      t.name = v;
    });
  }
  get name(): string {
    if (!this.loaded.has("name")) throw new NotLoaded("table.name");
    return this.loaded.get("name") as string;
  }
  set style(v: string) {
    this.wb.push(() => (this.resolve().style = v));
  }
  get worksheet(): { name: string } {
    if (!this.loaded.has("worksheet/name")) throw new NotLoaded("table.worksheet.name");
    return { name: this.loaded.get("worksheet/name") as string };
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
  getDataBodyRange(): RangeProxy {
    return this.part((r) => ({ ...r, r0: r.r0 + 1 }));
  }
}

class NameProxy {
  constructor(
    private readonly wb: FakeWorkbook,
    private readonly resolve: () => FakeName,
    private readonly loaded = new Map<string, unknown>(),
  ) {}
  set visible(v: boolean) {
    this.wb.push(() => (this.resolve().visible = v));
  }
  get name(): string {
    if (!this.loaded.has("name")) throw new NotLoaded("name.name");
    return this.loaded.get("name") as string;
  }
  get formula(): string {
    if (!this.loaded.has("formula")) throw new NotLoaded("name.formula");
    return this.loaded.get("formula") as string;
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
function loader<T>(wb: FakeWorkbook, items: () => T[]) {
  return function load(this: { items?: T[] }) {
    const self = this;
    wb.push(() => (self.items = items()));
    return self;
  };
}

/**
 * The seed of the request context: workbook.worksheets / names / tables with their functions,
 * and sync. Hand it to office-addin-mock's OfficeMockObject (tests) or use it as it is (bench).
 */
export function seed(wb: FakeWorkbook) {
  const sheetProxy = (find: () => FakeSheet | undefined) => new SheetProxy(wb, find);
  const byName = (name: string) => () => wb.sheet(name);
  const worksheets = loader(wb, () =>
    wb.sheets.map((s) => {
      const p = sheetProxy(() => s);
      p.fill(s);
      return p;
    }),
  );
  const names = loader(wb, () =>
    [...wb.names.values()].map(
      (n) =>
        new NameProxy(
          wb,
          () => n,
          new Map<string, unknown>([
            ["name", n.name],
            ["formula", n.formula],
          ]),
        ),
    ),
  );
  const tables = loader(wb, () =>
    wb.tables.map((t) => {
      const p = new TableProxy(wb, () => t);
      p.fill(t);
      return p;
    }),
  );
  return {
    workbook: {
      worksheets: {
        load: worksheets,
        add(name: string) {
          const record: { sheet?: FakeSheet } = {};
          wb.push(() => {
            wb.checkSheetName(name);
            record.sheet = new FakeSheet(name);
            wb.sheets.push(record.sheet);
          });
          return sheetProxy(() => record.sheet);
        },
        getItem(name: string) {
          wb.stats.operations++;
          return sheetProxy(byName(name));
        },
        getItemOrNullObject(name: string) {
          wb.stats.operations++;
          return sheetProxy(byName(name));
        },
        getActiveWorksheet() {
          wb.stats.operations++;
          let at: FakeSheet | undefined;
          return sheetProxy(() => (at ??= wb.active));
        },
      },
      names: {
        load: names,
        add(name: string, reference: string, comment = "") {
          const record: { n?: FakeName } = {};
          wb.push(() => {
            if (
              !/^[A-Za-z_\\\u0080-\uFFFF][A-Za-z0-9_.\\\u0080-\uFFFF]*$/.test(name) ||
              /^[A-Za-z]{1,3}\d+$/.test(name)
            ) {
              throw fakeError("InvalidArgument", `bad name ${name}`);
            }
            if (wb.identifierTaken(name)) throw fakeError("ItemAlreadyExists", `name ${name}`);
            record.n = { name, formula: reference, comment, visible: true };
            wb.names.set(name.toUpperCase(), record.n);
          });
          return new NameProxy(wb, () => {
            if (record.n === undefined) throw fakeError("ItemNotFound", name);
            return record.n;
          });
        },
        getItem(name: string) {
          wb.stats.operations++;
          return new NameProxy(wb, () => {
            const n = wb.names.get(name.toUpperCase());
            if (n === undefined) throw fakeError("ItemNotFound", `name ${name}`);
            return n;
          });
        },
        getItemOrNullObject(name: string) {
          return this.getItem(name);
        },
      },
      tables: {
        load: tables,
        getItem(name: string) {
          wb.stats.operations++;
          return new TableProxy(wb, () => {
            const t = wb.tables.find((x) => x.name.toUpperCase() === name.toUpperCase());
            if (t === undefined) throw fakeError("ItemNotFound", `table ${name}`);
            return t;
          });
        },
      },
    },
    sync: () => wb.sync(),
  };
}

/** Puts a table with values on a sheet directly (the state a user's workbook is in). */
export function putTable(wb: FakeWorkbook, sheetName: string, name: string, at: string, grid: Scalar[][]): void {
  const sheet = wb.sheet(sheetName) ?? new FakeSheet(sheetName);
  if (!wb.sheets.includes(sheet)) wb.sheets.push(sheet);
  const top = parseRect(at);
  grid.forEach((row, r) => row.forEach((v, c) => sheet.cells.set(addr(top.r0 + r, top.c0 + c), { value: v })));
  wb.tables.push({
    name,
    sheet,
    rect: { r0: top.r0, c0: top.c0, r1: top.r0 + grid.length - 1, c1: top.c0 + grid[0].length - 1 },
    style: "TableStyleMedium2",
  });
}
