import {
  Body1,
  Button,
  Caption1,
  Card,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  Title3,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import * as React from "react";
import { scalePresets } from "../src/grade";
import { Lang } from "../src/lang";
import { describeProblem, Problem } from "../src/problem";
import { FormulaStyle } from "../src/sheets/options";
import { yearLabel } from "../src/year";
import { errorText } from "./errors";
import { readFileBytes } from "./readFile";
import { MessageKey, say } from "./messages";
import { PaneSettings, paneLang, scaleOf } from "./settings";
import { PlanSource } from "./sources";
import { ReplaceChoice, SheetSettings, WorkbookActions } from "./workbook";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px", maxWidth: "520px" },
  card: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "end" },
  // long option texts (grade scale names) must not widen the pane
  select: { width: "100%", minWidth: 0 },
  selectControl: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  problems: { margin: 0, paddingLeft: "18px", color: tokens.colorNeutralForeground2 },
});

/** Plan years offered for a blank template: 平成31年度 (2019) to 令和17年度 (2035). */
const yearChoices = Array.from({ length: 17 }, (_, i) => 2019 + i);

type Busy = { action: "create" | "summary" | "share"; done: number; total: number } | undefined;

type Notice =
  | {
      intent: "success" | "warning" | "error" | "info";
      text: string;
      problems?: readonly Problem[];
      problemsTitle?: string;
    }
  | undefined;

export interface AppProps {
  readonly actions: WorkbookActions;
  /** Office's display language (e.g. "ja-JP"); undefined outside Office. */
  readonly officeLanguage: string | undefined;
  readonly initialSettings: PaneSettings;
  readonly onSettingsChange?: (settings: PaneSettings) => void;
  /** Whether this build bundles the Atsugi sample. */
  readonly hasSample: boolean;
}

const yearName = (y: number, lang: Lang): string =>
  lang === "ja" ? `${yearLabel(y, "ja", "short")}（${y}）` : yearLabel(y, "en");

/** A plan year to pick: R3（2021） in Japanese, FY2021 in English. */
function YearSelect(props: { value: number; onChange: (year: number) => void; lang: Lang }): React.JSX.Element {
  const styles = useStyles();
  return (
    <Select
      className={styles.select}
      select={{ className: styles.selectControl }}
      value={String(props.value)}
      onChange={(_, d) => props.onChange(Number(d.value))}
    >
      {yearChoices.map((y) => (
        <option key={y} value={y}>
          {yearName(y, props.lang)}
        </option>
      ))}
    </Select>
  );
}

