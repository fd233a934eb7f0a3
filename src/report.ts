import { NoRateReason, RateOutcome } from "./evaluate";
import { formatPermille, reasonLabel } from "./format";
import { levelLabel } from "./grade";
import { messagesFor } from "./i18n";
import { Lang } from "./lang";
import { Summary } from "./summary";
import { yearLabel } from "./year";

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
  const w = messagesFor(lang).report;
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
    const grade = g.grade === undefined ? "-" : levelLabel(summary.scale, g.grade, lang);
    out.push(`  ${w.average} ${average}  ${w.grade} ${grade}`);
    out.push(`  ${summary.scale.levels.map((l, i) => `${l.label[lang]} ${g.gradeCounts[i]}`).join(" / ")}`);
    const earlier = [...g.kpis, ...g.targets].filter((r) => r.yearUsed !== undefined && r.yearUsed !== summary.year);
    if (earlier.length > 0) {
      const used = earlier.map((r) => `${r.indicator.name} ${yearLabel(r.yearUsed as number, lang, "short")}`);
      out.push(`  ${messagesFor(lang).rules.earlier}: ${used.join(", ")}`);
    }
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
