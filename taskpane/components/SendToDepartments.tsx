import * as React from "react";
import { departmentCards } from "../../src/i18n/departmentCards";
import { yearLabel } from "../../src/year";
import type { DepartmentActions } from "../departments/paneActions";
import { sheetSettingsOf } from "../settings";
import { lacksKpiSheet } from "../useWorkbookStatus";
import { Step } from "./Step";
import { StepEnv } from "./stepEnv";

/** What both departments' steps take, besides the pane's. */
export type DepartmentStepProps = StepEnv & { readonly number: number; readonly departments: DepartmentActions };

/** Send to departments: one file per department of the KPI table, downloaded from the pane. */
export function SendToDepartments(props: DepartmentStepProps): React.JSX.Element {
  const { lang, runner } = props;
  const words = departmentCards(lang);
  const send = () =>
    runner.run("send", async () => {
      const { departmentMessages } = await import(/* webpackChunkName: "departments" */ "../departments/preview");
      const m = departmentMessages(lang);
      const result = await props.departments.send(sheetSettingsOf(props.settings, lang).year);
      for (const file of result.files) props.departments.download(file);
      const text = [
        m.pane.sent(result.files.length, yearLabel(result.year, lang)),
        result.unassigned > 0 ? m.unassigned(result.unassigned) : "",
      ];
      return { intent: "success", text: text.filter((t) => t !== "").join(" ") };
    });
  return (
    <Step
      action="send"
      number={props.number}
      lang={lang}
      runner={runner}
      needs={lacksKpiSheet(props.status) ? "noKpiTable" : undefined}
      enabled={props.actions.inExcel}
      onRun={send}
      texts={{ title: words.sendTitle, hint: words.sendHint, button: words.sendButton }}
    />
  );
}
