/**
 * The language pack's shape: every word and sentence the add-in writes, in one typed interface
 * with one implementation per language (ja.ts, en.ts). Words the add-in reads live in
 * src/vocabulary.ts. Sections follow where the words appear.
 */
import type { ComputedKey } from "../columns";
import type { NoRateReason } from "../evaluate";
import type { MissingReason } from "../value";
import type { Delimiter } from "../read/csv";
import type { RulesMessages } from "./rulesMessages";
import type { WorkbookMessages } from "./workbookMessages";
import type { PaneKey } from "./paneKeys";
import type { ReportSheetMessages } from "./reportMessages";

/** Words of the generated sheets (settings, KPI table, goal summary). */
export interface SheetMessages {
  readonly settingsSheet: string;
  readonly kpiSheet: string;
  readonly summarySheet: string;
  readonly settingsTitle: string;
  readonly planStart: string;
  readonly planEnd: string;
  readonly evalYear: string;
  readonly language: string;
  readonly formulaStyle: string;
  readonly gradeBasis: string;
  readonly scaleName: string;
  readonly threshold: string;
  readonly gradeLabel: string;
  readonly scaleNote: string;
  readonly kpiTitle: string;
  readonly kpiNote: string;
  readonly summaryTitle: string;
  readonly summaryNote: string;
  readonly targetsTitle: string;
  readonly kpiCount: string;
  readonly ratedCount: string;
  readonly notEvaluable: string;
  readonly average: string;
  readonly capped: string;
  readonly uncapped: string;
  readonly tableRow: string;
  readonly valueGuardTitle: string;
  readonly valueGuardMessage: string;
  /** Headers of the summary's own tables (not read back). */
  readonly summaryGoal: string;
  readonly summaryGoalTitle: string;
  readonly summaryIndicator: string;
  readonly summaryUnit: string;
}

/** Headers of the KPI table's computed columns (written, recognized on read-back, never read as data). */
/** The headers of the columns the KPI table computes. */
export type ComputedHeaders = Readonly<Record<ComputedKey, string>>;

/** The goal summary as terminal text. */
export interface ReportMessages {
  readonly heading: (year: string) => string;
  readonly goal: (n: number) => string;
  readonly kpis: (count: number, rated: number) => string;
  readonly notEvaluable: string;
  readonly average: string;
  readonly grade: string;
  readonly targets: string;
  readonly none: string;
}

/** Why a plan row or cell could not be read. */
export interface ReadMessages {
  readonly duplicateColumns: (first: string, second: string) => string;
  readonly missingColumn: (field: "goal" | "name") => string;
  readonly goalNotWhole: (cell: string) => string;
  readonly noName: string;
  readonly badKind: (cell: string) => string;
  readonly badDirection: (cell: string) => string;
  readonly badCumulative: (cell: string) => string;
  readonly badMethod: (cell: string) => string;
  readonly badWeight: (cell: string) => string;
  readonly notAValue: (cell: string) => string;
  readonly pathNeedsBaselineYear: (cell: string) => string;
  readonly pathBaselineAfterFinal: (cell: string) => string;
  /** A second row with an id an earlier row has; `first` is where that row is ("line 3"). */
  readonly duplicateId: (id: string, first: string) => string;
  /** A column kept as text, not read as data. */
  readonly keptAsText: (column: string) => string;
  /** A header holding a year that is not a year column; `nearest` is "" when none is near. */
  readonly yearColumnNotRead: (column: string, nearest: string) => string;
  /** "line 12" in a file. */
  readonly line: (line: number) => string;
  /** Where a problem of the whole file is (it is over the size limit). */
  readonly file: string;
  /** A file over the size limit (`limit` bytes), not read. */
  readonly tooLarge: (bytes: number, limit: number) => string;
  /** A NUL character at a byte offset: not a text file, or UTF-16 without its BOM. */
  readonly nul: (offset: number) => string;
  /** Bytes the file's encoding cannot read, and why no other encoding was tried. */
  readonly undecodable: (at: BadBytes, why: UndecodableWhy) => string;
  /** A row with a non-empty cell beyond the header's columns (cell is 1-based; shown is its start). */
  readonly extraCells: (cells: number, columns: number, cell: number, shown: string) => string;
  /** A cell over Excel's limit of `limit` characters. */
  readonly cellTooLong: (length: number, shown: string, limit: number) => string;
  /** A quote that is never closed; shown: the text after it. */
  readonly unclosedQuote: (shown: string) => string;
  /** Text after the closing quote of a quoted cell, which closes on line `closedOn`. */
  readonly textAfterQuote: (closedOn: number, shown: string) => string;
  /** A header holding several delimiters equally often (each with its count, in header-scan order). */
  readonly ambiguousDelimiter: (held: readonly (readonly [Delimiter, number])[]) => string;
  /** A problem as one line: where, the column, the message. */
  readonly problem: (where: string, column: string, message: string) => string;
}

/** Bytes that could not be decoded, as a message shows them. */
export interface BadBytes {
  /** The byte or bytes in hex: "0xE9", "0x85 0xE6". */
  readonly bytes: string;
  readonly offset: number;
  /** The text before them on their line (may be ""). */
  readonly after: string;
}

