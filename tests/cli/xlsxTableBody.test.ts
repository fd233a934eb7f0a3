/**
 * The KPI table's body is written beside ExcelJS (cli/tableRows.ts, cli/xlsxPackage.ts): read
 * back, every cell holds what the plan says (its formula, written out where it is copied, its
 * cached result, its text, its number format), the table covers the whole body, and a run of
 * copies is one shared formula that ends where the method changes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { xlsxFile } from "../../cli/xlsx";
import { decodeCsv, readPlanCsv } from "../../src";
import { departmentsPlan } from "../src/departments/planGrids";
import { splitPlan } from "../../src/departments";
import { Block, ownCells, parseCell, workbookPlan, WorkbookPlan } from "../../src/sheets";

const plan = readPlanCsv(decodeCsv(readFileSync(join(__dirname, "..", "fixtures", "gap-years.csv")))).plan;

async function readBack(book: WorkbookPlan): Promise<{ wb: ExcelJS.Workbook; zip: JSZip }> {
  const { bytes } = await xlsxFile(book);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return { wb, zip: await JSZip.loadAsync(bytes) };
}

const kpiBody = (book: WorkbookPlan): Block => {
  const block = book.sheets.find((s) => s.role === "kpi")?.blocks.find((b) => b.at === "A5");
  if (block === undefined) throw new Error("no KPI body");
  return block;
};

describe("the KPI table's body", () => {
  test("every cell reads back as the plan has it", async () => {
    const book = workbookPlan(plan, { lang: "en" });
    const block = kpiBody(book);
    const { wb } = await readBack(book);
    const ws = wb.getWorksheet("KPI") as ExcelJS.Worksheet;
    const origin = parseCell(block.at);
    ownCells(block).forEach((row, r) =>
      row.forEach((cell, c) => {
        const got = ws.getCell(origin.row + r + 1, origin.column + c + 1);
        const format = block.numberFormats?.[r]?.[c];
        expect(got.numFmt ?? "General").toBe(format === undefined || format === "General" ? "General" : format);
        switch (cell.kind) {
          case "formula":
            expect(got.formula).toBe(cell.formula.replace(/^=/, ""));
            // ExcelJS reads an empty text result (<v></v>) as none
            expect((got.value as ExcelJS.CellFormulaValue).result ?? "").toEqual(block.values?.[r]?.[c] ?? "");
            break;
          case "text":
            expect(got.value).toBe(cell.text);
            break;
          case "number":
            expect(got.value).toBe(cell.value);
            break;
          case "empty":
            expect(got.value).toBeNull();
            break;
          default:
            throw new Error(`unexpected ${JSON.stringify(cell satisfies never)}`);
        }
      }),
    );
    const table = ws.getTable("KpiTable") as unknown as { model: { tableRef: string } };
    expect(table.model.tableRef).toBe(
      `A4:${ws.getRow(4).getCell(block.cells[0].length).address.replace(/\d+$/, "")}${4 + plan.indicators.length}`,
    );
  });

  test("a run of copies is one shared formula, ending where the method changes", async () => {
    const book = workbookPlan(plan);
    const block = kpiBody(book);
    const { zip } = await readBack(book);
    const xml = await (zip.file("xl/worksheets/sheet2.xml") as JSZip.JSZipObject).async("string");
    const column = block.cells[0].findIndex((c) => c.kind === "formula");
    const runs: [number, number][] = [];
    block.cells.forEach((row, r) => {
      if (row[column].kind === "formula") runs.push([r, r]);
      else if (row[column].kind === "copiedDown") (runs[runs.length - 1] as [number, number])[1] = r;
    });
    expect(runs.length).toBeGreaterThan(1);
    const letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[column];
    // a formula of its own (<f>) or the top of a shared one (<f t="shared" ref=…>); copies are <f t="shared" si=…/>
    const tops = new RegExp(`<c r="${letter}(\\d+)"[^>]*><f(?:>| t="shared" ref="${letter}\\d+:${letter}(\\d+)")`, "g");
    const refs = [...xml.matchAll(tops)].map((m) => [Number(m[1]) - 5, Number(m[2] ?? m[1]) - 5]);
    expect(refs).toEqual(runs);
  });

  test("a department's inputs in the body are unlocked and shaded, the rest locked", async () => {
    const file = splitPlan(departmentsPlan, { year: 2025 }).files[0];
    const { wb } = await readBack(file.workbook);
    const kpi = file.workbook.sheets[1];
    const ws = wb.getWorksheet(kpi.name) as ExcelJS.Worksheet;
    const inputs = kpi.protection?.inputs ?? [];
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) {
      const top = ws.getCell(input.range.split(":")[0]);
      expect(top.protection?.locked).toBe(false);
      expect((top.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${input.fill.slice(1)}`);
    }
    expect(ws.getCell("F5").protection?.locked).not.toBe(false);
  });
});
