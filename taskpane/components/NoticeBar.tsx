import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import * as React from "react";
import { Lang } from "../../src/lang";
import { describeProblem, Problem } from "../../src/problem";
import { say } from "../messages";
import { usePaneStyles } from "./styles";

/** What an action ends with: its result, a warning with the rows it left out, or its error. */
export interface Notice {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly text: string;
  readonly problems?: readonly Problem[];
  readonly problemsTitle?: string;
  /** What the action made, shown under the message: the goal averages, the formulas converted. */
  readonly detail?: React.ReactNode;
}

/** A success, or a warning that lists the problems under their title. */
export function resultNotice(
  text: string,
  problems: readonly Problem[],
  problemsTitle: string,
  detail?: React.ReactNode,
): Notice {
  return problems.length > 0
    ? { intent: "warning", text, problems, problemsTitle, detail }
    : { intent: "success", text, detail };
}

export function NoticeBar(props: {
  readonly notice: Notice;
  readonly lang: Lang;
  readonly onDismiss: () => void;
}): React.JSX.Element {
  const styles = usePaneStyles();
  const { notice, lang } = props;
  return (
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
        <Button size="small" appearance="transparent" onClick={props.onDismiss}>
          {say("dismiss", lang)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
