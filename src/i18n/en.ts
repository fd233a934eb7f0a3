/** English: the language pack for staff and readers who do not read Japanese. */
import { fieldWords, missingWords } from "../vocabulary";

const markers = `${missingWords.notSet}, ${missingWords.unpublished}, ${missingWords.indicatorChanged}`;
import type { Messages } from "./messages";

export const en: Messages = {
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
    badMethod: (cell) => `method "${cell}" must be ratio, baseline or path`,
    badWeight: (cell) => `weight "${cell}" must be a number of 0 or more`,
    notAValue: (cell) => `"${cell}" is neither a number nor a missing-value marker (${markers})`,
    pathNeedsBaselineYear: (cell) => `the path method needs the baseline's year ("${cell}")`,
    pathBaselineAfterFinal: (cell) =>
      `the path method needs the baseline's year ("${cell}") before the final target's year`,
    duplicateId: (id, first) =>
      `the id "${id}" is the id of the indicator on ${first} (case is not told apart); give each indicator its own id`,
    line: (line) => `line ${line}`,
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
    abc: ["A On track", "B+ Mostly on track", "B Slightly behind", "C Behind"],
    abcdName: "A / B / C / D (110/80/50%, uncapped)",
    rangeName: "range",
    symbolsName: "◎ / ○ / △ / × (100/80/60%)",
  },
};
