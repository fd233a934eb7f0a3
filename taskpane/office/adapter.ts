/**
 * The task pane's one Office.js adapter: it applies sheet plans to the open workbook and reads
 * the KPI table back. It takes the request context and never calls Excel.run itself, so tests
 * and benchmarks drive it with a mock context.
 *
 * Round trips: one sync reads what the workbook holds (sheets, names, tables, marks); one more
 * writes a whole plan as 2D blocks. Only a request that would pass Excel on the web's 5 MB limit
 * is split, one sync per chunk.
 */
import { PlanRead, readPlanTable } from "../../src/planTable";
import { Block, SheetPlan, SheetRole, WorkbookPlan } from "../../src/sheets/sheetPlan";
import { LocalizedError } from "../errors";
import { columnLetter, parseCell, quoteSheet, rectAddress, splitSheetAddress } from "../../src/formula/a1";
import { cellInput } from "./cellInput";
import { Mark, markFormula, newMarkName, readMarks } from "./marks";
import { chunkRows, defaultRequestBudget, entryBytes, operationOverhead } from "./payload";
import { commonSuffix, freeSheetName, Renames, renamePlan } from "./rename";

export interface SheetInfo {
  readonly name: string;
  readonly position: number;
}

export interface WorkbookInfo {
  readonly sheets: readonly SheetInfo[];
  readonly names: readonly { readonly name: string; readonly formula: string }[];
  readonly tables: readonly { readonly name: string; readonly sheet: string }[];
  readonly marks: readonly Mark[];
  readonly activeSheet: string;
}

const same = (a: string, b: string): boolean => a.toLocaleUpperCase("en-US") === b.toLocaleUpperCase("en-US");

/** Queues the loads that describe the workbook; the returned function reads them after the sync. */
function queueInspect(context: Excel.RequestContext): () => WorkbookInfo {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name,items/position");
  const names = workbook.names.load("items/name,items/formula");
  const tables = workbook.tables.load("items/name,items/worksheet/name");
  const active = workbook.worksheets.getActiveWorksheet().load("name");
  return () => {
    const nameList = names.items.map((n) => ({ name: n.name, formula: String(n.formula) }));
    return {
      sheets: sheets.items.map((s) => ({ name: s.name, position: s.position })),
      names: nameList,
      tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      marks: readMarks(nameList),
      activeSheet: active.name,
    };
  };
}

/** What the workbook holds, in one sync. */
export async function inspectWorkbook(context: Excel.RequestContext): Promise<WorkbookInfo> {
  const read = queueInspect(context);
  await context.sync();
  return read();
}

/** The existing sheets the add-in made with this role, in workbook order. */
export function sheetsWithRole(info: WorkbookInfo, role: SheetRole): string[] {
  return info.sheets
    .filter((s) => info.marks.some((m) => m.role === role && m.sheet !== undefined && same(m.sheet, s.name)))
    .sort((a, b) => a.position - b.position)
    .map((s) => s.name);
}

export interface ApplyOptions {
  /**
   * Existing sheets the user agreed to replace. A plan sheet of the same name takes the place of
   * such a sheet only if the add-in made it with the same role; any other sheet is never touched.
   */
  readonly replace?: readonly string[];
  /** Bytes one request may carry (default 4 MB, under Excel on the web's 5 MB). */
  readonly maxRequestBytes?: number;
  /** Called after each sync of the writes: chunks done and in all. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * What the workbook holds, when the caller has just read it in the same action (the summary
   * reads it with the KPI table): saves the inspecting sync.
   */
  readonly info?: WorkbookInfo;
}

export interface WrittenSheet {
  readonly role: SheetRole;
  /** The name the plan asked for and the name written (different when that was in use). */
  readonly planned: string;
  readonly name: string;
  readonly replaced: boolean;
}

export interface ApplyResult {
  readonly sheets: readonly WrittenSheet[];
  readonly renames: Renames;
  /** context.sync calls made by this call. */
  readonly syncs: number;
}

/** One queued step of a plan with its estimated request bytes. */
interface Op {
  readonly bytes: number;
  readonly queue: () => void;
}

