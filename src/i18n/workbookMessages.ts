/** The language pack's section for reading plans from workbooks (the shape; ja and en implement it). */

/** Why a row of a plan sheet was skipped, not read (see src/read/tableRows.ts). */
export type SkipWhy = "subtotal" | "goalHeading";

/** Why the city's own rate differs from the engine's (see src/read/cityRates.ts). */
export type RateWhy = "rounding" | "lowerIsBetter" | "cap" | "noRate" | "notGiven" | "other";

/** What a column of a plan sheet was read as, for the listing (see src/read/findTable.ts). */
export type ReadingWords =
  | { readonly kind: "field"; readonly field: string }
  | { readonly kind: "year"; readonly part: "target" | "actual" | "rate"; readonly year: string }
  | { readonly kind: "yearRows"; readonly year: string }
  | { readonly kind: "part" }
  | { readonly kind: "text" }
  | { readonly kind: "ignored" };

/** Reading plans from workbooks (.xlsx, .xlsm, a sheet in the pane). */
export interface WorkbookMessages {
  readonly notAWorkbook: (start: string) => string;
  readonly encrypted: string;
  readonly oldXls: string;
  readonly unreadable: (detail: string) => string;
  readonly noSheet: (name: string, sheets: readonly string[]) => string;
  /** No header naming the goal and the indicator; `best` is the row that came nearest ("" if none). */
  readonly noTable: (sheets: readonly string[], best: string, known: readonly string[]) => string;
  readonly severalTables: (at: readonly string[]) => string;
  readonly uncalculated: (formula: string) => string;
  readonly reading: (reading: ReadingWords) => string;
  readonly skipped: (why: SkipWhy) => string;
  readonly rateWhy: (why: RateWhy) => string;
  /** The inspect listing's headings and lines. */
  readonly table: (at: string, layout: "rows" | "report", indicators: number) => string;
  readonly columnsHeading: string;
  readonly rowsHeading: string;
  readonly ratesHeading: string;
  readonly noRateDifferences: (compared: number) => string;
  readonly rateDifference: (
    at: string,
    name: string,
    year: string,
    theirs: string,
    ours: string,
    why: string,
  ) => string;
  readonly noRefusedRows: string;
  /** The pane: the fourth source of Create KPI sheet, and its preview. */
  readonly sourceSheet: string;
  readonly readSheet: string;
  readonly noSheetRead: string;
  readonly emptySheet: string;
  readonly previewHint: string;
  readonly indicatorsRead: (count: number, refused: number) => string;
}
