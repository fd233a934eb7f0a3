/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../taskpane/components/App";
import { LocalizedError } from "../../taskpane/errors";
import { defaultSettings, PaneSettings } from "../../taskpane/settings";
import { PlanSource } from "../../taskpane/sources";
import {
  CreateResult,
  Progress,
  ReplaceChoice,
  SheetSettings,
  SummaryResult,
  WorkbookActions,
} from "../../taskpane/workbook";
import { createdResult, standInActions } from "./standIns";

/** A deferred promise, to hold an action mid-run. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const created = createdResult({ settingsSheet: "設定" });
const actions = standInActions;

function renderApp(
  a: WorkbookActions,
  officeLanguage = "ja-JP",
  settings: PaneSettings = defaultSettings,
  onSettingsChange?: (s: PaneSettings) => void,
) {
  return render(
    <App
      actions={a}
      officeLanguage={officeLanguage}
      initialSettings={settings}
      hasSample
      onSettingsChange={onSettingsChange}
    />,
  );
}

test("outside Excel: the actions are shown, disabled, with a notice that they act on a workbook in Excel", () => {
  renderApp(actions({ inExcel: false }), "en-US");
  expect(screen.getByTestId("outside-excel").textContent).toMatch(/workbook open in Excel/);
  for (const name of ["Create KPI sheet", "Generate goal summary", "Prepare for sharing"]) {
    expect(screen.getByRole("button", { name })).toHaveProperty("disabled", true);
  }
});

test("in Excel there is no such notice; the language follows Office and can be switched", async () => {
  const user = userEvent.setup();
  const changes: PaneSettings[] = [];
  renderApp(actions(), "ja-JP", defaultSettings, (s) => changes.push(s));
  expect(screen.queryByTestId("outside-excel")).toBeNull();
  expect(screen.getByRole("button", { name: "KPIシートを作成" })).toHaveProperty("disabled", false);
  await user.selectOptions(screen.getByRole("combobox", { name: "言語" }), "en");
  expect(screen.getByRole("button", { name: "Create KPI sheet" })).toHaveProperty("disabled", false);
  expect(changes[changes.length - 1]).toMatchObject({ language: "en" });
});

test("Create KPI sheet from the sample: progress shows, the button is disabled while it runs, and it cannot start twice", async () => {
  const user = userEvent.setup();
  const hold = deferred<CreateResult>();
  let progress: Progress = () => undefined;
  let runs = 0;
  const a = actions({
    createKpiSheet: (_source, _settings, p) => {
      runs++;
      progress = p;
      return hold.promise;
    },
  });
  renderApp(a, "en-US");
  const button = screen.getByRole("button", { name: "Create KPI sheet" });
  await user.click(button);
  expect(screen.getByText("Working…", { selector: "label" })).toBeTruthy();
  // marked disabled and kept focusable, so focus stays on the action while it runs
  expect(button.getAttribute("aria-disabled")).toBe("true");
  expect(screen.getByRole("button", { name: "Generate goal summary" })).toHaveProperty("disabled", true);
  await user.click(button);
  expect(runs).toBe(1);
  act(() => progress(2, 3));
  expect(screen.getByText("Write 2 of 3")).toBeTruthy();
  await act(async () => hold.resolve(created));
  expect(screen.getByTestId("notice").textContent).toMatch(/Created "KPI" and "設定" \(62 indicators\)/);
  expect(button).toHaveProperty("disabled", false);
});

test("the source and the settings reach the action: a blank template for R3–R8, grade scale, year, style", async () => {
  const user = userEvent.setup();
  const a = actions();
  renderApp(a, "en-US");
  await user.click(screen.getByRole("radio", { name: "Blank template for a plan period" }));
  await user.selectOptions(screen.getByRole("combobox", { name: "Plan period: first year" }), "2021");
  await user.selectOptions(screen.getByRole("combobox", { name: "Plan period: last year" }), "2026");
  const step1 = within(screen.getByRole("region", { name: "1. KPI sheet" }));
  await user.selectOptions(step1.getByRole("combobox", { name: "Grade scale" }), "symbols");
  await user.selectOptions(step1.getByRole("combobox", { name: "Evaluation year" }), "2024");
  await user.selectOptions(step1.getByRole("combobox", { name: "Formula style" }), "functions");
  await user.click(screen.getByRole("button", { name: "Create KPI sheet" }));
  await waitFor(() => expect(a.calls).toHaveLength(1));
  const [, source, settings] = a.calls[0] as [string, PlanSource, SheetSettings];
  expect(source).toEqual({ kind: "blank", from: 2021, to: 2026 });
  expect(settings).toMatchObject({ lang: "en", year: 2024, style: "functions" });
  expect(settings.scale.id).toBe("symbols");
});

test("a picked CSV file's bytes reach the action; its unreadable rows are listed", async () => {
  const user = userEvent.setup();
  const a = actions({
    createKpiSheet: async (source) => {
      a.calls.push(["create", source]);
      return {
        ...created,
        problems: [
          {
            where: { ja: "3行目", en: "line 3" },
            column: "goal",
            message: { ja: "基本目標は1以上の整数で書いてください", en: "the goal must be a whole number" },
          },
        ],
      };
    },
  });
  renderApp(a, "en-US");
  await user.click(screen.getByRole("radio", { name: "A plan CSV file" }));
  const file = new File(["goal,name\n1,a\n"], "plan.csv", { type: "text/csv" });
  await user.upload(screen.getByTestId("csv-input"), file);
  await user.click(screen.getByRole("button", { name: "Create KPI sheet" }));
  await waitFor(() =>
    expect(screen.getByTestId("problems").textContent).toMatch(/line 3 column "goal": the goal must be a whole number/),
  );
  const source = a.calls[0][1] as PlanSource & { kind: "csv" };
  expect(source.kind).toBe("csv");
  expect(String.fromCharCode(...source.bytes)).toBe("goal,name\n1,a\n");
});

test("errors appear in a message bar in the user's language", async () => {
  const user = userEvent.setup();
  renderApp(
    actions({
      createKpiSheet: async () => {
        throw new LocalizedError({ ja: "KPIシートの表が見つかりません。", en: "No KPI table was found." });
      },
    }),
    "ja-JP",
  );
  await user.click(screen.getByRole("button", { name: "KPIシートを作成" }));
  await waitFor(() => expect(screen.getByTestId("notice").textContent).toContain("KPIシートの表が見つかりません。"));
});

test("Generate goal summary asks before replacing the add-in's summary, then lists unreadable rows with their addresses", async () => {
  const user = userEvent.setup();
  const choices: ReplaceChoice[] = [];
  const a = actions({
    generateSummary: async (_settings, confirm): Promise<SummaryResult> => {
      const choice = await confirm("Goal summary");
      choices.push(choice);
      return {
        kind: "written",
        sheet: "Goal summary",
        replaced: true,
        goals: 4,
        indicators: 61,
        year: 2024,
        averages: [],
        problems: [
          {
            where: { ja: "KPI!T12", en: "KPI!T12" },
            column: "actual_FY2024",
            message: { ja: "「たくさん」は数値ではありません", en: '"lots" is not a number' },
          },
        ],
      };
    },
  });
  renderApp(a, "en-US");
  await user.click(screen.getByRole("button", { name: "Generate goal summary" }));
  const dialog = await screen.findByRole("alertdialog");
  expect(dialog.textContent).toMatch(/"Goal summary" is a summary sheet this add-in made/);
  await user.click(screen.getByRole("button", { name: "Replace it" }));
  await waitFor(() =>
    expect(screen.getByTestId("notice").textContent).toMatch(/Regenerated "Goal summary" \(4 goals, 61 indicators\)/),
  );
  expect(choices).toEqual(["replace"]);
  expect(screen.getByTestId("problems").textContent).toContain(
    'KPI!T12 column "actual_FY2024": "lots" is not a number',
  );
});

test("cancelling the replacement writes nothing and says so", async () => {
  const user = userEvent.setup();
  renderApp(
    actions({
      generateSummary: async (_s, confirm) =>
        (await confirm("まとめ")) === "cancel" ? { kind: "cancelled" } : { kind: "cancelled" },
    }),
    "ja-JP",
  );
  await user.click(screen.getByRole("button", { name: "まとめを作成" }));
  await screen.findByRole("alertdialog");
  await user.click(screen.getByRole("button", { name: "キャンセル" }));
  await waitFor(() => expect(screen.getByTestId("notice").textContent).toContain("取り消しました。"));
});

test("Prepare for sharing reports what it changed, or says it is not in this build", async () => {
  const user = userEvent.setup();
  const { unmount } = renderApp(actions(), "en-US");
  await user.click(screen.getByRole("button", { name: "Prepare for sharing" }));
  await waitFor(() => expect(screen.getByTestId("notice").textContent).toMatch(/not available in this build/));
  unmount();
  renderApp(
    actions({ prepareForSharing: async () => ({ report: "Replaced 3 formulas.", changed: [], skipped: [] }) }),
    "en-US",
  );
  await user.click(screen.getByRole("button", { name: "Prepare for sharing" }));
  await waitFor(() => expect(screen.getByTestId("notice").textContent).toContain("Replaced 3 formulas."));
});
