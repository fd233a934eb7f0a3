import * as React from "react";
import type { WorkbookStatus } from "./office/status";
import { WorkbookActions } from "./workbook";

/** What the pane knows of the workbook's state. */
export type StatusView =
  | { readonly kind: "outside" }
  | { readonly kind: "reading" }
  | { readonly kind: "read"; readonly status: WorkbookStatus }
  | { readonly kind: "failed"; readonly error: unknown };

/**
 * The workbook's status, read when the pane opens in Excel, whenever another sheet is activated,
 * and when `refresh` is called (after each action). A slower earlier read never overwrites a later one.
 */
export function useWorkbookStatus(actions: WorkbookActions): {
  readonly view: StatusView;
  readonly refresh: () => void;
} {
  const [view, setView] = React.useState<StatusView>(actions.inExcel ? { kind: "reading" } : { kind: "outside" });
  const latest = React.useRef(0);
  const refresh = React.useCallback(() => {
    if (!actions.inExcel) return;
    const ticket = ++latest.current;
    setView((v) => (v.kind === "read" ? v : { kind: "reading" }));
    actions.readStatus().then(
      (status) => ticket === latest.current && setView({ kind: "read", status }),
      (error: unknown) => ticket === latest.current && setView({ kind: "failed", error }),
    );
  }, [actions]);

  React.useEffect(() => {
    if (!actions.inExcel) {
      setView({ kind: "outside" });
      return;
    }
    refresh();
    // without the event the pane still reads the status on opening and after every action
    actions.onSheetActivated(refresh).catch(() => undefined);
  }, [actions, refresh]);

  return { view, refresh };
}

/** The KPI sheet's status when it is known to be missing: steps that need one say so. */
export const lacksKpiSheet = (view: StatusView): boolean => view.kind === "read" && view.status.kind === "noKpiSheet";
