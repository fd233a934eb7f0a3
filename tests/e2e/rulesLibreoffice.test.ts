/**
 * End to end, one fixture plan per convention of issue 14 (tests/fixtures/rules/): `kpi-sheets
 * build` with the convention's options writes the workbook, LibreOffice recalculates every
 * formula, and every rate, year graded, grade, goal figure and grade count equals the engine's
 * with the same rules; every formula cell's value equals the cached value it was written with.
 * Then a rule is changed on the settings sheet and a second recalculation follows it.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { findScale, GradeScale } from "../../src";
import { readScaleCsv } from "../../src/rules/scaleCsv";
import { settingsRows, settle, summaryRows } from "../../src/sheets";
import { Case, checkAgainstEngine, formulaCells, planOf, root, sameValue, Sheets } from "./engineCheck";
import { readValues, recalculate, scratchDir } from "./libreoffice-recalc";

jest.setTimeout(300_000);

const tsx = require.resolve("tsx/cli");
const fixture = (name: string): string => `tests/fixtures/rules/${name}`;
const preset = (id: string): GradeScale => findScale(id) as GradeScale;
const scaleFile = join(root, fixture("three-level-scale.csv"));
const read = readScaleCsv(readFileSync(scaleFile, "utf8"), "three-level-scale.csv");
const threeLevels = (read.kind === "scale" ? read.scale : undefined) as GradeScale;

const cases: readonly Case[] = [
  // straight-line interim progress, calendar-year baseline, final target five years on; weighted mean
  {
    id: "path-calendar",
    csv: fixture("path-calendar.csv"),
    lang: "ja",
    scale: preset("standard"),
    rules: { rule: "weightedMean" },
    args: ["--rule", "weightedMean"],
  },
  {
    id: "truncate",
    csv: fixture("truncate.csv"),
    lang: "ja",
    scale: preset("standard"),
    rules: { rounding: "truncate" },
    args: ["--rounding", "truncate"],
  },
  {
    id: "percent-en",
    csv: fixture("truncate.csv"),
    lang: "en",
    scale: preset("abc-100-80-50"),
    rules: { rounding: "percent" },
    args: ["--rounding", "percent", "--lang", "en", "--scale", "abc-100-80-50"],
  },
  {
    id: "three-level-csv",
    csv: fixture("three-level.csv"),
    lang: "ja",
    scale: threeLevels,
    rules: { rule: "achievedShare" },
    args: ["--scale", scaleFile, "--rule", "achievedShare"],
  },
  { id: "trend", csv: fixture("trend.csv"), lang: "ja", scale: preset("trend"), args: ["--scale", "trend"] },
  {
    id: "trend-5-en",
    csv: fixture("trend.csv"),
    lang: "en",
    scale: preset("trend"),
    rules: { tolerance: 0.05, rule: "worst" },
    args: ["--scale", "trend", "--tolerance", "5%", "--lang", "en", "--rule", "worst"],
  },
  {
    id: "lag-2",
    csv: fixture("lag.csv"),
    lang: "ja",
    scale: preset("standard"),
    rules: { lag: 2 },
    args: ["--lag", "2"],
  },
  {
    id: "lag-2-targets",
    csv: fixture("lag.csv"),
    lang: "en",
    scale: preset("standard-100-80-50"),
    rules: { lag: 2, countTargets: true },
    args: ["--lag", "2", "--count-targets", "--lang", "en", "--scale", "standard-100-80-50"],
  },
];

describe("each convention's fixture plan, recalculated by LibreOffice, agrees with the engine", () => {
  const dir = scratchDir("kpi-rules-");
  const built = new Map<string, string>();
  let first: Sheets[] = [];
  let recalculated: string[] = [];

  beforeAll(() => {
    for (const c of cases) {
      const out = join(dir, `${c.id}.xlsx`);
      const run = spawnSync(
        process.execPath,
        [tsx, join(root, "cli", "main.ts"), "build", join(root, c.csv), "-o", out, ...c.args],
        { encoding: "utf8" },
      );
      expect({ id: c.id, status: run.status, stderr: run.stderr }).toEqual({ id: c.id, status: 0, stderr: "" });
      built.set(c.id, out);
    }
    recalculated = recalculate(cases.map((c) => built.get(c.id) as string));
    return Promise.all(recalculated.map(readValues)).then((sheets) => {
      first = sheets;
    });
  });

  test.each(cases.map((c, i) => [c.id, i] as const))("%s: rates, years graded, grades, goal figures", (_id, i) => {
    checkAgainstEngine(first[i], planOf(cases[i].csv), cases[i]);
  });

  test.each(cases.map((c, i) => [c.id, i] as const))("%s: every formula cell as cached", async (_id, i) => {
    const file = built.get(cases[i].id) as string;
    const cached: Sheets = await readValues(file);
    const { cells, uncached } = await formulaCells(file);
    expect(uncached).toEqual([]);
    for (const [sheet, addresses] of cells) {
      for (const address of addresses) {
        const want = cached.get(sheet)?.get(address) ?? null;
        const value = first[i].get(sheet)?.get(address) ?? null;
        expect({ sheet, address, value, same: sameValue(value, want) }).toEqual({ sheet, address, value, same: true });
      }
    }
  });

  test("the figures the docs quote, through LibreOffice", () => {
    const figure = (id: string, row: number): unknown => {
      const i = cases.findIndex((c) => c.id === id);
      const s = settle(planOf(cases[i].csv), { lang: cases[i].lang });
      return first[i].get(s.sheetNames.summary)?.get(`F${summaryRows.goalFirst + row}`);
    };
    expect([figure("truncate", 0), figure("truncate", 1)]).toEqual([0.669, 0.915]);
    expect([figure("lag-2", 0), figure("lag-2", 1)]).toEqual([0.969, 0.972]);
    expect([figure("three-level-csv", 0), figure("three-level-csv", 1)]).toEqual([0.333, 0]);
  });

  test("a rule changed on the settings sheet (rounding, lag, tolerance, goal rule, targets counted) is followed", async () => {
    const changed: { c: Case; file: string }[] = [];
    const edits: readonly { id: string; row: number; value: string | number; rules: Case["rules"] }[] = [
      { id: "truncate", row: settingsRows.rounding, value: "halfUp", rules: { rounding: "halfUp" } },
      { id: "lag-2", row: settingsRows.lag, value: 0, rules: { lag: 0 } },
      { id: "trend", row: settingsRows.tolerance, value: 0.05, rules: { tolerance: 0.05 } },
      { id: "path-calendar", row: settingsRows.goalRule, value: "mean", rules: { rule: "mean" } },
      { id: "lag-2-targets", row: settingsRows.countTargets, value: "no", rules: { countTargets: false } },
      { id: "lag-2", row: settingsRows.countTargets, value: "含める", rules: { countTargets: true } },
    ];
    for (const edit of edits) {
      const i = cases.findIndex((c) => c.id === edit.id);
      const c = cases[i];
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(recalculated[i]);
      const s = settle(planOf(c.csv), { lang: c.lang });
      for (const sheet of wb.worksheets)
        for (const table of sheet.getTables() as unknown as { table: { style?: unknown } }[])
          table.table.style ??= { theme: "TableStyleMedium2", showRowStripes: true };
      (wb.getWorksheet(s.sheetNames.settings) as ExcelJS.Worksheet).getCell(`B${edit.row}`).value = edit.value;
      const file = join(dir, `${c.id}-changed-${changed.length}.xlsx`);
      await wb.xlsx.writeFile(file);
      changed.push({ c: { ...c, rules: { ...c.rules, ...edit.rules } }, file });
    }
    const again = recalculate(changed.map((x) => x.file));
    for (const [i, x] of changed.entries()) checkAgainstEngine(await readValues(again[i]), planOf(x.c.csv), x.c);
  });
});
