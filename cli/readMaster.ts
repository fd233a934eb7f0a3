/**
 * The master plan of split and merge: a plan CSV, or a workbook KPI Sheets wrote (its KPI table
 * found by its id column, see kpiTableIn). Reported like any plan file: rejected rows by place
 * on stderr; undefined when the file cannot be read at all.
 */
import { describeNotice, describeProblem, Lang, PlanRead, readPlanTable, tableLanguage } from "../src";
import { cellAddress } from "../src/sheets";
import { CollectionRow, Grids, kpiTableIn, readCollectionRows } from "../src/departments";
import { departmentMessages } from "../src/i18n/departments";
import { langs } from "../src/lang";
import { readSettingsRows, SettingsRead } from "../src/read/settingsRows";
import { readInput } from "./readInput";
import { readPlanSource } from "./readWorkbook";
import { terminalLine } from "./terminal";
import { xlsxGrids } from "./xlsxGrids";

export interface Master {
  readonly read: PlanRead;
  /** The language of the master's KPI table (of the sheets' words, for a CSV). */
  readonly lang: Lang;
  /** The rows of its collection sheet, when it is a merged workbook merged into again. */
  readonly collection: readonly CollectionRow[];
  /** What its settings sheet sets (a workbook KPI Sheets wrote); undefined for a CSV or without one. */
  readonly settings: SettingsRead | undefined;
}

/** The first sheet that reads as a settings sheet. */
function settingsOf(grids: Grids): SettingsRead | undefined {
  for (const rows of grids.values()) {
    const read = readSettingsRows(rows);
    if (read !== undefined) return read;
  }
  return undefined;
}

/** The collection sheet of a merged workbook, by its name in either language. */
function collectionRows(grids: Grids): CollectionRow[] {
  for (const lang of langs) {
    const rows = grids.get(departmentMessages(lang).collectionSheet);
    if (rows !== undefined) return readCollectionRows(rows);
  }
  return [];
}

/** Whether a file is a workbook (by its name): everything else is read as a plan CSV. */
export const isWorkbook = (file: string): boolean => /\.xlsx$/i.test(file);

/** A workbook file's sheets as grids; undefined when it cannot be read, said on stderr with its name. */
export async function readGridsFile(
  file: string,
  lang: Lang,
  stderr: (text: string) => void,
): Promise<Grids | undefined> {
  const input = readInput(file);
  if (input.kind === "refused") {
    stderr(terminalLine(`kpi-sheets: ${file}: ${input.why[lang]}`));
    return undefined;
  }
  const load = await xlsxGrids(input.bytes);
  if (load.kind === "refused") {
    stderr(terminalLine(`kpi-sheets: ${file}: ${load.why[lang]}`));
    return undefined;
  }
  return load.grids;
}

export async function readMaster(
  file: string,
  lang: Lang,
  stderr: (text: string) => void,
): Promise<Master | undefined> {
  if (!isWorkbook(file)) {
    const read = await readPlanSource(file, lang, stderr);
    return read === undefined ? undefined : { read, lang, collection: [], settings: undefined };
  }
  const grids = await readGridsFile(file, lang, stderr);
  if (grids === undefined) return undefined;
  const table = kpiTableIn(grids);
  if (table === undefined) {
    stderr(terminalLine(`kpi-sheets: ${file}: no KPI table with an id column`));
    return undefined;
  }
  const where = (row: number, column: number | undefined): { ja: string; en: string } => {
    const address = `${table.sheet}!${cellAddress(table.headerRow + row, column ?? 0)}`;
    return { ja: address, en: address };
  };
  const read = readPlanTable(table.header, table.rows, where);
  if (read.fatal !== undefined) {
    stderr(terminalLine(`${file}: ${describeProblem(read.fatal, lang)}`));
    return undefined;
  }
  for (const notice of read.notices) stderr(terminalLine(`${file}: ${describeNotice(notice, lang)}`));
  for (const problem of read.problems) stderr(terminalLine(`${file}: ${describeProblem(problem, lang)}`));
  const header = table.header.map((h) => (typeof h === "string" ? h : ""));
  const settings = settingsOf(grids);
  return { read, lang: tableLanguage(header), collection: collectionRows(grids), settings };
}
