/** @jest-environment jsdom */
/**
 * What each action ends with, at its step: the converted formulas of Prepare for sharing (or that
 * there was nothing to convert), the rejected rows of a create with the choice to create anyway or
 * stop; where focus is while an action runs and after it; the live region that announces it.
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultSettings } from "../../taskpane/settings";
import { CreateResult, WorkbookActions } from "../../taskpane/workbook";
import { FakeWorkbook } from "../doubles/workbook";
import { deferred, excelOver, renderPane } from "./paneHarness";

// a whole create or summary over the double, rendered in jsdom, on a shared machine
jest.setTimeout(30000);

const noKpi = "No KPI table was found. Create a KPI sheet first, or select the sheet that holds the KPI table.";

const badCsv = "goal,kind,name,direction,target_R6,actual_R6\n1,kpi,a,higher,100,90\nx,kpi,bad,higher,1,1\n";

async function pickCsv(user: ReturnType<typeof userEvent.setup>, text: string): Promise<void> {
  await user.click(screen.getByRole("radio", { name: "A plan CSV file" }));
  await user.upload(screen.getByTestId("csv-input"), new File([text], "plan.csv", { type: "text/csv" }));
}

test("a source with rows that cannot be read: the rows are listed first; Stop writes nothing, Create anyway makes one KPI sheet", async () => {
  const user = userEvent.setup();
  const wb = new FakeWorkbook();
  renderPane(excelOver(wb));
  await pickCsv(user, badCsv);
  const create = screen.getByRole("button", { name: "Create KPI sheet" });
  await user.click(create);
  const question = await screen.findByTestId("rejected");
  expect(question.textContent).toMatch(/1 rows of the source cannot be read/);
  expect(within(question).getByRole("listitem").textContent).toMatch(/^line 3 column "goal"/);
  // focus moves to the choice
  await waitFor(() =>
    expect(document.activeElement).toBe(within(question).getByRole("button", { name: "Create anyway" })),
  );
  await user.click(within(question).getByRole("button", { name: "Stop" }));
  await waitFor(() => expect(screen.getByTestId("notice").textContent).toContain("Stopped: nothing was written."));
  expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1"]);

  // the file fixed or not, the next try creates "KPI", not "KPI (2)"
  await user.click(create);
  await user.click(await screen.findByRole("button", { name: "Create anyway" }));
  await waitFor(() =>
    expect(screen.getByTestId("notice").textContent).toMatch(/Created "KPI" and "Settings" \(1 indicators\)/),
  );
  expect(screen.getByTestId("problems").textContent).toMatch(/line 3/);
  expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "Settings", "KPI"]);
});

test("Prepare for sharing lists each converted formula (sheet, cell, before → after)", async () => {
  const user = userEvent.setup();
  const wb = new FakeWorkbook();
  renderPane(excelOver(wb), "en-US", { ...defaultSettings, style: "functions" });
  await pickCsv(user, badCsv.split("\n").slice(0, 2).join("\n") + "\n");
  await user.click(screen.getByRole("button", { name: "Create KPI sheet" }));
  await waitFor(() => expect(screen.getByTestId("notice").textContent).toMatch(/Created "KPI"/));
  await user.click(screen.getByRole("button", { name: "Prepare for sharing" }));
  const table = await screen.findByTestId("share-changed");
  const rows = within(table).getAllByRole("row").slice(1);
  expect(rows.length).toBeGreaterThan(0);
  const [sheet, cell, change] = within(rows[0])
    .getAllByRole("cell")
    .map((c) => c.textContent ?? "");
  expect(sheet).toBe("KPI");
  expect(cell).toMatch(/^[A-Z]+\d+$/);
  expect(change).toMatch(/^=.*KPI\.\w+\(.* → =(?!.*KPI\.)/);
  // the cell holds what the table says it was converted to
  const written = wb.sheet("KPI")!.cell(cell)!.formula;
  expect(change.endsWith(`→ ${written}`)).toBe(true);
});

test("Prepare for sharing with no KPI.* formulas says there is nothing to convert", async () => {
  const user = userEvent.setup();
  renderPane(excelOver(new FakeWorkbook()));
  await user.click(screen.getByRole("button", { name: "Prepare for sharing" }));
  expect((await screen.findByTestId("share-nothing")).textContent).toBe(
    "Nothing to convert: the workbook has no KPI.* formulas.",
  );
});

const created: CreateResult = {
  kind: "created",
  kpiSheet: "KPI",
  settingsSheet: "Settings",
  renamed: false,
  indicatorCount: 3,
  problems: [],
  notices: [],
};

function heldActions(hold: Promise<CreateResult>): WorkbookActions {
  return {
    ...excelOver(new FakeWorkbook()),
    createKpiSheet: () => hold,
  };
}

test("focus stays on the running action, moves to its result, and back to the action when the result is dismissed", async () => {
  const user = userEvent.setup();
  const hold = deferred<CreateResult>();
  renderPane(heldActions(hold.promise));
  const create = screen.getByRole("button", { name: "Create KPI sheet" });
  create.focus();
  await user.keyboard("{Enter}");
  expect(create.getAttribute("aria-disabled")).toBe("true");
  expect(document.activeElement).toBe(create);
  await act(async () => hold.resolve(created));
  const result = await screen.findByRole("group", { name: "Result" });
  await waitFor(() => expect(document.activeElement).toBe(result));
  await user.click(within(result).getByRole("button", { name: "Dismiss" }));
  expect(screen.queryByRole("group", { name: "Result" })).toBeNull();
  expect(document.activeElement).toBe(create);
});

test("an error is shown at its step and focused, in the user's language", async () => {
  const user = userEvent.setup();
  renderPane(excelOver(new FakeWorkbook()), "ja-JP");
  await within(screen.getByTestId("status")).findByText(/KPIシートの表が見つかりません/);
  // the status said no KPI sheet; the sheet is made by another hand before the user acts
  await user.click(screen.getByRole("radio", { name: "計画CSVファイル" }));
  await user.upload(screen.getByTestId("csv-input"), new File(["a,b\n1,2\n"], "plan.csv", { type: "text/csv" }));
  await user.click(screen.getByRole("button", { name: "KPIシートを作成" }));
  const result = await screen.findByRole("group", { name: "結果" });
  await waitFor(() => expect(document.activeElement).toBe(result));
  expect(result.textContent).toMatch(/goal/);
});

test("the live region stays in the page and announces the run, then its result", async () => {
  const user = userEvent.setup();
  const hold = deferred<CreateResult>();
  renderPane(heldActions(hold.promise));
  const region = screen.getByRole("status");
  expect(region.getAttribute("aria-live")).toBe("polite");
  expect(region.textContent).toBe("");
  await user.click(screen.getByRole("button", { name: "Create KPI sheet" }));
  expect(region.textContent).toBe("Working…");
  await act(async () => hold.resolve(created));
  await waitFor(() => expect(region.textContent).toBe('Created "KPI" and "Settings" (3 indicators).'));
  expect(screen.getByRole("status")).toBe(region);
});

test("a status that cannot be read says why; it is read again on request", async () => {
  const user = userEvent.setup();
  let fail = true;
  const base = excelOver(new FakeWorkbook());
  renderPane({
    ...base,
    readStatus: () => (fail ? Promise.reject(new Error("the workbook is busy")) : base.readStatus()),
  });
  await screen.findByText("The action failed: the workbook is busy");
  fail = false;
  await user.click(screen.getByRole("button", { name: "Read the workbook again" }));
  await within(screen.getByTestId("status")).findByText(noKpi);
});
