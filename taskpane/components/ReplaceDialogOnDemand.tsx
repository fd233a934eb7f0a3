import * as React from "react";
import { Lang } from "../../src/lang";
import { PendingQuestion } from "../useQuestion";
import { ReplaceChoice } from "../workbook";

// Fluent's dialog (its portal and motion) is a fifth of the pane's code and shows only when a summary
// sheet is generated again: it loads the first time the question is asked.
const ReplaceDialog = React.lazy(() =>
  import(/* webpackChunkName: "dialog" */ "./ReplaceDialog").then((m) => ({ default: m.ReplaceDialog })),
);

/** The replace question's dialog, rendered from the first time it is asked on (so it can animate closed). */
export function ReplaceDialogOnDemand(props: {
  readonly pending: PendingQuestion<string, ReplaceChoice> | undefined;
  readonly lang: Lang;
  /** Which of the add-in's sheets the question is about (default the summary). */
  readonly sheet?: "summary" | "report";
}): React.JSX.Element | null {
  const [asked, setAsked] = React.useState(false);
  // state derived while rendering, as React allows: no effect and no second paint to wait for
  if (!asked && props.pending !== undefined) setAsked(true);
  if (!asked && props.pending === undefined) return null;
  return (
    <React.Suspense fallback={null}>
      <ReplaceDialog pending={props.pending} lang={props.lang} sheet={props.sheet} />
    </React.Suspense>
  );
}
