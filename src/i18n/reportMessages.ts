/** Words of the report the council reads (the report sheet, its charts, its print setup, `kpi-sheets report`). */
export interface ReportSheetMessages {
  readonly sheet: string;
  readonly planTitle: string;
  readonly city: string;
  /** The title when the plan has none. */
  readonly untitled: string;
  readonly heading: string;
  readonly overview: string;
  readonly evalYear: string;
  readonly scaleTitle: string;
  readonly rate: string;
  readonly grade: string;
  /** A threshold as a rate range: before and after the percentage, and what joins two. */
  readonly atLeast: { readonly before: string; readonly after: string };
  readonly below: { readonly before: string; readonly after: string };
  readonly rangeJoin: string;
  readonly countsTitle: string;
  readonly goalsTitle: string;
  readonly goalColumn: string;
  readonly kpiCount: string;
  readonly notEvaluable: string;
  readonly average: string;
  readonly goalHeading: (goal: number, title: string) => string;
  /** The header of the numerical targets' table. */
  readonly targetColumn: string;
  readonly direction: string;
  readonly targets: string;
  readonly progress: (goal: number) => string;
  readonly opinion: string;
  readonly kpis: string;
  readonly indicator: string;
  readonly baseline: string;
  readonly target: string;
  readonly actual: string;
  readonly uncapped: string;
  readonly department: string;
  readonly status: string;
  readonly outlook: string;
  readonly rateChart: string;
  readonly gradeChart: string;
  readonly targetChart: (name: string) => string;
  readonly chartData: string;
  /** The page footer, in Excel's header codes (&P page, &N pages). */
  readonly footer: string;
  readonly noLibreOffice: string;
  readonly pdfFailed: (why: string) => string;
  readonly wrote: (output: string, goals: number) => string;
}
