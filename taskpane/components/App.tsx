import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { Lang } from "../../src/lang";
import { say } from "../messages";
import { PaneSettings, paneLang } from "../settings";
import { useAction } from "../useAction";
import { useWorkbookStatus } from "../useWorkbookStatus";
import { WorkbookActions } from "../workbook";
import type { DepartmentActions } from "../departments/paneActions";
import { CollectReturns } from "./CollectReturns";
import { CreateStep } from "./CreateStep";
import { Header } from "./Header";
import { LiveRegion } from "./LiveRegion";
import { LanguageField } from "./SheetOptions";
import { SendToDepartments } from "./SendToDepartments";
import { ReportStep } from "./ReportStep";
import { ShareStep } from "./ShareStep";
import { StatusPanel } from "./StatusPanel";
import { StepEnv } from "./stepEnv";
import { StepEntry, Steps } from "./Steps";
import { usePaneStyles } from "./styles";
import { SummaryStep } from "./SummaryStep";

export interface AppProps {
  readonly actions: WorkbookActions;
  /** Office's display language (e.g. "ja-JP"); undefined outside Office. */
  readonly officeLanguage: string | undefined;
  readonly initialSettings: PaneSettings;
  readonly onSettingsChange?: (settings: PaneSettings) => void;
  /** Whether this build bundles the Atsugi sample. */
  readonly hasSample: boolean;
  /** Send to departments and Collect returns; their steps are shown when given. */
  readonly departments?: DepartmentActions;
}

/** What the live region says: the running action's progress, else the last result. */
function announcement(runner: ReturnType<typeof useAction>, lang: Lang): string {
  if (runner.busy !== undefined) return say("working", lang);
  return runner.outcome?.notice.text ?? "";
}

export function App(props: AppProps): React.JSX.Element {
  const styles = usePaneStyles();
  const [settings, setSettings] = React.useState<PaneSettings>(props.initialSettings);
  const lang: Lang = paneLang(settings, props.officeLanguage);
  const status = useWorkbookStatus(props.actions);
  const runner = useAction(lang, status.refresh);

  const update = (change: Partial<PaneSettings>): void => {
    const next = { ...settings, ...change };
    setSettings(next);
    props.onSettingsChange?.(next);
  };

  const env: StepEnv = {
    lang,
    runner,
    actions: props.actions,
    status: status.view,
    settings,
    onSettingsChange: update,
  };
  // The year's steps in order. Another action becomes a step by adding its component here, in its
  // place: send to departments and collect returns after the KPI sheet, the report with the summary.
  const { departments } = props;
  const steps: StepEntry[] = [
    (n) => <CreateStep number={n} hasSample={props.hasSample} {...env} />,
    ...(departments === undefined
      ? []
      : [
          (n: number) => <SendToDepartments number={n} departments={departments} {...env} />,
          (n: number) => <CollectReturns number={n} departments={departments} {...env} />,
        ]),
    (n) => <SummaryStep number={n} {...env} />,
    (n) => <ReportStep number={n} {...env} />,
    (n) => <ShareStep number={n} {...env} />,
  ];
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <Header lang={lang} />
        <LanguageField settings={settings} lang={lang} onChange={update} />
        {!props.actions.inExcel && (
          <MessageBar intent="info" data-testid="outside-excel">
            <MessageBarBody>{say("outsideExcel", lang)}</MessageBarBody>
          </MessageBar>
        )}
        <StatusPanel view={status.view} lang={lang} onRefresh={status.refresh} />
        <Steps lang={lang} steps={steps} />
        <LiveRegion text={announcement(runner, lang)} />
      </main>
    </FluentProvider>
  );
}
