/**
 * @jest-environment jsdom
 *
 * "Create KPI sheet" from the user's own sheet: read from the Excel double (title rows, a year
 * standing once over its parts, percentages as %-formatted numbers, a formula, the city's rates),
 * previewed with a drop-down per column, the KPI sheet created beside it, the user's sheet unchanged,
 * and the KPI sheet read back to the same plan.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultScale } from "../../src/grade";
import { Plan } from "../../src/plan";
import { readSheets } from "../../src/read/readGrid";
import { App } from "../../taskpane/components/App";
import { readKpiTable } from "../../taskpane/office/kpiTable";
import { readSheetGrid } from "../../taskpane/office/sheetGrid";
import { defaultSettings } from "../../taskpane/settings";
import { PlanSource, readSource } from "../../taskpane/sources";
import { createKpiSheetIn, SheetSettings, WorkbookActions } from "../../taskpane/workbook";
import { fakeExcel } from "../doubles/context";
import { FakeWorkbook } from "../doubles/workbook";
import { createdResult, standInActions } from "./standIns";

jest.setTimeout(30_000);


const en: SheetSettings = { lang: "en", scale: defaultScale, year: undefined, style: "native" };
const noProgress = (): void => undefined;
const pct = "0.0%";

/** The planning department's own sheet, as staff keep it. */
function userSheet(wb: FakeWorkbook): void {
  const sheet = wb.sheet("計画")!;
  const rows: [string, string | number | boolean, string?, string?][] = [
    ["A1", "KPI一覧（令和6年度）"],
    ...["基本目標", "指標名", "単位", "方向", "R5", "", "R6", "", "", "担当者"].map(
      (v, c): [string, string] => [`${"ABCDEFGHIJ"[c]}3`, v],
    ),
    ...["目標値", "実績値", "目標値", "実績値", "達成率"].map((v, c): [string, string] => [`${"EFGHI"[c]}4`, v]),
    ...([1, "転入者数", "人", "増加", 100, 90, 110, 120] as const).map((v, c): [string, string | number] => [`${"ABCDEFGH"[c]}5`, v]),
    ["I5", 1.091, pct],
    ["J5", "企画課"],
    ...(["市民の割合", "%", "増加"] as const).map((v, c): [string, string] => [`${"BCD"[c]}6`, v]),
    ...([0.45, 0.461, 0.47, 0.442] as const).map((v, c): [string, number, string] => [`${"EFGH"[c]}6`, v, pct]),
    ["I6", 0.94, pct, "=H6/G6"],
    ["J6", "企画課"],
    ...([2, "刑法犯認知件数", "件", "減少", 900, 1131, 810, 1102] as const).map((v, c): [string, string | number] => [`${"ABCDEFGH"[c]}7`, v]),
    ["I7", 1.36, pct],
    ["J7", "防犯課"],
  ];
  for (const [at, value, numberFormat, formula] of rows) {
    if (value === "") continue;
    sheet.cells.set(at, { value, ...(numberFormat === undefined ? {} : { numberFormat }), ...(formula === undefined ? {} : { formula }) });
  }
}

const essentials = (plan: Plan) =>
  plan.indicators.map((i) => ({
    goal: i.goal,
    name: i.name,
    direction: i.direction,
    notes: i.notes,
    targets: [...i.targets].map(([y, v]) => [y, v.kind === "number" ? v.value : v.reason]),
    actuals: [...i.actuals].map(([y, v]) => [y, v.kind === "number" ? v.value : v.reason]),
  }));

const asNotes = new Map([[9, { kind: "field" as const, field: "notes" as const }]]);

