/** The pane rendered over the Excel double: the product's own actions (excelActions) with Excel.run on a fake workbook. */
import { render } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "node:util";
import { App } from "../../taskpane/components/App";
import { DepartmentActions, excelDepartmentActions } from "../../taskpane/departments/paneActions";
import { defaultSettings, PaneSettings } from "../../taskpane/settings";
import { shareImplementation } from "../../taskpane/share";
import { excelActions, WorkbookActions } from "../../taskpane/workbook";
import { mockContext } from "../doubles/context";
import { FakeWorkbook } from "../doubles/workbook";
// the ResizeObserver jsdom lacks
import "./standIns";

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

/** The departments' actions over the same double (excelOver first); a download is recorded, not saved. */
export function departmentsOver(): DepartmentActions & { readonly downloads: string[] } {
  const downloads: string[] = [];
  return { ...excelDepartmentActions(), download: (file) => downloads.push(file.fileName), downloads };
}

export function renderPane(
  actions: WorkbookActions,
  officeLanguage = "en-US",
  settings: PaneSettings = defaultSettings,
  departments?: DepartmentActions,
) {
  return render(
    <App
      actions={actions}
      officeLanguage={officeLanguage}
      initialSettings={settings}
      hasSample
      departments={departments}
    />,
  );
}

/** A deferred promise, to hold an action mid-run. */
export function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}
