/**
 * The language pack: one typed set of messages per language, the core (./core: what the custom
 * functions need too) with the sections only the pane, the workbooks and the report sheet write.
 */
import type { Lang, Localized } from "../lang";
import { corePacks, localizeIn } from "./core";
import { workbook as enWorkbook } from "./enWorkbook";
import { enPane } from "./enPane";
import { enReport } from "./enReport";
import { workbook as jaWorkbook } from "./jaWorkbook";
import { jaPane } from "./jaPane";
import { jaReport } from "./jaReport";
import type { Messages } from "./messages";

export type { Messages, PaneKey } from "./messages";

export const packs: Readonly<Record<Lang, Messages>> = {
  ja: { ...corePacks.ja, pane: jaPane, workbook: jaWorkbook, reportSheet: jaReport },
  en: { ...corePacks.en, pane: enPane, workbook: enWorkbook, reportSheet: enReport },
};

/** The messages of one language. */
export function messagesFor(lang: Lang): Messages {
  return packs[lang];
}

/** One text in both languages, for values that carry both (problems, grade labels). */
export const localize = (pick: (m: Messages) => string): Localized => localizeIn(packs, pick);
