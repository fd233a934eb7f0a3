/**
 * Text as staff type it: full-width digits and signs (１２３, ％, －), ideographic spaces.
 * Only the full-width ASCII block is folded; ㎡ and other compatibility characters are kept,
 * so units read back as written.
 */
const foldable = /[\uFF01-\uFF5E\u3000\u2212\u2010\u2011\u2012\u2013\uFE63]/;

export function foldWidth(text: string): string {
  // most text has nothing to fold: one scan instead of three replacements
  if (!foldable.test(text)) return text;
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .replace(/[\u2212\u2010\u2011\u2012\u2013\uFE63]/g, "-");
}

/** The full-width forms of ASCII characters (the inverse of foldWidth's first step): - → －. */
export function widen(text: string): string {
  return text.replace(/[\u0021-\u007E]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Trim spaces of both widths. */
export function clean(text: string): string {
  return foldWidth(text).trim();
}