export function App(props: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [settings, setSettings] = React.useState<PaneSettings>(props.initialSettings);
  const lang: Lang = paneLang(settings, props.officeLanguage);
  const t = (key: MessageKey, values?: Record<string, string | number>): string => say(key, lang, values);

  const [source, setSource] = React.useState<"blank" | "sample" | "csv">(props.hasSample ? "sample" : "blank");
  const [from, setFrom] = React.useState(2021);
  const [to, setTo] = React.useState(2026);
  const [file, setFile] = React.useState<File | undefined>(undefined);
  const [busy, setBusy] = React.useState<Busy>(undefined);
  const [notice, setNotice] = React.useState<Notice>(undefined);
  const [confirming, setConfirming] = React.useState<
    { sheet: string; answer: (c: ReplaceChoice) => void } | undefined
  >();
  // a ref as well as state: a second click in the same tick must not start a second run
  const running = React.useRef(false);

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

  async function run(action: "create" | "summary" | "share", work: () => Promise<Notice>): Promise<void> {
    if (running.current) return;
    running.current = true;
    setBusy({ action, done: 0, total: 0 });
    setNotice(undefined);
    try {
      setNotice(await work());
    } catch (error) {
      setNotice({ intent: "error", text: errorText(error, lang) });
    } finally {
      running.current = false;
      setBusy(undefined);
    }
  }

  const progress = (action: "create" | "summary" | "share") => (done: number, total: number) =>
    setBusy({ action, done, total });

  const create = () =>
    run("create", async () => {
      let planSource: PlanSource;
      if (source === "blank") planSource = { kind: "blank", from, to };
      else if (source === "sample") planSource = { kind: "sample" };
      else {
        if (file === undefined) return { intent: "warning", text: t("noCsv") };
        planSource = { kind: "csv", fileName: file.name, bytes: await readFileBytes(file) };
      }
      const result = await props.actions.createKpiSheet(planSource, sheetSettings(), progress("create"));
      const text = [
        t("created", { kpi: result.kpiSheet, settings: result.settingsSheet, count: result.indicatorCount }),
        result.renamed ? t("renamedNote") : "",
      ]
        .filter((s) => s !== "")
        .join(" ");
      return result.problems.length > 0
        ? {
            intent: "warning",
            text,
            problems: result.problems,
            problemsTitle: t("csvProblems", { count: result.problems.length }),
          }
        : { intent: "success", text };
    });

  const confirm = (sheet: string): Promise<ReplaceChoice> =>
    new Promise((resolve) =>
      setConfirming({
        sheet,
        answer: (choice) => {
          setConfirming(undefined);
          resolve(choice);
        },
      }),
    );

  const summary = () =>
    run("summary", async () => {
      const result = await props.actions.generateSummary(sheetSettings(), confirm, progress("summary"));
      if (result.kind === "cancelled") return { intent: "info", text: t("cancelled") };
      const values = { sheet: result.sheet, goals: result.goals, count: result.indicators };
      const text = t(result.replaced ? "summaryReplaced" : "summaryDone", values);
      return result.problems.length > 0
        ? { intent: "warning", text, problems: result.problems, problemsTitle: t("unreadableRows") }
        : { intent: "success", text };
    });

  const share = () =>
    run("share", async () => {
      const prepare = props.actions.prepareForSharing;
      if (prepare === undefined) return { intent: "warning", text: t("shareUnavailable") };
      const result = await prepare(lang, progress("share"));
      return { intent: "success", text: result.report };
    });

  const disabled = busy !== undefined || !props.actions.inExcel;
  const busyView = (action: "create" | "summary" | "share") =>
    busy?.action === action ? (
      <div aria-live="polite">
        <Spinner
          size="tiny"
          label={busy.total > 0 ? t("progress", { done: busy.done, total: busy.total }) : t("working")}
        />
        <ProgressBar value={busy.total > 0 ? busy.done / busy.total : undefined} />
      </div>
    ) : null;

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <header>
          <Title3 as="h1">{t("title")}</Title3>
          <Caption1 block>{t("subtitle")}</Caption1>
        </header>

        {!props.actions.inExcel && (
          <MessageBar intent="info" data-testid="outside-excel">
            <MessageBarBody>{t("outsideExcel")}</MessageBarBody>
          </MessageBar>
        )}

        {notice !== undefined && (
          <MessageBar intent={notice.intent} data-testid="notice">
            <MessageBarBody>
              {notice.text}
              {notice.problems !== undefined && notice.problems.length > 0 && (
                <>
                  <br />
                  {notice.problemsTitle}
                  <ul className={styles.problems} data-testid="problems">
                    {notice.problems.map((p, i) => (
                      <li key={i}>{describeProblem(p, lang)}</li>
                    ))}
                  </ul>
                </>
              )}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="transparent" onClick={() => setNotice(undefined)}>
                {t("dismiss")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}

        <Card className={styles.card}>
          <Subtitle2 as="h2">{t("createTitle")}</Subtitle2>
          <Body1>{t("createHint")}</Body1>
          <Field label={t("sourceLabel")}>
            <RadioGroup value={source} onChange={(_, d) => setSource(d.value as "blank" | "sample" | "csv")}>
              <Radio value="blank" label={t("sourceBlank")} />
              <Radio value="sample" label={t("sourceSample")} disabled={!props.hasSample} />
              <Radio value="csv" label={t("sourceCsv")} />
            </RadioGroup>
          </Field>
          {source === "blank" && (
            <div className={styles.row}>
              <Field label={t("periodFrom")}>
                <YearSelect value={from} onChange={setFrom} lang={lang} />
              </Field>
              <Field label={t("periodTo")}>
                <YearSelect value={to} onChange={setTo} lang={lang} />
              </Field>
            </div>
          )}
          {source === "csv" && (
            <Field label={t("chooseCsv")}>
              <input
                type="file"
                accept=".csv,text/csv"
                data-testid="csv-input"
                onChange={(e) => setFile(e.target.files?.[0] ?? undefined)}
              />
            </Field>
          )}
          <div className={styles.row}>
            <Button appearance="primary" disabled={disabled} onClick={create}>
              {t("createButton")}
            </Button>
          </div>
          {busyView("create")}
        </Card>

        <Card className={styles.card}>
          <Subtitle2 as="h2">{t("summaryTitle")}</Subtitle2>
          <Body1>{t("summaryHint")}</Body1>
          <div className={styles.row}>
            <Button appearance="primary" disabled={disabled} onClick={summary}>
              {t("summaryButton")}
            </Button>
          </div>
          {busyView("summary")}
        </Card>

        <Card className={styles.card}>
          <Subtitle2 as="h2">{t("shareTitle")}</Subtitle2>
          <Body1>{t("shareHint")}</Body1>
          <div className={styles.row}>
            <Button disabled={disabled} onClick={share}>
              {t("shareButton")}
            </Button>
          </div>
          {busyView("share")}
        </Card>

        <Card className={styles.card}>
          <Subtitle2 as="h2">{t("settingsTitle")}</Subtitle2>
          <Field label={t("language")}>
            <Select
              className={styles.select}
              select={{ className: styles.selectControl }}
              value={settings.language}
              onChange={(_, d) => update({ language: d.value as PaneSettings["language"] })}
            >
              <option value="auto">{t("languageAuto")}</option>
              <option value="ja">日本語</option>
              <option value="en">English</option>
            </Select>
          </Field>
          <Field label={t("gradeScale")}>
            <Select
              className={styles.select}
              select={{ className: styles.selectControl }}
              value={settings.scaleId}
              onChange={(_, d) => update({ scaleId: d.value })}
            >
              {scalePresets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name[lang]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("evalYear")}>
            <Select
              className={styles.select}
              select={{ className: styles.selectControl }}
              value={String(settings.year)}
              onChange={(_, d) => update({ year: d.value === "auto" ? "auto" : Number(d.value) })}
            >
              <option value="auto">{t("evalYearAuto")}</option>
              {yearChoices.map((y) => (
                <option key={y} value={y}>
                  {yearName(y, lang)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("formulaStyle")}>
            <Select
              className={styles.select}
              select={{ className: styles.selectControl }}
              value={settings.style}
              onChange={(_, d) => update({ style: d.value as FormulaStyle })}
            >
              <option value="native">{t("styleNative")}</option>
              <option value="functions">{t("styleFunctions")}</option>
            </Select>
          </Field>
        </Card>

        <Dialog open={confirming !== undefined} modalType="alert">
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t("confirmTitle")}</DialogTitle>
              <DialogContent>{t("confirmBody", { sheet: confirming?.sheet ?? "" })}</DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => confirming?.answer("replace")}>
                  {t("confirmReplace")}
                </Button>
                <Button onClick={() => confirming?.answer("new")}>{t("confirmNew")}</Button>
                <Button appearance="subtle" onClick={() => confirming?.answer("cancel")}>
                  {t("cancel")}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </main>
    </FluentProvider>
  );
}
