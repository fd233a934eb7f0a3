import * as React from "react";
import { Lang } from "../src/lang";
import { Notice } from "./components/NoticeBar";
import { errorText } from "./errors";
import { Progress } from "./workbook";

/** The pane's actions, one card each. */
export type ActionId = "create" | "summary" | "share" | "send" | "collect";

/** The action running and its writes done so far (total 0 until the first report). */
export interface Busy {
  readonly action: ActionId;
  readonly done: number;
  readonly total: number;
}

export interface ActionRunner {
  readonly busy: Busy | undefined;
  readonly notice: Notice | undefined;
  readonly dismiss: () => void;
  /** Runs one action at a time: its progress shows on its card, its result or error in the notice. */
  readonly run: (action: ActionId, work: (progress: Progress) => Promise<Notice>) => Promise<void>;
}

export function useAction(lang: Lang): ActionRunner {
  const [busy, setBusy] = React.useState<Busy | undefined>(undefined);
  const [notice, setNotice] = React.useState<Notice | undefined>(undefined);
  // a ref as well as state: a second click in the same tick must not start a second run
  const running = React.useRef(false);

  async function run(action: ActionId, work: (progress: Progress) => Promise<Notice>): Promise<void> {
    if (running.current) return;
    running.current = true;
    setBusy({ action, done: 0, total: 0 });
    setNotice(undefined);
    try {
      setNotice(await work((done, total) => setBusy({ action, done, total })));
    } catch (error) {
      setNotice({ intent: "error", text: errorText(error, lang) });
    } finally {
      running.current = false;
      setBusy(undefined);
    }
  }

  return { busy, notice, dismiss: () => setNotice(undefined), run };
}
