/**
 * Bench-only: the .xlsx writer as it was before formulas were shared (cli/xlsx.ts at 5c12e31),
 * kept unchanged so that cli.bench.ts times today's writer beside it in the same run.
 * Not used by the product.
 */
/**
 * Writes a WorkbookPlan to an .xlsx file with ExcelJS: the same sheet plans the task pane applies,
 * with tables, number formats, conditional formats, list and custom validations, frozen panes,
 * page setup and names.
 * Each formula carries the value the engine gives it as its cached result, so a viewer that does
 * not calculate (a mail preview, Protected View, a phone, pandas) shows the right numbers; the
 * workbook still asks for a full calculation on load, so Excel and LibreOffice compute every
 * number themselves when the file is opened. Custom functions are stored as Excel stores them
 * (fileFormula), an array formula as one (t="array" over its own cell).
 * Text is written as XML can hold it (xlsxText), and text that starts like a formula carries
 * Excel's quote prefix (quotePrefix), so editing its cell never turns it into one.
 */
import ExcelJS from "exceljs";
import { Block, CachedValue, Cell, parseCell, cellAddress, SheetPlan, WorkbookPlan } from "../../src/sheets";
import { fileFormula } from "../../cli/fileFormula";
import { applyQuotePrefix, quotePrefixMark } from "../../cli/quotePrefix";
import { formulaLike, TextRemoval, xlsxText } from "../../cli/xlsxText";

type CellValue = ExcelJS.CellValue;

/**
 * A plan cell at `address` as an ExcelJS value: text stays a string (never a formula), formulas
 * lose their "=" and carry `cached` as their result when it is known.
 */
/** ExcelJS writes array formulas from these two fields, which its type declarations leave out. */
interface ArrayFormulaValue extends ExcelJS.CellFormulaValue {
  readonly shareType: "array";
  readonly ref: string;
}

export function cellValue(cell: Cell, address: string, cached?: CachedValue): CellValue {
  switch (cell.kind) {
    case "text":
      return xlsxText(cell.text).text;
    case "number":
      return cell.value;
    case "formula": {
      const result = typeof cached === "string" ? xlsxText(cached).text : cached;
      const formula = fileFormula(cell.formula.replace(/^=/, ""));
      if (cell.array !== true) return { formula, result, date1904: false };
      const arrayFormula: ArrayFormulaValue = { formula, result, shareType: "array", ref: address };
      return arrayFormula;
    }
    case "empty":
      return null;
    case "copiedDown":
      // the bench gives this writer plans with every copy written out (ownBlock), as plans were
      throw new Error("the reference writer takes plans without copied cells");
  }
}

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/**
 * A range as ExcelJS keys range-level rules: "C5:C66" with its corners in order, or one cell.
 * ExcelJS looks a range key up by exactly this form and fails on any other.
 */
function rangeKey(range: string): string {
  const [from, to = from] = range.split(":");
  const a = parseCell(from);
  const b = parseCell(to);
  const top = cellAddress(Math.min(a.row, b.row), Math.min(a.column, b.column));
  const bottom = cellAddress(Math.max(a.row, b.row), Math.max(a.column, b.column));
  return top === bottom ? top : `${top}:${bottom}`;
}

/** The value of the cells of the blocks, by address, so tables can be given their rows. */
function cellMap(blocks: readonly Block[]): Map<string, CellValue> {
  const map = new Map<string, CellValue>();
  for (const block of blocks) {
    const origin = parseCell(block.at);
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const address = cellAddress(origin.row + r, origin.column + c);
        map.set(address, cellValue(cell, address, block.values?.[r]?.[c]));
      }),
    );
  }
  return map;
}

/** What the writer tells about the workbook: the characters it had to remove, by cell. */
interface WriteNotes {
  readonly removals: TextRemoval[];
  /** Whether some text cell carries the quote-prefix mark. */
  quoted: boolean;
}

function writeBlock(ws: ExcelJS.Worksheet, block: Block, notes: WriteNotes): void {
  const origin = parseCell(block.at);
  block.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = ws.getCell(origin.row + r + 1, origin.column + c + 1);
      target.value = cellValue(cell, target.address, block.values?.[r]?.[c]);
      if (cell.kind === "text") {
        const { removed } = xlsxText(cell.text);
        if (removed.length > 0) notes.removals.push({ sheet: ws.name, address: target.address, removed });
        if (formulaLike(cell.text)) {
          target.protection = { ...quotePrefixMark };
          notes.quoted = true;
        }
      }
      const format = block.numberFormats?.[r]?.[c];
      if (format !== undefined && format !== "General") target.numFmt = format;
      if (block.bold === true) target.font = { bold: true };
      if (block.fill !== undefined)
        target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(block.fill) } };
      if (block.wrap === true) target.alignment = { wrapText: true, vertical: "top" };
    }),
  );
}

