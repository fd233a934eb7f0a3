/**
 * Prepare for sharing is built by the share-safe work in taskpane/office/prepareForSharing.ts;
 * this is the one place the pane reaches it.
 */
import type { Lang } from "../src/lang";
import type { Progress, ShareResult } from "./workbook";

export type ShareImplementation = (
  context: Excel.RequestContext,
  lang: Lang,
  progress: Progress,
) => Promise<ShareResult>;

/** The sharing converter loads on its first use: the pane's first paint needs none of it. */
export const shareImplementation: ShareImplementation | undefined = async (context, lang, progress) => {
  const { shareForPane } = await import(/* webpackChunkName: "share" */ "./office/prepareForSharing");
  return shareForPane(context, lang, progress);
};
