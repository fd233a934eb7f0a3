/**
 * Function calls in a tokenized formula (tokens.ts): where a call's parentheses close, its
 * arguments, whether a formula is one call, and whether an argument's text may stand unbracketed
 * in another formula.
 */
import { parseRef } from "./a1";
import { Token, TokenKind, tokenize } from "./tokens";

/** How a token changes the nesting of parentheses and array constants. */
function nesting(kind: TokenKind): -1 | 0 | 1 {
  switch (kind) {
    case "open":
    case "braceOpen":
      return 1;
    case "close":
    case "braceClose":
      return -1;
    case "string":
    case "sheetRef":
    case "comma":
    case "function":
    case "other":
    case "space":
      return 0;
    default:
      return kind satisfies never;
  }
}

/** Splits the tokens between a call's parentheses into its arguments (at the commas of depth 0). */
export function splitArgs(tokens: readonly Token[]): Token[][] {
  const args: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  for (const t of tokens) {
    depth += nesting(t.kind);
    if (t.kind === "comma" && depth === 0) {
      args.push(current);
      current = [];
    } else current.push(t);
  }
  args.push(current);
  return args;
}

/** The index of the parenthesis closing the one at `open`, or -1 when it is not closed. */
export function closing(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const kind = tokens[i]?.kind ?? "space";
    depth += nesting(kind);
    if (kind === "close" && depth === 0) return i;
  }
  return -1;
}

export const firstNonSpace = (tokens: readonly Token[]): number => tokens.findIndex((t) => t.kind !== "space");

export function lastNonSpace(tokens: readonly Token[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i]?.kind !== "space") return i;
  return -1;
}

/** The call the tokens are, spaces aside: its function token's index and its closing parenthesis. */
export function wholeCall(tokens: readonly Token[]): { readonly at: number; readonly close: number } | undefined {
  const at = firstNonSpace(tokens);
  if (tokens[at]?.kind !== "function") return undefined;
  const close = closing(tokens, at + 1);
  return close >= 0 && close === lastNonSpace(tokens) ? { at, close } : undefined;
}

/** The value of an argument's text when it is a literal: "lower", TRUE, 2024. */
export function literalOf(text: string): string | number | boolean | undefined {
  const t = text.trim();
  if (/^"(?:[^"]|"")*"$/.test(t)) return t.slice(1, -1).replace(/""/g, '"');
  if (/^TRUE$/i.test(t)) return true;
  if (/^FALSE$/i.test(t)) return false;
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return undefined;
}

/** Whether text is one operand (a reference, a literal, a name, one call), safe without parentheses. */
export const atomic = (text: string): boolean =>
  parseRef(text) !== undefined ||
  literalOf(text) !== undefined ||
  /^[A-Za-z_\\][A-Za-z0-9_.]*(\[[^\]]*\])?$/u.test(text) ||
  (/^[A-Za-z_.]+\(.*\)$/s.test(text) && balancedCall(text));

/** Whether text is one call f(...) whose parentheses close at the end. */
function balancedCall(text: string): boolean {
  const tokens = tokenize(text);
  const open = tokens.findIndex((t) => t.kind === "open");
  return tokens[0]?.kind === "function" && closing(tokens, open) === tokens.length - 1;
}
