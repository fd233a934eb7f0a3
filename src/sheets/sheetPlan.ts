/**
 * Sheet plans: the layout of a standardized sheet as plain data. The task pane's Office.js
 * adapter and the command line's .xlsx writer both apply the same plans, so a workbook looks
 * and computes the same whichever made it.
 *
 * Addresses are A1-style without the sheet name ("B3", "B3:H40"); formulas are in English
 * function names with a leading "=" (as Range.formulas takes them).
 */

/** What one cell holds. Text is always written as text, even when it starts with = + - @. */
export type Cell =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  | {
      readonly kind: "formula";
      readonly formula: string;
      /**
       * An array formula (Ctrl+Shift+Enter in older Excel): its ranges are evaluated whole, never
       * by implicit intersection. A formula set through Office.js is a dynamic-array one already.
       */
      readonly array?: true;
    }
  | { readonly kind: "empty" }
  /**
   * The formula of the cell above it (a formula, or itself a copy), moved down to this row as
   * Excel's Fill Down moves it (relative references follow the row; see ownCells.ts). A formula column copied down
   * the table holds its formula once, in its top row, not once per row: at 100,000 KPIs that is
   * most of the plan's memory.
   */
  | { readonly kind: "copiedDown" };

/** A cell that holds what it shows by itself: anything but a copied one (ownCells.ts writes those out). */
export type OwnCell = Exclude<Cell, { readonly kind: "copiedDown" }>;

export const text = (value: string): OwnCell => ({ kind: "text", text: value });
export const number = (value: number): OwnCell => ({ kind: "number", value });
export const formula = (value: string): OwnCell => ({ kind: "formula", formula: value });
export const empty: OwnCell = { kind: "empty" };
export const copiedDown: Cell = { kind: "copiedDown" };

/**
 * What a formula shows once calculated, as the engine computes it: a number, or text ("-" for
 * no rate, "" for a blank, a grade label). A file writer stores it as the formula's cached
 * result, so a viewer that does not calculate (a mail preview, Protected View, a phone, pandas)
 * shows the right figure; Excel and LibreOffice recalculate on open and show the same.
 */
export type CachedValue = number | string;

/** A formula with the value it gives in the workbook written from the plan (see Block.values). */
export interface Computed {
  readonly cell: Cell;
  readonly value: CachedValue;
}

export const computed = (f: string, value: CachedValue): Computed => ({ cell: formula(f), value });
/** A formula whose ranges must be evaluated as arrays, such as KPI.AVERAGE(IF(range=x,…)). */
export const computedArray = (f: string, value: CachedValue): Computed => ({
  cell: { kind: "formula", formula: f, array: true },
  value,
});

/** A block's cells and, side by side, the values of its computed ones (Block.values). */
export function cellsAndValues(rows: readonly (readonly (Cell | Computed)[])[]): {
  cells: Cell[][];
  values: (CachedValue | undefined)[][];
} {
  const isComputed = (c: Cell | Computed): c is Computed => "cell" in c;
  return {
    cells: rows.map((row) => row.map((c) => (isComputed(c) ? c.cell : c))),
    values: rows.map((row) => row.map((c) => (isComputed(c) ? c.value : undefined))),
  };
}

/** A rectangle of cells written in one go, with its number formats ("General" where unset). */
export interface Block {
  /** Top-left cell, e.g. "A1". */
  readonly at: string;
  readonly cells: readonly (readonly Cell[])[];
  /**
   * Same shape as `cells`: the value each formula gives in the workbook written from this plan,
   * as the engine computes it (undefined where not a formula). The .xlsx writer stores them as
   * cached results; Office.js takes formulas only and Excel computes them.
   */
  readonly values?: readonly (readonly (CachedValue | undefined)[])[];
  /** Same shape as `cells`, or undefined for General everywhere. */
  readonly numberFormats?: readonly (readonly string[])[];
  readonly bold?: boolean;
  /** Background fill, "#RRGGBB". */
  readonly fill?: string;
  readonly wrap?: boolean;
  /** Font size in points; the default font's (11 pt) when absent. */
  readonly fontSize?: number;
}

