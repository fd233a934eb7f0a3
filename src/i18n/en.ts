/** English: the language pack for staff and readers who do not read Japanese. */
import { fieldWords, methodWords, missingWords, textNumberExample, unitExamples, writtenWords } from "../vocabulary";
import { yearLabel } from "../year";
import type { Delimiter } from "../read/csv";
import { grouped } from "../read/lines";
import { unreachable } from "../unreachable";
import type { BadBytes, CoreMessages, UndecodableWhy } from "./messages";
import { rulesEn } from "./rulesMessages";

const markers = `${missingWords.notSet}, ${missingWords.unpublished}, ${missingWords.indicatorChanged}`;
const quoteInside = '(a quote inside a cell is written "")';
const delimiterNames: Readonly<Record<Delimiter, string>> = { ",": "commas", "\t": "tabs", ";": "semicolons" };

function undecodable(at: BadBytes, why: UndecodableWhy): string {
  const two = at.bytes.includes(" ");
  const place = `${two ? "the bytes" : "the byte"} ${at.bytes} at offset ${grouped(at.offset)}${at.after === "" ? "" : ` (after "${at.after}")`}`;
  const isNot = two ? "are not" : "is not";
  const reason = ((): string => {
    switch (why.kind) {
      case "notBomEncoding":
        return `${place} ${isNot} ${why.encoding}, which the file's byte-order mark declares`;
      case "mostlyUtf8":
        return `${place} ${isNot} UTF-8; the rest of the file is UTF-8, so reading it as Shift_JIS would turn its Japanese into other characters`;
      case "notShiftJis":
        return `${place} ${isNot} UTF-8, and the file is not Shift_JIS either (line ${why.line}: ${why.shiftJis.bytes} at offset ${grouped(why.shiftJis.offset)})`;
      default:
        return unreachable(why);
    }
  })();
  return `${reason}; correct that character, or save the plan again from Excel as "CSV UTF-8"`;
}

