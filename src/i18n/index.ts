/** The language pack: one typed set of messages per language. */
import type { Lang, Localized } from "../lang";
import { en } from "./en";
import { ja } from "./ja";
import type { Messages } from "./messages";

export type { FunctionArg, Messages, PaneKey } from "./messages";

export const packs: Readonly<Record<Lang, Messages>> = { ja, en };

/** The messages of one language. */
export function messagesFor(lang: Lang): Messages {
  return packs[lang];
}

/** One text in both languages, for values that carry both (problems, grade labels). */
export function localize(pick: (m: Messages) => string): Localized {
  return { ja: pick(ja), en: pick(en) };
}
