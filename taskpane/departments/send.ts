/**
 * Send to departments: the open workbook's KPI table split into one file per department, as bytes
 * to download. The sheets are not changed; the departments sent to are recorded in a hidden name
 * (the departments' round, for the workbook status).
 */
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

/** Reads the KPI table and writes each department's file, then records the round; `year` undefined: the next year to collect. */
export async function sendToDepartmentsIn(
  context: Excel.RequestContext,
  year: number | undefined,
): Promise<SendResult> {
  const [{ readKpiTable }, { splitPlan }, round, stamps, { workbookBytes }] = await Promise.all([
    import(/* webpackChunkName: "actions" */ "../office/kpiTable"),
    import(/* webpackChunkName: "departments" */ "../../src/departments/split"),
    import(/* webpackChunkName: "departments" */ "../../src/departments/round"),
    import(/* webpackChunkName: "actions" */ "../office/stamps"),
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
  if (split.files.length > 0) {
    const previous = stamps.recordedRound(table.info.names, table.table);
    const next = round.encodeRound(
      round.roundAfterSend(
        previous,
        split.year,
        split.files.map((f) => f.department),
      ),
    );
    // a round too long for a name is not recorded: the status then says so, nothing fails
    if (next !== undefined) {
      stamps.queueRecord(context, table.info.names, stamps.roundName(table.table), next);
      await context.sync();
    }
  }
  return { year: split.year, files, unassigned: split.unassigned };
}
