import { describeNotice } from "../../src/problem";
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { Lang } from "../../src/lang";
import { MessageKey, say } from "../messages";
import { PaneSettings, paneLang, scaleOf } from "../settings";
import { useAction } from "../useAction";
import { useReplaceConfirm } from "../useReplaceConfirm";
import { SheetSettings, WorkbookActions } from "../workbook";
import type { DepartmentActions } from "../departments/paneActions";
import { ActionCard } from "./ActionCard";
import { CollectReturns } from "./CollectReturns";
import { Header } from "./Header";
import { NoticeBar, resultNotice } from "./NoticeBar";
import { ReplaceDialogOnDemand } from "./ReplaceDialogOnDemand";
import { SendToDepartments } from "./SendToDepartments";
import { SettingsCard } from "./SettingsCard";
import { initialSource, readChoice, SourceChoice, SourcePicker } from "./SourcePicker";
import { usePaneStyles } from "./styles";

export interface AppProps {
  readonly actions: WorkbookActions;
  /** Office's display language (e.g. "ja-JP"); undefined outside Office. */
  readonly officeLanguage: string | undefined;
  readonly initialSettings: PaneSettings;
  readonly onSettingsChange?: (settings: PaneSettings) => void;
  /** Whether this build bundles the Atsugi sample. */
  readonly hasSample: boolean;
  /** Send to departments and Collect returns; their cards are shown when given. */
  readonly departments?: DepartmentActions;
}

export function App(props: AppProps): React.JSX.Element {
  const styles = usePaneStyles();
  const [settings, setSettings] = React.useState<PaneSettings>(props.initialSettings);
  const [source, setSource] = React.useState<SourceChoice>(initialSource(props.hasSample));
  const lang: Lang = paneLang(settings, props.officeLanguage);
  const t = (key: MessageKey, values?: Record<string, string | number>): string => say(key, lang, values);
  const action = useAction(lang);
  const replace = useReplaceConfirm();

  const update = (change: Partial<PaneSettings>): void => {
    const next = { ...settings, ...change };
    setSettings(next);
    props.onSettingsChange?.(next);
  };

  const sheetSettings = (): SheetSettings => ({
    lang,
    scale: scaleOf(settings),
    year: settings.year === "auto" ? undefined : settings.year,
    style: settings.style,
  });

  const create = () =>
    action.run("create", async (progress) => {
      const planSource = await readChoice(source);
      if (planSource === undefined) return { intent: "warning", text: t("noCsv") };
      const result = await props.actions.createKpiSheet(planSource, sheetSettings(), progress);
      const text = [
        t("created", { kpi: result.kpiSheet, settings: result.settingsSheet, count: result.indicatorCount }),
        result.renamed ? t("renamedNote") : "",
        ...result.notices.map((notice) => describeNotice(notice, lang)),
      ]
        .filter((s) => s !== "")
        .join(" ");
      return resultNotice(text, result.problems, t("csvProblems", { count: result.problems.length }));
    });

  const summary = () =>
    action.run("summary", async (progress) => {
      const result = await props.actions.generateSummary(sheetSettings(), replace.confirm, progress);
      if (result.kind === "cancelled") return { intent: "info", text: t("cancelled") };
      const values = { sheet: result.sheet, goals: result.goals, count: result.indicators };
      return resultNotice(
        t(result.replaced ? "summaryReplaced" : "summaryDone", values),
        result.problems,
        t("unreadableRows"),
      );
    });

  const share = () =>
    action.run("share", async (progress) => {
      const prepare = props.actions.prepareForSharing;
      if (prepare === undefined) return { intent: "warning", text: t("shareUnavailable") };
      const result = await prepare(lang, progress);
      return { intent: "success", text: result.report };
    });

  const card = { lang, busy: action.busy, disabled: action.busy !== undefined || !props.actions.inExcel };
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <Header lang={lang} />
        {!props.actions.inExcel && (
          <MessageBar intent="info" data-testid="outside-excel">
            <MessageBarBody>{t("outsideExcel")}</MessageBarBody>
          </MessageBar>
        )}
        {action.notice !== undefined && <NoticeBar notice={action.notice} lang={lang} onDismiss={action.dismiss} />}
        <ActionCard action="create" primary onRun={create} {...card}>
          <SourcePicker value={source} onChange={setSource} lang={lang} hasSample={props.hasSample} />
        </ActionCard>
        <ActionCard action="summary" primary onRun={summary} {...card} />
        <ActionCard action="share" onRun={share} {...card} />
        {props.departments !== undefined && (
          <>
            <SendToDepartments actions={props.departments} year={sheetSettings().year} run={action.run} {...card} />
            <CollectReturns actions={props.departments} year={sheetSettings().year} run={action.run} {...card} />
          </>
        )}
        <SettingsCard settings={settings} lang={lang} onChange={update} />
        <ReplaceDialogOnDemand pending={replace.pending} lang={lang} />
      </main>
    </FluentProvider>
  );
}
