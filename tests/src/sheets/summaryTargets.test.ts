import { readPlanCsv } from "../../../src/planCsv";
import { summarySheetPlan } from "../../../src/sheets/workbookPlan";

const plan = readPlanCsv(
  [
    "goal,kind,name,direction,target_2024,actual_2024",
    "1,kpi,a,higher,100,90",
    "1,target,population,higher,100,95",
    "2,target,outflow,lower,100,110",
  ].join("\n"),
).plan;

describe("the summary's numerical targets", () => {
  const sheet = summarySheetPlan(plan, { lang: "en" });
  const formulas = sheet.blocks
    .flatMap((b) => b.cells.flat())
    .flatMap((c) => (c.kind === "formula" ? [c.formula] : []));

  it("look their indicator up in the KPI table by goal, kind and name, never by a fixed row", () => {
    const lookups = formulas.filter((f) => f.startsWith("=SUMPRODUCT(MAX("));
    expect(lookups).toHaveLength(2);
    for (const f of lookups)
      expect(f).toMatch(/KpiTable\[goal\]=\$A\d+\)\*\(KpiTable\[kind\]="target"\)\*\(KpiTable\[indicator\]=\$B\d+\)/);
    // no reference to a row of the KPI sheet: sorting or inserting rows in the table cannot misdirect them
    for (const f of formulas) expect(f).not.toMatch(/KPI!\$?[A-Z]+\$?\d/);
  });

  it("write goal and name as text of the plan, never as formulas", () => {
    const cells = sheet.blocks.flatMap((b) => b.cells.flat());
    expect(cells).toContainEqual({ kind: "text", text: "population" });
    expect(cells).toContainEqual({ kind: "text", text: "outflow" });
  });
});
