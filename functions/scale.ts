import { defaultScale, GradeLevel, GradeScale, scaleProblem } from "../src/grade";
import { CoreMessages, coreMessagesFor, localizeCore } from "../src/i18n/core";
import { Lang, Localized } from "../src/lang";
import { clean } from "../src/text";
import { readRate } from "./cells";
import { CellError, invalid, isCellError } from "./errors";
import { Grid } from "./broadcast";
import { args, messages } from "./messages";

/**
 * A grade scale from a range as the settings sheet holds it: one row per level, best first;
 * column 1 the threshold (0.8 or 80%), column 2 the label, or columns 2 and 3 the Japanese and
 * English labels. Blank rows are skipped (settings tables keep spare rows); the last level may
 * leave its threshold blank, as it takes every rate below the one above. The rules of a valid
 * scale are the engine's (scaleProblem).
 */
/** The name of a scale read from a range (KPI.GRADE's scale argument). */
const rangeScaleName = localizeCore((m) => m.grades.rangeName);

export function scaleFrom(grid: Grid | undefined, lang: Lang): GradeScale | CellError {
  if (grid === undefined) return defaultScale;
  if (grid.cols !== 2 && grid.cols !== 3) return invalid(messages.scaleColumns(grid.cols), lang);
  const isBlank = (c: unknown) => c === null || c === undefined || (typeof c === "string" && clean(c) === "");
  const rows = grid.cells.filter((row) => !row.every(isBlank));
  const levels: GradeLevel[] = [];
  for (let i = 0; i < rows.length; i++) {
    const [thresholdCell, ...labelCells] = rows[i];
    const threshold = readRate(thresholdCell, args.scale, lang);
    if (isCellError(threshold)) return threshold;
    let min: number;
    if (typeof threshold === "number") min = threshold;
    else if (i === rows.length - 1 && (threshold.reason === "blank" || threshold.reason === "notSet")) min = 0;
    else return invalid(messages.badScale(levelProblem((m) => m.scale.noThreshold(i + 1), lang)), lang);
    const labels: string[] = [];
    for (const c of labelCells) {
      if (typeof c === "string") labels.push(c.trim());
      else if (typeof c === "number" && Number.isFinite(c)) labels.push(String(c));
      else if (isBlank(c)) labels.push("");
      else return invalid(messages.badScale(levelProblem((m) => m.scale.noLabel(i + 1), lang)), lang);
    }
    const label: Localized = labels.length === 1 ? { ja: labels[0], en: labels[0] } : { ja: labels[0], en: labels[1] };
    levels.push({ min, label });
  }
  const problem = scaleProblem(levels);
  if (problem !== undefined) return invalid(messages.badScale(problem[lang]), lang);
  return { id: "range", name: rangeScaleName, basis: "capped", levels };
}

const levelProblem = (pick: (m: CoreMessages) => string, lang: Lang): string => pick(coreMessagesFor(lang));
