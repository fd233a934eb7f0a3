/**
 * Stand-ins for the pane's tests that drive the App without the Excel double: a workbook's
 * actions that record their calls, the results and status they give. Importing this module also
 * gives jsdom the ResizeObserver it lacks (Fluent's MessageBar observes its own size).
 */
import type { WorkbookStatus } from "../../taskpane/office/status";
import type { CreateResult, WorkbookActions } from "../../taskpane/workbook";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;

/** A KPI sheet was created, with nothing renamed, left out or noted. */
export const createdResult = (over: Partial<CreateResult & { kind: "created" }> = {}): CreateResult => ({
  kind: "created",
  kpiSheet: "KPI",
  settingsSheet: "Settings",
  renamed: false,
  indicatorCount: 62,
  notices: [],
  problems: [],
  ...over,
});

/** A workbook with a KPI sheet, so every step can run; nothing made from it yet, no departments' round. */
export const kpiStatus = (over: Partial<WorkbookStatus & { kind: "kpiSheet" }> = {}): WorkbookStatus => ({
  kind: "kpiSheet",
  sheet: "KPI",
  table: "KpiTable",
  evalYear: 2024,
  scaleName: "A–D",
  indicators: 62,
  withActual: 60,
  summary: { kind: "none" },
  report: { kind: "none" },
  departments: undefined,
  ...over,
});

/** Actions on a workbook in Excel: create records its call and succeeds; the rest do nothing. */
export function standInActions(over: Partial<WorkbookActions> = {}): WorkbookActions & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    inExcel: true,
    createKpiSheet: async (source, settings) => {
      calls.push(["create", source, settings]);
      return createdResult();
    },
    generateSummary: async () => ({ kind: "cancelled" }),
    prepareForSharing: undefined,
    readStatus: async () => kpiStatus(),
    onSheetActivated: async () => undefined,
    activateSheet: async () => undefined,
    ...over,
    calls,
  };
}
