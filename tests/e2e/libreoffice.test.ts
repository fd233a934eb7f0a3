/**
 * End to end: `kpi-sheets build` writes the workbook, LibreOffice headless recalculates every
 * formula (no cached values are trusted), and every rate, grade, goal average and grade count
 * read back equals the engine's. Then one actual is changed in the recalculated file and a
 * second recalculation shows the KPI row and the goal summary following it.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { decodeCsv, findScale, GradeScale, Indicator, Lang, Plan, readPlanCsv, summarize, Summary } from "../../src";
import { columnLetter } from "../../src/formula/a1";
import { kpiLayout, settingsRows, settle, summaryRows } from "../../src/sheets";
import { readValues, recalculate, scratchDir, Value } from "./libreoffice-recalc";

jest.setTimeout(180_000);

const root = join(__dirname, "..", "..");
const tsx = require.resolve("tsx/cli");

interface Case {
  readonly id: string;
  readonly csv: string;
  readonly lang: Lang;
  readonly scale: GradeScale;
  readonly year?: number;
  readonly args: readonly string[];
}

const standard = findScale("standard") as GradeScale;
const cases: readonly Case[] = [
  { id: "atsugi", csv: "examples/atsugi-fy2024.csv", lang: "ja", scale: standard, args: [] },
  { id: "fixture", csv: "tests/fixtures/sharing-plan.csv", lang: "ja", scale: standard, args: [] },
  {
    id: "fixture-en-uncapped-2023",
    csv: "tests/fixtures/sharing-plan.csv",
    lang: "en",
    scale: findScale("abcd-110-80-50") as GradeScale,
    year: 2023,
    args: ["--lang", "en", "--scale", "abcd-110-80-50", "--year", "R5"],
  },
];

const planOf = (csv: string): Plan => {
  const read = readPlanCsv(decodeCsv(readFileSync(join(root, csv))));
  expect(read.problems).toEqual([]);
  return read.plan;
};

type Sheets = Map<string, Map<string, Value>>;

function expectRate(actual: Value, expected: number | undefined, where: string): void {
  if (expected === undefined) {
    expect({ where, value: actual }).toEqual({ where, value: "-" });
  } else {
    expect({ where, type: typeof actual }).toEqual({ where, type: "number" });
    expect({ where, close: Math.abs((actual as number) - expected) < 1e-9, actual, expected }).toEqual({
      where,
      close: true,
      actual,
      expected,
    });
  }
}

/** Compares every computed cell of a recalculated workbook with the engine's summary. */
function checkAgainstEngine(sheets: Sheets, plan: Plan, c: Case): Summary {
  const s = settle(plan, { lang: c.lang, scale: c.scale, year: c.year });
  const summary = summarize(plan, { year: s.year, scale: c.scale });
  const kpi = sheets.get(s.sheetNames.kpi) as Map<string, Value>;
  const goals = sheets.get(s.sheetNames.summary) as Map<string, Value>;
  expect(kpi).toBeDefined();
  expect(goals).toBeDefined();
  const layout = kpiLayout(plan.years, plan.indicators.length, c.lang);
  const label = (i: number | undefined): string => (i === undefined ? "-" : c.scale.levels[i].label[c.lang]);
  let checked = 0;
  summary.indicators.forEach((result, i) => {
    const row = layout.firstRow + i;
    const at = (letter: string): Value => kpi.get(`${letter}${row}`) ?? null;
    for (const year of plan.years) {
      const rate = result.rates.get(year);
      expectRate(
        at(layout.letter({ year, part: "rate" })),
        rate?.kind === "rate" ? rate.capped : undefined,
        `${result.indicator.name} ${year}`,
      );
      checked++;
    }
    const r = result.rate;
    expectRate(
      at(layout.letter("evalRate")),
      r.kind === "rate" ? r.capped : undefined,
      `${result.indicator.name} eval`,
    );
    expectRate(
      at(layout.letter("evalUncapped")),
      r.kind === "rate" ? r.uncapped : undefined,
      `${result.indicator.name} uncapped`,
    );
    expect({ name: result.indicator.name, grade: at(layout.letter("grade")) }).toEqual({
      name: result.indicator.name,
      grade: label(result.grade),
    });
    checked += 3;
  });
  summary.goals.forEach((goal, i) => {
    const row = summaryRows.goalFirst + i;
    const at = (col: string): Value => goals.get(`${col}${row}`) ?? null;
    expect([at("A"), at("C"), at("D"), at("E")]).toEqual([
      goal.goal,
      goal.kpiCount,
      goal.ratedCount,
      goal.kpiCount - goal.ratedCount,
    ]);
    expectRate(at("F"), goal.average, `goal ${goal.goal} average`);
    expect({ goal: goal.goal, grade: at("G") }).toEqual({ goal: goal.goal, grade: label(goal.grade) });
    const counts = goal.gradeCounts.map((_, l) => at(String.fromCharCode(72 + l)));
    expect({ goal: goal.goal, counts }).toEqual({ goal: goal.goal, counts: [...goal.gradeCounts] });
    checked += 6;
  });
  // numerical targets: each row of the summary's second table looks its indicator up in the KPI table
  const targets = summary.indicators.filter((r) => r.indicator.kind === "target");
  const nameCells = [...goals.entries()].filter(
    ([address]) => /^B\d+$/.test(address) && Number(address.slice(1)) > summaryRows.goalFirst + summary.goals.length,
  );
  for (const t of targets) {
    const hit = nameCells.find(([, value]) => value === t.indicator.name);
    expect({ target: t.indicator.name, found: hit !== undefined }).toEqual({ target: t.indicator.name, found: true });
    const row = Number(hit![0].slice(1));
    plan.years.forEach((year, j) => {
      const rate = t.rates.get(year);
      expectRate(
        goals.get(`${columnLetter(3 + 3 * j + 2)}${row}`) ?? null,
        rate?.kind === "rate" ? rate.capped : undefined,
        `target ${t.indicator.name} ${year}`,
      );
      checked++;
    });
  }
  expect(checked).toBeGreaterThan(plan.indicators.length * plan.years.length);
  return summary;
}

