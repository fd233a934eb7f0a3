/** How the messages quote what the readers found, and print counts (the words are in src/i18n). */

/** The first 24 characters (code points) of a text. */
const start = (text: string): string => [...text.slice(0, 48)].slice(0, 24).join("");

/** The start of a text for a message: its first line, at most 24 characters, "…" when cut. */
export function preview(text: string): string {
  const head = text.slice(0, 48);
  const first = head.split(/[\r\n]/u)[0] ?? "";
  const cut = start(first);
  const wholeLine = first.length < head.length || head.length === text.length;
  return cut.length < first.length || !wholeLine ? `${cut}…` : cut;
}

/** A count as the messages print it, in both languages: 32,767. */
export const grouped = (n: number): string => n.toLocaleString("en-US");

/**
 * A value for a message: at most 24 characters, "…" when cut. Unlike preview, its line breaks
 * and what follows them are kept, as they are part of the value (and printed escaped).
 */
export function shortened(text: string): string {
  const cut = start(text);
  return cut.length < text.length ? `${cut}…` : cut;
}
