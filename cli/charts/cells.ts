/** The cells of a range and the values a sheet plan writes into them, for the charts' caches. */
import { Block, CachedValue, cellAddress, parseCell, SheetPlan } from "../../src/sheets";
import { unreachable } from "../../src/unreachable";

/** The addresses of a range, row by row ("$A$1:$B$2" → A1, B1, A2, B2). */
export function rangeCells(range: string): string[] {
  const [from = "", to = from] = range.replace(/\$/g, "").split(":");
  const a = parseCell(from);
  const b = parseCell(to);
  const cells: string[] = [];
  for (let r = a.row; r <= b.row; r++) for (let c = a.column; c <= b.column; c++) cells.push(cellAddress(r, c));
  return cells;
}

function blockValues(block: Block, into: Map<string, CachedValue>): void {
  const origin = parseCell(block.at);
  block.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const address = cellAddress(origin.row + r, origin.column + c);
      switch (cell.kind) {
        case "text":
          into.set(address, cell.text);
          break;
        case "number":
          into.set(address, cell.value);
          break;
        case "formula":
        case "copiedDown": {
          const value = block.values?.[r]?.[c];
          if (value !== undefined) into.set(address, value);
          break;
        }
        case "empty":
          break;
        default:
          unreachable(cell);
      }
    }),
  );
}

/** What each cell of a sheet plan shows once calculated ("" where nothing). */
export function sheetValues(plan: SheetPlan): (address: string) => CachedValue {
  const values = new Map<string, CachedValue>();
  for (const block of plan.blocks) blockValues(block, values);
  return (address) => values.get(address.replace(/\$/g, "")) ?? "";
}
