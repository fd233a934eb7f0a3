import { Button } from "@fluentui/react-components";
import * as React from "react";
import { say } from "../messages";
import { sheetSettingsOf } from "../settings";
import { useQuestion } from "../useQuestion";
import { lacksKpiSheet } from "../useWorkbookStatus";
import { ReplaceChoice } from "../workbook";
import { resultNotice } from "./NoticeBar";
import { ReplaceDialogOnDemand } from "./ReplaceDialogOnDemand";
import { Step } from "./Step";
import { StepEnv } from "./stepEnv";

/** Create report: the report sheet and its charts over the KPI table; its result names the sheet and opens it. */
export function ReportStep(props: StepEnv & { readonly number: number }): React.JSX.Element {
  const { lang, runner, actions, settings } = props;
  const replace = useQuestion<string, ReplaceChoice>();
  const t = (key: Parameters<typeof say>[0], values?: Record<string, string | number>) => say(key, lang, values);
  const create = actions.createReport;

  const report = () =>
    runner.run("report", async (progress) => {
      if (create === undefined) return { intent: "info", text: t("outsideExcel") };
      const result = await create(sheetSettingsOf(settings, lang), replace.ask, progress);
      if (result.kind === "cancelled") return { intent: "info", text: t("cancelled") };
      const { sheet } = result;
      const open = (
        <div>
          <Button appearance="secondary" onClick={() => void actions.activateSheet(sheet).catch(() => undefined)}>
            {t("openSheet", { sheet })}
          </Button>
        </div>
      );
      return resultNotice(
        t(result.replaced ? "reportReplaced" : "reportDone", { sheet, charts: result.charts }),
        result.problems,
        t("unreadableRows"),
        open,
      );
    });

  return (
    <Step
      action="report"
      number={props.number}
      lang={lang}
      runner={runner}
      needs={lacksKpiSheet(props.status) ? "noKpiTable" : undefined}
      enabled={actions.inExcel && create !== undefined}
      onRun={report}
      question={<ReplaceDialogOnDemand pending={replace.pending} lang={lang} sheet="report" />}
    />
  );
}