describe("the sheet source against the Excel double", () => {
  test("reads the used range, creates the KPI sheet beside it, leaves the sheet as it was", async () => {
    const { wb, context } = fakeExcel(["計画"]);
    userSheet(wb);
    const before = wb.sheet("計画")!.snapshot();
    const grid = await readSheetGrid(context);
    expect(grid.sheet).toBe("計画");
    const source: PlanSource = { kind: "sheet", grid, choices: asNotes };
    const read = readSource(source);
    expect(read.problems).toEqual([]);
    expect(essentials(read.plan)).toEqual([
      { goal: 1, name: "転入者数", direction: "higher", notes: "企画課", targets: [[2023, 100], [2024, 110]], actuals: [[2023, 90], [2024, 120]] },
      { goal: 1, name: "市民の割合", direction: "higher", notes: "企画課", targets: [[2023, 45], [2024, 47]], actuals: [[2023, 46.1], [2024, 44.2]] },
      { goal: 2, name: "刑法犯認知件数", direction: "lower", notes: "防犯課", targets: [[2023, 900], [2024, 810]], actuals: [[2023, 1131], [2024, 1102]] },
    ]);
    const found = readSheets([grid]);
    expect(found.kind === "read" && found.grid.rates.differences.map((d) => [d.at, d.theirs, d.ours, d.why])).toEqual([
      ["計画!I5", 1091, 1000, "cap"],
      ["計画!I7", 1360, 735, "lowerIsBetter"],
    ]);

    const result = await createKpiSheetIn(context, source, en, noProgress);
    expect(result).toMatchObject({ kpiSheet: "KPI", indicatorCount: 3, problems: [] });
    expect(wb.sheets.map((s) => s.name)).toEqual(["計画", "Settings", "KPI"]);
    expect(wb.sheet("計画")!.snapshot()).toBe(before);

    // the KPI sheet the pane wrote reads back to the same plan: by its table, and as a sheet
    const table = await readKpiTable(context);
    expect(essentials(table.read.plan)).toEqual(essentials(read.plan));
    wb.active = wb.sheet("KPI");
    const kpi = readSheets([await readSheetGrid(context)]);
    expect(kpi.kind).toBe("read");
    if (kpi.kind === "read") expect(essentials(kpi.grid.read.plan)).toEqual(essentials(read.plan));
  });

  test("reads only the selected range when more than one cell is selected", async () => {
    const { wb, context } = fakeExcel(["計画"]);
    userSheet(wb);
    wb.selection = { sheet: "計画", address: "A3:H5" };
    const grid = await readSheetGrid(context);
    expect([grid.top, grid.left, grid.rows.length, grid.rows[0]?.length]).toEqual([2, 0, 3, 8]);
    expect(readSource({ kind: "sheet", grid, choices: new Map() }).plan.indicators).toHaveLength(1);
  });

  test("an empty sheet is refused with a message", async () => {
    const { context } = fakeExcel(["Sheet1"]);
    await expect(readSheetGrid(context)).rejects.toThrow("This sheet is empty");
  });
});

test("the pane: read the sheet, correct a column in the preview, create from it", async () => {
  const user = userEvent.setup();
  const { wb, context } = fakeExcel(["計画"]);
  userSheet(wb);
  const calls: PlanSource[] = [];
  const actions: WorkbookActions = standInActions({
    readSheet: () => readSheetGrid(context),
    createKpiSheet: async (source) => {
      calls.push(source);
      return createdResult({ settingsSheet: "Settings", indicatorCount: 3 });
    },
    readStatus: async () => ({ kind: "noKpiSheet" }),
  });
  render(<App actions={actions} officeLanguage="en-US" initialSettings={defaultSettings} hasSample />);
  await user.click(screen.getByRole("radio", { name: "This sheet / the selected range" }));
  await user.click(screen.getByRole("button", { name: "Create KPI sheet" }));
  // shown at the step and announced by the live region
  await waitFor(() => expect(screen.getAllByText(/Read the sheet first/).length).toBeGreaterThan(0));
  expect(calls).toEqual([]);

  await user.click(screen.getByRole("button", { name: "Read the sheet" }));
  await waitFor(() => expect(screen.getByTestId("import-count").textContent).toBe("3 indicators read"));
  expect(screen.getByText(/table: 計画!A3 \(one row per indicator, 3 indicators\)/)).toBeTruthy();
  expect(screen.getByText(/計画!I7 刑法犯認知件数 \(FY2024\): city 136.0%, KPI Sheets 73.5%: lower is better/)).toBeTruthy();
  const owner = screen.getByRole("combobox", { name: "計画!J4 担当者" });
  expect((owner as HTMLSelectElement).value).toBe("text:");
  expect((screen.getByRole("combobox", { name: "計画!G4 目標値_R6" }) as HTMLSelectElement).value).toBe("target:2024");
  await user.selectOptions(owner, "notes");
  expect((screen.getByRole("combobox", { name: "計画!J4 担当者" }) as HTMLSelectElement).value).toBe("notes");

  await user.click(screen.getByRole("button", { name: "Create KPI sheet" }));
  await waitFor(() => expect(calls).toHaveLength(1));
  const source = calls[0]!;
  expect(source.kind).toBe("sheet");
  if (source.kind === "sheet") {
    expect(source.choices).toEqual(asNotes);
    expect(readSource(source).plan.indicators.map((i) => i.notes)).toEqual(["企画課", "企画課", "防犯課"]);
  }
  expect(wb.stats.writes).toBe(0);
});
