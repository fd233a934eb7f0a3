import { readPlanBytes, readPlanCsv } from "../src/planCsv";
import { PlanRead } from "../src/planTable";
import { Grid } from "../src/read/grid";
import { ColumnChoices, readSheets } from "../src/read/readGrid";
import { atsugiSampleCsv } from "./sample/atsugiSample";

const empty: PlanRead["plan"] = { goals: [], years: [], indicators: [], textColumns: [] };

/** Where a new KPI sheet's plan comes from. */
export type PlanSource =
  | { readonly kind: "blank"; readonly from: number; readonly to: number }
  | { readonly kind: "sample" }
  | { readonly kind: "csv"; readonly fileName: string; readonly bytes: Uint8Array }
  /** The user's own sheet, read by the pane, with the columns the user corrected in the preview. */
  | { readonly kind: "sheet"; readonly grid: Grid; readonly choices: ColumnChoices };

/** The plan of a source. A blank template has the plan years and no indicators. */
export function readSource(source: PlanSource): PlanRead {
  switch (source.kind) {
    case "blank": {
      const from = Math.min(source.from, source.to);
      const to = Math.max(source.from, source.to);
      const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
      return {
        plan: { goals: [], years, indicators: [], textColumns: [] },
        notices: [],
        problems: [],
        fatal: undefined,
      };
    }
    case "sample":
      return readPlanCsv(atsugiSampleCsv);
    case "csv":
      return readPlanBytes(source.bytes);
    case "sheet": {
      const found = readSheets([source.grid], undefined, source.choices);
      return found.kind === "read" ? found.grid.read : { plan: empty, notices: [], problems: [], fatal: found.problem };
    }
  }
}
