/**
 * Text from a plan file, made safe to print: control characters would otherwise reach the
 * terminal as commands (ESC ] 0 ; … BEL retitles the window, ESC [ 2 J clears it, CR overwrites
 * a line), and bidirectional overrides would reorder what is shown. Each is printed as an
 * escape (\x1B, \u{202E}) the user can read, so nothing is hidden and nothing is run.
 */

// C0 controls but line feed and tab, DEL, C1 controls, and the bidirectional marks and overrides;
// matching control characters is the point of these two patterns
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
// eslint-disable-next-line no-control-regex
const unsafeOrLineBreak = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

const escape = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
    : `\\u{${code.toString(16).toUpperCase()}}`;
};

/** Text for the terminal, keeping its line breaks and tabs (a whole report). */
export function terminalText(text: string): string {
  return text.replace(unsafe, escape);
}

/** One line for the terminal: line breaks inside it are escaped too, so it cannot pass for two. */
export function terminalLine(text: string): string {
  return `${text.replace(unsafeOrLineBreak, escape)}\n`;
}

/** JSON for the terminal: the characters JSON.stringify leaves raw become \u escapes, still valid JSON. */
export function terminalJson(json: string): string {
  return json.replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
