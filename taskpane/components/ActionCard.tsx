import { Body1, Button, ProgressBar, Spinner, Subtitle2 } from "@fluentui/react-components";
import * as React from "react";
import { Lang } from "../../src/lang";
import { unreachable } from "../../src/unreachable";
import { say } from "../messages";
import { ActionId, Busy } from "../useAction";
import { usePaneStyles } from "./styles";

type CardTexts = { readonly title: string; readonly hint: string; readonly button: string };

/** The words of an action whose texts are in the pane section; the departments' cards bring their own. */
function paneTexts(action: ActionId, lang: Lang): CardTexts {
  switch (action) {
    case "create":
    case "summary":
    case "share":
      return {
        title: say(`${action}Title`, lang),
        hint: say(`${action}Hint`, lang),
        button: say(`${action}Button`, lang),
      };
    case "send":
    case "collect":
      return { title: "", hint: "", button: "" };
    default:
      return unreachable(action);
  }
}

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
  /** The card's words when they are not the pane section's `<action>Title`, `Hint`, `Button` (the departments' cards). */
  readonly texts?: CardTexts;
}): React.JSX.Element {
  const styles = usePaneStyles();
  const { action, lang, busy } = props;
  const texts = props.texts ?? paneTexts(action, lang);
  return (
    <section className={styles.card}>
      <Subtitle2 as="h2">{texts.title}</Subtitle2>
      <Body1>{texts.hint}</Body1>
      {props.children}
      <div className={styles.row}>
        <Button
          appearance={props.primary === true ? "primary" : undefined}
          disabled={props.disabled}
          onClick={() => void props.onRun()}
        >
          {texts.button}
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
