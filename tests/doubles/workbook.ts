import { cellAddress, columnIndex, rectAddress } from "../../src/formula/a1";
import type { FakeChart } from "./charts";
/**
 * A recording stand-in for the part of the Excel JavaScript API the pane uses: this module holds
 * the workbook it acts on (sheets, cells, tables, names) and its request queue; range.ts and
 * collections.ts the proxies; context.ts the request context. Like Excel,
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

export type Scalar = string | number | boolean;

export interface FakeCell {
  value: Scalar;
  formula?: string;
  quotePrefix?: boolean;
  numberFormat?: string;
  bold?: boolean;
  fontSize?: number;
  fill?: string;
  wrap?: boolean;
}

export interface Rect {
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
  readonly pageLayout: {
    orientation?: string;
    zoom?: unknown;
    printTitleRows?: string;
    printTitleColumns?: string;
    printArea?: string;
    paperSize?: string;
    /** Margins in points, by side (left, right, top, bottom, header, footer). */
    margins?: Record<string, number>;
    /** Header and footer sections (leftHeader, centerFooter …). */
    headersFooters?: Record<string, string>;
    /** Rows (1-based) that start a page. */
    pageBreaks?: number[];
  } = {};
  /** Merged ranges and row heights (points), as Range.merge and format.rowHeight set them. */
  readonly merges: string[] = [];
  readonly rowHeights = new Map<number, number>();
  /** A protected sheet refuses writes: like Excel, the sync that carries one fails. */
  isProtected = false;
  /** How far the array formula in a cell spills, by its address: B2 → 9 rows, 1 column. */
  readonly spills = new Map<string, { rows: number; columns: number }>();
  /** Worksheet.charts.add's charts (charts.ts). */
  readonly charts: FakeChart[] = [];
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
      merges: this.merges,
      heights: [...this.rowHeights],
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

export const rectText = (rect: Rect): string =>
  rectAddress({ row: rect.r0, column: rect.c0 }, rect.r1 - rect.r0 + 1, rect.c1 - rect.c0 + 1);

export const maxRow = 1048575;
export const maxColumn = 16383;

export function parseRect(address: string): Rect {
  const a = address.replace(/\$/g, "").toUpperCase();
  const col = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(a);
  if (col !== null) return { r0: 0, c0: columnIndex(col[1]), r1: maxRow, c1: columnIndex(col[2]) };
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows !== null) return { r0: Number(rows[1]) - 1, c0: 0, r1: Number(rows[2]) - 1, c1: maxColumn };
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(a);
  if (m === null) throw fakeError("InvalidArgument", `bad address ${address}`);
  const r0 = Number(m[2]) - 1;
  const c0 = columnIndex(m[1]);
  return m[3] === undefined ? { r0, c0, r1: r0, c1: c0 } : { r0, c0, r1: Number(m[4]) - 1, c1: columnIndex(m[3]) };
}

export function fakeError(code: string, message: string): Error {
  const e = new Error(`${code}: ${message}`);
  (e as Error & { code: string }).code = code;
  return e;
}

export class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and sync()`);
  }
}

/** The properties a proxy was given by load() and a sync; reading any other fails, as in Excel. */
export class Loaded {
  private readonly values = new Map<string, unknown>();
  constructor(private readonly what: string) {}

  set(key: string, value: unknown): void {
    this.values.set(key, value);
  }
  get<T>(key: string): T {
    if (!this.values.has(key)) throw new NotLoaded(`${this.what}.${key}`);
    return this.values.get(key) as T;
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
  /** 2D arrays written (Range.values, formulas or numberFormat assigned). */
  writes: number;
  /** Estimated bytes of the 2D arrays read per sync (values, formulas, number formats loaded). */
  responseBytesPerSync: number[];
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  readonly names = new Map<string, FakeName>();
  tables: FakeTable[] = [];
  active: FakeSheet | undefined;
  /** The selected range (Workbook.getSelectedRange); undefined is A1 of the active sheet. */
  selection: { sheet: string; address: string } | undefined;
  readonly stats: FakeStats = {
    syncs: 0,
    operations: 0,
    perSync: [],
    bytesPerSync: [],
    writes: 0,
    responseBytesPerSync: [],
  };
  /** Worksheet.onActivated handlers, registered at sync. */
  readonly activatedHandlers: (() => Promise<unknown>)[] = [];
  private queue: (() => void)[] = [];
  private pendingBytes = 0;
  private responseBytes = 0;

  constructor(sheetNames: readonly string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.push(new FakeSheet(name));
    this.active = this.sheets[0];
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  /** The user selects another sheet's tab: it becomes the active sheet and the onActivated handlers run. */
  async userActivates(name: string): Promise<void> {
    const sheet = this.sheet(name);
    if (sheet === undefined) throw new Error(`no sheet ${name}`);
    this.active = sheet;
    await Promise.all(this.activatedHandlers.map((handler) => handler()));
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
    this.responseBytes = 0;
    try {
      for (const action of queue) action();
    } finally {
      this.stats.responseBytesPerSync.push(this.responseBytes);
    }
  }

  /** Counts bytes the sync being applied sends back (a load's 2D arrays). */
  respond(bytes: number): void {
    this.responseBytes += bytes;
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

/** The smallest rectangle holding every cell of the sheet that has something; undefined when none has. */
export function usedRect(sheet: FakeSheet): Rect | undefined {
  const at = [...sheet.cells.keys()].map(parseRect);
  if (at.length === 0) return undefined;
  return {
    r0: Math.min(...at.map((a) => a.r0)),
    c0: Math.min(...at.map((a) => a.c0)),
    r1: Math.max(...at.map((a) => a.r0)),
    c1: Math.max(...at.map((a) => a.c0)),
  };
}

/** Puts a table with values on a sheet directly (the state a user's workbook is in). */
export function putTable(wb: FakeWorkbook, sheetName: string, name: string, at: string, grid: Scalar[][]): void {
  const sheet = wb.sheet(sheetName) ?? new FakeSheet(sheetName);
  if (!wb.sheets.includes(sheet)) wb.sheets.push(sheet);
  const top = parseRect(at);
  grid.forEach((row, r) => row.forEach((v, c) => sheet.cells.set(cellAddress(top.r0 + r, top.c0 + c), { value: v })));
  wb.tables.push({
    name,
    sheet,
    rect: { r0: top.r0, c0: top.c0, r1: top.r0 + grid.length - 1, c1: top.c0 + grid[0].length - 1 },
    style: "TableStyleMedium2",
  });
}