export const en: CoreMessages = {
  sheet: {
    settingsSheet: "Settings",
    kpiSheet: "KPI",
    summarySheet: "Goal summary",
    settingsTitle: "KPI Sheets settings (the formulas read these cells)",
    planStart: "Plan period: first year",
    planEnd: "Plan period: last year",
    evalYear: "Evaluation year",
    language: "Language",
    formulaStyle: "Formula style",
    gradeBasis: "Rate that is graded",
    scaleName: "Grade scale",
    threshold: "From (at least)",
    gradeLabel: "Grade",
    scaleNote:
      "Best level first. The last level takes every rate below the one above it (its own threshold is not used).",
    kpiTitle: "KPIs",
    kpiNote:
      "Rates and grades are formulas: type an actual and they update. The grade scale and the evaluation year are on the settings sheet.",
    summaryTitle: "Goal summary",
    summaryNote:
      "Live formulas over the KPI table. The average is the plain mean of the KPIs' capped rates in the evaluation year.",
    targetsTitle: "Numerical targets",
    kpiCount: "KPIs",
    ratedCount: "Rated",
    notEvaluable: "Not evaluable",
    average: "Average rate",
    capped: "capped",
    uncapped: "uncapped",
    tableRow: "table row",
    valueGuardTitle: "Value not allowed",
    valueGuardMessage: `Enter a number, or ${missingWords.notSet}, ${missingWords.unpublished} or ${missingWords.indicatorChanged}`,
    summaryGoal: fieldWords.goal.en[0],
    summaryGoalTitle: "title",
    summaryIndicator: "indicator",
    summaryUnit: fieldWords.unit.en[0],
  },
  computed: {
    evalTarget: "target (evaluation year)",
    evalActual: "actual (evaluation year)",
    evalRate: "rate (evaluation year)",
    evalUncapped: "rate (uncapped)",
    evalYearUsed: "year graded",
    grade: "grade",
  },
  report: {
    heading: (year) => `Goal summary (evaluation year ${year})`,
    goal: (n) => `Goal ${n}`,
    kpis: (count, rated) => `${count} KPIs (${rated} with a rate)`,
    notEvaluable: "not evaluable",
    average: "KPI average",
    grade: "grade",
    targets: "Numerical targets",
    none: "none",
  },
  reasons: {
    blank: "no actual",
    notSet: "no actual",
    noActual: "no actual",
    unpublished: "not yet published",
    indicatorChanged: "indicator changed",
    noTarget: "no target",
    noBaseline: "no baseline",
    overflow: "cannot be computed (value too large)",
  },
  notEvaluable: "Not evaluable",
  read: {
    duplicateColumns: (first, second) =>
      `the columns "${first}" and "${second}" name the same thing; remove or rename one, as either could be the right value`,
    missingColumn: (field) => `the required column "${field}" is missing`,
    goalNotWhole: (cell) => `the goal must be a whole number from 1 ("${cell}")`,
    noName: "the indicator has no name",
    badKind: (cell) => `kind "${cell}" must be target or kpi`,
    badDirection: (cell) => `direction "${cell}" must be higher or lower`,
    badCumulative: (cell) => `cumulative "${cell}" must be 1 or 0`,
    badMethod: (cell) => `method "${cell}" must be one of ${[...new Set(methodWords.values())].join(", ")}`,
    badWeight: (cell) => `weight "${cell}" must be a number of 0 or more`,
    notAValue: (cell) =>
      `"${cell}" is neither a number nor a missing-value marker (${markers}); a number may carry only the row's unit or one of the listed units (${unitExamples.join(", ")} …: README, "The plan file")`,
    pathNeedsBaselineYear: (cell) => `the path method needs the baseline's year ("${cell}")`,
    pathBaselineAfterFinal: (cell) =>
      `the path method needs the baseline's year ("${cell}") before the final target's year`,
    duplicateId: (id, first) =>
      `the id "${id}" is the id of the indicator on ${first} (case is not told apart); give each indicator its own id`,
    keptAsText: (column) => `the column "${column}" is kept as text (not used in any calculation)`,
    yearColumnNotRead: (column, nearest) =>
      `the column "${column}" was not read as a year column (kept as text)${nearest === "" ? "" : `; did you mean "${nearest}"?`}`,
    line: (line) => `line ${line}`,
    file: "file",
    tooLarge: (bytes, limit) =>
      `the file holds ${grouped(bytes)} bytes; plan files over ${grouped(limit)} bytes (${limit / 2 ** 20} MB) are not read`,
    nul: (offset) =>
      `the file holds a NUL character at byte offset ${grouped(offset)}: it is not a text file, or it is UTF-16 without a byte-order mark; save it again from Excel as "CSV UTF-8" or "Unicode Text"`,
    undecodable,
    extraCells: (cells, columns, cell, shown) =>
      `the row has ${cells} cells but the header names ${columns}; cell ${cell} ("${shown}") has no column and would be lost: remove it or add a column to the header`,
    cellTooLong: (length, shown, limit) =>
      `the cell holds ${grouped(length)} characters ("${shown}"), more than the ${grouped(limit)} an Excel cell can; it is not read`,
    unclosedQuote: (shown) =>
      `the quote opening "${shown}" is never closed, so every line after it would be read into this one cell; the file is not read. Close or remove the quote ${quoteInside}`,
    textAfterQuote: (closedOn, shown) =>
      `the quoted cell that opens here closes on line ${closedOn} and is followed by "${shown}"; a quote is missing or stray, and where the cell ends cannot be told, so the file is not read ${quoteInside}`,
    ambiguousDelimiter: (held) =>
      `the header row holds ${held.map(([d, n]) => `${n} ${delimiterNames[d]}`).join(" and ")}, so which one separates the columns cannot be told`,
    problem: (where, column, message) => `${where}${column === "" ? "" : ` column "${column}"`}: ${message}`,
  },
  scale: {
    tooFew: "a grade scale needs at least two levels",
    noThreshold: (level) => `level ${level} has no threshold`,
    noLabel: (level) => `level ${level} has no label`,
    notFalling: (level) => `thresholds must fall from the best level down (level ${level})`,
  },
  grades: {
    standardName: "On track / Mostly / Slightly behind / Behind (100/80/60%)",
    standard: ["On track", "Mostly on track", "Slightly behind", "Behind"],
    abcName: "A / B+ / B / C (100/80/50%)",
    abcdName: "A / B / C / D (110/80/50%, uncapped)",
    rangeName: "range",
    symbolsName: "◎ / ○ / △ / × (100/80/60%)",
  },
  functions: {
    args: {
      target: "target",
      actual: "actual",
      baseline: "baseline",
      baselineYear: "baseline year",
      finalTarget: "final target",
      finalYear: "final year",
      year: "year",
      direction: "direction",
      capped: "capped",
      rate: "rate",
      rates: "rates",
      scale: "scale",
      label: "label",
      style: "style",
      value: "value",
    },
    missingReasons: {
      blank: "blank",
      notSet: `not set (${missingWords.notSet})`,
      unpublished: `not published (${missingWords.unpublished})`,
      indicatorChanged: `indicator changed (${missingWords.indicatorChanged})`,
    },
    quote: (text) => `"${text}"`,
    missing: (arg, reason) => `The ${arg} is missing: ${reason}`,
    notANumber: (arg, text) => `The ${arg} ${text} cannot be read as a number`,
    notARate: (arg, text) => `The ${arg} ${text} cannot be read as a rate (0.953 or 95.3%)`,
    badDirection: (text) =>
      `The direction ${text} is not higher or lower (${writtenWords.higher.ja} or ${writtenWords.lower.ja})`,
    badCapped: (text) => `Capped ${text} must be TRUE or FALSE`,
    notAYear: (arg, text) => `The ${arg} ${text} is not a year (R6, ${yearLabel(2024, "ja")}, 2024, FY2024)`,
    badStyle: (text) => `The style ${text} is not long, short or fy`,
    badScale: (problem) => `The grade scale cannot be used: ${problem}`,
    scaleColumns: (columns) =>
      `A grade scale is a range of 2 columns (threshold, label) or 3 (threshold, Japanese, English), not ${columns}`,
    noRates: "There are no rates to average",
    shapes: (a, b) => `The ranges differ in size (${a} and ${b}); give ranges of the same size or single cells`,
    tooLarge: (rows, cols, limit) =>
      `The result would be ${rows}×${cols} cells, more than ${limit} (a sheet's rows); give smaller ranges`,
    notRectangular: (arg) => `The ${arg} range is not rectangular`,
    empty: (arg) => `The ${arg} range is empty`,
    nested: (arg) => `A cell of the ${arg} holds a range`,
    inputError: (arg, code) => `The ${arg} is the error ${code}`,
    unexpected: "The value could not be computed (internal error)",
  },
  sharing: {
    rangeNotTop: (name) => `KPI.${name} over a range is inside another formula, or its spill range is unknown`,
    tableColumnSpills: (name) => `KPI.${name} over a table column spills and cannot be converted`,
    unknownFunction: (name) => `KPI.${name} is not a known function`,
    unclosed: "a parenthesis is not closed",
    wrongArity: (name) => `KPI.${name} has the wrong number of arguments`,
    rangesDiffer: "the ranges differ in size",
    noSpillRange: (rows, columns) =>
      `an array formula (${rows}×${columns}) with no spill range (#SPILL! or an older Excel)`,
    spillDiffers: (spillRows, spillColumns, rows, columns) =>
      `the spill range (${spillRows}×${spillColumns}) differs from the arguments (${rows}×${columns})`,
    directionWord: (word) => `direction "${word}" is not recognised`,
    directionValue: (text) => `direction ${text} is not recognised`,
    scaleColumns: "a scale range has 2 or 3 columns",
    scaleLevels: "a grade scale needs at least two levels",
    scaleNotRange: "the scale must be a range or a name",
    averageNotRange: "KPI.AVERAGE's argument is not a range",
    notAYear: (text) => `${text} is not a year`,
    labelStyle: "KPI.LABEL converts only with a literal style",
    numberText: `KPI.NUMBER reads text such as ${textNumberExample}, which classic functions cannot`,
  },
  cli: {
    fileKinds: {
      directory: "a directory",
      fifo: "a FIFO (named pipe)",
      device: "a device",
      socket: "a socket",
      special: "a special file",
    },
    notRegularFile: (kind) => `not a regular file (${kind})`,
    outputIsInput: (output, input) => `${output} is the plan file being read (${input}); give -o another name`,
    outputExists: (output) => `${output} already exists; add --force to replace it`,
    removedCharacters: (where, characters) =>
      `${where}: removed ${characters.join(", ")} (characters an .xlsx cannot hold)`,
    wrote: (output, count) => `wrote ${output} (${count} indicators)`,
  },
  rules: rulesEn,
};