/** The first KPI of goal 1 with a rate in the evaluation year: the one whose actual is changed. */
function kpiToChange(summary: Summary): number {
  const index = summary.indicators.findIndex(
    (r) => r.indicator.kind === "kpi" && r.indicator.goal === 1 && r.rate.kind === "rate",
  );
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
}

function withActual(plan: Plan, index: number, year: number, value: number): Plan {
  const indicators = plan.indicators.map((indicator, i): Indicator => {
    if (i !== index) return indicator;
    const actuals = new Map(indicator.actuals);
    actuals.set(year, { kind: "number", value, unit: "" });
    return { ...indicator, actuals };
  });
  return { ...plan, indicators };
}

describe("the built workbook, recalculated by LibreOffice, agrees with the engine", () => {
  const dir = scratchDir("kpi-build-");
  const built = new Map<string, string>();
  let first: Sheets[] = [];
  let recalculated: string[] = [];

  beforeAll(async () => {
    for (const c of cases) {
      const out = join(dir, `${c.id}.xlsx`);
      const run = spawnSync(
        process.execPath,
        [tsx, join(root, "cli", "main.ts"), "build", join(root, c.csv), "-o", out, ...c.args],
        {
          encoding: "utf8",
        },
      );
      expect({ id: c.id, status: run.status, stderr: run.stderr }).toEqual({ id: c.id, status: 0, stderr: "" });
      built.set(c.id, out);
    }
    recalculated = recalculate(cases.map((c) => built.get(c.id) as string));
    first = await Promise.all(recalculated.map(readValues));
  });

  test.each(cases.map((c, i) => [c.id, i] as const))(
    "%s: every rate, grade, goal average and grade count",
    (_id, i) => {
      const c = cases[i];
      const summary = checkAgainstEngine(first[i], planOf(c.csv), c);
      if (c.id === "atsugi") {
        // the reference report's goal averages, through LibreOffice
        const averages = summary.goals.map((g) => g.average);
        expect(averages).toEqual([0.895, 0.818, 0.965, 0.897]);
        const s = settle(planOf(c.csv), {});
        expect(first[i].get(s.sheetNames.summary)?.get(`F${summaryRows.goalFirst + 3}`)).toBe(0.897);
      }
    },
  );

  test("no text from the plan became a formula: =HYPERLINK(...) stays text", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated[1]);
    const plan = planOf(cases[1].csv);
    const layout = kpiLayout(plan.years, plan.indicators.length, "ja");
    const index = plan.indicators.findIndex((x) => x.name.startsWith("=HYPERLINK"));
    const cell = wb.getWorksheet("KPI")?.getCell(`${layout.letter("name")}${layout.firstRow + index}`);
    expect(cell?.value).toBe('=HYPERLINK("http://example.com","x")');
    expect(cell?.formula).toBeUndefined();
  });

  test("after changing one actual in the recalculated file, a second recalculation follows it", async () => {
    const changed: { c: Case; plan: Plan; file: string }[] = [];
    for (const [i, c] of cases.slice(0, 2).entries()) {
      const plan = planOf(c.csv);
      const s = settle(plan, { lang: c.lang, scale: c.scale, year: c.year });
      const before = summarize(plan, { year: s.year, scale: c.scale });
      const index = kpiToChange(before);
      const indicator = plan.indicators[index];
      const target = indicator.targets.get(s.year);
      // half the target (or twice it when lower is better) moves the rate to 50%
      const value =
        target?.kind === "number" ? (indicator.direction === "lower" ? target.value * 2 : target.value / 2) : 1;
      const newPlan = withActual(plan, index, s.year, value);
      const after = summarize(newPlan, { year: s.year, scale: c.scale });
      expect(after.goals[0].average).not.toEqual(before.goals[0].average);

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(recalculated[i]);
      const layout = kpiLayout(plan.years, plan.indicators.length, c.lang);
      const address = `${layout.letter({ year: s.year, part: "actual" })}${layout.firstRow + index}`;
      const sheet = wb.getWorksheet(s.sheetNames.kpi) as ExcelJS.Worksheet;
      // LibreOffice saves the table without a style element, which ExcelJS cannot write back
      for (const table of sheet.getTables() as unknown as { table: { style?: unknown } }[]) {
        table.table.style ??= { theme: "TableStyleMedium2", showRowStripes: true };
      }
      expect(sheet.getCell(address).value).toEqual((indicator.actuals.get(s.year) as { value: number }).value);
      sheet.getCell(address).value = value;
      let scale = c.scale;
      if (c.id === "fixture") {
        // a threshold changed on the settings sheet (おおむね順調 from 80% to 92%: goal 2's 91.0%
        // drops a grade) regrades every KPI and goal average, as the formulas read the scale there
        const cell = wb.getWorksheet(s.sheetNames.settings)?.getCell(`A${settingsRows.scaleFirstRow + 1}`);
        expect(cell?.value).toBe(c.scale.levels[1].min);
        (cell as ExcelJS.Cell).value = 0.92;
        scale = { ...c.scale, levels: c.scale.levels.map((l, k) => (k === 1 ? { ...l, min: 0.92 } : l)) };
      }
      const file = join(dir, `${c.id}-changed.xlsx`);
      await wb.xlsx.writeFile(file);
      changed.push({ c: { ...c, scale }, plan: newPlan, file });
    }
    const again = recalculate(changed.map((x) => x.file));
    for (const [i, x] of changed.entries()) {
      const sheets = await readValues(again[i]);
      checkAgainstEngine(sheets, x.plan, x.c);
    }
  });
});
