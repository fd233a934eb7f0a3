import * as React from "react";
import { Lang } from "../../src/lang";
import { departmentCards } from "../../src/i18n/departmentCards";
import { yearLabel } from "../../src/year";
import type { DepartmentActions } from "../departments/paneActions";
import { ActionRunner, Busy } from "../useAction";
import { ActionCard } from "./ActionCard";

/** What both departments' cards take. */
export interface DepartmentCardProps {
  readonly actions: DepartmentActions;
  readonly lang: Lang;
  readonly year: number | undefined;
  readonly run: ActionRunner["run"];
  readonly busy: Busy | undefined;
  readonly disabled: boolean;
}

/** Send to departments: one file per department of the KPI table, downloaded from the pane. */
export function SendToDepartments(props: DepartmentCardProps): React.JSX.Element {
  const words = departmentCards(props.lang);
  const send = () =>
    props.run("send", async () => {
      const { departmentMessages } = await import(/* webpackChunkName: "departments" */ "../departments/preview");
      const m = departmentMessages(props.lang);
      const result = await props.actions.send(props.year);
      for (const file of result.files) props.actions.download(file);
      const text = [
        m.pane.sent(result.files.length, yearLabel(result.year, props.lang)),
        result.unassigned > 0 ? m.unassigned(result.unassigned) : "",
      ];
      return { intent: "success", text: text.filter((t) => t !== "").join(" ") };
    });
  const texts = { title: words.sendTitle, hint: words.sendHint, button: words.sendButton };
  return (
    <ActionCard
      action="send"
      texts={texts}
      onRun={send}
      lang={props.lang}
      busy={props.busy}
      disabled={props.disabled}
    />
  );
}