/** Column width from characters of the default font to points (Calibri 11: 7 px a character + 5 px padding). */
export function widthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Chooses names so nothing of the user's is overwritten, and which sheets to replace. */
function resolve(plan: WorkbookPlan, info: WorkbookInfo, replaceWanted: readonly string[]) {
  const replaced = new Map<string, SheetInfo>(); // plan sheet name → the existing sheet it replaces
  for (const sheet of plan.sheets) {
    const existing = info.sheets.find((s) => same(s.name, sheet.name));
    if (existing === undefined || !replaceWanted.some((r) => same(r, existing.name))) continue;
    const marked = info.marks.some(
      (m) => m.role === sheet.role && m.sheet !== undefined && same(m.sheet, existing.name),
    );
    if (marked) replaced.set(sheet.name, existing);
  }
  const goingAway = (sheet: string): boolean => [...replaced.values()].some((s) => same(s.name, sheet));

  const sheetRenames = new Map<string, string>();
  const takenSheets = new Set(info.sheets.filter((s) => !goingAway(s.name)).map((s) => s.name));
  for (const sheet of plan.sheets) {
    const name = replaced.has(sheet.name) ? sheet.name : freeSheetName(sheet.name, takenSheets);
    takenSheets.add(name);
    if (name !== sheet.name) sheetRenames.set(sheet.name, name);
  }

  // the plan's own names that point into a sheet being replaced are made again; any other name
  // there is the user's and stays (the sheet is emptied, not deleted, so it keeps pointing there)
  const namesGoing = info.names.filter((n) => {
    const target = splitRef(n.formula);
    return target !== undefined && goingAway(target) && plan.names.some((d) => same(d.name, n.name));
  });
  const identifiers = new Set([
    ...info.tables.filter((t) => !goingAway(t.sheet)).map((t) => t.name),
    ...info.names.filter((n) => !namesGoing.includes(n)).map((n) => n.name),
  ]);
  // one suffix for all of the plan's tables and names (KpiTable_2 with KpiGradeLabel_2), so a
  // later summary of that table finds the settings names that belong to it
  const planIdentifiers = [
    ...plan.sheets.flatMap((s) => s.tables.map((t) => t.name)),
    ...plan.names.map((d) => d.name),
  ];
  const suffix = commonSuffix(planIdentifiers, identifiers);
  const tableRenames = new Map<string, string>();
  for (const table of plan.sheets.flatMap((s) => s.tables)) {
    if (suffix !== "") tableRenames.set(table.name, table.name + suffix);
  }
  const nameRenames = new Map<string, string>();
  for (const defined of plan.names) {
    if (suffix !== "") nameRenames.set(defined.name, defined.name + suffix);
  }
  return {
    replaced,
    namesGoing,
    renames: { sheets: sheetRenames, tables: tableRenames, names: nameRenames } as Renames,
    takenSheets,
    identifiers,
  };
}

/** The sheet a reference formula (=Sheet!$A$1:$B$2) points at, if it names one. */
function splitRef(formula: string): string | undefined {
  const text = formula.replace(/^=\s*/, "");
  if (!/^('([^']|'')+'|[^'!(),"]+)!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/iu.test(text)) return undefined;
  return splitSheetAddress(text).sheet;
}

/** The block's cells as Range.formulas input and its number formats (null = leave General). */
function blockGrids(block: Block): {
  inputs: (string | number)[][];
  formats: (string | null)[][] | undefined;
  columns: number;
} {
  const columns = Math.max(0, ...block.cells.map((r) => r.length));
  const inputs = block.cells.map((row) => {
    const out: (string | number)[] = row.map(cellInput);
    while (out.length < columns) out.push("");
    return out;
  });
  let any = false;
  const formats = block.cells.map((row, r) => {
    const out: (string | null)[] = [];
    for (let c = 0; c < columns; c++) {
      const f = block.numberFormats?.[r]?.[c];
      const format = f === undefined || f === "" || f === "General" ? null : f;
      if (format !== null) any = true;
      out.push(format);
    }
    return out;
  });
  return { inputs, formats: any ? formats : undefined, columns };
}

