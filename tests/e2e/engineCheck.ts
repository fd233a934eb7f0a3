/**
 * Test helper: what every computed cell of a built workbook must show, from the engine alone
 * (summarize over the plan, the plan's own values), and the checks that compare a workbook's
 * values with it: cached values as written, and values recalculated by LibreOffice.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  decodeCsv,
  findScale,
  GradeScale,
  Lang,
  Plan,
  PlanValue,
  RateOutcome,
  readPlanCsv,
  summarize,
  Summary,
} from "../../src";
import { yearLabel } from "../../src/year";
import { missingWords } from "../../src/vocabulary";
import { columnLetter } from "../../src/formula/a1";
import { kpiLayout, settle, settingsRows, summaryRows } from "../../src/sheets";
import { Value } from "./libreoffice-recalc";
import type { Rules } from "../../src/rules/rules";

export const root = join(__dirname, "..", "..");

export interface Case {
  readonly id: string;
  readonly csv: string;
  readonly lang: Lang;
  readonly scale: GradeScale;
  readonly year?: number;
  /** The rules the workbook is built with (issue 14); default: the reference's. */
  readonly rules?: Partial<Rules>;
  readonly args: readonly string[];
}

export type Sheets = Map<string, Map<string, Value>>;

const standard = findScale("standard") as GradeScale;

/** The plans built and checked, with the options they are built with. */
export const fixtureCases: readonly Case[] = [
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
  // plan years R3, R5, R6, R8; two numerical targets of one name; ratios above 10^12
  { id: "gap-years", csv: "tests/fixtures/gap-years.csv", lang: "ja", scale: standard, args: [] },
  {
    id: "gap-years-en-2023",
    csv: "tests/fixtures/gap-years.csv",
    lang: "en",
    scale: standard,
    year: 2023,
    args: ["--lang", "en", "--year", "R5"],
  },
];

export const planOf = (csv: string): Plan => {
  const read = readPlanCsv(decodeCsv(readFileSync(join(root, csv))));
  expect(read.problems).toEqual([]);
  return read.plan;
};

