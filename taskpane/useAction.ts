import * as React from "react";
import { Lang } from "../src/lang";
import { Notice } from "./components/NoticeBar";
import { errorText } from "./errors";
import { Progress } from "./workbook";

/** The pane's actions, one step each (taskpane/components/Steps.tsx lists them in the year's order). */
export type ActionId = "create" | "send" | "collect" | "summary" | "report" | "share";

/** The action running and its writes done so far (total 0 until the first report). */
export interface Busy {
  readonly action: ActionId;
  readonly done: number;
  readonly total: number;
}

/** How the last action ended, shown at its step (a new object for every run, so its step can move focus to it). */
export interface Outcome {
  readonly action: ActionId;
  readonly notice: Notice;
}

export interface ActionRunner {
  readonly busy: Busy | undefined;
  readonly outcome: Outcome | undefined;
  readonly dismiss: () => void;
  /** Runs one action at a time: its progress and then its result or error show at its step. */
  readonly run: (action: ActionId, work: (progress: Progress) => Promise<Notice>) => Promise<void>;
}

/** Runs the pane's actions; `settled` is called after each one (the workbook status is read again). */
export function useAction(lang: Lang, settled: () => void = () => undefined): ActionRunner {
  const [busy, setBusy] = React.useState<Busy | undefined>(undefined);
  const [outcome, setOutcome] = React.useState<Outcome | undefined>(undefined);
  // a ref as well as state: a second click in the same tick must not start a second run
  const running = React.useRef(false);

  async function run(action: ActionId, work: (progress: Progress) => Promise<Notice>): Promise<void> {
    if (running.current) return;
    running.current = true;
    setBusy({ action, done: 0, total: 0 });
    setOutcome(undefined);
    try {
      const notice = await work((done, total) => setBusy({ action, done, total }));
      setOutcome({ action, notice });
    } catch (error) {
      setOutcome({ action, notice: { intent: "error", text: errorText(error, lang) } });
    } finally {
      running.current = false;
      setBusy(undefined);
      settled();
    }
  }

  return { busy, outcome, dismiss: () => setOutcome(undefined), run };
}
