import { Lang, Localized } from "../src/lang";
import { say } from "./messages";

/** An error the pane shows as it is, in the user's language. */
export class LocalizedError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
    this.name = "LocalizedError";
  }
}

/** What to show for any error: a localized one as written, others with their message. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof LocalizedError) return error.text[lang];
  const message = error instanceof Error ? error.message : String(error);
  return say("actionFailed", lang, { message });
}
