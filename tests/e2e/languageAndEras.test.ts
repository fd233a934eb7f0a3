/**
 * LibreOffice recalculates two things the engine states as native formulas: the era label of
 * the evaluation year on the settings sheet (every year 1920–2040, including each era's first
 * year and the years before 昭和), and a goal summary written in one language over a KPI table
 * written in the other.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { xlsxBytes } from "../../cli/xlsx";
import { decodeCsv, Lang, readPlanCsv, summarize, yearLabel } from "../../src";
import { eraLabelFormula } from "../../src/formula/eraFormula";
import { kpiSheetPlan, settingsDefinedNames, settingsSheetPlan, summaryRows, summarySheetPlan } from "../../src/sheets";
import { readValues, recalculate, scratchDir } from "./libreoffice-recalc";

jest.setTimeout(180_000);

const years = Array.from({ length: 121 }, (_, i) => 1920 + i);

test("the era formula gives yearLabel's label for every year 1920–2040, long and short", async () => {
  const work = scratchDir("kpi-eras-");
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Eras");
  years.forEach((year, i) => {
    const r = i + 1;
    sheet.getCell(`A${r}`).value = year;
    sheet.getCell(`B${r}`).value = { formula: eraLabelFormula(`A${r}`, "long") };
    sheet.getCell(`C${r}`).value = { formula: eraLabelFormula(`A${r}`, "short") };
  });
  const file = join(work, "eras.xlsx");
  await book.xlsx.writeFile(file);
  const [out] = recalculate([file]);
  const values = (await readValues(out as string)).get("Eras");
  const shown = years.map((_, i) => [values?.get(`B${i + 1}`), values?.get(`C${i + 1}`)]);
  expect(shown).toEqual(years.map((y) => [yearLabel(y, "ja", "long"), yearLabel(y, "ja", "short")]));
  // the cases the old settings formula got wrong
  expect(shown[years.indexOf(1989)]).toEqual(["平成元年度", "H1"]);
  expect(shown[years.indexOf(1985)]).toEqual(["昭和60年度", "S60"]);
  expect(shown[years.indexOf(1925)]).toEqual(["1925年度", "1925"]);
});

describe.each<[Lang, Lang]>([
  ["ja", "en"],
  ["en", "ja"],
])("a KPI sheet in %s with a goal summary in %s", (tableLang, lang) => {
  test("recalculates to the engine's goal averages", async () => {
    const plan = readPlanCsv(
      decodeCsv(readFileSync(join(__dirname, "..", "..", "examples", "atsugi-fy2024.csv"))),
    ).plan;
    const options = { lang: tableLang };
    const workbook = {
      sheets: [
        settingsSheetPlan(plan, options),
        kpiSheetPlan(plan, options),
        summarySheetPlan(plan, { lang, tableLang, sheetNames: { kpi: kpiSheetPlan(plan, options).name } }),
      ],
      names: settingsDefinedNames(plan, options),
    };
    const work = scratchDir("kpi-mixed-");
    const file = join(work, `mixed-${tableLang}-${lang}.xlsx`);
    writeFileSync(file, await xlsxBytes(workbook));
    const [out] = recalculate([file]);
    const summaryName = workbook.sheets[2]?.name ?? "";
    const values = (await readValues(out as string)).get(summaryName);
    const summary = summarize(plan);
    const averages = summary.goals.map((_, i) => values?.get(`F${summaryRows.goalFirst + i}`));
    expect(averages).toEqual([0.895, 0.818, 0.965, 0.897]);
    const grades = summary.goals.map((_, i) => values?.get(`G${summaryRows.goalFirst + i}`));
    expect(grades).toEqual(summary.goals.map(() => (tableLang === "ja" ? "おおむね順調" : "Mostly on track")));
  });
});
