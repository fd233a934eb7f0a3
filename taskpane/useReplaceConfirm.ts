import * as React from "react";
import { ReplaceChoice } from "./workbook";

/** A question the replace dialog shows until the user answers it. */
export interface PendingReplace {
  readonly sheet: string;
  readonly answer: (choice: ReplaceChoice) => void;
}

/** The pending question, and `confirm`, which asks it and resolves with the answer. */
export function useReplaceConfirm(): {
  readonly pending: PendingReplace | undefined;
  readonly confirm: (sheet: string) => Promise<ReplaceChoice>;
} {
  const [pending, setPending] = React.useState<PendingReplace | undefined>(undefined);
  const confirm = (sheet: string): Promise<ReplaceChoice> =>
    new Promise((resolve) =>
      setPending({
        sheet,
        answer: (choice) => {
          setPending(undefined);
          resolve(choice);
        },
      }),
    );
  return { pending, confirm };
}
