import * as React from "react";

/** A question the pane shows until the user answers it (replace the summary? create without the rejected rows?). */
export interface PendingQuestion<Subject, Answer> {
  readonly subject: Subject;
  readonly answer: (answer: Answer) => void;
}

/** The pending question, and `ask`, which shows it and resolves with the answer. */
export function useQuestion<Subject, Answer>(): {
  readonly pending: PendingQuestion<Subject, Answer> | undefined;
  readonly ask: (subject: Subject) => Promise<Answer>;
} {
  const [pending, setPending] = React.useState<PendingQuestion<Subject, Answer> | undefined>(undefined);
  const ask = React.useCallback(
    (subject: Subject): Promise<Answer> =>
      new Promise((resolve) =>
        setPending({
          subject,
          answer: (answer) => {
            setPending(undefined);
            resolve(answer);
          },
        }),
      ),
    [],
  );
  return { pending, ask };
}
