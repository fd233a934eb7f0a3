/**
 * A tokenizer for Excel formulas, just enough to find function calls and their arguments
 * without being fooled by string literals ("KPI.RATE("), quoted sheet names ('KPI.RATE(x)'!A1),
 * array constants ({1,2}) or error literals (#N/A); and the names a formula mentions, for
 * renaming them.
 */
export type TokenKind =
  "string" | "sheetRef" | "open" | "close" | "comma" | "braceOpen" | "braceClose" | "function" | "other" | "space";

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

const functionName = /^[A-Za-z_\\][A-Za-z0-9_.]*(?=\()/;
const word = /^[A-Za-z0-9_.$:\\\u0080-\uFFFF[\]@#!?]+/;
const punctuation: ReadonlyMap<string, TokenKind> = new Map([
  ["(", "open"],
  [")", "close"],
  [",", "comma"],
  ["{", "braceOpen"],
  ["}", "braceClose"],
]);

/** The index of the quote closing the one at `open` (a doubled quote is one inside); the length if none. */
function closingQuote(formula: string, open: number): number {
  const quote = formula.charAt(open);
  let j = open + 1;
  while (j < formula.length) {
    if (formula.charAt(j) !== quote) j++;
    else if (formula.charAt(j + 1) === quote) j += 2;
    else break;
  }
  return j;
}

/** Where a word ends once its brackets close: Table1[[#This Row],[a b]] holds spaces and commas. */
function bracketsEnd(formula: string, start: number, word: string): number {
  let depth = (word.match(/\[/g) ?? []).length - (word.match(/\]/g) ?? []).length;
  let j = start + word.length;
  while (depth > 0 && j < formula.length) {
    const ch = formula.charAt(j);
    if (ch === "'" && j + 1 < formula.length) {
      j += 2; // an escaped character in a column name: '[ or ''
      continue;
    }
    if (ch === "[") depth++;
    if (ch === "]") depth--;
    j++;
  }
  return j;
}

/** The token that starts at `i`. */
function tokenAt(formula: string, i: number): Token {
  const c = formula.charAt(i);
  const single = punctuation.get(c);
  if (single !== undefined) return { kind: single, text: c };
  if (c === '"') return { kind: "string", text: formula.slice(i, closingQuote(formula, i) + 1) };
  if (c === "'") {
    // 'Sheet name'!A1: the quoted name, then the reference after it
    const name = closingQuote(formula, i) + 1;
    const after = /^![A-Za-z0-9_$:]*/.exec(formula.slice(name));
    return { kind: "sheetRef", text: formula.slice(i, name + (after === null ? 0 : after[0].length)) };
  }
  const rest = formula.slice(i);
  const space = /^\s+/.exec(rest);
  if (space !== null) return { kind: "space", text: space[0] };
  const f = functionName.exec(rest);
  if (f !== null) return { kind: "function", text: f[0] };
  const w = word.exec(rest);
  if (w === null) return { kind: "other", text: c };
  return { kind: "other", text: formula.slice(i, bracketsEnd(formula, i, w[0])) };
}

/** Splits a formula (with or without the leading "=") into tokens; the texts joined give it back. */
export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < formula.length;) {
    const token = tokenAt(formula, i);
    tokens.push(token);
    i += token.text.length;
  }
  return tokens;
}

/** The text of tokens. */
export const join = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join("");

/**
 * A piece of a formula: a name it mentions (a sheet before "!", a table before "[", or a defined
 * name; `name` is the text unquoted), or the text between names.
 */
export type FormulaPart =
  | { readonly kind: "sheet" | "table" | "name"; readonly text: string; readonly name: string }
  | { readonly kind: "text"; readonly text: string };

// sticky: matched at lastIndex, without slicing the text
const identifier = /[A-Za-z_\\\u0080-\uFFFF][A-Za-z0-9_.\\\u0080-\uFFFF]*/uy;

/** Where a bracketed part (a structured reference's columns) that opens at `start` ends; ' escapes a character. */
function bracketEnd(text: string, start: number): number {
  let depth = 0;
  for (let j = start; j < text.length; j++) {
    const c = text[j];
    if (c === "'") j++;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return j + 1;
  }
  return text.length;
}

/**
 * The names a formula mentions, in order, with everything between them as text (the parts' texts
 * joined give the formula back). String literals, bracketed columns (KpiTable[[#This Row],[a]])
 * and function names are text; a cell address (A1) reads as a name, which no defined name can be.
 */
export function formulaParts(formula: string): FormulaPart[] {
  const parts: FormulaPart[] = [];
  const text = (t: string): void => {
    const last = parts[parts.length - 1];
    if (last?.kind === "text") parts[parts.length - 1] = { kind: "text", text: last.text + t };
    else parts.push({ kind: "text", text: t });
  };
  const tokens = tokenize(formula);
  tokens.forEach((token, k) => {
    if (token.kind === "sheetRef") {
      // 'Sheet name'!A1: the quoted name ends at the last apostrophe
      const end = token.text.lastIndexOf("'") + 1;
      const rest = token.text.slice(end);
      if (!rest.startsWith("!")) return text(token.text);
      const quoted = token.text.slice(0, end);
      parts.push({ kind: "sheet", text: quoted, name: quoted.slice(1, -1).replace(/''/g, "'") });
      return text(rest);
    }
    if (token.kind !== "other") return text(token.text);
    const t = token.text;
    let i = 0;
    while (i < t.length) {
      if (t[i] === "[") {
        const end = bracketEnd(t, i);
        text(t.slice(i, end));
        i = end;
        continue;
      }
      identifier.lastIndex = i;
      const m = i > 0 && /[A-Za-z0-9_.$]/.test(t[i - 1] ?? "") ? null : identifier.exec(t);
      if (m === null) {
        text(t.charAt(i));
        i++;
        continue;
      }
      const name = m[0];
      const next = t[i + name.length];
      // a name just before "(" (in the next token) is a function's
      if (next === undefined && tokens[k + 1]?.kind === "open") text(name);
      else parts.push({ kind: next === "!" ? "sheet" : next === "[" ? "table" : "name", text: name, name });
      i += name.length;
    }
  });
  return parts;
}
