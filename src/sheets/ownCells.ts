/**
 * A block's cells with each copied-down formula written out in its own row, as Excel shows the
 * cells once filled down: for a writer that sends every cell (the pane's per-cell fallback), for
 * readers of a plan, and for comparing plans cell by cell.
 */
import { formulaShifter } from "../formula/shift";
import { Block, Cell, OwnCell } from "./sheetPlan";

type FormulaCell = Extract<Cell, { readonly kind: "formula" }>;

/** The formula a column's copies are moved from, and the row (within the block) it stands in. */
interface Source {
  readonly cell: FormulaCell;
  readonly row: number;
  shift?: (rows: number) => string;
}

/** The formula of a copied cell `row` rows into the block, moved from its source. */
function moved(source: Source, row: number): FormulaCell {
  source.shift ??= formulaShifter(source.cell.formula);
  const formula = source.shift(row - source.row);
  return source.cell.array === true ? { kind: "formula", formula, array: true } : { kind: "formula", formula };
}

/** The block's cells, every copied one as the formula it holds in its own row. */
export function ownCells(block: Block): OwnCell[][] {
  const sources: (Source | undefined)[] = [];
  return block.cells.map((row, r) =>
    row.map((cell, c): OwnCell => {
      switch (cell.kind) {
        case "formula":
          sources[c] = { cell, row: r };
          return cell;
        case "copiedDown": {
          const source = sources[c];
          if (source === undefined)
            throw new Error(`${block.at}: a copied cell (row ${r + 1}, column ${c + 1}) has no formula above it`);
          return moved(source, r);
        }
        case "text":
        case "number":
        case "empty":
          sources[c] = undefined;
          return cell;
        default:
          return cell satisfies never;
      }
    }),
  );
}

/** The block with every copied cell written out (ownCells). */
export function ownBlock(block: Block): Block {
  return block.cells.some((row) => row.some((c) => c.kind === "copiedDown"))
    ? { ...block, cells: ownCells(block) }
    : block;
}
