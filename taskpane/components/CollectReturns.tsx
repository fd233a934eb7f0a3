import { Body1, Button, Field } from "@fluentui/react-components";
import * as React from "react";
import type { MergeEntry, MergeResult } from "../../src/departments/outcome";
import { departmentMessages } from "../../src/i18n/departments";
import { Lang } from "../../src/lang";
import { yearLabel } from "../../src/year";
import type { DepartmentActions } from "../departments/paneActions";
import { readFileBytes } from "../readFile";
import { ActionRunner, Busy } from "../useAction";
import { ActionCard } from "./ActionCard";
import { usePaneStyles } from "./styles";

/** One line of the list shown before anything is written. */
function line(kind: string, e: MergeEntry, lang: Lang): string {
  const m = departmentMessages(lang);
  const reason = e.reason === undefined ? "" : ` (${m.reasons[e.reason]})`;
  const place = e.cell === "" ? "" : ` ${e.file} ${e.cell}`;
  return `${kind}: ${e.department} ${e.id} ${e.name} ${yearLabel(e.year, lang, "short")} ${e.field} ${e.old} → ${e.new}${place}${reason}`;
}

/** Collect returns: several files chosen, read in the browser, the changes listed, written only once confirmed. */
export function CollectReturns(props: {
  readonly actions: DepartmentActions;
  readonly lang: Lang;
  readonly year: number | undefined;
  readonly run: ActionRunner["run"];
  readonly busy: Busy | undefined;
  readonly disabled: boolean;
  /** The time shown on the collection sheet. */
  readonly now?: () => Date;
}): React.JSX.Element {
  const styles = usePaneStyles();
  const { lang } = props;
  const m = departmentMessages(lang);
  const [files, setFiles] = React.useState<readonly File[]>([]);
  const [preview, setPreview] = React.useState<{ lines: string[]; answer: (yes: boolean) => void } | undefined>();

  const confirm = (result: MergeResult): Promise<boolean> =>
    new Promise((resolve) => {
      const k = m.pane.kinds;
      const lines = [
        ...result.applied.map((e) => line(k.applied, e, lang)),
        ...result.rejected.map((e) => line(k.rejected, e, lang)),
        ...result.conflicts.map((e) => line(k.conflict, e, lang)),
        ...result.pending.map((e) => line(k.pending, e, lang)),
        m.merged(result.applied.length, result.rejected.length, result.conflicts.length, result.pending.length),
      ];
      setPreview({ lines, answer: (yes) => (setPreview(undefined), resolve(yes)) });
    });

  const collect = () =>
    props.run("collect", async () => {
      if (files.length === 0) return { intent: "warning", text: m.pane.noReturns };
      const uploads = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await readFileBytes(f) })));
      const mergedAt = (props.now?.() ?? new Date()).toLocaleString(lang === "ja" ? "ja-JP" : "en-US");
      const done = await props.actions.collect(uploads, { year: props.year, lang, mergedAt }, confirm);
      if (done.kind === "cancelled") return { intent: "info", text: m.pane.cancelled };
      const problems = done.result.rejected.length + done.result.conflicts.length;
      return { intent: problems > 0 ? "warning" : "success", text: m.pane.collected(done.sheet) };
    });

  const texts = { title: m.pane.collectTitle, hint: m.pane.collectHint, button: m.pane.collectButton };
  return (
    <ActionCard action="collect" texts={texts} onRun={collect} lang={lang} busy={props.busy} disabled={props.disabled}>
      <Field label={m.pane.chooseReturns}>
        <input
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="returns-input"
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
        />
      </Field>
      {preview !== undefined && (
        <div data-testid="returns-preview">
          {preview.lines.map((text, i) => (
            <Body1 as="p" key={i}>
              {text}
            </Body1>
          ))}
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => preview.answer(true)}>
              {m.pane.applyButton}
            </Button>
            <Button onClick={() => preview.answer(false)}>{m.pane.cancelButton}</Button>
          </div>
        </div>
      )}
    </ActionCard>
  );
}
