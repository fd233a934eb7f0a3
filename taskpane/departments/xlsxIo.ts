/**
 * .xlsx files in the browser, loaded on first use only (ExcelJS is large): the command line's
 * own writer and grid reader, so a department file from the pane and one from `kpi-sheets split`
 * are the same file, and a return is read the same way by both.
 */
export { xlsxBytes as workbookBytes } from "../../cli/xlsx";
export { xlsxGrids as workbookGrids } from "../../cli/xlsxGrids";
