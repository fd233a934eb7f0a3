import { RateOutcome } from "./evaluate";
import { formatPermille, reasonLabel } from "./format";
import { Lang } from "./lang";
import { NoRateReason } from "./evaluate";
import { Summary } from "./summary";
import { yearLabel } from "./year";

const words = {
  ja: {
    heading: (year: string) => `目標別の達成状況（評価年度：${year}）`,
    goal: (n: number) => `基本目標${n}`,
    kpis: (count: number, rated: number) => `KPI ${count}件（達成率あり ${rated}件）`,
    notEvaluable: "評価不能",
    average: "KPI達成率平均",
    grade: "評価",
    targets: "数値目標",
    none: "なし",
  },
  en: {
    heading: (year: string) => `Goal summary (evaluation year ${year})`,
    goal: (n: number) => `Goal ${n}`,
    kpis: (count: number, rated: number) => `${count} KPIs (${rated} with a rate)`,
    notEvaluable: "not evaluable",
    average: "KPI average",
    grade: "grade",
    targets: "Numerical targets",
    none: "none",
  },
};

/** "95.3%", or "100.0% (125.0%)" when the uncapped rate differs, or "-". */
export function rateText(rate: RateOutcome | undefined): string {
  if (rate === undefined || rate.kind !== "rate") return "-";
  const capped = formatPermille(rate.cappedPermille);
  return rate.uncappedPermille === rate.cappedPermille
    ? capped
    : `${capped} (${formatPermille(rate.uncappedPermille)})`;
}

/** The goal summary as terminal text. */
export function summaryText(summary: Summary, lang: Lang): string {
  const w = words[lang];
  const out: string[] = [];
  const evaluation = summary.year === undefined ? w.none : yearLabel(summary.year, lang);
  out.push(w.heading(evaluation), "");
  for (const g of summary.goals) {
    out.push(`${w.goal(g.goal)}  ${g.title}`);
    const reasons = Object.entries(g.notEvaluable)
      .map(([reason, n]) => `${reasonLabel(reason as NoRateReason, lang)} ${n}`)
      .join(", ");
    out.push(`  ${w.kpis(g.kpiCount, g.ratedCount)}${reasons === "" ? "" : `  ${w.notEvaluable}: ${reasons}`}`);
    const average = g.average === undefined ? "-" : formatPermille(Math.round(g.average * 1000));
    const grade = g.grade === undefined ? "-" : summary.scale.levels[g.grade].label[lang];
    out.push(`  ${w.average} ${average}  ${w.grade} ${grade}`);
    out.push(`  ${summary.scale.levels.map((l, i) => `${l.label[lang]} ${g.gradeCounts[i]}`).join(" / ")}`);
    if (g.targets.length > 0) {
      out.push(`  ${w.targets}:`);
      for (const t of g.targets) {
        const years = [...t.rates].map(([year, rate]) => `${yearLabel(year, lang, "short")} ${rateText(rate)}`);
        out.push(`    ${t.indicator.name}: ${years.join("  ")}`);
      }
    }
    out.push("");
  }
  return out.join("\n");
}
