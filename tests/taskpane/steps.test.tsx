/** @jest-environment jsdom */
/**
 * The pane as the year's steps, over the Excel double: the steps in order, the workbook's status in
 * each state (read on opening, on another sheet's activation, after each action), what a step that
 * needs an earlier one says, and the whole flow with the keyboard alone.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeWorkbook } from "../doubles/workbook";
import { cellAddress } from "../../src/formula/a1";
import { departmentsOver, excelOver, renderPane } from "./paneHarness";

// a whole create or summary over the double, rendered in jsdom, on a shared machine
jest.setTimeout(30000);

const noKpi = "No KPI table was found. Create a KPI sheet first, or select the sheet that holds the KPI table.";

const facts = () => within(screen.getByTestId("status-facts"));
const fact = (term: string): string => facts().getByText(term).nextElementSibling?.textContent ?? "";

test("the steps that exist today, in the year's order, each with its one-line explanation", async () => {
  renderPane(excelOver(new FakeWorkbook()));
  const steps = within(screen.getByRole("region", { name: "The year's steps" }));
  const headings = steps.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
  expect(headings).toEqual(["1. KPI sheet", "2. Goal summary", "3. Report", "4. Prepare for sharing"]);
  const items = steps.getAllByRole("listitem");
  expect(items).toHaveLength(4);
  expect(items[1].textContent).toContain("Averages each goal's KPI rates and grades them");
  // no step whose action is not built (send, collect): no button that would do nothing
  for (const name of [/send/i, /collect/i]) expect(screen.queryByRole("button", { name })).toBeNull();
  await within(screen.getByTestId("status")).findByText(noKpi);
});

test("an empty workbook: the status says there is no KPI sheet and the summary says what it needs, instead of failing", async () => {
  renderPane(excelOver(new FakeWorkbook()));
  await within(screen.getByTestId("status")).findByText(noKpi);
  const needs = screen.getByTestId("needs-summary");
  expect(needs.textContent).toBe(noKpi);
  const summary = screen.getByRole("button", { name: "Generate goal summary" });
  expect(summary).toHaveProperty("disabled", true);
  expect(summary.getAttribute("aria-describedby")).toBe(needs.id);
  // sharing needs no KPI sheet: it converts KPI.* formulas wherever they are
  expect(screen.getByRole("button", { name: "Prepare for sharing" })).toHaveProperty("disabled", false);
});

test("keyboard only: create from the sample, generate the summary, read the averages; the status follows", async () => {
  const user = userEvent.setup();
  const wb = new FakeWorkbook();
  renderPane(excelOver(wb));
  await within(screen.getByTestId("status")).findByText(noKpi);

  // from the top of the page, Tab to the first step's button (the sample is the chosen source)
  const create = screen.getByRole("button", { name: "Create KPI sheet" });
  while (document.activeElement !== create) await user.tab();
  await user.keyboard("{Enter}");
  const created = await screen.findByRole("group", { name: "Result" });
  await waitFor(() => expect(document.activeElement).toBe(created));
  expect(created.textContent).toMatch(/Created "KPI" and "Settings" \(62 indicators\)/);
  await waitFor(() => expect(fact("KPI sheet")).toBe("KPI"));
  expect(fact("Evaluation year")).toBe("FY2024");
  expect(fact("Goal summary")).toBe("not made yet");
  expect(fact("Actuals entered")).toMatch(/^\d+ of 62 indicators$/);

  const summary = screen.getByRole("button", { name: "Generate goal summary" });
  while (document.activeElement !== summary) await user.tab();
  await user.keyboard("{Enter}");
  const table = await screen.findByTestId("averages");
  const result = screen.getByRole("group", { name: "Result" });
  await waitFor(() => expect(document.activeElement).toBe(result));
  expect(within(table).getByText("Goal averages, FY2024")).toBeTruthy();
  const rows = within(table).getAllByRole("row").slice(1);
  expect(rows).toHaveLength(4);
  for (const row of rows) expect(row.textContent).toMatch(/^Goal \d.*(\d+\.\d%|-)/);
  await waitFor(() => expect(fact("Goal summary")).toBe('"Goal summary", up to date with the KPI table'));

  // the result's button opens the summary sheet (Tab from the result reaches it)
  const open = within(result).getByRole("button", { name: 'Open "Goal summary"' });
  wb.active = wb.sheet("KPI");
  while (document.activeElement !== open) await user.tab();
  await user.keyboard("{Enter}");
  await waitFor(() => expect(wb.active?.name).toBe("Goal summary"));
});

test("the status is read again when another sheet is activated: a change to the KPI table makes the summary older", async () => {
  const user = userEvent.setup();
  const wb = new FakeWorkbook();
  renderPane(excelOver(wb));
  await within(screen.getByTestId("status")).findByText(noKpi);
  await user.click(screen.getByRole("button", { name: "Create KPI sheet" }));
  await screen.findByRole("group", { name: "Result" });
  await user.click(screen.getByRole("button", { name: "Generate goal summary" }));
  await waitFor(() => expect(fact("Goal summary")).toMatch(/up to date/));

  const table = wb.tables[0];
  table.sheet.cells.set(cellAddress(table.rect.r0 + 1, table.rect.c1), { value: "edited" });
  await act(() => wb.userActivates("KPI"));
  await waitFor(() =>
    expect(fact("Goal summary")).toBe(
      '"Goal summary" is older than the last change to the KPI table: generate it again',
    ),
  );
});

test("the status in Japanese: sheet, era year, scale, actuals", async () => {
  const user = userEvent.setup();
  renderPane(excelOver(new FakeWorkbook()), "ja-JP");
  await within(screen.getByTestId("status")).findByText(/KPIシートの表が見つかりません/);
  await user.click(screen.getByRole("button", { name: "KPIシートを作成" }));
  await waitFor(() => expect(fact("評価年度")).toBe("令和6年度"));
  expect(fact("KPIシート")).toBe("KPI");
  expect(fact("実績値の入力")).toMatch(/^指標 62 件中 \d+ 件$/);
  expect(fact("基本目標別まとめ")).toBe("まだ作成していません");
  expect(fact("効果検証報告書")).toBe("まだ作成していません");
  expect(fact("担当課")).toBe("まだ送付・回収していません");
});

test("the status follows the departments' round and the report: sent, returned, report up to date, then older", async () => {
  const user = userEvent.setup();
  const wb = new FakeWorkbook();
  const departments = departmentsOver();
  renderPane(excelOver(wb), "en-US", undefined, departments);
  await within(screen.getByTestId("status")).findByText(noKpi);
  const plan = readFileSync(join(__dirname, "..", "fixtures", "departments-plan.csv"));
  await user.click(screen.getByRole("radio", { name: "A plan CSV file" }));
  await user.upload(screen.getByTestId("csv-input"), new File([plan], "plan.csv", { type: "text/csv" }));
  await user.click(screen.getByRole("button", { name: "Create KPI sheet" }));
  await waitFor(() => expect(fact("Departments")).toBe("no files sent or returns collected yet"));
  expect(fact("Report")).toBe("not made yet");

  await user.click(screen.getByRole("button", { name: "Make department files" }));
  await waitFor(() => expect(departments.downloads).toHaveLength(4));
  await waitFor(() => expect(fact("Departments")).toBe("FY2025: 0 of 4 departments returned"));

  await user.click(screen.getByRole("button", { name: "Create report" }));
  await waitFor(() => expect(fact("Report")).toMatch(/^".+", up to date with the KPI table$/));
  const table = wb.tables[0];
  table.sheet.cells.set(cellAddress(table.rect.r0 + 1, table.rect.c1), { value: "edited" });
  await act(() => wb.userActivates("KPI"));
  await waitFor(() => expect(fact("Report")).toMatch(/is older than the last change to the KPI table/));
  // read again on the activation: the round is the workbook's record, unchanged by the edit
  expect(fact("Departments")).toBe("FY2025: 0 of 4 departments returned");
});
