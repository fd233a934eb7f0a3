import { Body1, Button, ProgressBar, Spinner, Subtitle2 } from "@fluentui/react-components";
import * as React from "react";
import { Lang } from "../../src/lang";
import { say } from "../messages";
import { ActionId, Busy } from "../useAction";
import { usePaneStyles } from "./styles";

/** One action: its title, what it does, its own fields (if any), its button and, while it runs, its progress. */
export function ActionCard(props: {
  readonly action: ActionId;
  readonly lang: Lang;
  /** The main actions' buttons are primary. */
  readonly primary?: boolean;
  readonly disabled: boolean;
  readonly busy: Busy | undefined;
  /** Starts the action; the card does not wait for it (the action reports through its notice). */
  readonly onRun: () => Promise<void>;
  readonly children?: React.ReactNode;
}): React.JSX.Element {
  const styles = usePaneStyles();
  const { action, lang, busy } = props;
  return (
    <section className={styles.card}>
      <Subtitle2 as="h2">{say(`${action}Title`, lang)}</Subtitle2>
      <Body1>{say(`${action}Hint`, lang)}</Body1>
      {props.children}
      <div className={styles.row}>
        <Button
          appearance={props.primary === true ? "primary" : undefined}
          disabled={props.disabled}
          onClick={() => void props.onRun()}
        >
          {say(`${action}Button`, lang)}
        </Button>
      </div>
      {busy?.action === action && (
        <div aria-live="polite">
          <Spinner
            size="tiny"
            label={
              busy.total > 0 ? say("progress", lang, { done: busy.done, total: busy.total }) : say("working", lang)
            }
          />
          <ProgressBar value={busy.total > 0 ? busy.done / busy.total : undefined} />
        </div>
      )}
    </section>
  );
}
