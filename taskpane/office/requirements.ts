/**
 * Run-time checks of the host's requirement sets, for the features the adapter can do without.
 * Outside Office (tests, benchmarks) there is no host to ask: the caller's options decide.
 */

/** ExcelApi 1.9: Excel.PageLayout (print setup) and Range.copyFrom (formulas and formats filled per column). */
export function excelApi19(): boolean {
  if (typeof Office === "undefined") return true;
  return Office.context.requirements.isSetSupported("ExcelApi", "1.9");
}
