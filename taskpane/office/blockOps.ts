/**
 * The operations that write one block of a sheet plan. Per column (the default): a formula
 * column that is one formula copied down is sent once, in its top row, and filled with
 * Range.copyFrom; number formats a column or several columns share are written once and copied
 * the same way. Per cell (the fallback, taken where the host lacks ExcelApi 1.9): every cell's
 * formula and number format, as before. Either way the cells end up the same.
 */
import { parseCell, rectAddress } from "../../src/formula/a1";
import { Block } from "../../src/sheets/sheetPlan";
import { BlockGrid, blockGrid, ColumnRun, filledColumns, FormatGroup, formatGroups } from "./blockColumns";
import { Op, smallOp, step } from "./batches";
import { entryBytes, operationOverhead } from "./payload";

/** How a block's cells are sent: formulas and formats once per column where they allow it, or every cell. */
export type WriteMode = "columns" | "cells";

/** What one copy costs in a request: the two ranges and the copy. */
const copyBytes = 3 * operationOverhead;

/** The bytes of a row's entries in a 2D array (its brackets are 3 more). */
const entriesBytes = (row: readonly (string | number | null)[]): number =>
  row.reduce((bytes: number, v) => bytes + entryBytes(v), 0);

type RangeAt = (row: number, column: number, rows: number, columns: number) => Excel.Range;

/** The runs worth filling: the formulas their rows below the top would carry cost more than a copy. */
function worthFilling(grid: BlockGrid, runs: readonly ColumnRun[]): ColumnRun[] {
  return runs.filter((run) => {
    let bytes = 0;
    for (let r = 1; r < grid.inputs.length && bytes <= copyBytes; r++)
      for (let c = run.first; c <= run.last; c++) bytes += entryBytes(grid.inputs[r][c]);
    return bytes > copyBytes;
  });
}

/** Request bytes of writing the groups' formats once and copying them, against every cell's. */
function groupsCheaper(grid: BlockGrid, groups: readonly FormatGroup[]): boolean {
  const perCell = (grid.formats ?? []).reduce((bytes, row) => bytes + entriesBytes(row), 0);
  let grouped = 0;
  for (const g of groups) {
    grouped += g.uniform ? operationOverhead + copyBytes : g.formats.reduce((b: number, f) => b + entryBytes(f) + 3, 0);
    grouped += g.copies.length * copyBytes;
  }
  return grouped < perCell;
}

/** Writes each group's source column, then copies it to the group's other columns. */
function formatOps(groups: readonly FormatGroup[], rows: number, range: RangeAt): Op[] {
  const ops: Op[] = [];
  for (const g of groups) {
    const top = g.formats[0] ?? null;
    if (g.uniform) {
      ops.push(
        step(operationOverhead + copyBytes, () => {
          range(0, g.source, 1, 1).numberFormat = [[top]];
          if (rows > 1) range(1, g.source, rows - 1, 1).copyFrom(range(0, g.source, 1, 1), "Formats");
        }),
      );
    } else {
      ops.push({
        kind: "rows",
        rowBytes: g.formats.map((f) => entryBytes(f) + 3),
        overhead: operationOverhead,
        queue: (start, count) => {
          range(start, g.source, count, 1).numberFormat = g.formats.slice(start, start + count).map((f) => [f]);
        },
      });
    }
    for (const run of g.copies) {
      ops.push(
        step(copyBytes, () =>
          range(0, run.first, rows, run.last - run.first + 1).copyFrom(range(0, g.source, rows, 1), "Formats"),
        ),
      );
    }
  }
  return ops;
}

/** The steps that write one block; `sheet` gives the worksheet proxy made by an earlier step. */
export function blockOps(block: Block, sheet: () => Excel.Worksheet, mode: WriteMode): Op[] {
  const grid = blockGrid(block);
  const { columns } = grid;
  const rows = grid.inputs.length;
  if (columns === 0 || rows === 0) return [];
  const top = parseCell(block.at);
  const range: RangeAt = (row, column, height, width) =>
    sheet().getRange(rectAddress({ row: top.row + row, column: top.column + column }, height, width));

  let fills: ColumnRun[] = [];
  let groups: FormatGroup[] | undefined;
  switch (mode) {
    case "columns": {
      fills = worthFilling(grid, filledColumns(grid));
      const all = formatGroups(grid);
      groups = groupsCheaper(grid, all) ? all : undefined;
      break;
    }
    case "cells":
      break;
  }

  // the filled columns' rows below the top are left empty for the copy to fill
  const inputs = grid.inputs.map((row, r) => {
    if (r === 0 || fills.length === 0) return row;
    const out = [...row];
    for (const run of fills) for (let c = run.first; c <= run.last; c++) out[c] = "";
    return out;
  });
  // formats written per cell go with the values; grouped ones before them, onto empty cells,
  // so a format copy carries nothing but the number format
  const cellFormats = groups === undefined ? grid.formats : undefined;
  const ops: Op[] = groups === undefined ? [] : formatOps(groups, rows, range);
  ops.push({
    kind: "rows",
    rowBytes: inputs.map(
      (row, r) => 3 + entriesBytes(row) + (cellFormats === undefined ? 0 : entriesBytes(cellFormats[r])),
    ),
    overhead: 2 * operationOverhead,
    queue: (start, count) => {
      const target = range(start, 0, count, columns);
      if (cellFormats !== undefined) target.numberFormat = cellFormats.slice(start, start + count);
      target.formulas = inputs.slice(start, start + count);
    },
  });
  for (const run of fills) {
    const width = run.last - run.first + 1;
    ops.push(
      step(copyBytes, () => range(1, run.first, rows - 1, width).copyFrom(range(0, run.first, 1, width), "Formulas")),
    );
  }

  if (block.bold === true || block.fill !== undefined || block.wrap === true || block.fontSize !== undefined) {
    ops.push(
      smallOp(() => {
        const all = range(0, 0, rows, columns);
        if (block.bold === true) all.format.font.bold = true;
        if (block.fontSize !== undefined) all.format.font.size = block.fontSize;
        if (block.fill !== undefined) all.format.fill.color = block.fill;
        if (block.wrap === true) all.format.wrapText = true;
      }),
    );
  }
  return ops;
}
