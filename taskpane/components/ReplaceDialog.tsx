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

/** Asks before the add-in's own summary (or report) sheet is written again: replace it, write a new one, or cancel. */
export function ReplaceDialog(props: {
  readonly pending: PendingQuestion<string, ReplaceChoice> | undefined;
  readonly lang: Lang;
  readonly sheet?: "summary" | "report";
}): React.JSX.Element {
  const { pending, lang } = props;
  const report = props.sheet === "report";
  return (
    <Dialog open={pending !== undefined} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{say(report ? "confirmReportTitle" : "confirmTitle", lang)}</DialogTitle>
          <DialogContent>
            {say(report ? "confirmReportBody" : "confirmBody", lang, { sheet: pending?.subject ?? "" })}
          </DialogContent>
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