export function expectRate(actual: Value, expected: number | undefined, where: string): void {
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

/** Rows of the summary's numerical targets whose name cell (B) says `name`, top to bottom. */
function rowsNamed(goals: Map<string, Value>, name: string, goalCount: number): number[] {
  return [...goals.entries()]
    .filter(([address, value]) => /^B\d+$/.test(address) && value === name)
    .map(([address]) => Number(address.slice(1)))
    .filter((row) => row > summaryRows.goalFirst + goalCount)
    .sort((a, b) => a - b);
}

/** Compares every computed cell of a workbook with the engine's summary. */
export function checkAgainstEngine(sheets: Sheets, plan: Plan, c: Case): Summary {
  const s = settle(plan, { lang: c.lang, scale: c.scale, year: c.year, rules: c.rules });
  const summary = summarize(plan, { ...c.rules, year: s.year, scale: c.scale });
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
    expect({ name: result.indicator.name, used: at(layout.letter("evalYearUsed")) }).toEqual({
      name: result.indicator.name,
      used: result.yearUsed ?? s.year,
    });
    checked += 4;
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
  // numerical targets: each row of the summary's second table looks its indicator up in the KPI
  // table; two of one name are matched in order (the first such target to the first such row)
  const targets = summary.indicators.filter((r) => r.indicator.kind === "target");
  targets.forEach((t) => {
    const same = targets.filter((x) => x.indicator.name === t.indicator.name);
    const row = rowsNamed(goals, t.indicator.name, summary.goals.length)[same.indexOf(t)];
    expect({ target: t.indicator.name, found: row !== undefined }).toEqual({ target: t.indicator.name, found: true });
    plan.years.forEach((year, j) => {
      const rate = t.rates.get(year);
      expectRate(
        goals.get(`${columnLetter(3 + 3 * j + 2)}${row}`) ?? null,
        rate?.kind === "rate" ? rate.capped : undefined,
        `target ${t.indicator.name} ${year}`,
      );
      checked++;
    });
  });
  expect(checked).toBeGreaterThan(plan.indicators.length * plan.years.length);
  return summary;
}

/** What a target or actual shows when a formula picks it: the number, the marker as written, "" for a blank. */
function shown(value: PlanValue | undefined): Value {
  if (value === undefined) return "";
  if (value.kind === "number") return value.value;
  return value.reason === "blank" ? "" : missingWords[value.reason];
}

const rateShown = (r: RateOutcome | undefined, which: "capped" | "uncapped"): Value =>
  r?.kind === "rate" ? r[which] : "-";

/**
 * The value of every formula cell a built workbook holds (sheet → address → value), from the
 * engine: rates, grades, the evaluation year's picks, the goal figures, the numerical targets'
 * rows and the settings sheet's year label. A workbook's formula cells must be exactly these.
 */
export function expectedValues(plan: Plan, c: Case): Sheets {
  const s = settle(plan, { lang: c.lang, scale: c.scale, year: c.year, rules: c.rules });
  const summary = summarize(plan, { ...c.rules, year: s.year, scale: c.scale });
  const layout = kpiLayout(plan.years, plan.indicators.length, c.lang);
  const label = (i: number | undefined): Value => (i === undefined ? "-" : c.scale.levels[i].label[c.lang]);
  const kpi = new Map<string, Value>();
  summary.indicators.forEach((result, i) => {
    const row = layout.firstRow + i;
    const set = (key: Parameters<typeof layout.letter>[0], v: Value): void => {
      kpi.set(`${layout.letter(key)}${row}`, v);
    };
    // the year graded: the evaluation year, or an earlier one under a lag
    const used = result.yearUsed ?? s.year;
    const inPlan = plan.years.includes(used);
    for (const year of plan.years) set({ year, part: "rate" }, rateShown(result.rates.get(year), "capped"));
    set("evalYearUsed", used);
    set("evalTarget", inPlan ? shown(result.indicator.targets.get(used)) : "");
    set("evalActual", inPlan ? shown(result.indicator.actuals.get(used)) : "");
    set("evalUncapped", rateShown(result.rate, "uncapped"));
    set("evalRate", rateShown(result.rate, "capped"));
    set("grade", label(result.grade));
  });
  const goals = new Map<string, Value>([[`B${summaryRows.evalYear}`, s.year]]);
  c.scale.levels.forEach((_, l) => goals.set(`${columnLetter(7 + l)}${summaryRows.goalHeader}`, label(l)));
  summary.goals.forEach((goal, i) => {
    const row = summaryRows.goalFirst + i;
    const values: Value[] = [
      goal.kpiCount,
      goal.ratedCount,
      goal.kpiCount - goal.ratedCount,
      goal.average ?? "-",
      label(goal.grade),
      ...goal.gradeCounts,
    ];
    values.forEach((v, k) => goals.set(`${columnLetter(2 + k)}${row}`, v));
  });
  const firstTargetRow = summaryRows.goalFirst + Math.max(1, summary.goals.length) + 3;
  summary.indicators
    .filter((r) => r.indicator.kind === "target")
    .forEach((t, k) => {
      const row = firstTargetRow + k;
      const values: Value[] = [
        t.indicator.unit,
        ...plan.years.flatMap((year) => [
          shown(t.indicator.targets.get(year)),
          shown(t.indicator.actuals.get(year)),
          rateShown(t.rates.get(year), "capped"),
        ]),
        label(t.grade),
        summary.indicators.indexOf(t) + 1,
      ];
      values.forEach((v, j) => goals.set(`${columnLetter(2 + j)}${row}`, v));
    });
  const settings = new Map<string, Value>([[`C${settingsRows.evalYear}`, yearLabel(s.year, c.lang)]]);
  return new Map([
    [s.sheetNames.settings, settings],
    [s.sheetNames.kpi, kpi],
    [s.sheetNames.summary, goals],
  ]);
}

/** Whether two shown values are the same: numbers to 1e-9, anything else exactly. */
export function sameValue(a: Value, b: Value): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The formula cells of a workbook ExcelJS wrote (sheet → addresses), and those among them that
 * carry no cached result (<v>) in the file's XML.
 */
export async function formulaCells(file: string): Promise<{ cells: Map<string, string[]>; uncached: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const cells = new Map<string, string[]>();
  const uncached: string[] = [];
  for (const [i, ws] of wb.worksheets.entries()) {
    const xml = await (zip.file(`xl/worksheets/sheet${i + 1}.xml`) as JSZip.JSZipObject).async("string");
    const withFormula = [
      ...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(<f[^>]*\/>|<f[^>]*>[^<]*<\/f>)(<v>[^<]*<\/v>)?<\/c>/g),
    ];
    const addresses: string[] = [];
    for (const m of withFormula) {
      addresses.push(m[1]);
      if (m[3] === undefined) uncached.push(`${ws.name}!${m[1]}`);
    }
    // every cell ExcelJS reads as a formula was found in the XML
    const read: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => (cell.formula !== undefined ? read.push(cell.address) : undefined)));
    expect({ sheet: ws.name, cells: [...read].sort() }).toEqual({ sheet: ws.name, cells: [...addresses].sort() });
    cells.set(ws.name, addresses);
  }
  return { cells, uncached };
}
