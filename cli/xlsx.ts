/**
 * Writes a WorkbookPlan to an .xlsx file with ExcelJS: the same sheet plans the task pane applies,
 * with tables, number formats, conditional formats, list and custom validations, frozen panes,
 * page setup and names.
 * Each formula carries the value the engine gives it as its cached result, so a viewer that does
 * not calculate (a mail preview, Protected View, a phone, pandas) shows the right numbers; the
 * workbook still asks for a full calculation on load, so Excel and LibreOffice compute every
 * number themselves when the file is opened. Custom functions are stored as Excel stores them
 * (fileFormula), an array formula as one (t="array" over its own cell), a formula column copied
 * down as one shared formula (xlsxCells). A table's body, which can hold 100,000 rows, is written
 * beside ExcelJS (tableRows.ts) into the package it wrote (xlsxPackage.ts), in the cell formats
 * ExcelJS made for a sample cell of each look.
 * Text is written as XML can hold it (xlsxText), and text that starts like a formula carries
 * Excel's quote prefix (quotePrefix), so editing its cell never turns it into one.
 */
import ExcelJS from "exceljs";
import { Block, parseCell, cellAddress, Protection, SheetPlan, WorkbookPlan } from "../src/sheets";
import { applyPageSetup, applyRowLayout } from "./pageSetup";
import { blockValues, CellValue } from "./xlsxCells";
import { applyLook, argb, lookOf, markInput } from "./xlsxLooks";
import { BodyPart, finishPackage } from "./xlsxPackage";
import { addTables, bodyPart, TableBody, tableBody } from "./xlsxTables";
import { TextRemoval, xlsxText } from "./xlsxText";

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

/** The blocks of a sheet with their values (blockValues), and the value at a cell (a later block's over an earlier one's). */
function sheetValues(blocks: readonly Block[]): {
  readonly values: CellValue[][][];
  readonly at: (row: number, column: number) => CellValue;
} {
  const values = blocks.map(blockValues);
  const origins = blocks.map((block) => parseCell(block.at));
  const at = (row: number, column: number): CellValue => {
    for (let b = blocks.length - 1; b >= 0; b--) {
      const value = values[b][row - origins[b].row]?.[column - origins[b].column];
      if (value !== undefined) return value;
    }
    return null;
  };
  return { values, at };
}

/** What the writer tells about the workbook: the characters it had to remove, by cell. */
interface WriteNotes {
  readonly removals: TextRemoval[];
  /** Whether some text cell carries the quote-prefix mark. */
  quoted: boolean;
}

function writeBlock(ws: ExcelJS.Worksheet, block: Block, values: CellValue[][], notes: WriteNotes): void {
  const origin = parseCell(block.at);
  block.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = ws.getCell(origin.row + r + 1, origin.column + c + 1);
      target.value = values[r][c];
      if (cell.kind === "text") {
        const { removed } = xlsxText(cell.text);
        if (removed.length > 0) notes.removals.push({ sheet: ws.name, address: target.address, removed });
      }
      const look = lookOf(block, r, c, cell, undefined);
      if (look.quoted) notes.quoted = true;
      applyLook(target, block, look);
    }),
  );
}

/**
 * Every cell locked but the inputs, which are unlocked and shaded; the password only when one is
 * given. A table body written beside ExcelJS has its inputs in its looks instead.
 */
function protect(ws: ExcelJS.Worksheet, protection: Protection, body: TableBody | undefined): void {
  for (const input of protection.inputs) {
    const [from, to = from] = input.range.split(":");
    const a = parseCell(from);
    const b = parseCell(to);
    for (let r = a.row; r <= b.row; r++)
      for (let c = a.column; c <= b.column; c++)
        if (body?.holds(r, c) !== true) markInput(ws.getCell(r + 1, c + 1), input.fill);
  }
  // ExcelJS sets the protection before the promise settles; it only waits to hash a password
  void ws.protect(protection.password ?? "", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });
}

function writeSheet(wb: ExcelJS.Workbook, plan: SheetPlan, notes: WriteNotes, bodies: BodyPart[]): void {
  const { rows, columns } = plan.freeze;
  const ws = wb.addWorksheet(plan.name, {
    views: rows > 0 || columns > 0 ? [{ state: "frozen", xSplit: columns, ySplit: rows }] : [],
  });
  const body = tableBody(plan);
  const written = plan.blocks.filter((block) => block !== body?.block);
  const { values, at } = sheetValues(written);
  // Tables first: ExcelJS writes a table's header and rows into the cells itself.
  addTables(ws, plan, at, body);
  for (const block of plan.blocks) {
    if (block !== body?.block) writeBlock(ws, block, values[written.indexOf(block)], notes);
    else {
      notes.removals.push(...body.looks.removals);
      if (body.looks.looks.some((look) => look.quoted)) notes.quoted = true;
      bodies.push(bodyPart(ws, plan, body));
    }
  }
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
  if (plan.protection !== undefined) protect(ws, plan.protection, body);
  if (plan.hidden === true) ws.state = "hidden";
  if (plan.print !== undefined) {
    const { orientation, fitToWidth, titleRows } = plan.print;
    ws.pageSetup.orientation = orientation;
    if (fitToWidth) Object.assign(ws.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    if (titleRows !== undefined) ws.pageSetup.printTitlesRow = titleRows.replace(/\$/g, "");
    applyPageSetup(ws, plan.print);
  }
  applyRowLayout(ws, plan);
}

/** The ExcelJS workbook of a plan (without the quote prefix, which ExcelJS cannot write). */
function workbookOf(plan: WorkbookPlan, notes: WriteNotes, bodies: BodyPart[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "KPI Sheets";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) writeSheet(wb, sheet, notes, bodies);
  for (const name of plan.names) wb.definedNames.add(name.refersTo.replace(/^=/, ""), name.name);
  return wb;
}

/** The .xlsx bytes of a plan, and the characters removed from its text, by cell. */
export async function xlsxFile(plan: WorkbookPlan): Promise<{ bytes: Uint8Array; removals: readonly TextRemoval[] }> {
  const notes: WriteNotes = { removals: [], quoted: false };
  const bodies: BodyPart[] = [];
  const data = await workbookOf(plan, notes, bodies).xlsx.writeBuffer();
  // bytes, not a Node Buffer: the task pane writes department files with this writer in the browser
  const bytes = await finishPackage(new Uint8Array(data), bodies, notes.quoted);
  return { bytes, removals: notes.removals };
}

/** The .xlsx bytes of a plan. */
export async function xlsxBytes(plan: WorkbookPlan): Promise<Uint8Array> {
  return (await xlsxFile(plan)).bytes;
}
