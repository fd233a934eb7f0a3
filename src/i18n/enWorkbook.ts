/** English: the language pack's words for reading plans from workbooks (see workbookMessages.ts). */
import { unreachable } from "../unreachable";
import type { WorkbookMessages } from "./workbookMessages";

export const workbook: WorkbookMessages = {
  notAWorkbook: (start) => `not an Excel workbook (.xlsx / .xlsm): it starts with "${start}"`,
  encrypted:
    "a password-protected workbook (an encrypted OLE container): remove the password in Excel and save it again",
  oldXls: "an Excel 97–2003 workbook (.xls, an OLE container): save it as .xlsx in Excel",
  unreadable: (detail) => `cannot be read as a workbook (${detail})`,
  noSheet: (name, sheets) => `no sheet "${name}" (the sheets: ${sheets.join(", ")})`,
  noTable: (sheets, best, known) =>
    `no table with a goal and an indicator-name column found (sheets searched: ${sheets.join(", ")})` +
    (best === "" ? "" : `; the nearest is the row at ${best}, with the headers ${known.join(", ")}`),
  severalTables: (at) =>
    `${at.length} candidate tables (${at.join(", ")}): choose a sheet with --sheet, or keep one table`,
  uncalculated: (formula) => `the formula ${formula} has no saved value: open the workbook in Excel and save it`,
  reading: (r) => {
    switch (r.kind) {
      case "field":
        return r.field;
      case "year":
        return `${r.part === "rate" ? "the city's rate (compared only)" : r.part} of ${r.year}`;
      case "yearRows":
        return `${r.year} (target, actual and rate by row)`;
      case "part":
        return "which row (target, actual, rate)";
      case "text":
        return "kept as text";
      case "ignored":
        return "not read (a blank header, or a column the table computes)";
      default:
        return unreachable(r);
    }
  },
  skipped: (why) => (why === "subtotal" ? "skipped as a subtotal or average row" : "read as a goal heading"),
  rateWhy: (why) => {
    switch (why) {
      case "rounding":
        return "rounding (less than 0.1%)";
      case "lowerIsBetter":
        return "lower is better: computed as actual / target instead of target / actual";
      case "cap":
        return "not capped at 100.0%";
      case "noRate":
        return "no target or no actual: there is no rate";
      case "notGiven":
        return "the city's rate is blank";
      case "other":
        return "computed from other figures";
      default:
        return unreachable(why);
    }
  },
  table: (at, layout, indicators) =>
    `table: ${at} (${layout === "rows" ? "one row per indicator" : "three rows per indicator (target, actual, rate)"}, ${indicators} indicators)`,
  columnsHeading: "columns read as:",
  rowsHeading: "rows not read:",
  ratesHeading: "the city's rates against the engine's:",
  noRateDifferences: (compared) => `all ${compared} of the city's rates agree`,
  rateDifference: (at, name, year, theirs, ours, why) =>
    `${at} ${name} (${year}): city ${theirs}, KPI Sheets ${ours}: ${why}`,
  noRefusedRows: "none",
  sourceSheet: "This sheet / the selected range",
  readSheet: "Read the sheet",
  noSheetRead: "Read the sheet first (Read the sheet).",
  emptySheet: "This sheet is empty: open the sheet with the plan table, or select the table.",
  previewHint: "Check how each column was read and correct it where it is wrong. The sheet itself is not changed.",
  indicatorsRead: (count, refused) => `${count} indicators read` + (refused > 0 ? ` (${refused} rows not read)` : ""),
};