export interface ColumnFormat {
  /** Column letter, e.g. "C". */
  readonly column: string;
  /** Width in characters of the default font. */
  readonly width: number;
}

/** Formatting applied where a formula holds, over a bounded range (never a whole column). */
export interface ConditionalFormat {
  readonly range: string;
  /** Formula relative to the range's top-left cell, e.g. '=$T5="順調"' or '=T5=Settings!$B$10'. */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor: string;
}

/** A drop-down list for the cells of a range. */
export interface ListValidation {
  readonly range: string;
  /** The allowed values as a list, or a range reference ("=Settings!$A$2:$A$3"). */
  readonly source: readonly string[] | string;
}

/**
 * A rule the cells of a range must meet, as a formula, with the message shown when an entry
 * breaks it (Excel's "custom" data validation with a Stop alert).
 */
export interface CustomValidation {
  readonly range: string;
  /** Formula relative to the range's top-left cell, e.g. '=OR(ISNUMBER(F5),F5="")'. */
  readonly formula: string;
  readonly errorTitle: string;
  readonly errorMessage: string;
}

/** Page margins in inches, as Excel's page setup dialog shows them. */
export interface Margins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

/** How a sheet prints: orientation, fit to one page wide, and rows repeated on every page. */
export interface PrintSetup {
  readonly orientation: "landscape" | "portrait";
  /** All columns on one page width (as many pages tall as needed). */
  readonly fitToWidth: boolean;
  /** Rows repeated at the top of each printed page, e.g. "$4:$4". */
  readonly titleRows?: string;
  /** Columns repeated at the left of each printed page, e.g. "$F:$F". */
  readonly titleColumns?: string;
  readonly paper?: "A4";
  readonly margins?: Margins;
  /** Page header and footer in Excel's codes (&L left, &C centre, &R right, &P page, &N pages). */
  readonly header?: string;
  readonly footer?: string;
  /** Rows (1-based) that start a new page. */
  readonly rowBreaks?: readonly number[];
  /** What prints, e.g. "A1:K200" (the chart data beside it does not). */
  readonly area?: string;
}

/** A row's height in points (rows not listed take their text's height). */
export interface RowHeight {
  readonly row: number;
  readonly height: number;
}

export interface TablePlan {
  readonly name: string;
  /** The whole table with its header row, e.g. "A4:V80". */
  readonly range: string;
  readonly style: string;
}

/** A workbook-scoped name, e.g. EvalYear → =Settings!$B$3. */
export interface DefinedName {
  readonly name: string;
  readonly refersTo: string;
}

/** What a sheet is to the add-in; a sheet it made carries this mark so it knows what it may replace. */
/** The sheets of a KPI workbook, each with its name among the options (see options.ts). */
export type WorkbookRole = "kpi" | "settings" | "summary" | "report";
/** Also the sheets of sending to departments: the collection sheet, a department file's metadata. */
export type SheetRole = WorkbookRole | "collection" | "returnInfo";

/**
 * Sheet protection: every cell locked but the input ranges, which are unlocked and shaded. A
 * password is optional: without one, anyone may unprotect (Review > Unprotect Sheet), which is
 * enough to stop an accidental edit.
 */
export interface Protection {
  readonly password?: string;
  readonly inputs: readonly { readonly range: string; readonly fill: string }[];
}

export interface SheetPlan {
  readonly name: string;
  readonly role: SheetRole;
  readonly blocks: readonly Block[];
  readonly columns: readonly ColumnFormat[];
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly tables: readonly TablePlan[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly validations: readonly ListValidation[];
  /** Input rules with an error alert (optional: older plans have none). */
  readonly customValidations?: readonly CustomValidation[];
  /** Page setup for printing; the sheet keeps the application's defaults when absent. */
  readonly print?: PrintSetup;
  /** Protected (a department's file); unprotected when absent. */
  readonly protection?: Protection;
  /** Hidden from the sheet tabs (a department file's metadata). */
  readonly hidden?: boolean;
  /** Ranges whose cells are merged into one, e.g. "A10:A13". */
  readonly merges?: readonly string[];
  readonly rowHeights?: readonly RowHeight[];
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly DefinedName[];
}
