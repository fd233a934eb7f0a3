/** The pane rendered over the Excel double: the product's own actions (excelActions) with Excel.run on a fake workbook. */
import { render } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "node:util";
import { App } from "../../taskpane/components/App";
import { defaultSettings, PaneSettings } from "../../taskpane/settings";
import { shareImplementation } from "../../taskpane/share";
import { excelActions, WorkbookActions } from "../../taskpane/workbook";
import { mockContext } from "../doubles/context";
import { FakeWorkbook } from "../doubles/workbook";

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size to lay out its actions
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;
// jsdom has no TextDecoder either; the plan reader decodes a picked file's bytes with it, as a browser does
Object.assign(globalThis, {
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
});

/** Excel.run over the double's workbook, as Office would run a batch on the open workbook. */
export function excelOver(wb: FakeWorkbook): WorkbookActions {
  (globalThis as { Excel?: unknown }).Excel = {
    run: <T,>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(mockContext(wb)),
  };
  return excelActions(true, shareImplementation);
}

export function renderPane(
  actions: WorkbookActions,
  officeLanguage = "en-US",
  settings: PaneSettings = defaultSettings,
) {
  return render(<App actions={actions} officeLanguage={officeLanguage} initialSettings={settings} hasSample />);
}

/** A deferred promise, to hold an action mid-run. */
export function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}
