/**
 * Test helper: a department file's sheet plans as the grids the merge reads (what the .xlsx
 * would hold: text, numbers, each formula's cached value), and edits of them by header and id,
 * as a department would type.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeCsv, Plan, readPlanCsv } from "../../../src";
import { Grids } from "../../../src/departments";
import { parseCell, WorkbookPlan } from "../../../src/sheets";

export const departmentsPlan: Plan = readPlanCsv(
  decodeCsv(readFileSync(join(__dirname, "..", "..", "fixtures", "departments-plan.csv"))),
).plan;

export type Grid = unknown[][];

export function planGrids(workbook: WorkbookPlan): Map<string, Grid> {
  const grids = new Map<string, Grid>();
  for (const sheet of workbook.sheets) {
    const grid: Grid = [];
    for (const block of sheet.blocks) {
      const at = parseCell(block.at);
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const line = (grid[at.row + r] ??= []);
          line[at.column + c] =
            cell.kind === "text"
              ? cell.text
              : cell.kind === "number"
                ? cell.value
                : cell.kind === "formula" || cell.kind === "copiedDown"
                  ? block.values?.[r]?.[c]
                  : undefined;
        }),
      );
    }
    grids.set(
      sheet.name,
      Array.from(grid, (row) => row ?? []),
    );
  }
  return grids;
}

/** The KPI sheet's grid and the 0-based row of its header (row 4). */
const kpi = (grids: Map<string, Grid>): Grid => {
  const found = [...grids.values()].find((g) => g[3]?.includes("指標ID") || g[3]?.includes("id"));
  if (found === undefined) throw new Error("no KPI sheet");
  return found;
};

/** Sets the cell of the row with `id` under `header` (an exact header: 実績値_R7, 目標値_R7 …). */
export function setCell(grids: Map<string, Grid>, id: string, header: string, value: unknown): void {
  const grid = kpi(grids);
  const head = grid[3] ?? [];
  const column = head.indexOf(header);
  const idColumn = head.findIndex((h) => h === "指標ID" || h === "id");
  const row = grid.findIndex((r, i) => i > 3 && r[idColumn] === id);
  if (column < 0 || row < 0) throw new Error(`no ${header} for ${id}`);
  (grid[row] as unknown[])[column] = value;
}

export const asGrids = (grids: Map<string, Grid>): Grids => grids;
