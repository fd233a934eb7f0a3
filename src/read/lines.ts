/** How the messages quote what the readers found, and print counts (the words are in src/i18n). */

/** The start of a text for a message: its first line, at most 24 characters, "…" when cut. */
export function preview(text: string): string {
  const head = text.slice(0, 48);
  const first = head.split(/[\r\n]/u)[0];
  const cut = [...first].slice(0, 24).join("");
  const wholeLine = first.length < head.length || head.length === text.length;
  return cut.length < first.length || !wholeLine ? `${cut}…` : cut;
}

/** A count as the messages print it, in both languages: 32,767. */
export const grouped = (n: number): string => n.toLocaleString("en-US");
