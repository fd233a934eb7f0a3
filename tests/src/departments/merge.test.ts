import { readPlanCsv, summarize } from "../../../src";
import {
  collectionSheet,
  mergeJson,
  mergeReturns,
  readReturn,
  returnInfoSheet,
  ReturnTable,
  splitPlan,
} from "../../../src/departments";
import { departmentsPlan, Grid, planGrids, setCell } from "./planGrids";

const split = splitPlan(departmentsPlan, { year: 2025 });
const fileOf = (department: string) => {
  const file = split.files.find((f) => f.department === department);
  if (file === undefined) throw new Error(department);
  return file;
};
const gridsOf = (department: string): Map<string, Grid> => planGrids(fileOf(department).workbook);
const returnOf = (name: string, grids: Map<string, Grid>): ReturnTable => {
  const table = readReturn(name, grids);
  if (table === undefined) throw new Error(name);
  return table;
};

/** Each department's file with this year's actuals typed in. */
function filled(): Record<string, Map<string, Grid>> {
  const shoko = gridsOf("商工観光課");
  setCell(shoko, "JOB-1", "実績値_R7", 92800);
  setCell(shoko, "JOB-2", "実績値_R7", 7);
  setCell(shoko, "G1-K2", "実績値_R7", "未公表");
  setCell(shoko, "JOB-1", "取組状況_R7", "工業団地へ2社を誘致");
  const kodomo = gridsOf("子育て支援課");
  setCell(kodomo, "KID-1", "実績値_R7", 4);
  setCell(kodomo, "KID-2", "実績値_R7", "920件");
  const bosai = gridsOf("防災課");
  setCell(bosai, "SAFE-1", "実績値_R7", 2650);
  setCell(bosai, "SAFE-2", "実績値_R7", 900);
  const kikaku = gridsOf("企画課");
  setCell(kikaku, "PLAN-1", "実績値_R7", 2700);
  setCell(kikaku, "PLAN-2", "実績値_R7", 6100);
  return { shoko, kodomo, bosai, kikaku };
}

