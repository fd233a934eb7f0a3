/**
 * The task pane's entry. It renders at once (outside Excel too, where the actions are shown but
 * say they need a workbook open in Excel), then again when Office reports its host.
 */
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { hasSample } from "./sample/hasSample";
import { loadSettings, saveSettings } from "./settings";
import { shareImplementation } from "./share";
import { excelActions } from "./workbook";
import { excelDepartmentActions } from "./departments/paneActions";

const storage = typeof window !== "undefined" ? window.localStorage : undefined;
const container = document.getElementById("container");
if (container === null) throw new Error("taskpane.html has no #container");
const root = createRoot(container);

function render(inExcel: boolean, officeLanguage: string | undefined): void {
  root.render(
    <App
      actions={excelActions(inExcel, shareImplementation)}
      officeLanguage={officeLanguage ?? navigator.language}
      initialSettings={loadSettings(storage)}
      onSettingsChange={(s) => saveSettings(storage, s)}
      hasSample={hasSample}
      departments={excelDepartmentActions()}
    />,
  );
}

render(false, undefined);

// office.js defines Office; without it (a plain browser that could not load it) the pane stays as rendered
if (typeof Office !== "undefined") {
  void Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    render(inExcel, inExcel ? Office.context.displayLanguage : undefined);
  });
}
