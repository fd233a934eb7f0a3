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

/** Splits a formula (with or without the leading "=") into tokens; the texts joined give it back. */
export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const c = formula[i];
    const rest = formula.slice(i);
    if (c === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      tokens.push({ kind: "string", text: formula.slice(i, j + 1) });
      i = j + 1;
    } else if (c === "'") {
      // 'Sheet name'!A1: the quoted name, then the reference after it
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") j += 2;
          else break;
        } else j++;
      }
      const after = /^![A-Za-z0-9_$:]*/.exec(formula.slice(j + 1));
      const end = j + 1 + (after === null ? 0 : after[0].length);
      tokens.push({ kind: "sheetRef", text: formula.slice(i, end) });
      i = end;
    } else if (c === "(") {
      tokens.push({ kind: "open", text: c });
      i++;
    } else if (c === ")") {
      tokens.push({ kind: "close", text: c });
      i++;
    } else if (c === ",") {
      tokens.push({ kind: "comma", text: c });
      i++;
    } else if (c === "{") {
      tokens.push({ kind: "braceOpen", text: c });
      i++;
    } else if (c === "}") {
      tokens.push({ kind: "braceClose", text: c });
      i++;
    } else if (/\s/.test(c)) {
      const m = /^\s+/.exec(rest) as RegExpExecArray;
      tokens.push({ kind: "space", text: m[0] });
      i += m[0].length;
    } else {
      const f = functionName.exec(rest);
      if (f !== null) {
        tokens.push({ kind: "function", text: f[0] });
        i += f[0].length;
        continue;
      }
      const w = word.exec(rest);
      if (w !== null && w[0].length > 0) {
        // a structured reference may hold spaces and commas inside its brackets: Table1[[#This Row],[a b]]
        let text = w[0];
        let depth = (text.match(/\[/g) ?? []).length - (text.match(/\]/g) ?? []).length;
        let j = i + text.length;
        while (depth > 0 && j < formula.length) {
          const ch = formula[j];
          if (ch === "'" && j + 1 < formula.length) {
            text += formula.slice(j, j + 2);
            j += 2;
            continue;
          }
          if (ch === "[") depth++;
          if (ch === "]") depth--;
          text += ch;
          j++;
        }
        tokens.push({ kind: "other", text });
        i = j;
      } else {
        tokens.push({ kind: "other", text: c });
        i++;
      }
    }
  }
  return tokens;
}

/** The text of tokens. */
export const join = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join("");
