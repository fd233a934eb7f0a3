import * as React from "react";
import { say } from "../messages";
import { sheetSettingsOf } from "../settings";
import { useQuestion } from "../useQuestion";
import { lacksKpiSheet } from "../useWorkbookStatus";
import { ReplaceChoice } from "../workbook";
import { resultNotice } from "./NoticeBar";
import { ReplaceDialogOnDemand } from "./ReplaceDialogOnDemand";
import { SheetOptions } from "./SheetOptions";
import { Step } from "./Step";
import { StepEnv } from "./stepEnv";

/** The goal summary: written from the KPI table; its result is each goal's average and grade. */
export function SummaryStep(props: StepEnv & { readonly number: number }): React.JSX.Element {
  const { lang, runner, actions, settings } = props;
  const replace = useQuestion<string, ReplaceChoice>();
  const t = (key: Parameters<typeof say>[0], values?: Record<string, string | number>) => say(key, lang, values);
  const open = (sheet: string): void => void actions.activateSheet(sheet).catch(() => undefined);

  const summary = () =>
    runner.run("summary", async (progress) => {
      const result = await actions.generateSummary(sheetSettingsOf(settings, lang), replace.ask, progress);
      if (result.kind === "cancelled") return { intent: "info", text: t("cancelled") };
      const values = { sheet: result.sheet, goals: result.goals, count: result.indicators };
      // the results' code is the actions' (loaded by now): the pane's first paint needs none of it
      const { SummaryResults } = await import(/* webpackChunkName: "actions" */ "./SummaryResults");
      const detail = (
        <SummaryResults lang={lang} sheet={result.sheet} year={result.year} averages={result.averages} onOpen={open} />
      );
      return resultNotice(
        t(result.replaced ? "summaryReplaced" : "summaryDone", values),
        result.problems,
        t("unreadableRows"),
        detail,
      );
    });

  return (
    <Step
      action="summary"
      number={props.number}
      lang={lang}
      runner={runner}
      needs={lacksKpiSheet(props.status) ? "noKpiTable" : undefined}
      enabled={actions.inExcel}
      primary
      onRun={summary}
      fields={<SheetOptions settings={settings} lang={lang} onChange={props.onSettingsChange} />}
      question={<ReplaceDialogOnDemand pending={replace.pending} lang={lang} />}
    />
  );
}
