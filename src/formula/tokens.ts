/**
 * A tokenizer for Excel formulas, just enough to find function calls and their arguments
 * without being fooled by string literals ("KPI.RATE("), quoted sheet names ('KPI.RATE(x)'!A1),
 * array constants ({1,2}) or error literals (#N/A).
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
