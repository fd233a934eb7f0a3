/** @jest-environment jsdom */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../taskpane/components/App";
import type { MergeResult } from "../../src/departments";
import type { DepartmentActions } from "../../taskpane/departments/paneActions";
import { defaultSettings } from "../../taskpane/settings";
import { WorkbookActions } from "../../taskpane/workbook";
import { kpiStatus, standInActions } from "./standIns";

// a workbook with a KPI sheet, so the departments' steps can run
const workbook: WorkbookActions = standInActions({
  createKpiSheet: () => Promise.reject(new Error("not here")),
  readStatus: async () => kpiStatus({ evalYear: 2025, indicators: 3, withActual: 0 }),
});

const result: MergeResult = {
  applied: [
    {
      department: "企画課",
      id: "PLAN-1",
      name: "申請件数",
      year: 2025,
      field: "actual",
      old: "",
      new: "2700",
      file: "a.xlsx",
      cell: "KPI!S5",
    },
  ],
  rejected: [],
  conflicts: [],
  pending: [],
  returns: [],
};

function departments(answers: boolean[]): DepartmentActions & { downloads: string[] } {
  const downloads: string[] = [];
  return {
    send: () =>
      Promise.resolve({ year: 2025, files: [{ fileName: "企画課.xlsx", bytes: new Uint8Array([1]) }], unassigned: 0 }),
    collect: async (_uploads, _options, confirm) => {
      const yes = await confirm(result);
      answers.push(yes);
      return yes ? { kind: "written", result, sheet: "回収状況" } : { kind: "cancelled", result };
    },
    download: (file) => downloads.push(file.fileName),
    downloads,
  };
}

const renderApp = (actions: DepartmentActions) =>
  render(
    <App
      actions={workbook}
      officeLanguage="ja-JP"
      initialSettings={defaultSettings}
      hasSample={false}
      departments={actions}
    />,
  );

test("Send to departments downloads one file per department and says so", async () => {
  const actions = departments([]);
  renderApp(actions);
  const send = screen.getByRole("button", { name: "担当課別ファイルを作成" });
  await waitFor(() => expect((send as HTMLButtonElement).disabled).toBe(false));
  await userEvent.click(send);
  await waitFor(() => expect(screen.getByTestId("notice").textContent).toContain("担当課別ファイル 1 件"));
  expect(actions.downloads).toEqual(["企画課.xlsx"]);
});

test("Collect returns lists the changes and writes only after the user confirms", async () => {
  const answers: boolean[] = [];
  renderApp(departments(answers));
  const file = new File([new Uint8Array([1])], "a.xlsx");
  await userEvent.upload(screen.getByTestId("returns-input"), file);
  await waitFor(() =>
    expect((screen.getByRole("button", { name: "返送ファイルを読む" }) as HTMLButtonElement).disabled).toBe(false),
  );
  await userEvent.click(screen.getByRole("button", { name: "返送ファイルを読む" }));
  const preview = await screen.findByTestId("returns-preview");
  expect(preview.textContent).toContain("取込: 企画課 PLAN-1 申請件数 R7 actual  → 2700 a.xlsx KPI!S5");
  await userEvent.click(screen.getByRole("button", { name: "取り消し" }));
  await waitFor(() => expect(screen.getByTestId("notice").textContent).toContain("何も書き込みませんでした"));
  await userEvent.click(screen.getByRole("button", { name: "返送ファイルを読む" }));
  await userEvent.click(await screen.findByRole("button", { name: "KPI表に書き込む" }));
  await waitFor(() => expect(screen.getByTestId("notice").textContent).toContain("回収状況"));
  expect(answers).toEqual([false, true]);
});
