/**
 * Reading a plan from a workbook (.xlsx, .xlsm) on the command line: each sheet as the engine's
 * plain grid (workbookGrids.ts), and the engine finds and reads the table. The user's file is
 * only ever read.
 */
import { Lang, Localized, PlanRead, readPlanBytes } from "../src";
import { readSheets, GridFind } from "../src/read/readGrid";
import { reportPlanRead, UsageError } from "./options";
import { readInput } from "./readInput";
import { terminalLine } from "./terminal";
import { unreachable } from "../src/unreachable";
import { isWorkbook, loadWorkbookGrids } from "./workbookGrids";

/**
 * Reads the plan of a workbook's bytes: the sheet named, else the one visible sheet holding a
 * plan table. A GridFind tells what each column was read as and where each value is.
 */
export async function readWorkbookPlan(
  bytes: Uint8Array,
  sheet?: string,
): Promise<GridFind | { readonly kind: "notWorkbook"; readonly why: Localized }> {
  const load = await loadWorkbookGrids(bytes);
  if (load.kind === "refused") return { kind: "notWorkbook", why: load.why };
  const grids = sheet === undefined ? load.grids.filter((g) => !load.hidden.has(g.sheet)) : load.grids;
  return readSheets(grids, sheet);
}

/**
 * Reads a plan from a CSV or a workbook, reporting each notice and rejected row on stderr by
 * its line or cell; undefined when nothing can be read (not a regular file, too large, not
 * decodable, not a workbook, no table, an unusable header). `--sheet` is for workbooks only.
 */
export async function readPlanSource(
  file: string,
  lang: Lang,
  stderr: (text: string) => void,
  sheet?: string,
): Promise<PlanRead | undefined> {
  const input = readInput(file);
  if (input.kind === "refused") {
    stderr(terminalLine(`kpi-sheets: ${file}: ${input.why[lang]}`));
    return undefined;
  }
  if (!isWorkbook(file, input.bytes)) {
    if (sheet !== undefined) throw new UsageError("--sheet is for workbooks (.xlsx, .xlsm)");
    return reportPlanRead(file, readPlanBytes(input.bytes), lang, stderr);
  }
  const found = await readWorkbookPlan(input.bytes, sheet);
  switch (found.kind) {
    case "notWorkbook":
      stderr(terminalLine(`kpi-sheets: ${file}: ${found.why[lang]}`));
      return undefined;
    case "refused":
      return reportPlanRead(
        file,
        {
          plan: { goals: [], years: [], indicators: [], textColumns: [] },
          notices: [],
          problems: [],
          fatal: found.problem,
        },
        lang,
        stderr,
      );
    case "read":
      return reportPlanRead(file, found.grid.read, lang, stderr);
    default:
      return unreachable(found);
  }
}
