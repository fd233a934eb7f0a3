/** The departments' two cards, loaded after the pane's first paint (see App): their words and code are not in it. */
import * as React from "react";
import { Lang } from "../../src/lang";
import type { DepartmentActions } from "../departments/paneActions";
import { ActionRunner, Busy } from "../useAction";
import { CollectReturns } from "./CollectReturns";
import { SendToDepartments } from "./SendToDepartments";

export default function DepartmentCards(props: {
  readonly actions: DepartmentActions;
  readonly lang: Lang;
  readonly year: number | undefined;
  readonly run: ActionRunner["run"];
  readonly busy: Busy | undefined;
  readonly disabled: boolean;
}): React.JSX.Element {
  return (
    <>
      <SendToDepartments {...props} />
      <CollectReturns {...props} />
    </>
  );
}
