/** The two languages of the add-in: Japanese (the users' own) and English. */
export type Lang = "ja" | "en";

/** Every language, the users' own first: where words written in either are read back. */
export const langs: readonly Lang[] = ["ja", "en"];

export interface Localized {
  ja: string;
  en: string;
}

/** Office reports display languages as BCP 47 tags ("ja-JP", "en-US"). */
export function langOf(tag: string | undefined): Lang {
  return tag !== undefined && tag.toLowerCase().startsWith("ja") ? "ja" : "en";
}
