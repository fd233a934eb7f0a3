/**
 * Prepare for sharing on a workbook in the KPI.* functions style made with a municipality's rules:
 * every KPI.* formula of the file, the goal summary's KPI.AVERAGE with its rule, weights and
 * rounding among them, is replaced by the converter the pane uses (toNativeFormula), and
 * LibreOffice, which has no KPI.* functions, computes every rate, grade and goal figure as the
 * engine does under the same rules.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { findScale, GradeScale } from "../../src";
import { toNativeFormula } from "../../src/sharing";
import { Case, checkAgainstEngine, planOf, root } from "./engineCheck";
import { readValues, recalculate, scratchDir } from "./libreoffice-recalc";

jest.setTimeout(300_000);

const tsx = require.resolve("tsx/cli");
const preset = (id: string): GradeScale => findScale(id) as GradeScale;
const fixture = (name: string): string => `tests/fixtures/rules/${name}`;

const cases: readonly Case[] = [
  {
    id: "weighted",
    csv: fixture("path-calendar.csv"),
    lang: "ja",
    scale: preset("standard"),
    rules: { rule: "weightedMean" },
    args: ["--rule", "weightedMean"],
  },
  {
    id: "worst-truncate",
    csv: fixture("truncate.csv"),
    lang: "en",
    scale: preset("standard"),
    rules: { rule: "worst", rounding: "truncate" },
    args: ["--rule", "worst", "--rounding", "truncate", "--lang", "en"],
  },
  {
    id: "share-percent",
    csv: fixture("truncate.csv"),
    lang: "ja",
    scale: preset("abc-100-80-50"),
    rules: { rule: "achievedShare", rounding: "percent" },
    args: ["--rule", "achievedShare", "--rounding", "percent", "--scale", "abc-100-80-50"],
  },
];

/** A formula as Excel shows it, from the file's form (_xldudf_KPI_RATE → KPI.RATE). */
const typed = (formula: string): string =>
  `=${formula.replace(/_xldudf_KPI_([A-Z_]+)/g, (_, n: string) => `KPI.${n}`)}`;

/** Replaces every KPI.* formula of the workbook with its conversion; the formulas that failed, by cell. */
async function prepareForSharing(file: string, out: string, lang: "ja" | "en"): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const failed: string[] = [];
  let converted = 0;
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const formula = cell.formula;
        if (typeof formula !== "string" || !formula.includes("_xldudf_KPI_")) return;
        const result = toNativeFormula(typed(formula), { lang });
        if (result.kind !== "converted") {
          failed.push(`${ws.name}!${cell.address}: ${typed(formula)} ${JSON.stringify(result)}`);
          return;
        }
        const value = cell.value as ExcelJS.CellFormulaValue & { shareType?: string };
        const native = result.formulas[0][0].slice(1);
        cell.value =
          value.shareType === "array"
            ? ({ formula: native, shareType: "array", ref: cell.address, result: value.result } as ExcelJS.CellValue)
            : { formula: native, result: value.result };
        converted++;
      }),
    );
  }
  expect(converted).toBeGreaterThan(0);
  await wb.xlsx.writeFile(out);
  return failed;
}

describe("a functions-style workbook with a city's rules, prepared for sharing, computes the same without the add-in", () => {
  const dir = scratchDir("kpi-share-rules-");
  const sheets: Map<string, Map<string, unknown>>[] = [];

  beforeAll(async () => {
    const prepared: string[] = [];
    for (const c of cases) {
      const built = join(dir, `${c.id}.xlsx`);
      const run = spawnSync(
        process.execPath,
        [tsx, join(root, "cli", "main.ts"), "build", join(root, c.csv), "-o", built, "--style", "functions", ...c.args],
        { encoding: "utf8" },
      );
      expect({ id: c.id, status: run.status, stderr: run.stderr }).toEqual({ id: c.id, status: 0, stderr: "" });
      const out = join(dir, `${c.id}-shared.xlsx`);
      expect(await prepareForSharing(built, out, c.lang)).toEqual([]);
      prepared.push(out);
    }
    for (const file of recalculate(prepared)) sheets.push(await readValues(file));
  });

  test.each(cases.map((c, i) => [c.id, i] as const))("%s: rates, grades and goal figures as the engine's", (_id, i) => {
    checkAgainstEngine(sheets[i] as never, planOf(cases[i].csv), cases[i]);
  });
});
