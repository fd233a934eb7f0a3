/** How the readers name a place in a file, in both languages (the words are in src/i18n). */
import { localize } from "../i18n";
import { Localized } from "../lang";

/** "line 12": the physical line of the file, as an editor numbers it. */
export const lineWhere = (line: number): Localized => localize((m) => m.read.line(line));

/** The whole file, for a problem no line holds (its size). */
export const fileWhere = (): Localized => localize((m) => m.read.file);
