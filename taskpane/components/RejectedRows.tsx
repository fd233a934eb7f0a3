import { Body1, Button } from "@fluentui/react-components";
import * as React from "react";
import { Lang } from "../../src/lang";
import { describeProblem, Problem } from "../../src/problem";
import { say } from "../messages";
import { PendingQuestion } from "../useQuestion";
import { usePaneStyles } from "./styles";

/** Before a create that would leave rows out: the rows and why, then create from the rest or stop. Focused when shown. */
export function RejectedRows(props: {
  readonly pending: PendingQuestion<readonly Problem[], "create" | "stop">;
  readonly lang: Lang;
}): React.JSX.Element {
  const styles = usePaneStyles();
  const { pending, lang } = props;
  const first = React.useRef<HTMLButtonElement>(null);
  const textId = React.useId();
  React.useEffect(() => first.current?.focus(), []);
  return (
    <div role="group" aria-labelledby={textId} className={styles.outcome} data-testid="rejected">
      <Body1 id={textId}>{say("rejectedQuestion", lang, { count: pending.subject.length })}</Body1>
      <ul className={styles.problems}>
        {pending.subject.map((p, i) => (
          <li key={i}>{describeProblem(p, lang)}</li>
        ))}
      </ul>
      <div className={styles.row}>
        <Button ref={first} appearance="primary" onClick={() => pending.answer("create")}>
          {say("rejectedCreate", lang)}
        </Button>
        <Button onClick={() => pending.answer("stop")}>{say("rejectedStop", lang)}</Button>
      </div>
    </div>
  );
}
