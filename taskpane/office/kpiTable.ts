/**
 * Reading the KPI table back: choosing which table holds the KPIs, then its header and rows in as
 * few responses as the byte budget allows. Problems name the sheet cell, e.g. KPI!F12.
 */
import { PlanRead, readPlanTable } from "../../src/planTable";
import { columnLetter, quoteSheet, splitSheetAddress } from "../../src/formula/a1";
import { LocalizedError } from "../errors";
import { localize } from "../../src/i18n";
import { SyncCounter } from "./batches";
import { tableFingerprint } from "./stamps";
import { queueInspect, sameName, sheetsWithRole, WorkbookInfo } from "./inspect";
import { defaultRequestBudget, valueBytes } from "./payload";
import { tableLanguage } from "../../src/columns";
import { Lang } from "../../src/lang";

/** A sheet name as people read it in an address: plain when it can be, quoted otherwise. */
export function sheetRef(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : quoteSheet(name);
}

export interface KpiTableRead {
  readonly read: PlanRead;
  readonly sheet: string;
  readonly table: string;
  /** The language the table was written in, from its header (not the pane's current language). */
  readonly lang: Lang;
  /** The table's whole range, e.g. KPI!A4:AF80. */
  readonly address: string;
  /** What the workbook held when it was read (sheets, marks), for deciding what to replace. */
  readonly info: WorkbookInfo;
  /** The table's contents as read, fingerprinted (stamps.ts): what a summary made now was made from. */
  readonly fingerprint: string;
  readonly syncs: number;
}

export interface ReadOptions {
  /** Bytes one response may carry (default 4 MB, under Excel on the web's 5 MB). */
  readonly maxResponseBytes?: number;
}

/**
 * The first read is sized before anything of the table is known: this many columns of this many
 * bytes a cell (KPI tables hold about 37 columns of 12 to 13 bytes; twice that, and more columns,
 * keep a table of long texts under the budget too).
 */
const assumedColumns = 64;
const assumedCellBytes = 24;
/** The rest is sized from the bytes the first rows measured, with room for longer rows further down. */
const measuredMargin = 1.1;

export const noKpiTable = new LocalizedError(localize((m) => m.pane.noKpiTable));

/** Which table holds the KPIs: on the active sheet if the add-in made it, else the first KPI sheet's, else the active sheet's. */
export function chooseKpiTable(info: WorkbookInfo): { name: string; sheet: string } | undefined {
  const kpiSheets = sheetsWithRole(info, "kpi");
  const on = (sheet: string) => info.tables.find((t) => sameName(t.sheet, sheet));
  if (kpiSheets.some((s) => sameName(s, info.activeSheet))) return on(info.activeSheet);
  for (const sheet of kpiSheets) {
    const table = on(sheet);
    if (table !== undefined) return table;
  }
  return on(info.activeSheet);
}

/** The response bytes a row of these took on average (at least 1). */
function averageRowBytes(rows: readonly (readonly unknown[])[]): number {
  let bytes = 0;
  for (const row of rows) for (const v of row) bytes += valueBytes(v);
  return Math.max(1, bytes / Math.max(1, rows.length) + 2);
}

/**
 * Reads the KPI table back: one sync finds it, the next reads its header and first rows together,
 * and a table too large for one response is read on in chunks sized from what those first rows
 * measured, one sync each. Problems name the sheet cell, e.g. KPI!F12.
 */
export async function readKpiTable(context: Excel.RequestContext, options: ReadOptions = {}): Promise<KpiTableRead> {
  const budget = options.maxResponseBytes ?? defaultRequestBudget;
  const syncs = new SyncCounter(context);
  const inspect = queueInspect(context);
  await syncs.sync();
  const info = inspect();
  const chosen = chooseKpiTable(info);
  if (chosen === undefined) throw noKpiTable;

  const table = context.workbook.tables.getItem(chosen.name);
  const whole = table.getRange().load("address");
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("address,rowCount,columnCount");
  const firstRows = Math.max(1, Math.floor(budget / (assumedColumns * assumedCellBytes)));
  const first = body.getIntersection(body.getRow(0).getResizedRange(firstRows - 1, 0)).load("values");
  await syncs.sync();

  const rows: unknown[][] = [...first.values];
  const perChunk = Math.max(1, Math.floor(budget / (averageRowBytes(rows) * measuredMargin)));
  for (let start = rows.length; start < body.rowCount; start += perChunk) {
    const count = Math.min(perChunk, body.rowCount - start);
    const chunk = body
      .getRow(start)
      .getResizedRange(count - 1, 0)
      .load("values");
    await syncs.sync();
    rows.push(...chunk.values);
  }

  const { sheet, topLeft } = splitSheetAddress(body.address);
  const ref = sheetRef(sheet);
  const headerRow = header.values[0] ?? [];
  const read = readPlanTable(headerRow, rows, (row, column) => {
    const r = row < 0 ? topLeft.row : topLeft.row + row + 1;
    const c = topLeft.column + (column ?? 0);
    const address = `${ref}!${columnLetter(c)}${r}`;
    return { ja: address, en: address };
  });
  const lang = tableLanguage(headerRow.map((h) => (typeof h === "string" ? h : "")));
  const fingerprint = tableFingerprint(headerRow, rows);
  return { read, sheet, table: chosen.name, lang, address: whole.address, info, fingerprint, syncs: syncs.count };
}
