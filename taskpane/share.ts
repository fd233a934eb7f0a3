/**
 * Prepare for sharing is built by the share-safe work in taskpane/office/prepareForSharing.ts;
 * this is the one place the pane reaches it.
 */
import { Lang } from "../src/lang";
import { shareForPane } from "./office/prepareForSharing";
import type { Progress, ShareResult } from "./workbook";

export type ShareImplementation = (
  context: Excel.RequestContext,
  lang: Lang,
  progress: Progress,
) => Promise<ShareResult>;

export const shareImplementation: ShareImplementation | undefined = shareForPane;
