/**
 * A source file's code without its comments, read with the TypeScript scanner: a "//" inside a
 * string, a template or a regular expression stays code, and a comment never counts as code.
 */
import * as ts from "typescript";

/** Japanese text: kana, CJK punctuation and ideographs, full-width and half-width forms. */
export const japanese = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** One token of code holding Japanese. */
export interface JapaneseToken {
  readonly line: number;
  readonly text: string;
}

/** Tokens after which a "/" divides; after any other token it starts a regular expression. */
const endsAnOperand: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.PrivateIdentifier,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.BigIntLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.PlusPlusToken,
  ts.SyntaxKind.MinusMinusToken,
  ts.SyntaxKind.ThisKeyword,
  ts.SyntaxKind.SuperKeyword,
  ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword,
  ts.SyntaxKind.NullKeyword,
]);

const trivia: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.WhitespaceTrivia,
  ts.SyntaxKind.NewLineTrivia,
  ts.SyntaxKind.SingleLineCommentTrivia,
  ts.SyntaxKind.MultiLineCommentTrivia,
  ts.SyntaxKind.ShebangTrivia,
  ts.SyntaxKind.ConflictMarkerTrivia,
]);

/**
 * JSX text (<b>it's</b>) is not a token the scanner can find on its own: the parser decides where
 * it starts. Its ranges come from the parsed tree and are taken whole as code.
 */
function jsxTexts(source: string, fileName: string): ReadonlyMap<number, number> {
  const ranges = new Map<number, number>();
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.JsxText) ranges.set(node.pos, node.end);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return ranges;
}

/** The code tokens of a .ts or .tsx file, each with its 1-based line, comments left out. */
export function codeTokens(source: string, fileName: string): { line: number; text: string }[] {
  const jsx = fileName.endsWith(".tsx");
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    false,
    jsx ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard,
    source,
  );
  const texts = jsx ? jsxTexts(source, fileName) : new Map<number, number>();
  const lineOf = (pos: number): number => source.slice(0, pos).split("\n").length;
  const tokens: { line: number; text: string }[] = [];
  // open braces inside each template substitution still open, innermost last
  const substitutions: number[] = [];
  let previous: ts.SyntaxKind = ts.SyntaxKind.Unknown;
  for (;;) {
    const jsxEnd = texts.get(scanner.getTokenEnd());
    if (jsxEnd !== undefined) {
      const start = scanner.getTokenEnd();
      tokens.push({ line: lineOf(start), text: source.slice(start, jsxEnd) });
      scanner.resetTokenState(jsxEnd);
      previous = ts.SyntaxKind.JsxText;
    }
    let kind = scanner.scan();
    if (kind === ts.SyntaxKind.EndOfFileToken) break;
    if (trivia.has(kind)) continue;
    const depth = substitutions.length - 1;
    if (kind === ts.SyntaxKind.OpenBraceToken && depth >= 0) {
      substitutions[depth] = (substitutions[depth] ?? 0) + 1;
    } else if (kind === ts.SyntaxKind.CloseBraceToken && depth >= 0) {
      if (substitutions[depth] === 0) {
        kind = scanner.reScanTemplateToken(false);
        if (kind === ts.SyntaxKind.TemplateTail) substitutions.pop();
      } else {
        substitutions[depth] = (substitutions[depth] ?? 0) - 1;
      }
    } else if (
      (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) &&
      !endsAnOperand.has(previous)
    ) {
      kind = scanner.reScanSlashToken();
    }
    if (kind === ts.SyntaxKind.TemplateHead) substitutions.push(0);
    tokens.push({ line: lineOf(scanner.getTokenStart()), text: scanner.getTokenText() });
    previous = kind;
  }
  return tokens;
}

/** The code tokens of a file that hold Japanese text. */
export function japaneseInCode(source: string, fileName: string): JapaneseToken[] {
  return codeTokens(source, fileName).filter((token) => japanese.test(token.text));
}