/** The steps that write one sheet; `sheet` gives the worksheet proxy made by an earlier step. */
function sheetOps(plan: SheetPlan, sheet: () => Excel.Worksheet, budget: number): Op[] {
  const ops: Op[] = [];
  const small = (queue: () => void): Op => ({ bytes: operationOverhead, queue });

  // tables first, over the empty cells: the header values written next name their columns, so
  // the body's structured references are valid when they arrive
  for (const table of plan.tables) {
    ops.push(
      small(() => {
        const t = sheet().tables.add(sheet().getRange(table.range), true);
        t.name = table.name;
        t.style = table.style;
      }),
    );
  }

  for (const block of plan.blocks) {
    const { inputs, formats, columns } = blockGrids(block);
    if (columns === 0 || inputs.length === 0) continue;
    const top = parseCell(block.at);
    const rowBytes = inputs.map((row, r) => {
      let bytes = 3;
      for (const v of row) bytes += entryBytes(v);
      if (formats !== undefined) for (const f of formats[r]) bytes += entryBytes(f);
      return bytes;
    });
    let offset = 0;
    for (const rows of chunkRows(rowBytes, budget - 2 * operationOverhead)) {
      const start = offset;
      const bytes = rowBytes.slice(start, start + rows).reduce((a, b) => a + b, 2 * operationOverhead);
      ops.push({
        bytes,
        queue: () => {
          const range = sheet().getRange(rectAddress({ row: top.row + start, column: top.column }, rows, columns));
          if (formats !== undefined) range.numberFormat = formats.slice(start, start + rows);
          range.formulas = inputs.slice(start, start + rows);
        },
      });
      offset += rows;
    }
    if (block.bold === true || block.fill !== undefined || block.wrap === true) {
      ops.push(
        small(() => {
          const range = sheet().getRange(rectAddress(top, inputs.length, columns));
          if (block.bold === true) range.format.font.bold = true;
          if (block.fill !== undefined) range.format.fill.color = block.fill;
          if (block.wrap === true) range.format.wrapText = true;
        }),
      );
    }
  }

  if (plan.columns.length > 0) {
    ops.push({
      bytes: operationOverhead * plan.columns.length,
      queue: () => {
        for (const c of plan.columns)
          sheet().getRange(`${c.column}:${c.column}`).format.columnWidth = widthPoints(c.width);
      },
    });
  }

  const { rows, columns } = plan.freeze;
  if (rows > 0 || columns > 0) {
    ops.push(
      small(() => {
        const panes = sheet().freezePanes;
        if (rows > 0 && columns > 0)
          panes.freezeAt(sheet().getRange(rectAddress({ row: 0, column: 0 }, rows, columns)));
        else if (rows > 0) panes.freezeRows(rows);
        else panes.freezeColumns(columns);
      }),
    );
  }

  for (const cf of plan.conditionalFormats) {
    ops.push(
      small(() => {
        const format = sheet().getRange(cf.range).conditionalFormats.add("Custom");
        format.custom.rule.formula = cf.formula;
        format.custom.format.fill.color = cf.fill;
        format.custom.format.font.color = cf.fontColor;
      }),
    );
  }

  for (const v of plan.validations) {
    const source = typeof v.source === "string" ? v.source : listSource(v.source);
    ops.push(
      small(() => {
        sheet().getRange(v.range).dataValidation.rule = { list: { inCellDropDown: true, source } };
      }),
    );
  }

  // input rules with a Stop alert (ExcelApi 1.8, as the drop-down lists above)
  for (const v of plan.customValidations ?? []) {
    ops.push(
      small(() => {
        const validation = sheet().getRange(v.range).dataValidation;
        validation.rule = { custom: { formula: v.formula } };
        validation.errorAlert = { title: v.errorTitle, message: v.errorMessage, style: "Stop", showAlert: true };
      }),
    );
  }

  // page setup rides in the same request; hosts without ExcelApi 1.9 print with their defaults
  const print = plan.print;
  if (print !== undefined && pageLayoutSupported()) {
    ops.push(
      small(() => {
        const layout = sheet().pageLayout;
        // the string values of Excel.PageOrientation: the Excel namespace is not loaded in tests
        layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        // one page wide, as many tall as needed (0 = automatic)
        if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (print.titleRows !== undefined) layout.setPrintTitleRows(print.titleRows);
      }),
    );
  }
  return ops;
}

/** Whether the host has Excel.PageLayout (ExcelApi 1.9). Outside Office (tests, bench) the adapter's caller decides. */
function pageLayoutSupported(): boolean {
  if (typeof Office === "undefined") return true;
  return Office.context.requirements.isSetSupported("ExcelApi", "1.9");
}

