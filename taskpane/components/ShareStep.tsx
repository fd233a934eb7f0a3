import * as React from "react";
import { say } from "../messages";
import { Step } from "./Step";
import { StepEnv } from "./stepEnv";

/** Prepare for sharing: its result is the table of what was converted, or that there was nothing to convert. */
export function ShareStep(props: StepEnv & { readonly number: number }): React.JSX.Element {
  const { lang, runner, actions } = props;
  const share = () =>
    runner.run("share", async (progress) => {
      const prepare = actions.prepareForSharing;
      if (prepare === undefined) return { intent: "warning", text: say("shareUnavailable", lang) };
      const result = await prepare(lang, progress);
      // loaded with the actions' code, after the action: the first paint needs none of it
      const { ShareResults } = await import(/* webpackChunkName: "actions" */ "./ShareResults");
      return {
        intent: result.skipped.length > 0 ? "warning" : "success",
        // the report's first line counts the changes; its cell lines are the table below
        text: result.report.split("\n")[0] ?? "",
        detail: <ShareResults lang={lang} changed={result.changed} skipped={result.skipped} />,
      };
    });
  return (
    <Step
      action="share"
      number={props.number}
      lang={lang}
      runner={runner}
      needs={undefined}
      enabled={actions.inExcel}
      onRun={share}
    />
  );
}
