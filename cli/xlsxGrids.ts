/**
 * A workbook as the departments' reader takes it (Grids in src/departments/returnTable.ts): its
 * sheets read as every workbook is (workbookGrids.ts), each cell as a plain value. The command
 * line's merge and split and the pane's Collect returns read masters and returns through it.
 */
import type { Localized } from "../src";
import { Grids, plainGrids } from "../src/departments";
import { loadWorkbookGrids } from "./workbookGrids";

export type GridsLoad =
  { readonly kind: "grids"; readonly grids: Grids } | { readonly kind: "refused"; readonly why: Localized };

/** Every sheet's cells from A1, or why the bytes are not a workbook that can be read. */
export async function xlsxGrids(bytes: Uint8Array): Promise<GridsLoad> {
  const load = await loadWorkbookGrids(bytes);
  return load.kind === "refused" ? load : { kind: "grids", grids: plainGrids(load.grids) };
}
