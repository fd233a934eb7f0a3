import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeCsv, readPlanCsv, summarize } from "../../../src";
import { seriesRefs } from "../../../src/report/charts";
import { reportSheetPlan, reportWorkbookPlan } from "../../../src/report/reportPlan";
import { Block, SheetPlan } from "../../../src/sheets";

const atsugi = readPlanCsv(
  decodeCsv(readFileSync(join(__dirname, "..", "..", "..", "examples", "atsugi-fy2024.csv"))),
).plan;

/** Every cell of a sheet plan with what it holds and the value it shows. */
function cells(sheet: SheetPlan): Map<string, { formula?: string; text?: string; value?: unknown }> {
  const map = new Map<string, { formula?: string; text?: string; value?: unknown }>();
  const letter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : "A" + String.fromCharCode(65 + i - 26));
  sheet.blocks.forEach((block: Block) => {
    const [, col = "A", row = "1"] = /^([A-Z]+)(\d+)$/.exec(block.at) ?? [];
    const c0 = col.length === 1 ? col.charCodeAt(0) - 65 : 26 + col.charCodeAt(1) - 65;
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        const address = `${letter(c0 + c)}${Number(row) + r}`;
        if (cell.kind === "formula") map.set(address, { formula: cell.formula, value: block.values?.[r]?.[c] });
        if (cell.kind === "text") map.set(address, { text: cell.text, value: cell.text });
        if (cell.kind === "number") map.set(address, { value: cell.value });
      }),
    );
  });
  return map;
}

describe("the report sheet of the Atsugi plan", () => {
  const planned = reportWorkbookPlan(atsugi, { year: 2024, title: "第２期総合戦略", city: "厚木市" });
  const report = planned.workbook.sheets.find((s) => s.role === "report") as SheetPlan;
  const all = cells(report);
  const values = [...all.values()];

  test("comes after the settings, the KPI table and the summary, whose names it reads", () => {
    expect(planned.workbook.sheets.map((s) => s.role)).toEqual(["settings", "kpi", "summary", "report"]);
    expect(planned.workbook.names.map((n) => n.name)).toEqual(expect.arrayContaining(["KpiPlanTitle", "KpiCity"]));
    expect(all.get("A1")).toMatchObject({
      formula: '=IF(KpiPlanTitle="","総合戦略",KpiPlanTitle)',
      value: "第２期総合戦略",
    });
  });

  test("shows each goal's average and grade as live formulas with the engine's values", () => {
    const summary = summarize(atsugi, { year: 2024 });
    const averages = values.filter((v) => v.formula?.includes("ROUND(SUMIFS(KpiTable[達成率（評価年度）]") === true);
    // the overview's and each section's
    expect(averages.map((v) => v.value)).toEqual([0.895, 0.818, 0.965, 0.897, 0.895, 0.818, 0.965, 0.897]);
    expect(summary.goals.map((g) => g.average)).toEqual([0.895, 0.818, 0.965, 0.897]);
  });

  test("each goal's section starts a page, and so do its charts; the print area leaves the chart data out", () => {
    const headings = [...all.entries()].filter(([, v]) => /^基本目標\d\u3000/.test(v.text ?? "")).map(([a]) => a);
    const starts = headings.filter((a) => a.startsWith("A") && report.print?.rowBreaks?.includes(Number(a.slice(1))));
    expect(starts).toHaveLength(4);
    expect(report.print?.rowBreaks).toHaveLength(8);
    expect(report.print).toMatchObject({ orientation: "landscape", fitToWidth: false, paper: "A4" });
    expect(report.print?.area).toMatch(/^A1:J\d+$/);
  });

  test("the uncapped rate is shown in parentheses only above 100% (275 against 220 is 125.0%)", () => {
    const uncapped = values.filter((v) => />1,IF\((AND|ISNUMBER)\(/.test(v.formula ?? ""));
    const shown = uncapped.map((v) => v.value).filter((v) => v !== "");
    expect(shown.length).toBeGreaterThan(20);
    expect(shown.every((v) => typeof v === "number" && v > 1)).toBe(true);
    expect(shown).toEqual(expect.arrayContaining([1.25, 1.014, 1.013]));
    const formats = report.blocks.flatMap((b) => b.numberFormats?.flat() ?? []);
    expect(formats).toContain("(0.0%)");
  });

  test("every goal has charts: KPI rates against thresholds, the count per grade, one per numerical target", () => {
    expect(planned.charts).toHaveLength(4 * 2 + 8);
    const rates = planned.charts.filter((c) => c.kinds.includes("line"));
    expect(rates).toHaveLength(4);
    for (const chart of rates) {
      expect(chart.kinds).toEqual(["bar", "line", "line", "line"]);
      const refs = seriesRefs(chart);
      expect(refs.series).toHaveLength(4);
      // the thresholds' cells read the settings: a changed scale moves the lines
      const threshold = all.get(refs.series[1].values.split(":")[0].replace(/\$/g, ""));
      expect(threshold).toMatchObject({ formula: "=INDEX(KpiGradeMin,1)", value: 1 });
    }
    for (const chart of planned.charts) {
      expect(chart.to.row).toBeGreaterThan(chart.from.row);
      expect(chart.to.column).toBeGreaterThan(chart.from.column);
    }
  });
});

describe("the report's texts, when the plan has them", () => {
  const csv = [
    "goal,goal_title,kind,policy,initiative,name,unit,direction,baseline,baseline_year,target_R6,actual_R6,goal_direction,council_opinion,担当課,取組状況_R6",
    "1,Jobs,kpi,1 Firms,① Sites,New firms,社,higher,3,令和2年度,10,11,Grow the firms,Keep going,商工観光課,Two sites opened",
    "1,Jobs,target,,,Workers,人,higher,100,令和元年,120,110,,,,",
  ].join("\n");
  const plan = readPlanCsv(csv).plan;
  const report = reportSheetPlan(plan, { year: 2024 });
  const texts = [...cells(report.sheet).values()].map((v) => v.value);

  test("the goal's direction and the council's opinion, the department and its text", () => {
    expect(texts).toEqual(expect.arrayContaining(["Grow the firms", "Keep going", "商工観光課", "Two sites opened"]));
    expect(texts).toEqual(expect.arrayContaining(["施策の方向性", "【総合戦略会議からの意見】", "担当課", "取組状況"]));
    expect(report.sheet.print?.area).toMatch(/^A1:F\d+$/);
  });

  test("a KPI above its target prints its uncapped rate (11 against 10 is 110.0%)", () => {
    expect(texts).toContain(1.1);
  });
});
