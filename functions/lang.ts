import { Lang, langOf } from "../src/lang";

/**
 * The Office display language, read each time a function runs (the user can switch it).
 * Outside Office (tests, the bench) there is no `Office` global and messages are in English.
 */
export function displayLang(): Lang {
  try {
    if (typeof Office === "undefined") return "en";
    return langOf(Office.context?.displayLanguage);
  } catch {
    // Office.context throws before the runtime has initialized on some hosts
    return "en";
  }
}