/** A literal drop-down list: comma-separated, so an item may not hold a comma. */
function listSource(items: readonly string[]): string {
  const bad = items.find((i) => i.includes(","));
  if (bad !== undefined) throw new Error(`a drop-down item may not contain a comma: "${bad}"`);
  return items.join(",");
}

/**
 * Writes a workbook plan. Sheet, table and name clashes with what the workbook holds are
 * resolved by renaming the plan's own (KPI → KPI (2)); an existing sheet is replaced only when
 * it is in `options.replace` and the add-in made it with the same role.
 */
export async function applyWorkbookPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const budget = options.maxRequestBytes ?? defaultRequestBudget;
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };

  let info = options.info;
  if (info === undefined) {
    const read = queueInspect(context);
    await sync();
    info = read();
  }

  const { replaced, namesGoing, renames, identifiers } = resolve(plan, info, options.replace ?? []);
  const final = renamePlan(plan, renames);
  const workbook = context.workbook;
  const proxies = new Map<string, Excel.Worksheet>();
  const proxy = (name: string) => (): Excel.Worksheet => {
    const p = proxies.get(name);
    if (p === undefined) throw new Error(`sheet "${name}" was not created`);
    return p;
  };
  const ops: Op[] = [];
  const small = (queue: () => void): Op => ({ bytes: operationOverhead, queue });

  // make the sheets. A replaced sheet is emptied and written again, never deleted: formulas on
  // the user's own sheets and names that point into it (='目標別まとめ'!F5) keep working, where
  // deleting the sheet would turn them into #REF!
  final.sheets.forEach((sheet, i) => {
    const old = replaced.get(plan.sheets[i].name);
    ops.push(
      small(() => {
        if (old === undefined) {
          proxies.set(sheet.name, workbook.worksheets.add(sheet.name));
          return;
        }
        const existing = workbook.worksheets.getItem(old.name);
        for (const t of info.tables) if (same(t.sheet, old.name)) workbook.tables.getItem(t.name).delete();
        existing.freezePanes.unfreeze();
        const all = existing.getRange();
        all.conditionalFormats.clearAll();
        all.dataValidation.clear();
        all.clear("All");
        proxies.set(sheet.name, existing);
      }),
    );
  });
  const oldMarks = info.marks.filter(
    (m) => m.sheet === undefined || [...replaced.values()].some((s) => same(s.name, m.sheet ?? "")),
  );
  const staleNames = [...oldMarks.map((m) => m.name), ...namesGoing.map((n) => n.name)];
  if (staleNames.length > 0) {
    ops.push(small(() => [...new Set(staleNames)].forEach((n) => workbook.names.getItem(n).delete())));
  }
  if (final.names.length > 0) {
    ops.push({
      bytes: operationOverhead * final.names.length,
      queue: () => final.names.forEach((d) => workbook.names.add(d.name, d.refersTo)),
    });
  }
  for (const sheet of final.sheets) ops.push(...sheetOps(sheet, proxy(sheet.name), budget));

  // marks last: the add-in made these sheets and may replace them later, after asking
  const markNames = new Set([...identifiers].filter((n) => !staleNames.includes(n)));
  const marks = final.sheets.map((sheet) => {
    const name = newMarkName(sheet.role, markNames);
    markNames.add(name);
    return { name, sheet: sheet.name };
  });
  ops.push({
    bytes: operationOverhead * marks.length,
    queue: () => {
      for (const m of marks) {
        const item = workbook.names.add(m.name, markFormula(m.sheet), "KPI Sheets: made by the add-in");
        item.visible = false;
      }
      if (final.sheets.length > 0) proxy(final.sheets[0].name)().activate();
    },
  });

  // batches: as many steps as fit the budget, one sync each
  const batches: Op[][] = [[]];
  let bytes = 0;
  for (const op of ops) {
    const current = batches[batches.length - 1];
    if (current.length > 0 && bytes + op.bytes > budget) {
      batches.push([op]);
      bytes = op.bytes;
    } else {
      current.push(op);
      bytes += op.bytes;
    }
  }
  for (let b = 0; b < batches.length; b++) {
    for (const op of batches[b]) op.queue();
    await sync();
    options.onProgress?.(b + 1, batches.length);
  }

  return {
    sheets: final.sheets.map((sheet, i) => ({
      role: sheet.role,
      planned: plan.sheets[i].name,
      name: sheet.name,
      replaced: replaced.has(plan.sheets[i].name),
    })),
    renames,
    syncs,
  };
}

