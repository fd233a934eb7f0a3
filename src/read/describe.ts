/** What a sheet was read as, in words: the inspect listing and the pane's preview share these. */
import { headerYear, sheetHeader } from "../columns";
import { formatPermille } from "../format";
import { messagesFor } from "../i18n";
import { ReadingWords } from "../i18n/workbookMessages";
import { Lang } from "../lang";
import { describeNotice, describeProblem } from "../problem";
import { unreachable } from "../unreachable";
import { RateDifference } from "./cityRates";
import { ColumnReading } from "./findTable";
import { GridRead } from "./readGrid";

function words(reading: ColumnReading, lang: Lang): ReadingWords {
  switch (reading.kind) {
    case "field":
      return { kind: "field", field: sheetHeader(reading.field, lang) };
    case "year":
      return { kind: "year", part: reading.part, year: headerYear(reading.year, lang) };
    case "yearRows":
      return { kind: "yearRows", year: headerYear(reading.year, lang) };
    case "part":
    case "text":
    case "ignored":
      return { kind: reading.kind };
    default:
      return unreachable(reading);
  }
}

/** What a column was read as: 基本目標, R6の目標値, 文字として保持 … */
export function describeReading(reading: ColumnReading, lang: Lang): string {
  return messagesFor(lang).workbook.reading(words(reading, lang));
}

/** One difference between the city's rate and the engine's, as a line. */
export function describeRateDifference(d: RateDifference, lang: Lang): string {
  const m = messagesFor(lang);
  const shown = (p: number | undefined): string => (p === undefined ? "-" : `${formatPermille(p)}`);
  return m.workbook.rateDifference(
    d.at,
    d.name,
    headerYear(d.year, lang),
    shown(d.theirs),
    shown(d.ours),
    m.workbook.rateWhy(d.why),
  );
}

/** The whole listing of a sheet read: the table, its columns, the rows not read, the rates compared. */
export function inspectLines(read: GridRead, lang: Lang): string[] {
  const m = messagesFor(lang).workbook;
  const lines = [m.table(read.at, read.layout, read.read.plan.indicators.length), m.columnsHeading];
  for (const c of read.columns) {
    if (c.header === "" && c.reading.kind === "ignored") continue;
    lines.push(`  ${c.at} ${c.header}: ${describeReading(c.reading, lang)}`);
  }
  for (const notice of read.read.notices) lines.push(`  ${describeNotice(notice, lang)}`);
  lines.push(m.rowsHeading);
  const refused = [
    ...read.skipped.map((s) => `  ${s.at} ${s.text}: ${m.skipped(s.why)}`),
    ...read.read.problems.map((p) => `  ${describeProblem(p, lang)}`),
  ];
  lines.push(...(refused.length === 0 ? [`  ${m.noRefusedRows}`] : refused));
  if (read.rates.compared > 0 || read.rates.differences.length > 0) {
    lines.push(m.ratesHeading);
    if (read.rates.differences.length === 0) lines.push(`  ${m.noRateDifferences(read.rates.compared)}`);
    for (const d of read.rates.differences) lines.push(`  ${describeRateDifference(d, lang)}`);
  }
  return lines;
}
