/**
 * A sheet plan's cells as ExcelJS values, each computed once.
 * A formula that is the one above it copied down (the same in relative form, as Excel copies)
 * is written as part of a shared formula: the top cell of the run holds the formula and the
 * range it covers, the cells below only its index and their own cached result, as Excel itself
 * saves a filled-down column. A KPI sheet's eleven formula columns are then stored once each
 * instead of once per row, which is most of the file's text and of the writer's time and memory.
 * Array formulas are never shared (Excel keeps them apart).
 */
import ExcelJS from "exceljs";
import { formulaShifter } from "../src/formula/shift";
import { Block, CachedValue, cellAddress, OwnCell, ownCells, parseCell } from "../src/sheets";
import { fileFormula } from "./fileFormula";
import { xlsxText } from "./xlsxText";

export type CellValue = ExcelJS.CellValue;

/** ExcelJS writes array formulas from these two fields, which its type declarations leave out. */
interface ArrayFormulaValue extends ExcelJS.CellFormulaValue {
  readonly shareType: "array";
  readonly ref: string;
}

const result = (cached: CachedValue | undefined): CachedValue | undefined =>
  typeof cached === "string" ? xlsxText(cached).text : cached;

/**
 * A plan cell at `address` as an ExcelJS value: text stays a string (never a formula), formulas
 * lose their "=" and carry `cached` as their result when it is known.
 */
export function cellValue(cell: OwnCell, address: string, cached?: CachedValue): CellValue {
  switch (cell.kind) {
    case "text":
      return xlsxText(cell.text).text;
    case "number":
      return cell.value;
    case "formula": {
      const formula = fileFormula(cell.formula.replace(/^=/, ""));
      if (cell.array !== true) return { formula, result: result(cached), date1904: false };
      const arrayFormula: ArrayFormulaValue = { formula, result: result(cached), shareType: "array", ref: address };
      return arrayFormula;
    }
    case "empty":
      return null;
  }
}

/** The top cell of a run of one formula copied down, and that formula moved by a number of rows. */
interface Run {
  readonly address: string;
  readonly row: number;
  readonly moved: (rows: number) => string;
}

/** The values of a block's cells, row by row, with formulas copied down written as shared formulas. */
export function blockValues(block: Block): CellValue[][] {
  const origin = parseCell(block.at);
  // per column of the block: the run the cell above belongs to
  const runs: (Run | undefined)[] = [];
  // a copied cell is its formula moved down, which the runs find again
  return ownCells(block).map((row, r) =>
    row.map((cell, c) => {
      const address = cellAddress(origin.row + r, origin.column + c);
      const cached = block.values?.[r]?.[c];
      if (cell.kind !== "formula" || cell.array === true) {
        runs[c] = undefined;
        return cellValue(cell, address, cached);
      }
      const run = runs[c];
      if (run !== undefined && run.moved(r - run.row) === cell.formula) {
        const shared: ExcelJS.CellSharedFormulaValue = { sharedFormula: run.address, result: result(cached) };
        return shared;
      }
      runs[c] = { address, row: r, moved: formulaShifter(cell.formula) };
      return cellValue(cell, address, cached);
    }),
  );
}
