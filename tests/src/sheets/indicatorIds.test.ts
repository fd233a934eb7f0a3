import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeCsv, Plan, readPlanCsv, readPlanTable, summarize } from "../../../src";
import { sheetHeader } from "../../../src/columns";
import {
  Cell,
  cellAddress,
  columnLetter,
  kpiSheetPlan,
  parseCell,
  SheetPlan,
  summarySheetPlan,
  workbookPlan,
} from "../../../src/sheets";

const gapYears: Plan = readPlanCsv(
  decodeCsv(readFileSync(join(__dirname, "..", "..", "fixtures", "gap-years.csv"))),
).plan;

const csv = (...lines: string[]): string => lines.join("\n");

describe("indicator ids in a plan", () => {
  test("an id the plan gives is kept; a row without one gets G<goal>-<K|T><n>, the same for the same plan", () => {
    const text = csv(
      "goal,kind,name,id,target_R6,actual_R6",
      "1,target,population,,100,95",
      "1,kpi,a,,100,90",
      "1,kpi,b,KPI-b,100,80",
      "1,kpi,c,,100,70",
      "2,kpi,d,,100,60",
      "2,target,e,,100,50",
    );
    const ids = readPlanCsv(text).plan.indicators.map((i) => i.id);
    expect(ids).toEqual([
      { text: "G1-T1", origin: "generated" },
      { text: "G1-K1", origin: "generated" },
      { text: "KPI-b", origin: "plan" },
      { text: "G1-K3", origin: "generated" },
      { text: "G2-K1", origin: "generated" },
      { text: "G2-T1", origin: "generated" },
    ]);
    expect(readPlanCsv(text).plan.indicators.map((i) => i.id)).toEqual(ids);
    // a plan without an id column at all is numbered the same way; 指標ID and ID read as the id column
    expect(readPlanCsv(csv("goal,name", "1,a", "1,b")).plan.indicators.map((i) => i.id.text)).toEqual([
      "G1-K1",
      "G1-K2",
    ]);
    expect(readPlanCsv(csv("goal,name,指標ID", "1,a,x-1")).plan.indicators[0].id.text).toBe("x-1");
    expect(readPlanCsv(csv("goal,name,ID", "1,a,x-2")).plan.indicators[0].id.text).toBe("x-2");
  });

  test("a generated id never takes one the plan gives: it gets a suffix", () => {
    const ids = gapYears.indicators.map((i) => i.id.text);
    // 保育所定員 is goal 1's first KPI, but 刑法犯認知件数 is given G1-K1
    expect(ids.slice(0, 5)).toEqual(["T-POP-A", "G1-T2", "G1-K1-2", "G1-K1", "G1-K3"]);
    expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ids.length);
  });

  test("a second row with an id an earlier row has (whatever its case) is a problem naming both lines", () => {
    const read = readPlanCsv(
      csv("goal,name,id,target_R6,actual_R6", "1,a,K-1,100,90", "1,b,k-1,100,80", "1,c,K-2,100,70"),
    );
    expect(read.plan.indicators.map((i) => i.name)).toEqual(["a", "c"]);
    expect(read.problems).toHaveLength(1);
    const [problem] = read.problems;
    expect(problem.where).toEqual({ ja: "3行目", en: "line 3" });
    expect(problem.column).toBe("id");
    expect(problem.message.en).toContain('"k-1"');
    expect(problem.message.en).toContain("line 2");
    expect(problem.message.ja).toContain("2行目");
  });
});

/** Every cell of a sheet plan by address, with the value its formula gives. */
function cellsOf(sheet: SheetPlan): Map<string, { cell: Cell; value: unknown }> {
  const map = new Map<string, { cell: Cell; value: unknown }>();
  for (const block of sheet.blocks) {
    const o = parseCell(block.at);
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) =>
        map.set(cellAddress(o.row + r, o.column + c), { cell, value: block.values?.[r]?.[c] }),
      ),
    );
  }
  return map;
}