describe("merging returns into the master", () => {
  test("every filled actual and text is applied by id, listed old → new, and the rates follow", () => {
    const f = filled();
    const merged = mergeReturns(
      departmentsPlan,
      Object.entries(f).map(([name, grids]) => returnOf(`${name}.xlsx`, grids)),
    );
    expect(merged.year).toBe(2025);
    expect(merged.rejected).toEqual([]);
    expect(merged.conflicts).toEqual([]);
    expect(merged.applied.map((e) => [e.id, e.field, e.old, e.new])).toEqual([
      ["JOB-1", "actual", "", "92800"],
      ["JOB-1", "status", "", "工業団地へ2社を誘致"],
      ["JOB-2", "actual", "", "7"],
      ["G1-K2", "actual", "", "未公表"],
      ["KID-1", "actual", "", "4"],
      ["KID-2", "actual", "", "920"],
      ["SAFE-1", "actual", "", "2650"],
      ["SAFE-2", "actual", "", "900"],
      ["PLAN-1", "actual", "", "2700"],
      ["PLAN-2", "actual", "", "6100"],
    ]);
    expect(merged.applied[0]).toMatchObject({
      department: "商工観光課",
      name: "市内従業者数",
      year: 2025,
      file: "shoko.xlsx",
    });
    expect(merged.applied[0].cell).toMatch(/^KPI!S5$/);
    // S is the file's 実績値_R7 column (row 4 the header, row 5 the first indicator)
    expect(f.shoko.get("KPI")?.[3]?.[18]).toBe("実績値_R7");
    expect(merged.pending).toEqual([]);
    const rates = new Map(
      summarize(merged.plan, { year: 2025 }).goals.flatMap((g) =>
        [...g.kpis, ...g.targets].map((k) => [k.indicator.id.text, k.rate]),
      ),
    );
    // lower is better: 5 / 4 capped at 100%; 810 / 900 = 90.0%
    expect(rates.get("KID-1")).toMatchObject({ kind: "rate", capped: 1, uncapped: 1.25 });
    expect(rates.get("SAFE-2")).toMatchObject({ kind: "rate", capped: 0.9 });
    expect(rates.get("PLAN-1")).toMatchObject({ kind: "rate", capped: 0.9 });
    expect(rates.get("G1-K2")).toMatchObject({ kind: "noRate", reason: "unpublished" });
    expect(merged.plan.indicators[0].reports.status.get(2025)).toBe("工業団地へ2社を誘致");
    expect(merged.returns.map((r) => [r.department, r.state, r.filled, r.expected])).toEqual([
      ["商工観光課", "applied", 3, 3],
      ["子育て支援課", "applied", 2, 2],
      ["防災課", "applied", 2, 2],
      ["企画課", "applied", 2, 2],
    ]);
  });

  test("a changed target, a value that is not one and an unknown id are rejected with file and cell; the rest is applied", () => {
    const f = filled();
    setCell(f.bosai, "SAFE-1", "目標値_R7", 2000);
    setCell(f.bosai, "SAFE-2", "実績値_R6", 1000);
    setCell(f.kodomo, "KID-2", "実績値_R7", "12,3x");
    setCell(f.kikaku, "PLAN-2", "指標ID", "PLAN-9");
    const merged = mergeReturns(departmentsPlan, [
      returnOf("bosai.xlsx", f.bosai),
      returnOf("kodomo.xlsx", f.kodomo),
      returnOf("kikaku.xlsx", f.kikaku),
    ]);
    expect(merged.rejected.map((e) => [e.file, e.cell, e.id, e.field, e.year, e.old, e.new, e.reason])).toEqual([
      ["bosai.xlsx", "KPI!R5", "SAFE-1", "target", 2025, "2600", "2000", "protectedChanged"],
      ["bosai.xlsx", "KPI!P6", "SAFE-2", "actual", 2024, "1102", "1000", "protectedChanged"],
      ["kodomo.xlsx", "KPI!S6", "KID-2", "actual", 2025, "", "12,3x", "notAValue"],
      ["kikaku.xlsx", "KPI!AD6", "PLAN-9", "actual", 2025, "", "PLAN-9", "unknownId"],
    ]);
    // the tampered file's own actuals still count; the master's target is untouched
    expect(merged.applied.map((e) => e.id)).toEqual(["SAFE-1", "SAFE-2", "KID-1", "PLAN-1"]);
    expect(merged.plan.indicators.find((i) => i.id.text === "SAFE-1")?.targets.get(2025)).toEqual({
      kind: "number",
      value: 2600,
      unit: "",
    });
    expect(merged.pending.map((e) => e.id)).toEqual(["JOB-1", "JOB-2", "G1-K2", "KID-2", "PLAN-2"]);
    expect(merged.returns.find((r) => r.department === "商工観光課")).toMatchObject({ state: "missing", file: "" });
  });

  test("a return from another master or another year is rejected whole", () => {
    const other = readPlanCsv("goal,name,department,target_R7,actual_R7,id\n1,x,企画課,10,,PLAN-1\n").plan;
    const foreign = planGrids(splitPlan(other, { year: 2025 }).files[0].workbook);
    const lastYear = planGrids(splitPlan(departmentsPlan, { year: 2024 }).files[3].workbook);
    const merged = mergeReturns(
      departmentsPlan,
      [returnOf("foreign.xlsx", foreign), returnOf("r6.xlsx", lastYear)],
      2025,
    );
    expect(merged.rejected.map((e) => [e.file, e.department, e.reason])).toEqual([
      ["foreign.xlsx", "企画課", "otherMaster"],
      ["r6.xlsx", "企画課", "otherYear"],
    ]);
    expect(merged.applied).toEqual([]);
    expect(merged.returns.filter((r) => r.department === "企画課").map((r) => r.state)).toEqual([
      "rejected",
      "rejected",
      "missing",
    ]);
  });

  test("the same return twice changes nothing the second time and says so; a second return that disagrees is rejected", () => {
    const f = filled();
    const again = mergeReturns(departmentsPlan, [returnOf("a.xlsx", f.kikaku), returnOf("b.xlsx", f.kikaku)]);
    expect(again.applied.map((e) => e.file)).toEqual(["a.xlsx", "a.xlsx"]);
    expect(again.rejected).toEqual([]);
    expect(again.returns.slice(0, 2).map((r) => r.state)).toEqual(["applied", "unchanged"]);
    // merged into the merged plan: nothing left to apply
    const twice = mergeReturns(again.plan, [returnOf("a.xlsx", f.kikaku)]);
    expect(twice.applied).toEqual([]);
    expect(twice.returns[0].state).toBe("unchanged");
    const changed = filled().kikaku;
    setCell(changed, "PLAN-1", "実績値_R7", 2500);
    const disagree = mergeReturns(departmentsPlan, [returnOf("a.xlsx", f.kikaku), returnOf("c.xlsx", changed)]);
    expect(disagree.rejected.map((e) => [e.file, e.id, e.old, e.new, e.reason])).toEqual([
      ["c.xlsx", "PLAN-1", "2700", "2500", "disagrees"],
    ]);
  });

  test("a master value that changed since the split and that the return changed too is a conflict, both values shown", () => {
    const moved = {
      ...departmentsPlan,
      indicators: departmentsPlan.indicators.map((i) =>
        i.id.text === "PLAN-1"
          ? { ...i, actuals: new Map([...i.actuals, [2025, { kind: "number", value: 2600, unit: "" } as const]]) }
          : i,
      ),
    };
    const merged = mergeReturns(moved, [returnOf("kikaku.xlsx", filled().kikaku)]);
    expect(merged.conflicts.map((e) => [e.id, e.old, e.new, e.split, e.reason])).toEqual([
      ["PLAN-1", "2600", "2700", "", "conflict"],
    ]);
    expect(merged.plan.indicators.find((i) => i.id.text === "PLAN-1")?.actuals.get(2025)).toMatchObject({
      value: 2600,
    });
    expect(merged.applied.map((e) => e.id)).toEqual(["PLAN-2"]);
  });

  test("without its hidden sheet a return still merges, by id, and every protected value is unverified", () => {
    const f = filled();
    f.bosai.delete(returnInfoSheet);
    setCell(f.bosai, "SAFE-1", "目標値_R7", 2000);
    const merged = mergeReturns(departmentsPlan, [returnOf("bosai.xlsx", f.bosai)], 2025);
    expect(merged.rejected).toEqual([]);
    expect(merged.applied.map((e) => e.id)).toEqual(["SAFE-1", "SAFE-2"]);
    expect(merged.returns[0]).toMatchObject({ department: "防災課", unverified: true, state: "applied" });
    // an edited hidden sheet is no fingerprint either
    const g = filled();
    const info = g.kikaku.get(returnInfoSheet) as Grid;
    (info[info.length - 1] as unknown[])[3] = "1";
    const edited = mergeReturns(departmentsPlan, [returnOf("kikaku.xlsx", g.kikaku)]);
    expect(edited.returns[0].unverified).toBe(true);
  });

  test("the JSON lists and the collection sheet", () => {
    const f = filled();
    setCell(f.bosai, "SAFE-1", "目標値_R7", 2000);
    const merged = mergeReturns(departmentsPlan, [returnOf("bosai.xlsx", f.bosai)]);
    const json = mergeJson(merged);
    expect(Object.keys(json)).toEqual(["applied", "rejected", "conflicts", "pending"]);
    expect(json.rejected[0]).toEqual({
      department: "防災課",
      id: "SAFE-1",
      name: "防災訓練参加者数",
      year: 2025,
      field: "target",
      old: "2600",
      new: "2000",
      file: "bosai.xlsx",
      cell: "KPI!R5",
      reason: "protectedChanged",
    });
    expect(json.pending[0]).toEqual({
      department: "商工観光課",
      id: "JOB-1",
      name: "市内従業者数",
      year: 2025,
      field: "actual",
      old: "",
      new: "",
    });
    const sheet = collectionSheet(merged.returns, "2026-12-01 12:00", "ja");
    expect(sheet.name).toBe("回収状況");
    const rows = sheet.blocks[1].cells.map((row) =>
      row.map((c) => (c.kind === "text" ? c.text : c.kind === "number" ? c.value : "")),
    );
    expect(rows).toEqual([
      ["防災課", "bosai.xlsx", "2026-12-01 12:00", "2 / 2", 1, "取込済", ""],
      ["商工観光課", "", "", "0 / 3", 0, "未返送", ""],
      ["子育て支援課", "", "", "0 / 2", 0, "未返送", ""],
      ["企画課", "", "", "0 / 2", 0, "未返送", ""],
    ]);
  });
});
