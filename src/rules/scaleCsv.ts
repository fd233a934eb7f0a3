/**
 * A grade scale written as a CSV file (`summary --scale FILE.csv`): one row per level, best
 * first, `threshold,label[,English label]`; the threshold written as a rate (`100%` or `1.0`),
 * blank for the last level, which takes every rate below the one above it. A problem is given
 * with the line it is on. A scale with a threshold above 100% grades the uncapped rate (as
 * `abcd-110-80-50`): a capped rate never reaches it. A first line that names the columns
 * (`threshold,label,English label`, `閾値,評価`) is skipped.
 */
import { GradeLevel, GradeScale, scaleProblemAt } from "../grade";
import { localize, Messages } from "../i18n";
import { Localized } from "../lang";
import { readCsv } from "../read/csv";
import { clean } from "../text";
import { readValue } from "../value";
import { scaleHeaderWords } from "../vocabulary";

/** Whether a line names the columns: its first cell is a header word (any case, 達成率（%） too). */
function isHeader(cells: readonly string[]): boolean {
  const first = clean(cells[0] ?? "")
    .toLowerCase()
    .replace(/[\uFF08(].*$/u, "")
    .trim();
  return scaleHeaderWords.includes(first);
}

export type ScaleRead =
  | { readonly kind: "scale"; readonly scale: GradeScale }
  | { readonly kind: "problem"; readonly line: number; readonly problem: Localized };

/** A threshold as written: a rate with % (80%), or a fraction (0.8); undefined when it is neither. */
function threshold(text: string): number | undefined {
  const value = readValue(text);
  if (value.kind !== "number") return undefined;
  if (value.unit === "%") return value.value / 100;
  // a bare 80 is a percentage written without its sign, not 8000%: asked for as 80% or 0.8
  return value.unit === "" && Math.abs(value.value) < 10 ? value.value : undefined;
}

export function readScaleCsv(text: string, id: string): ScaleRead {
  const read = readCsv(text.replace(/^\uFEFF/u, ""), ",");
  if (read.kind === "quote")
    return { kind: "problem", line: read.line, problem: localize((m) => m.read.unclosedQuote(read.text)) };
  const filled = read.records.filter((r) => r.cells.some((c) => clean(c) !== ""));
  const first = filled[0];
  const rows = first !== undefined && isHeader(first.cells) ? filled.slice(1) : filled;
  const levels: GradeLevel[] = [];
  const lines: number[] = [];
  const problem = (line: number, pick: (m: Messages) => string): ScaleRead => ({
    kind: "problem",
    line,
    problem: localize(pick),
  });
  for (const [i, row] of rows.entries()) {
    const [minText = "", ja = "", en = ""] = row.cells.map(clean);
    const line = row.lines[0] ?? i + 1;
    const last = i === rows.length - 1;
    const min = minText === "" && last ? 0 : threshold(minText);
    if (min === undefined) {
      return minText === ""
        ? problem(line, (m) => m.scale.noThreshold(i + 1))
        : problem(line, (m) => m.rules.badThreshold(minText));
    }
    levels.push({ min, label: { ja, en: en === "" ? ja : en } });
    lines.push(line);
  }
  const found = scaleProblemAt(levels);
  if (found !== undefined) {
    // the line of the level the problem is about; too few or too many levels: the last line
    const line = lines[found.level ?? lines.length - 1] ?? 1;
    return { kind: "problem", line, problem: found.problem };
  }
  const basis = levels.some((l) => l.min > 1) ? "uncapped" : "capped";
  return { kind: "scale", scale: { id, name: { ja: id, en: id }, basis, levels } };
}