describe("the KPI sheet keeps the ids and the summary looks rows up by them", () => {
  test("the id column is written and read back as the plan's own ids, in both languages", () => {
    for (const lang of ["ja", "en"] as const) {
      const kpi = kpiSheetPlan(gapYears, { lang });
      const [headerRow, dataRows] = [kpi.blocks[2].cells[0], kpi.blocks[3].cells];
      const header = headerRow.map((c) => (c.kind === "text" ? c.text : ""));
      expect(header[header.length - 1]).toBe(sheetHeader("id", lang));
      const rows = dataRows.map((row) =>
        row.map((c) => (c.kind === "text" ? c.text : c.kind === "number" ? c.value : undefined)),
      );
      const read = readPlanTable(header, rows, (row) => ({ ja: `${row}`, en: `${row}` }));
      expect(read.problems).toEqual([]);
      expect(read.plan.indicators.map((i) => i.id)).toEqual(
        gapYears.indicators.map((i) => ({ text: i.id.text, origin: "plan" })),
      );
    }
  });

  test("two numerical targets of one goal with the same name each show their own figures", () => {
    const [first, second] = gapYears.indicators.filter((i) => i.kind === "target" && i.name === "転入者数");
    expect(first.goal).toBe(second.goal);
    const cells = cellsOf(workbookPlan(gapYears).sheets[2]);
    const textAt = (a: string): string | undefined => {
      const c = cells.get(a)?.cell;
      return c?.kind === "text" ? c.text : undefined;
    };
    // the numerical targets' header row and its table-row and id columns
    const headerAt = [...cells.keys()].find((a) => textAt(a) === "KPI表の行") as string;
    const header = parseCell(headerAt);
    const idColumn = columnLetter(header.column + 1);
    expect(textAt(`${idColumn}${header.row + 1}`)).toBe("指標ID");
    const named = [...cells.keys()].filter((a) => /^B\d+$/.test(a) && textAt(a) === "転入者数").map((a) => a.slice(1));
    expect(named).toHaveLength(2);
    const engine = summarize(gapYears);
    named.forEach((row, k) => {
      const target = [first, second][k];
      // the row holds the target's id and finds its row of the table by that id alone
      expect(cells.get(`${idColumn}${row}`)?.cell).toEqual({ kind: "text", text: target.id.text });
      const lookup = cells.get(`${columnLetter(header.column)}${row}`);
      const f = lookup?.cell.kind === "formula" ? lookup.cell.formula : "";
      expect(f).toBe(
        `=SUMPRODUCT(MAX((KpiTable[指標ID]&""=$${idColumn}${row})*(ROW(KpiTable[指標ID])-MIN(ROW(KpiTable[指標ID]))+1)))`,
      );
      // the value it gives is the target's own position in the table
      expect(lookup?.value).toBe(gapYears.indicators.indexOf(target) + 1);
      // and the figures shown are the target's own: the R5 rate (columns D, E, F are R3; G, H, I R5)
      const own = engine.indicators[gapYears.indicators.indexOf(target)].rates.get(2023);
      expect(cells.get(`I${row}`)?.value).toBe(own?.kind === "rate" ? own.capped : "-");
    });
    expect(cells.get(`I${named[0]}`)?.value).not.toEqual(cells.get(`I${named[1]}`)?.value);
  });

  test("over a table that has no id for a target (made before ids), that target is found by goal, kind and name", () => {
    const read = readPlanCsv(csv("goal,kind,name,id,target_R6,actual_R6", "1,target,p,,100,90", "1,target,q,Q,100,80"));
    const formulas = summarySheetPlan(read.plan, { lang: "en" })
      .blocks.flatMap((b) => b.cells.flat())
      .flatMap((c) => (c.kind === "formula" && c.formula.startsWith("=SUMPRODUCT(MAX(") ? [c.formula] : []));
    expect(formulas).toHaveLength(2);
    expect(formulas[0]).toContain("(KpiTable[indicator]=$B");
    expect(formulas[1]).toContain('(KpiTable[id]&""=$');
  });
});
