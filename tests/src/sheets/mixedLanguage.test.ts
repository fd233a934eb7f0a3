import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeCsv, Lang, Plan, readPlanCsv, readPlanTable, summarize } from "../../../src";
import { readHeader, tableLanguage } from "../../../src/columns";
import { Cell, kpiSheetPlan, SheetPlan, summarySheetPlan } from "../../../src/sheets";
import { writtenWords } from "../../../src/vocabulary";

const plan: Plan = readPlanCsv(
  decodeCsv(readFileSync(join(__dirname, "..", "..", "..", "examples", "atsugi-fy2024.csv"))),
).plan;

/** The rows of a sheet plan's block that starts at `at`, as cell values. */
function blockAt(sheet: SheetPlan, at: string): readonly (readonly Cell[])[] {
  const block = sheet.blocks.find((b) => b.at === at);
  if (block === undefined) throw new Error(`no block at ${at}`);
  return block.cells;
}

const texts = (row: readonly Cell[]): string[] => row.map((c) => (c.kind === "text" ? c.text : ""));
const formulas = (sheet: SheetPlan): string[] =>
  sheet.blocks.flatMap((b) => b.cells.flatMap((row) => row.flatMap((c) => (c.kind === "formula" ? [c.formula] : []))));

/** Every structured reference KpiTable[header] a formula makes. */
const tableRefs = (formula: string): string[] =>
  [...formula.matchAll(/KpiTable\[((?:[^\]']|'.)*)\]/g)].map((m) => m[1].replace(/'(.)/g, "$1"));

describe.each<[Lang, Lang]>([
  ["ja", "en"],
  ["en", "ja"],
])("a KPI sheet written in %s, summarized with the pane in %s", (sheetLang, paneLang) => {
  const kpi = kpiSheetPlan(plan, { lang: sheetLang });
  const header = texts(blockAt(kpi, "A4")[0]);

  it("is recognized as a table in its own language", () => {
    expect(tableLanguage(header)).toBe(sheetLang);
    expect(header.every((h) => readHeader(h).kind !== "unknown")).toBe(true);
  });

  it("reads back to the same plan, whatever the pane's language", () => {
    const rows = blockAt(kpi, "A5").map((row) =>
      row.map((c) => (c.kind === "text" ? c.text : c.kind === "number" ? c.value : undefined)),
    );
    const read = readPlanTable(header, rows, (row) => ({ ja: `${row}`, en: `${row}` }));
    expect(read.problems).toEqual([]);
    expect(summarize(read.plan).goals.map((g) => g.average)).toEqual([0.895, 0.818, 0.965, 0.897]);
  });

  it("points every formula at a column the table has and compares with the table's words", () => {
    const summary = summarySheetPlan(plan, { lang: paneLang, tableLang: tableLanguage(header) });
    const refs = formulas(summary).flatMap(tableRefs);
    expect(refs.length).toBeGreaterThan(50);
    const missing = refs.filter((r) => !header.includes(r));
    expect(missing).toEqual([]);
    const joined = formulas(summary).join("\n");
    expect(joined).toContain(`"${writtenWords.target[sheetLang]}"`);
    if (writtenWords.target[paneLang] !== writtenWords.target[sheetLang]) {
      expect(joined).not.toContain(`"${writtenWords.target[paneLang]}"`);
    }
  });

  it("writes the summary's own words in the pane's language", () => {
    const summary = summarySheetPlan(plan, { lang: paneLang, tableLang: sheetLang });
    const title = texts(blockAt(summary, "A1")[0])[0];
    expect(title).toBe(paneLang === "ja" ? "基本目標別まとめ" : "Goal summary");
  });

  it("would point at missing columns without the table's language (the bug this guards)", () => {
    const wrong = summarySheetPlan(plan, { lang: paneLang });
    const refs = formulas(wrong).flatMap(tableRefs);
    expect(refs.filter((r) => !header.includes(r)).length).toBeGreaterThan(0);
  });
});
