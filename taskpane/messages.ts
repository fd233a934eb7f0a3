import { packs, PaneKey } from "../src/i18n";
import { Lang } from "../src/lang";

/** The pane's texts come from the language pack (src/i18n, section `pane`). */
export type MessageKey = PaneKey;

/** The message in a language, with {name} placeholders filled in. */
export function say(key: MessageKey, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  return packs[lang].pane[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
