/**
 * One goal's section of the report, starting a page: its number and title, its policy
 * direction, its numerical targets, its KPI average and grade with the count per grade, the
 * council's opinion, its charts, then its KPIs grouped by policy and initiative.
 */
import { columnLetter } from "../formula/a1";
import { GoalSummary } from "../summary";
import { averageValue, gradeValue } from "../sheets/cachedValues";
import { goalFormulas } from "../sheets/goalFormulas";
import { names } from "../sheets/options";
import { Cell, Computed, computed, empty, text } from "../sheets/sheetPlan";
import { itemAt } from "../list";
import { Indicator } from "../plan";
import { ReportContext, yearHeader } from "./context";
import { goalCharts } from "./goalCharts";
import { indicatorBlock } from "./indicatorBlock";
import { Part, put, textLength, wideText } from "./part";

const headerFill = "#D9E1F2";
const groupFill = "#F2F2F2";

/** The first non-blank text of a goal's rows in a report column (a goal's texts are written on any of its rows). */
function goalText(ctx: ReportContext, goal: number, key: "goalDirection" | "councilOpinion"): string {
  for (const indicator of ctx.plan.indicators)
    if (indicator.goal === goal && ctx.text(indicator, key) !== "") return ctx.text(indicator, key);
  return "";
}

function tableHeader(ctx: ReportContext, part: Part, first: string): void {
  const { m, layout: l } = ctx;
  put(
    part,
    `A${part.row}`,
    [
      [
        text(first),
        text(m.baseline),
        empty,
        ...l.years.map((y) => text(yearHeader(ctx, y))),
        text(m.grade),
        ...(l.department === undefined ? [] : [text(m.department)]),
      ],
    ],
    { bold: true, fill: headerFill },
  );
  part.row += 1;
}

/** Writes a goal's section from `part.row` (a page break before it). */
export function goalSection(ctx: ReportContext, part: Part, g: GoalSummary): void {
  const { m, layout: l, s } = ctx;
  const wide = { from: 0, to: l.printedCount - 1, width: l.textWidth + 30 };
  part.breaks.push(part.row);
  wideText(part, text(m.goalHeading(g.goal, g.title)), textLength(g.title) + 6, wide, { bold: true, fontSize: 14 });
  part.row += 1;

  const direction = goalText(ctx, g.goal, "goalDirection");
  if (direction !== "") {
    put(part, `A${part.row}`, [[text(m.direction)]], { bold: true });
    part.row += 1;
    wideText(part, text(direction), textLength(direction), wide);
    part.row += 1;
  }

  // numerical targets
  const targetRows: { indicator: Indicator; row: number }[] = [];
  if (g.targets.length > 0) {
    put(part, `A${part.row}`, [[text(m.targets)]], { bold: true });
    part.row += 1;
    tableHeader(ctx, part, m.targetColumn);
    for (const t of g.targets) {
      targetRows.push({ indicator: t.indicator, row: part.row });
      indicatorBlock(ctx, part, t.indicator);
    }
    part.row += 1;
  }

  // the goal's average and grade, and the count per grade
  const f = goalFormulas(s, ctx.col);
  const goal = String(g.goal);
  const r = part.row;
  put(part, `A${r}`, [[text(m.progress(g.goal))]], { bold: true });
  const a = r + 1;
  const rated = `$${l.position}$${a}`;
  put(part, `${l.position}${a}`, [[f.ratedCount(goal, g.ratedCount), f.kpiCount(goal, g.kpiCount)]]);
  put(
    part,
    `A${a}`,
    [
      [
        text(m.average),
        f.average(goal, rated, averageValue(g.average)),
        text(m.grade),
        f.grade(`$B$${a}`, gradeValue(g.grade, s)),
      ],
    ],
    { bold: true },
    [["General", "0.0%", "General", "General"]],
  );
  part.merges.push(`D${a}:E${a}`);
  const levels = s.scale.levels.length;
  const h = a + 1;
  const labels: Computed[] = s.scale.levels.map((_, i) =>
    computed(`=INDEX(${names.label},${i + 1})`, gradeValue(i, s)),
  );
  const counts: (Cell | Computed)[] = s.scale.levels.map((_, i) =>
    f.gradeCount(goal, `${columnLetter(1 + i)}$${h}`, itemAt(g.gradeCounts, i)),
  );
  const notEvaluable = computed(`=$${l.direction}$${a}-${rated}`, g.kpiCount - g.ratedCount);
  put(part, `A${h}`, [[text(m.grade), ...labels, text(m.notEvaluable)]], { fill: headerFill, bold: true });
  put(part, `A${h + 1}`, [[text(m.kpiCount), ...counts, notEvaluable]], {}, [
    ["General", ...counts.map(() => "0"), "0"],
  ]);
  part.row = h + 3;

  const opinion = goalText(ctx, g.goal, "councilOpinion");
  if (opinion !== "") {
    put(part, `A${part.row}`, [[text(m.opinion)]], { bold: true });
    part.row += 1;
    wideText(part, text(opinion), textLength(opinion), wide);
    part.row += 1;
  }

  // KPIs by policy and initiative
  const kpiRows: { indicator: Indicator; position: string }[] = [];
  // the charts start a page: a chart cut by a page break prints on neither page whole
  const chartsAt = part.row;
  part.breaks.push(chartsAt);
  part.row += goalCharts.height(g.targets.length);
  put(part, `A${part.row}`, [[text(m.kpis)]], { bold: true });
  part.row += 1;
  tableHeader(ctx, part, "KPI");
  let policy: string | undefined;
  let initiative: string | undefined;
  for (const k of g.kpis) {
    const { indicator } = k;
    if (indicator.policy !== policy) {
      policy = indicator.policy;
      initiative = undefined;
      if (policy !== "") wideText(part, text(policy), textLength(policy), wide, { bold: true, fill: groupFill });
    }
    if (indicator.initiative !== initiative) {
      initiative = indicator.initiative;
      if (initiative !== "") wideText(part, text(initiative), textLength(initiative), wide);
    }
    kpiRows.push({ indicator, position: indicatorBlock(ctx, part, indicator) });
  }
  goalCharts.write(ctx, part, { at: chartsAt, countsRow: h, levels, kpis: kpiRows, targets: targetRows });
  part.row += 1;
}
