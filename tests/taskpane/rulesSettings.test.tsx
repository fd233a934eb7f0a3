/**
 * @jest-environment jsdom
 *
 * The pane's settings of the rules (issue 14): rounding, lag, tolerance, goal rule and whether
 * numerical targets count are chosen in the pane, kept between sessions, and reach the action
 * that makes the sheets; what storage holds is checked, a bad value falling back to the default.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../taskpane/components/App";
import { defaultSettings, parseSettings, PaneSettings, rulesOf } from "../../taskpane/settings";
import { SheetSettings, WorkbookActions } from "../../taskpane/workbook";
import { createdResult, standInActions } from "./standIns";

jest.setTimeout(30_000);


test("the default rules are the reference's", () => {
  expect(rulesOf(defaultSettings)).toEqual({
    rounding: "halfUp",
    lag: 0,
    tolerance: 0.1,
    rule: "mean",
    countTargets: false,
  });
});

test("stored rules are read back; a bad one falls back to its default, the others are kept", () => {
  const stored = { rounding: "truncate", lag: 2, tolerance: 0.05, goalRule: "worst", countTargets: true };
  expect(parseSettings(JSON.stringify(stored))).toMatchObject(stored);
  const bad = {
    rounding: "ROUNDUP",
    lag: -1,
    tolerance: 3,
    goalRule: "median",
    countTargets: "yes",
    style: "functions",
  };
  expect(parseSettings(JSON.stringify(bad))).toMatchObject({
    rounding: "halfUp",
    lag: 0,
    tolerance: 0.1,
    goalRule: "mean",
    countTargets: false,
    style: "functions",
  });
  expect(parseSettings(JSON.stringify({ lag: 1.5 })).lag).toBe(0);
});

test("the rules chosen in the pane reach the action that makes the sheets, and are kept", async () => {
  const user = userEvent.setup();
  const calls: SheetSettings[] = [];
  const changes: PaneSettings[] = [];
  const actions: WorkbookActions = standInActions({
    createKpiSheet: async (_source, settings) => {
      calls.push(settings);
      return createdResult({ settingsSheet: "Settings", indicatorCount: 1 });
    },
    readStatus: async () => ({ kind: "noKpiSheet" }),
  });
  render(
    <App
      actions={actions}
      officeLanguage="en-US"
      initialSettings={defaultSettings}
      hasSample
      onSettingsChange={(s) => changes.push(s)}
    />,
  );
  // the rules sit with the step that makes the sheets (the settings sheet then holds them)
  const step1 = within(screen.getByRole("region", { name: "1. KPI sheet" }));
  const pick = (field: string, option: string) =>
    user.selectOptions(step1.getByRole("combobox", { name: field }), step1.getByRole("option", { name: option }));
  await pick("Rounding", "down to 0.1%");
  await pick("Lag of statistics (years)", "2");
  await pick("Tolerance (of the baseline)", "5%");
  await pick("Goal figure", "weighted mean");
  await pick("Numerical targets count", "yes");
  await user.selectOptions(step1.getByRole("combobox", { name: "Grade scale" }), "trend");
  await user.click(screen.getByRole("button", { name: "Create KPI sheet" }));
  await waitFor(() => expect(calls).toHaveLength(1));
  expect(calls[0].rules).toEqual({
    rounding: "truncate",
    lag: 2,
    tolerance: 0.05,
    rule: "weightedMean",
    countTargets: true,
  });
  expect(calls[0].scale.id).toBe("trend");
  expect(changes[changes.length - 1]).toMatchObject({ rounding: "truncate", lag: 2, goalRule: "weightedMean" });
  // the options speak the pane's language
  expect(step1.getByRole("option", { name: "down to 0.1%" })).toBeTruthy();
  expect(step1.getByRole("option", { name: "share achieved" })).toBeTruthy();
});
