import { Subtitle1 } from "@fluentui/react-components";
import * as React from "react";
import { Lang } from "../../src/lang";
import { say } from "../messages";
import { usePaneStyles } from "./styles";

/**
 * A step of the year as the pane lists it: a component that renders a `Step` (Step.tsx) with the
 * number it is given. Only steps whose action is built are listed.
 */
export type StepEntry = (number: number) => React.JSX.Element;

/** The year's steps in order, numbered as shown. */
export function Steps(props: { readonly lang: Lang; readonly steps: readonly StepEntry[] }): React.JSX.Element {
  const styles = usePaneStyles();
  const headingId = React.useId();
  return (
    <section aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId} block className={styles.heading}>
        {say("stepsTitle", props.lang)}
      </Subtitle1>
      <ol className={styles.steps}>
        {props.steps.map((render, i) => (
          <React.Fragment key={i}>{render(i + 1)}</React.Fragment>
        ))}
      </ol>
    </section>
  );
}
