import * as React from "react";
import { describeNotice } from "../../src/problem";
import type { Problem } from "../../src/problem";
import { say } from "../messages";
import { sheetSettingsOf } from "../settings";
import { useQuestion } from "../useQuestion";
import { resultNotice } from "./NoticeBar";
import { SheetOptions } from "./SheetOptions";
import { initialSource, missingSource, readChoice, SourceChoice, SourcePicker } from "./SourcePicker";
import { Step } from "./Step";
import { StepEnv } from "./stepEnv";

// asked only when a source has rows that cannot be read, by then the actions' code is loaded
const RejectedRows = React.lazy(() =>
  import(/* webpackChunkName: "actions" */ "./RejectedRows").then((m) => ({ default: m.RejectedRows })),
);

/** Step 1: the KPI sheet, from a plan file, this sheet or the selected range, the sample or a blank template, with the settings it is written with. */
export function CreateStep(
  props: StepEnv & { readonly number: number; readonly hasSample: boolean },
): React.JSX.Element {
  const { lang, runner, actions, settings } = props;
  const [source, setSource] = React.useState<SourceChoice>(initialSource(props.hasSample));
  const review = useQuestion<readonly Problem[], "create" | "stop">();
  const t = (key: Parameters<typeof say>[0], values?: Record<string, string | number>) => say(key, lang, values);

  const create = () =>
    runner.run("create", async (progress) => {
      const planSource = await readChoice(source);
      if (planSource === undefined) return { intent: "warning", text: missingSource(source, lang) };
      const result = await actions.createKpiSheet(planSource, sheetSettingsOf(settings, lang), progress, review.ask);
      if (result.kind === "stopped") return { intent: "info", text: t("stopped") };
      const text = [
        t("created", { kpi: result.kpiSheet, settings: result.settingsSheet, count: result.indicatorCount }),
        result.renamed ? t("renamedNote") : "",
        ...result.notices.map((notice) => describeNotice(notice, lang)),
      ]
        .filter((s) => s !== "")
        .join(" ");
      return resultNotice(text, result.problems, t("csvProblems", { count: result.problems.length }));
    });

  return (
    <Step
      action="create"
      number={props.number}
      lang={lang}
      runner={runner}
      needs={undefined}
      enabled={actions.inExcel}
      primary
      onRun={create}
      fields={
        <>
          <SourcePicker
            value={source}
            onChange={setSource}
            lang={lang}
            hasSample={props.hasSample}
            readSheet={actions.readSheet}
          />
          <SheetOptions settings={settings} lang={lang} onChange={props.onSettingsChange} withRules />
        </>
      }
      question={
        review.pending !== undefined && (
          <React.Suspense fallback={null}>
            <RejectedRows pending={review.pending} lang={lang} />
          </React.Suspense>
        )
      }
    />
  );
}
