import { Body1, Button, ProgressBar, Spinner, Subtitle2 } from "@fluentui/react-components";
import * as React from "react";
import { Lang } from "../../src/lang";
import { unreachable } from "../../src/unreachable";
import { MessageKey, say } from "../messages";
import { ActionId, ActionRunner } from "../useAction";
import { NoticeBar } from "./NoticeBar";
import { usePaneStyles } from "./styles";

export interface StepProps {
  readonly action: ActionId;
  /** Its place among the steps shown, from 1. */
  readonly number: number;
  readonly lang: Lang;
  readonly runner: ActionRunner;
  /** What the step needs first (an earlier step), when the workbook lacks it: said instead of failing. */
  readonly needs: MessageKey | undefined;
  /** Whether there is a workbook to act on (false outside Excel). */
  readonly enabled: boolean;
  /** The main steps' buttons are primary. */
  readonly primary?: boolean;
  readonly onRun: () => Promise<void>;
  /** The action's own fields: its source, the settings that change what it does. */
  readonly fields?: React.ReactNode;
  /** A question the running action asks (shown under its button, focused). */
  readonly question?: React.ReactNode;
  /** The step's words when they are not the pane section's `<action>Title`, `Hint`, `Button` (the departments' steps). */
  readonly texts?: StepTexts;
}

export interface StepTexts {
  readonly title: string;
  readonly hint: string;
  readonly button: string;
}

/** The words of a step whose texts are in the pane section; the departments' steps bring their own. */
function paneTexts(action: ActionId, lang: Lang): StepTexts {
  switch (action) {
    case "create":
    case "summary":
    case "report":
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

/**
 * One step of the year: its number and title, a line on what it does, its fields and button, its
 * progress, then its result. Focus stays on the button while the action runs (it is only marked
 * disabled) and moves to the result when it ends.
 */
export function Step(props: StepProps): React.JSX.Element {
  const styles = usePaneStyles();
  const { action, lang, runner } = props;
  const headingId = React.useId();
  const needsId = React.useId();
  const button = React.useRef<HTMLButtonElement>(null);
  const result = React.useRef<HTMLDivElement>(null);
  const outcome = runner.outcome?.action === action ? runner.outcome : undefined;
  const busy = runner.busy?.action === action ? runner.busy : undefined;

  React.useEffect(() => {
    if (outcome !== undefined) result.current?.focus();
  }, [outcome]);

  const dismiss = (): void => {
    runner.dismiss();
    button.current?.focus();
  };
  const blocked = props.needs !== undefined;
  const texts = props.texts ?? paneTexts(action, lang);
  return (
    <li>
      <section className={styles.card} aria-labelledby={headingId}>
        <Subtitle2 as="h3" id={headingId} className={styles.heading}>
          {`${props.number}. ${texts.title}`}
        </Subtitle2>
        <Body1>{texts.hint}</Body1>
        {props.needs !== undefined && (
          <Body1 id={needsId} className={styles.needs} data-testid={`needs-${action}`}>
            {say(props.needs, lang)}
          </Body1>
        )}
        {props.fields}
        <div className={styles.row}>
          <Button
            ref={button}
            appearance={props.primary === true ? "primary" : undefined}
            // the running step's button keeps focus (marked disabled, still focusable); the others are disabled
            disabled={!props.enabled || blocked || (runner.busy !== undefined && busy === undefined)}
            disabledFocusable={busy !== undefined}
            aria-describedby={blocked ? needsId : undefined}
            onClick={() => void props.onRun()}
          >
            {texts.button}
          </Button>
        </div>
        {busy !== undefined && (
          <div>
            <Spinner
              size="tiny"
              label={
                busy.total > 0 ? say("progress", lang, { done: busy.done, total: busy.total }) : say("working", lang)
              }
            />
            <ProgressBar
              aria-label={say("working", lang)}
              value={busy.total > 0 ? busy.done / busy.total : undefined}
            />
          </div>
        )}
        {props.question}
        {outcome !== undefined && (
          <div ref={result} tabIndex={-1} role="group" aria-label={say("resultTitle", lang)} className={styles.outcome}>
            <NoticeBar notice={outcome.notice} lang={lang} onDismiss={dismiss} />
            {outcome.notice.detail}
          </div>
        )}
      </section>
    </li>
  );
}
