import * as React from "react";
import { usePaneStyles } from "./styles";

/**
 * The pane's live region: always in the page (a region added with its text is often not read), so
 * a screen reader announces each result or error as its text changes.
 */
export function LiveRegion(props: { readonly text: string }): React.JSX.Element {
  const styles = usePaneStyles();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden} data-testid="announcer">
      {props.text}
    </div>
  );
}
