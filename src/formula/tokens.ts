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
      const m = i > 0 && /[A-Za-z0-9_.$]/.test(t[i - 1]) ? null : identifier.exec(t);
      if (m === null) {
        text(t[i]);
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