/** Why bytes were not read: against the BOM's encoding, or as UTF-8 when Shift_JIS was ruled out. */
export type UndecodableWhy =
  /** The encoding the byte-order mark declares ("UTF-16 LE"). */
  | { readonly kind: "notBomEncoding"; readonly encoding: string }
  /** Not UTF-8, and the rest of the file is UTF-8: Shift_JIS would be mojibake. */
  | { readonly kind: "mostlyUtf8" }
  /** Not UTF-8, and not Shift_JIS either: its first bad bytes, on `line`. */
  | { readonly kind: "notShiftJis"; readonly line: number; readonly shiftJis: BadBytes };

/** What is wrong with a grade scale (see validateScale in src/grade.ts). */
export interface ScaleMessages {
  readonly tooFew: string;
  readonly noThreshold: (level: number) => string;
  readonly noLabel: (level: number) => string;
  readonly notFalling: (level: number) => string;
}

/** The names and level labels of the grade presets, best level first. */
export interface GradeMessages {
  readonly standardName: string;
  readonly standard: readonly [string, string, string, string];
  readonly abcName: string;
  readonly abcdName: string;
  readonly symbolsName: string;
  /** A scale given as a range of cells (KPI.GRADE's argument). */
  readonly rangeName: string;
}

/** What a custom function's argument is called in its messages. */
export type FunctionArg =
  | "target"
  | "actual"
  | "baseline"
  | "baselineYear"
  | "finalTarget"
  | "finalYear"
  | "year"
  | "direction"
  | "capped"
  | "rate"
  | "rates"
  | "scale"
  | "label"
  | "style"
  | "value";

/** The messages the custom functions put on #VALUE!, #N/A and #NUM! cells; `arg` is an argument's name. */
export interface FunctionMessages {
  readonly args: Readonly<Record<FunctionArg, string>>;
  readonly missingReasons: Readonly<Record<MissingReason, string>>;
  readonly quote: (text: string) => string;
  readonly missing: (arg: string, reason: string) => string;
  readonly notANumber: (arg: string, text: string) => string;
  readonly notARate: (arg: string, text: string) => string;
  readonly badDirection: (text: string) => string;
  readonly badCapped: (text: string) => string;
  readonly notAYear: (arg: string, text: string) => string;
  readonly badStyle: (text: string) => string;
  readonly badScale: (problem: string) => string;
  readonly scaleColumns: (columns: number) => string;
  readonly noRates: string;
  readonly shapes: (a: string, b: string) => string;
  readonly tooLarge: (rows: number, cols: number, limit: string) => string;
  readonly notRectangular: (arg: string) => string;
  readonly empty: (arg: string) => string;
  readonly nested: (arg: string) => string;
  readonly inputError: (arg: string, code: string) => string;
  readonly unexpected: string;
}

/** Why a KPI.* formula has no classic-Excel equivalent (Prepare for sharing); `name` is RATE, FY … */
export interface SharingMessages {
  readonly rangeNotTop: (name: string) => string;
  readonly tableColumnSpills: (name: string) => string;
  readonly unknownFunction: (name: string) => string;
  readonly unclosed: string;
  readonly wrongArity: (name: string) => string;
  readonly rangesDiffer: string;
  readonly noSpillRange: (rows: number, columns: number) => string;
  readonly spillDiffers: (spillRows: number, spillColumns: number, rows: number, columns: number) => string;
  /** A direction written as a word the readers do not know ("sideways"). */
  readonly directionWord: (word: string) => string;
  /** A direction written as a value that is not a word (TRUE, 2). */
  readonly directionValue: (text: string) => string;
  readonly scaleColumns: string;
  readonly scaleLevels: string;
  readonly scaleNotRange: string;
  readonly averageNotRange: string;
  readonly notAYear: (text: string) => string;
  readonly labelStyle: string;
  readonly numberText: string;
}

/** What a plan file that is not a regular file is. */
export type FileKind = "directory" | "fifo" | "device" | "socket" | "special";

/** The command line's own messages (its usage errors are English only). */
export interface CliMessages {
  readonly fileKinds: Readonly<Record<FileKind, string>>;
  readonly notRegularFile: (kind: string) => string;
  readonly outputIsInput: (output: string, input: string) => string;
  readonly outputExists: (output: string) => string;
  readonly removedCharacters: (where: string, characters: readonly string[]) => string;
  readonly wrote: (output: string, count: number) => string;
}

export type { PaneKey };

/**
 * Every section but the pane's, the workbooks' and the report sheet's: what the custom functions
 * and the engine they run read (src/i18n/core.ts), so functions.js carries none of the pane's words.
 */
export interface CoreMessages {
  readonly sheet: SheetMessages;
  readonly computed: ComputedHeaders;
  readonly report: ReportMessages;
  readonly reasons: Readonly<Record<NoRateReason, string>>;
  readonly notEvaluable: string;
  readonly read: ReadMessages;
  readonly scale: ScaleMessages;
  readonly grades: GradeMessages;
  readonly functions: FunctionMessages;
  readonly sharing: SharingMessages;
  readonly cli: CliMessages;
  readonly rules: RulesMessages;
}

/** The whole pack: the core and the sections only the pane, the workbooks and the report write (src/i18n/index.ts). */
export interface Messages extends CoreMessages {
  readonly pane: Readonly<Record<PaneKey, string>>;
  readonly workbook: WorkbookMessages;
  readonly reportSheet: ReportSheetMessages;
}
