import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import * as React from "react";
import { Lang } from "../../src/lang";
import { say } from "../messages";
import { PendingQuestion } from "../useQuestion";
import { ReplaceChoice } from "../workbook";

/** Asks before the add-in's own summary sheet is written again: replace it, write a new one, or cancel. */
export function ReplaceDialog(props: {
  readonly pending: PendingQuestion<string, ReplaceChoice> | undefined;
  readonly lang: Lang;
}): React.JSX.Element {
  const { pending, lang } = props;
  return (
    <Dialog open={pending !== undefined} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{say("confirmTitle", lang)}</DialogTitle>
          <DialogContent>{say("confirmBody", lang, { sheet: pending?.subject ?? "" })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => pending?.answer("replace")}>
              {say("confirmReplace", lang)}
            </Button>
            <Button onClick={() => pending?.answer("new")}>{say("confirmNew", lang)}</Button>
            <Button appearance="subtle" onClick={() => pending?.answer("cancel")}>
              {say("cancel", lang)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
