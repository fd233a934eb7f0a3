/** The reader's grids (src/read/grid.ts) as the departments' tables take them: by sheet, each cell as a plain value. */
import { CellValue, Grid } from "../read/grid";
import { unreachable } from "../unreachable";
import { Grids } from "./returnTable";

function plain(value: CellValue): unknown {
  switch (value.kind) {
    case "empty":
    case "uncalculated":
      return undefined;
    case "text":
      return value.text;
    case "number":
    case "boolean":
      return value.value;
    case "error":
      return value.text;
    default:
      return unreachable(value);
  }
}

/** Each grid's cells from A1 (a grid that starts lower or further right is placed where it is). */
export function plainGrids(grids: readonly Grid[]): Grids {
  const out = new Map<string, unknown[][]>();
  for (const grid of grids) {
    const rows: unknown[][] = Array.from({ length: grid.top }, () => []);
    for (const row of grid.rows) {
      const cells: unknown[] = new Array<unknown>(grid.left).fill(undefined);
      for (const cell of row) cells.push(plain(cell.value));
      rows.push(cells);
    }
    out.set(grid.sheet, rows);
  }
  return out;
}
