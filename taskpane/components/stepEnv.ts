import { Lang } from "../../src/lang";
import { PaneSettings } from "../settings";
import { ActionRunner } from "../useAction";
import { StatusView } from "../useWorkbookStatus";
import { WorkbookActions } from "../workbook";

/** What every step's component is given by the pane (App.tsx), besides its number. */
export interface StepEnv {
  readonly lang: Lang;
  readonly runner: ActionRunner;
  readonly actions: WorkbookActions;
  /** The workbook's status as last read: a step that needs an earlier one says so from it. */
  readonly status: StatusView;
  readonly settings: PaneSettings;
  readonly onSettingsChange: (change: Partial<PaneSettings>) => void;
}
