/** @jest-environment jsdom */
/** The pane's Create report step over the Excel double: it needs a KPI sheet, runs, names the sheet and its charts, opens it. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeWorkbook } from "../doubles/workbook";
import { excelOver, renderPane } from "./paneHarness";

// a whole create and report over the double, rendered in jsdom, on a shared machine
jest.setTimeout(60000);

const noKpi = "No KPI table was found. Create a KPI sheet first, or select the sheet that holds the KPI table.";

test("Create report needs a KPI sheet first: disabled, saying so", async () => {
  renderPane(excelOver(new FakeWorkbook()));
  await within(screen.getByTestId("status")).findByText(noKpi);
  const needs = screen.getByTestId("needs-report");
  expect(needs.textContent).toBe(noKpi);
  const button = screen.getByRole("button", { name: "Create report" });
  expect(button).toHaveProperty("disabled", true);
  expect(button.getAttribute("aria-describedby")).toBe(needs.id);
});

test("after the KPI sheet: writes the report with its charts, names them, and opens the sheet", async () => {
  const user = userEvent.setup();
  const wb = new FakeWorkbook();
  renderPane(excelOver(wb));
  await within(screen.getByTestId("status")).findByText(noKpi);
  await user.click(screen.getByRole("button", { name: "Create KPI sheet" }));
  const created = await screen.findByRole("group", { name: "Result" });
  expect(created.textContent).toMatch(/Created "KPI" and "Settings"/);

  const button = screen.getByRole("button", { name: "Create report" });
  await waitFor(() => expect(button).toHaveProperty("disabled", false));
  await user.click(button);
  await waitFor(() => expect(screen.getByRole("group", { name: "Result" }).textContent).toMatch(/Wrote "Report"/), {
    timeout: 30000,
  });
  const result = screen.getByRole("group", { name: "Result" });
  const sheet = wb.sheet("Report");
  expect(sheet).toBeDefined();
  expect(result.textContent).toContain(`Wrote "Report" with ${sheet!.charts.length} charts.`);
  expect(sheet!.charts.length).toBeGreaterThanOrEqual(4);

  wb.active = wb.sheet("KPI");
  await user.click(within(result).getByRole("button", { name: 'Open "Report"' }));
  await waitFor(() => expect(wb.active?.name).toBe("Report"));

  // again: asked about the report sheet (not the summary), replaced with its charts
  const charts = sheet!.charts.length;
  await user.click(screen.getByRole("button", { name: "Create report" }));
  const dialog = await screen.findByRole("alertdialog", {}, { timeout: 10000 });
  expect(dialog.textContent).toContain("Regenerate the report sheet?");
  await user.click(within(dialog).getByRole("button", { name: "Replace it" }));
  await waitFor(() =>
    expect(screen.getByRole("group", { name: "Result" }).textContent).toContain(
      `Regenerated "Report" with ${charts} charts.`,
    ),
  );
  expect(wb.sheet("Report")!.charts).toHaveLength(charts);
  expect(wb.sheets.filter((s) => s.name.startsWith("Report"))).toHaveLength(1);
});
