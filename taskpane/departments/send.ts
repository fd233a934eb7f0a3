/** Send to departments: the open workbook's KPI table split into one file per department, as bytes to download. */
import { LocalizedError } from "../errors";
import { describeProblem } from "../../src/problem";

export interface DepartmentDownload {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface SendResult {
  readonly year: number;
  readonly files: readonly DepartmentDownload[];
  /** Indicators without a department: in no file. */
  readonly unassigned: number;
}

/** Reads the KPI table (the workbook is not changed) and writes each department's file; `year` undefined: the next year to collect. */
export async function sendToDepartmentsIn(
  context: Excel.RequestContext,
  year: number | undefined,
): Promise<SendResult> {
  const [{ readKpiTable }, { splitPlan }, { workbookBytes }] = await Promise.all([
    import(/* webpackChunkName: "actions" */ "../office/kpiTable"),
    import(/* webpackChunkName: "departments" */ "../../src/departments/split"),
    import(/* webpackChunkName: "xlsx" */ "./xlsxIo"),
  ]);
  const table = await readKpiTable(context);
  const { plan, fatal } = table.read;
  if (fatal !== undefined)
    throw new LocalizedError({ ja: describeProblem(fatal, "ja"), en: describeProblem(fatal, "en") });
  const split = splitPlan(plan, {
    lang: table.lang,
    year: year !== undefined && plan.years.includes(year) ? year : undefined,
  });
  const files: DepartmentDownload[] = [];
  for (const file of split.files) files.push({ fileName: file.fileName, bytes: await workbookBytes(file.workbook) });
  return { year: split.year, files, unassigned: split.unassigned };
}