/** Writes one sheet plan (with no defined names) under the same rules. */
export function applySheetPlan(
  context: Excel.RequestContext,
  sheet: SheetPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  return applyWorkbookPlan(context, { sheets: [sheet], names: [] }, options);
}

/** A sheet name as people read it in an address: plain when it can be, quoted otherwise. */
export function sheetRef(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : quoteSheet(name);
}

export interface KpiTableRead {
  readonly read: PlanRead;
  readonly sheet: string;
  readonly table: string;
  /** The table's whole range, e.g. KPI!A4:AF80. */
  readonly address: string;
  /** What the workbook held when it was read (sheets, marks), for deciding what to replace. */
  readonly info: WorkbookInfo;
  readonly syncs: number;
}

export interface ReadOptions {
  /** Bytes one response may carry (default 4 MB, under Excel on the web's 5 MB). */
  readonly maxResponseBytes?: number;
}

/** Bytes a cell's value is assumed to take in a response when sizing reads. */
const responseCellBytes = 48;
/** Columns assumed for the first read, before the table's width is known. */
const assumedColumns = 64;

export const noKpiTable = new LocalizedError({
  ja: "KPIシートの表が見つかりません。先に「KPIシートを作成」を実行するか、KPIの表があるシートを選んでください。",
  en: "No KPI table was found. Create a KPI sheet first, or select the sheet that holds the KPI table.",
});

/** Which table holds the KPIs: on the active sheet if the add-in made it, else the first KPI sheet's, else the active sheet's. */
export function chooseKpiTable(info: WorkbookInfo): { name: string; sheet: string } | undefined {
  const kpiSheets = sheetsWithRole(info, "kpi");
  const on = (sheet: string) => info.tables.find((t) => same(t.sheet, sheet));
  if (kpiSheets.some((s) => same(s, info.activeSheet))) return on(info.activeSheet);
  for (const sheet of kpiSheets) {
    const table = on(sheet);
    if (table !== undefined) return table;
  }
  return on(info.activeSheet);
}

/**
 * Reads the KPI table back: one sync finds it, the next reads its header and rows together (a
 * table too large for one response is read in row chunks, one sync each). Problems name the
 * sheet cell, e.g. KPI!F12.
 */
export async function readKpiTable(context: Excel.RequestContext, options: ReadOptions = {}): Promise<KpiTableRead> {
  const budget = options.maxResponseBytes ?? defaultRequestBudget;
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };
  const inspect = queueInspect(context);
  await sync();
  const info = inspect();
  const chosen = chooseKpiTable(info);
  if (chosen === undefined) throw noKpiTable;

  const table = context.workbook.tables.getItem(chosen.name);
  const whole = table.getRange().load("address");
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("address,rowCount,columnCount");
  const firstRows = Math.max(1, Math.floor(budget / (assumedColumns * responseCellBytes)));
  const first = body.getIntersection(body.getRow(0).getResizedRange(firstRows - 1, 0)).load("values");
  await sync();

  const rows: unknown[][] = [...first.values];
  const perChunk = Math.max(1, Math.floor(budget / (Math.max(1, body.columnCount) * responseCellBytes)));
  for (let start = rows.length; start < body.rowCount; start += perChunk) {
    const count = Math.min(perChunk, body.rowCount - start);
    const chunk = body
      .getRow(start)
      .getResizedRange(count - 1, 0)
      .load("values");
    await sync();
    rows.push(...chunk.values);
  }

  const { sheet, topLeft } = splitSheetAddress(body.address);
  const ref = sheetRef(sheet);
  const read = readPlanTable(header.values[0] ?? [], rows, (row, column) => {
    const r = row < 0 ? topLeft.row : topLeft.row + row + 1;
    const c = topLeft.column + (column ?? 0);
    const address = `${ref}!${columnLetter(c)}${r}`;
    return { ja: address, en: address };
  });
  return { read, sheet, table: chosen.name, address: whole.address, info, syncs };
}
