import { Body1, Button, Field } from "@fluentui/react-components";
import * as React from "react";
import type { MergeResult } from "../../src/departments/outcome";
import { departmentCards } from "../../src/i18n/departmentCards";
import { readFileBytes } from "../readFile";
import { sheetSettingsOf } from "../settings";
import { lacksKpiSheet } from "../useWorkbookStatus";
import type { DepartmentStepProps } from "./SendToDepartments";
import { Step } from "./Step";
import { usePaneStyles } from "./styles";

const preview = () => import(/* webpackChunkName: "departments" */ "../departments/preview");

interface Shown {
  readonly lines: readonly string[];
  readonly apply: string;
  readonly cancel: string;
  readonly answer: (yes: boolean) => void;
}

/** Collect returns: several files chosen, read in the browser, the changes listed, written only once confirmed. */
export function CollectReturns(
  props: DepartmentStepProps & {
    /** The time shown on the collection sheet. */
    readonly now?: () => Date;
  },
): React.JSX.Element {
  const styles = usePaneStyles();
  const { lang } = props;
  const words = departmentCards(lang);
  const [files, setFiles] = React.useState<readonly File[]>([]);
  const [shown, setShown] = React.useState<Shown | undefined>();

  const confirm = async (result: MergeResult): Promise<boolean> => {
    const p = (await preview()).previewOf(result, lang);
    return new Promise((resolve) => setShown({ ...p, answer: (yes) => (setShown(undefined), resolve(yes)) }));
  };

  const collect = () =>
    props.runner.run("collect", async () => {
      const m = (await preview()).departmentMessages(lang);
      if (files.length === 0) return { intent: "warning", text: m.pane.noReturns };
      const uploads = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await readFileBytes(f) })));
      const mergedAt = (props.now?.() ?? new Date()).toLocaleString(lang === "ja" ? "ja-JP" : "en-US");
      const year = sheetSettingsOf(props.settings, lang).year;
      const done = await props.departments.collect(uploads, { year, lang, mergedAt }, confirm);
      if (done.kind === "cancelled") return { intent: "info", text: m.pane.cancelled };
      const problems = done.result.rejected.length + done.result.conflicts.length;
      return { intent: problems > 0 ? "warning" : "success", text: m.pane.collected(done.sheet) };
    });

  const texts = { title: words.collectTitle, hint: words.collectHint, button: words.collectButton };
  const fields = (
    <Field label={words.chooseReturns}>
      <input
        type="file"
        multiple
        // a plain input: a Field labels only its own controls
        aria-label={words.chooseReturns}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="returns-input"
        onChange={(e) => setFiles([...(e.target.files ?? [])])}
      />
    </Field>
  );
  const question = shown !== undefined && (
    <div data-testid="returns-preview">
      {shown.lines.map((text, i) => (
        <Body1 as="p" key={i}>
          {text}
        </Body1>
      ))}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => shown.answer(true)}>
          {shown.apply}
        </Button>
        <Button onClick={() => shown.answer(false)}>{shown.cancel}</Button>
      </div>
    </div>
  );
  return (
    <Step
      action="collect"
      number={props.number}
      lang={lang}
      runner={props.runner}
      needs={lacksKpiSheet(props.status) ? "noKpiTable" : undefined}
      enabled={props.actions.inExcel}
      onRun={collect}
      texts={texts}
      fields={fields}
      question={question}
    />
  );
}