function writeSheet(wb: ExcelJS.Workbook, plan: SheetPlan, notes: WriteNotes): void {
  const { rows, columns } = plan.freeze;
  const ws = wb.addWorksheet(plan.name, {
    views: rows > 0 || columns > 0 ? [{ state: "frozen", xSplit: columns, ySplit: rows }] : [],
  });
  const cells = cellMap(plan.blocks);
  // Tables first: ExcelJS writes a table's header and rows into the cells itself.
  for (const table of plan.tables) {
    const [from, to] = table.range.split(":");
    const a = parseCell(from);
    const b = parseCell(to);
    const at = (r: number, c: number): CellValue => cells.get(cellAddress(r, c)) ?? null;
    const columnsDef: ExcelJS.TableColumnProperties[] = [];
    for (let c = a.column; c <= b.column; c++) {
      const head = at(a.row, c);
      const name = typeof head === "string" ? head : `Column${c - a.column + 1}`;
      columnsDef.push({ name, filterButton: true });
    }
    const tableRows: CellValue[][] = [];
    for (let r = a.row + 1; r <= b.row; r++) {
      const row: CellValue[] = [];
      for (let c = a.column; c <= b.column; c++) row.push(at(r, c));
      tableRows.push(row);
    }
    ws.addTable({
      name: table.name,
      ref: from,
      headerRow: true,
      style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: columnsDef,
      rows: tableRows,
    });
  }
  for (const block of plan.blocks) writeBlock(ws, block, notes);
  for (const column of plan.columns) ws.getColumn(column.column).width = column.width;
  plan.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [cf.formula.replace(/^=/, "")],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
            font: { color: { argb: argb(cf.fontColor) } },
          },
        },
      ],
    });
  });
  // Each rule once over its whole range. Per-cell rules would be merged by ExcelJS, which sorts
  // the addresses as text (C10 before C5) and so writes C10:C66 beside C5:C66 (exceljs #2820):
  // two rules on one cell, which Excel refuses. A custom rule's formula is relative to the
  // range's top-left cell, which per-cell rules would also lose.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  for (const validation of plan.validations) {
    const formulae =
      typeof validation.source === "string"
        ? [validation.source.replace(/^=/, "")]
        : [`"${validation.source.map((v) => v.replace(/"/g, '""')).join(",")}"`];
    validations.add(rangeKey(validation.range), { type: "list", allowBlank: true, formulae });
  }
  for (const v of plan.customValidations ?? []) {
    validations.add(rangeKey(v.range), {
      type: "custom",
      allowBlank: true,
      formulae: [v.formula.replace(/^=/, "")],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: v.errorTitle,
      error: v.errorMessage,
    });
  }
  if (plan.print !== undefined) {
    const { orientation, fitToWidth, titleRows } = plan.print;
    ws.pageSetup.orientation = orientation;
    if (fitToWidth) Object.assign(ws.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    if (titleRows !== undefined) ws.pageSetup.printTitlesRow = titleRows.replace(/\$/g, "");
  }
}

/** The ExcelJS workbook of a plan (without the quote prefix, which ExcelJS cannot write). */
function workbookOf(plan: WorkbookPlan, notes: WriteNotes): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "KPI Sheets";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) writeSheet(wb, sheet, notes);
  for (const name of plan.names) wb.definedNames.add(name.refersTo.replace(/^=/, ""), name.name);
  return wb;
}

/** The .xlsx bytes of a plan, and the characters removed from its text, by cell. */
export async function xlsxFile(plan: WorkbookPlan): Promise<{ bytes: Uint8Array; removals: readonly TextRemoval[] }> {
  const notes: WriteNotes = { removals: [], quoted: false };
  const data = await workbookOf(plan, notes).xlsx.writeBuffer();
  const bytes = Buffer.from(data);
  return { bytes: notes.quoted ? await applyQuotePrefix(bytes) : bytes, removals: notes.removals };
}

/** The .xlsx bytes of a plan. */
export async function xlsxBytes(plan: WorkbookPlan): Promise<Uint8Array> {
  return (await xlsxFile(plan)).bytes;
}
