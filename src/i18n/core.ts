/**
 * The language pack without the pane's, the workbooks' and the report sheet's words: what the
 * custom functions and the engine modules they run (grades, scales) read. functions.js is loaded
 * first and alone by the custom functions runtime; importing this, not ./index, keeps it light.
 */
import type { Lang, Localized } from "../lang";
import { en } from "./en";
import { ja } from "./ja";
import type { CoreMessages } from "./messages";

export type { CoreMessages } from "./messages";

export const corePacks: Readonly<Record<Lang, CoreMessages>> = { ja, en };

/** The core messages of one language. */
export function coreMessagesFor(lang: Lang): CoreMessages {
  return corePacks[lang];
}

/** One text in both languages, picked from each language's pack. */
export function localizeIn<M>(packs: Readonly<Record<Lang, M>>, pick: (m: M) => string): Localized {
  return { ja: pick(packs.ja), en: pick(packs.en) };
}

/** One text of the core in both languages, for values that carry both (grade labels, argument names). */
export const localizeCore = (pick: (m: CoreMessages) => string): Localized => localizeIn(corePacks, pick);
