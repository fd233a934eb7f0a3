/**
 * The report sheet: the overview, then one section per goal, each starting a page, printed
 * landscape on A4 at 100% with the strategy's name and the evaluation year in the header and
 * "page x of y" in the footer; the charts' data beside it, outside the print area.
 */
import { columnLetter } from "../formula/a1";
import { Indicator, Plan } from "../plan";
import { gradeStyles } from "../sheets/gradeStyles";
import { names, Settled } from "../sheets/options";
import { SheetPlan } from "../sheets/sheetPlan";
import { ChartSpec } from "./charts";
import { reportContext } from "./context";
import { goalSection } from "./goalSection";
import { overview } from "./overview";
import { newPart } from "./part";
import { pageSetup } from "./printSetup";

export interface ReportSheet {
  readonly sheet: SheetPlan;
  readonly charts: readonly ChartSpec[];
}

/** The report over the KPI table `s.tableName`; `inTable` says whether an indicator's id is in its id column. */
export function reportSheet(plan: Plan, s: Settled, inTable: (indicator: Indicator) => boolean): ReportSheet {
  const ctx = reportContext(plan, s, inTable);
  const part = newPart();
  overview(ctx, part);
  for (const goal of ctx.summary.goals) goalSection(ctx, part, goal);
  const { layout: l } = ctx;
  const last = Math.max(1, part.row - 1);
  const lastPrinted = columnLetter(l.printedCount - 1);
  const gradeRange = `${l.grade}1:${l.grade}${last}`;
  const sheet: SheetPlan = {
    name: s.sheetNames.report,
    role: "report",
    blocks: part.blocks,
    columns: l.columns,
    freeze: { rows: 0, columns: 0 },
    tables: [],
    conditionalFormats: gradeStyles(s.scale.levels.length).map((style, i) => ({
      range: gradeRange,
      formula: `=${l.grade}1=INDEX(${names.label},${i + 1})`,
      ...style,
    })),
    validations: [],
    print: pageSetup(s, "landscape", {
      rowBreaks: part.breaks,
      area: `A1:${lastPrinted}${last}`,
    }),
    merges: part.merges,
    rowHeights: part.heights,
  };
  return { sheet, charts: part.charts };
}
