/**
 * A sheet's tables as ExcelJS writes them, and the one table body written beside ExcelJS
 * (tableRows.ts): the block that fills a table's data rows exactly. ExcelJS gets that table
 * with as many rows as it takes to hold one sample cell of each look of the body (so the cell
 * formats exist in its styles); the body's rows replace them in the package (xlsxPackage.ts).
 */
import ExcelJS from "exceljs";
import { Block, cellAddress, parseCell, Protection, SheetPlan, TablePlan } from "../src/sheets";
import { BodyLooks, bodyLooks, bodyRows, blockWidth } from "./tableRows";
import { CellValue } from "./xlsxCells";
import { applyLook } from "./xlsxLooks";
import { BodyPart } from "./xlsxPackage";

/** A table whose data rows are one block of the plan. */
export interface TableBody {
  readonly table: TablePlan;
  readonly block: Block;
  readonly looks: BodyLooks;
  /** 0-based, the body's top-left cell. */
  readonly top: { readonly row: number; readonly column: number };
  readonly rows: number;
  readonly width: number;
  /** Whether the body holds the cell (0-based row and column). */
  holds(row: number, column: number): boolean;
}

const corners = (range: string): { a: { row: number; column: number }; b: { row: number; column: number } } => {
  const [from, to = from] = range.split(":");
  return { a: parseCell(from), b: parseCell(to) };
};

/** The fill of the input range holding a cell (0-based), if any: the last one given, as protect applies them. */
function inputFill(protection: Protection | undefined, row: number, column: number): string | undefined {
  let fill: string | undefined;
  for (const input of protection?.inputs ?? []) {
    const { a, b } = corners(input.range);
    if (row >= a.row && row <= b.row && column >= a.column && column <= b.column) fill = input.fill;
  }
  return fill;
}

/** The body of the sheet's first table whose data rows are exactly one of its blocks. */
export function tableBody(plan: SheetPlan): TableBody | undefined {
  for (const table of plan.tables) {
    const { a, b } = corners(table.range);
    const block = plan.blocks.find((k) => {
      const at = parseCell(k.at);
      return (
        at.row === a.row + 1 &&
        at.column === a.column &&
        k.cells.length === b.row - a.row &&
        k.cells.every((row) => row.length === b.column - a.column + 1)
      );
    });
    if (block === undefined || b.row === a.row) continue;
    const top = { row: a.row + 1, column: a.column };
    const rows = block.cells.length;
    const width = blockWidth(block);
    return {
      table,
      block,
      looks: bodyLooks(plan.name, block, (r, c) => inputFill(plan.protection, top.row + r, top.column + c)),
      top,
      rows,
      width,
      holds: (row, column) =>
        row >= top.row && row < top.row + rows && column >= top.column && column < top.column + width,
    };
  }
  return undefined;
}

/** Rows of the sample cells: one cell per look, row by row across the body's width. */
const sampleRows = (body: TableBody): number => Math.max(1, Math.ceil(body.looks.looks.length / body.width));

/** Adds the sheet's tables; `at` gives a cell's value from the blocks ExcelJS writes. */
export function addTables(
  ws: ExcelJS.Worksheet,
  plan: SheetPlan,
  at: (row: number, column: number) => CellValue,
  body: TableBody | undefined,
): void {
  for (const table of plan.tables) {
    const { a, b } = corners(table.range);
    const columnsDef: ExcelJS.TableColumnProperties[] = [];
    for (let c = a.column; c <= b.column; c++) {
      const head = at(a.row, c);
      const name = typeof head === "string" ? head : `Column${c - a.column + 1}`;
      columnsDef.push({ name, filterButton: true });
    }
    const last = body?.table === table ? a.row + sampleRows(body) : b.row;
    const tableRows: CellValue[][] = [];
    for (let r = a.row + 1; r <= last; r++) {
      const row: CellValue[] = [];
      for (let c = a.column; c <= b.column; c++) row.push(body?.table === table ? null : at(r, c));
      tableRows.push(row);
    }
    ws.addTable({
      name: table.name,
      ref: cellAddress(a.row, a.column),
      headerRow: true,
      style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: columnsDef,
      rows: tableRows,
    });
  }
}

/** Gives the body's sample cells their looks; what the package needs to write the body in. */
export function bodyPart(ws: ExcelJS.Worksheet, plan: SheetPlan, body: TableBody): BodyPart {
  const samples = body.looks.looks.map((look, i) => {
    const r = Math.floor(i / body.width);
    const c = i % body.width;
    const cell = ws.getCell(body.top.row + r + 1, body.top.column + c + 1);
    applyLook(cell, body.block, look);
    return cell.address;
  });
  const { a, b } = corners(body.table.range);
  const heights = new Map((plan.rowHeights ?? []).map((h) => [h.row, h.height]));
  return {
    // ExcelJS names each worksheet's part by the sheet's id, in the order they were added
    sheetPart: `xl/worksheets/sheet${ws.id}.xml`,
    table: body.table.name,
    tableRef: `${cellAddress(a.row, a.column)}:${cellAddress(b.row, b.column)}`,
    firstRow: body.top.row + 1,
    lastRow: body.top.row + body.rows,
    samples,
    rows: (styles, firstShared, strings) =>
      bodyRows(body.block, body.looks, { sheet: plan.name, styles, strings, firstShared, heights }),
  };
}
