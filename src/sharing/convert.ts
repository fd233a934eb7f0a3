/**
 * Prepare for sharing, the pure part: a formula typed anywhere in a workbook, with KPI.* calls
 * in it, becomes the equivalent formula in classic Excel functions, so a recipient without the
 * add-in sees numbers instead of #NAME?. Calls nest (=IF(KPI.GRADE(KPI.RATE(B2,C2))="遅れ",1,0));
 * a top-level call over ranges (=KPI.RATE(B2:B10,C2:C10), which spills) becomes one formula
 * per cell of its spill range, when the caller says how large that range is.
 */
import { Lang, Localized } from "../lang";
import { readYear, yearLabel } from "../year";
import { stringLiteral } from "../formula/a1";
import {
  Arg,
  averageNative,
  Built,
  fyExpr,
  gradeNative,
  missingOutcome,
  progressNative,
  rateNative,
} from "./nativeKpi";
import { cellOf, parseRef, RangeRef } from "../formula/a1";
import { join, Token, tokenize } from "../formula/tokens";

export interface ConvertOptions {
  /** Labels of the default grade scale and messages. */
  readonly lang: Lang;
  /** The size of the range the formula spills into, when it does (the adapter reads it from Excel). */
  readonly spill?: { readonly rows: number; readonly columns: number };
  /** The range a workbook name refers to (KpiGradeScale → '設定'!$A$12:$B$15), when known. */
  readonly resolveName?: (name: string) => string | undefined;
}

export type Conversion =
  | { readonly kind: "unchanged" }
  /** One formula per cell: 1×1 for a scalar formula, the spill range's shape for an array call. */
  | { readonly kind: "converted"; readonly formulas: readonly (readonly string[])[] }
  | { readonly kind: "failed"; readonly reason: Localized };

type Failure = { readonly failed: Localized };
const fail = (ja: string, en: string): Failure => ({ failed: { ja, en } });
const isFailure = (x: unknown): x is Failure => typeof x === "object" && x !== null && "failed" in x;

interface Spec {
  /** Arguments applied cell by cell (a range there makes the call spill). */
  readonly elementwise: readonly number[];
  readonly min: number;
  readonly max: number;
  readonly build: (args: readonly Arg[], lang: Lang, resolve: (name: string) => RangeRef | undefined) => Built;
}

/** The KPI.* functions (functions/functions.ts) and how each is written natively. */
const specs: Readonly<Record<string, Spec>> = {
  RATE: { elementwise: [0, 1, 2, 3], min: 2, max: 4, build: (a) => rateNative(a) },
  PROGRESS: { elementwise: [0, 1, 2, 3, 4], min: 3, max: 5, build: (a) => progressNative(a) },
  GRADE: { elementwise: [0], min: 1, max: 2, build: (a, lang, resolve) => gradeNative(a, lang, resolve) },
  AVERAGE: { elementwise: [], min: 1, max: 1, build: (a) => averageNative(a) },
  FY: { elementwise: [0], min: 1, max: 1, build: (a) => fyNative(a[0]) },
  LABEL: { elementwise: [0], min: 1, max: 2, build: (a) => labelNative(a[0], a[1]) },
  PATH: { elementwise: [0, 1, 2, 3, 4], min: 5, max: 5, build: (a) => pathNative(a) },
  NUMBER: {
    elementwise: [0],
    min: 1,
    max: 1,
    build: () => ({
      ok: false,
      reason: {
        ja: "KPI.NUMBER は「6,439人」のような文字を読む関数で、標準の関数では書けません",
        en: "KPI.NUMBER reads text such as 6,439人, which classic functions cannot",
      },
    }),
  },
};

const kpiName = /^KPI\.([A-Za-z]+)$/i;

function fyNative(x: Arg): Built {
  if (x.literal !== undefined) {
    const y = readYear(x.literal);
    if (y.kind === "year") return { ok: true, formula: String(y.year) };
    return { ok: false, reason: { ja: `「${x.text}」は年度ではありません`, en: `${x.text} is not a year` } };
  }
  return { ok: true, formula: fyExpr(x.text) };
}

function labelNative(x: Arg, style: Arg | undefined): Built {
  const s =
    style === undefined || style.omitted
      ? "long"
      : typeof style.literal === "string"
        ? style.literal.trim().toLowerCase()
        : undefined;
  const kind =
    s === "long" || s === "和暦"
      ? "long"
      : s === "short" || s === "略称" || s === "略記"
        ? "short"
        : s === "fy" || s === "western" || s === "西暦"
          ? "fy"
          : undefined;
  if (kind === undefined)
    return {
      ok: false,
      reason: {
        ja: "KPI.LABEL の形式は文字で書かれたものだけ変換できます",
        en: "KPI.LABEL converts only with a literal style",
      },
    };
  if (typeof x.literal === "number" || typeof x.literal === "string") {
    const y = readYear(x.literal);
    if (y.kind === "year") {
      const text = kind === "fy" ? yearLabel(y.year, "en", "long", y.basis) : yearLabel(y.year, "ja", kind, y.basis);
      return { ok: true, formula: stringLiteral(text) };
    }
  }
  const y = `(${fyExpr(x.text)})`;
  const era = (r: string, h: string, sh: string, suffix: string, first: (offset: number) => string): string =>
    // before 昭和 the engine labels the western year (1920年度), never a negative era year
    `IF(${y}>=2019,"${r}"&${first(2018)},IF(${y}>=1989,"${h}"&${first(1988)},IF(${y}>=1926,"${sh}"&${first(1925)},${y}&"")))${suffix}`;
  const body =
    kind === "fy"
      ? `"FY"&${y}`
      : kind === "short"
        ? era("R", "H", "S", "", (o) => `(${y}-${o})`)
        : era("令和", "平成", "昭和", `&"年度"`, (o) => `IF(${y}=${o + 1},"元",${y}-${o})`);
  return { ok: true, formula: `IF(ISNUMBER(${y}),${body},${y})` };
}

function pathNative([b, by, f, fy, y]: readonly Arg[]): Built {
  const year = (a: Arg): string => {
    const built = fyNative(a);
    return built.ok ? `(${built.formula})` : "#VALUE!";
  };
  const [BY, FY, Y] = [year(by), year(fy), year(y)];
  const inputs = [b.text, BY, f.text, FY, Y];
  // pathTarget of src/rate.ts with every year an expression
  const target = `IF(OR(${FY}<=${BY},${Y}>=${FY}),${f.text},IF(${Y}<=${BY},${b.text},${b.text}+(${f.text}-${b.text})*(${Y}-${BY})/(${FY}-${BY})))`;
  const checks = inputs.map((x) => `ISNUMBER(${x})`);
  return { ok: true, formula: `IF(AND(${checks.join(",")}),${target},${missingOutcome(inputs)})` };
}

/** The literal value of an argument's text, when it is one. */
function literalOf(text: string): string | number | boolean | undefined {
  const t = text.trim();
  if (/^"(?:[^"]|"")*"$/.test(t)) return t.slice(1, -1).replace(/""/g, '"');
  if (/^TRUE$/i.test(t)) return true;
  if (/^FALSE$/i.test(t)) return false;
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return undefined;
}

/** Splits the tokens between a call's parentheses into arguments at depth 0. */
function splitArgs(tokens: readonly Token[]): Token[][] {
  const args: Token[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === "open" || t.kind === "braceOpen") depth++;
    if (t.kind === "close" || t.kind === "braceClose") depth--;
    if (t.kind === "comma" && depth === 0) args.push([]);
    else args[args.length - 1].push(t);
  }
  return args;
}

/** The index of the parenthesis closing the one at `open`. */
function closing(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i].kind === "open") depth++;
    if (tokens[i].kind === "close" && --depth === 0) return i;
  }
  return -1;
}

const atomic = (text: string): boolean =>
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

interface Context {
  readonly lang: Lang;
  readonly resolve: (name: string) => RangeRef | undefined;
  /** For the top-level array call: the cell of the spill range being written. */
  readonly cell?: { readonly row: number; readonly column: number };
  readonly top: boolean;
}

/** Converts the KPI.* calls in tokens; other text is kept as written. */
function convertTokens(tokens: readonly Token[], ctx: Context): string | Failure {
  let out = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const m = t.kind === "function" ? kpiName.exec(t.text) : null;
    if (m === null) {
      out += t.text;
      continue;
    }
    const name = m[1].toUpperCase();
    const spec = specs[name];
    if (spec === undefined)
      return fail(`KPI.${name} は変換できません（未知の関数）`, `KPI.${name} is not a known function`);
    const close = closing(tokens, i + 1);
    if (close < 0) return fail("かっこが閉じていません", "a parenthesis is not closed");
    const rawArgs = splitArgs(tokens.slice(i + 2, close));
    const isTop = ctx.top && i === firstNonSpace(tokens) && close === lastNonSpace(tokens);
    const args: Arg[] = [];
    for (const [k, argTokens] of rawArgs.entries()) {
      const converted = convertTokens(argTokens, { ...ctx, top: false, cell: undefined });
      if (isFailure(converted)) return converted;
      const text = converted.trim();
      const ref = parseRef(text);
      if (spec.elementwise.includes(k) && ref !== undefined && (ref.rows > 1 || ref.columns > 1)) {
        if (!isTop || ctx.cell === undefined) {
          return fail(
            `範囲を受け取る KPI.${name} が他の式の中にあるか、スピル範囲が不明です`,
            `KPI.${name} over a range is inside another formula, or its spill range is unknown`,
          );
        }
        const r = ref.rows === 1 ? 0 : ctx.cell.row;
        const c = ref.columns === 1 ? 0 : ctx.cell.column;
        const single = cellOf(ref, r, c);
        args.push({ text: single, omitted: false, ref: parseRef(single) });
        continue;
      }
      if (
        spec.elementwise.includes(k) &&
        /\[(?!@|#This Row)/i.test(text) &&
        !/^[A-Za-z_\\][A-Za-z0-9_.]*\[@/.test(text)
      ) {
        return fail(
          `KPI.${name} のテーブル列参照はスピルするため変換できません`,
          `KPI.${name} over a table column spills and cannot be converted`,
        );
      }
      const literal = literalOf(text);
      args.push({
        text: text === "" ? '""' : atomic(text) ? text : `(${text})`,
        omitted: text === "",
        ref,
        literal,
      });
    }
    if (args.length < spec.min || args.length > spec.max) {
      return fail(`KPI.${name} の引数の数が違います`, `KPI.${name} has the wrong number of arguments`);
    }
    const built = spec.build(args, ctx.lang, ctx.resolve);
    if (!built.ok) return { failed: built.reason };
    out += `(${built.formula})`;
    i = close;
  }
  return out;
}

const firstNonSpace = (tokens: readonly Token[]): number => tokens.findIndex((t) => t.kind !== "space");
function lastNonSpace(tokens: readonly Token[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i].kind !== "space") return i;
  return -1;
}

/** The shape a top-level array call spills to, from its range arguments; undefined when not one. */
function spillShape(tokens: readonly Token[]): { rows: number; columns: number } | Failure | undefined {
  const first = firstNonSpace(tokens);
  const t = tokens[first];
  const m = t?.kind === "function" ? kpiName.exec(t.text) : null;
  if (m === null) return undefined;
  const spec = specs[m[1].toUpperCase()];
  if (spec === undefined) return undefined;
  const close = closing(tokens, first + 1);
  if (close !== lastNonSpace(tokens)) return undefined;
  let rows = 1;
  let columns = 1;
  for (const [k, arg] of splitArgs(tokens.slice(first + 2, close)).entries()) {
    if (!spec.elementwise.includes(k)) continue;
    const ref = parseRef(join(arg));
    if (ref === undefined) continue;
    for (const [have, dim] of [
      [rows, ref.rows],
      [columns, ref.columns],
    ] as const) {
      if (dim !== 1 && have !== 1 && dim !== have)
        return fail("範囲の大きさがそろっていません", "the ranges differ in size");
    }
    rows = Math.max(rows, ref.rows);
    columns = Math.max(columns, ref.columns);
  }
  return rows === 1 && columns === 1 ? undefined : { rows, columns };
}

/** The shape a formula spills to when it is one KPI.* call over ranges, else undefined. */
export function arrayShape(formula: string): { rows: number; columns: number } | undefined {
  if (!formula.startsWith("=")) return undefined;
  const shape = spillShape(tokenize(formula.slice(1)));
  return shape === undefined || isFailure(shape) ? undefined : shape;
}

/** The native equivalent of a formula, or why there is none; formulas without KPI.* are unchanged. */
export function toNativeFormula(formula: string, options: ConvertOptions): Conversion {
  if (!formula.startsWith("=")) return { kind: "unchanged" };
  const tokens = tokenize(formula.slice(1));
  if (!tokens.some((t) => t.kind === "function" && kpiName.test(t.text))) return { kind: "unchanged" };
  const resolve = (name: string): RangeRef | undefined => {
    const target = options.resolveName?.(name);
    return target === undefined ? undefined : parseRef(target.replace(/^=/, ""));
  };
  const ctx: Context = { lang: options.lang, resolve, top: true };
  const shape = spillShape(tokens);
  if (isFailure(shape)) return { kind: "failed", reason: shape.failed };
  if (shape === undefined) {
    const out = convertTokens(tokens, ctx);
    return isFailure(out) ? { kind: "failed", reason: out.failed } : { kind: "converted", formulas: [[`=${out}`]] };
  }
  const spill = options.spill;
  if (spill === undefined) {
    return {
      kind: "failed",
      reason: {
        ja: `配列の式（${shape.rows}行×${shape.columns}列）ですが、スピル範囲がありません（#SPILL! か古い Excel）`,
        en: `an array formula (${shape.rows}×${shape.columns}) with no spill range (#SPILL! or an older Excel)`,
      },
    };
  }
  if (spill.rows !== shape.rows || spill.columns !== shape.columns) {
    return {
      kind: "failed",
      reason: {
        ja: `スピル範囲（${spill.rows}行×${spill.columns}列）が引数の範囲（${shape.rows}行×${shape.columns}列）と違います`,
        en: `the spill range (${spill.rows}×${spill.columns}) differs from the arguments (${shape.rows}×${shape.columns})`,
      },
    };
  }
  const formulas: string[][] = [];
  for (let row = 0; row < shape.rows; row++) {
    const line: string[] = [];
    for (let column = 0; column < shape.columns; column++) {
      const out = convertTokens(tokens, { ...ctx, cell: { row, column } });
      if (isFailure(out)) return { kind: "failed", reason: out.failed };
      line.push(`=${out}`);
    }
    formulas.push(line);
  }
  return { kind: "converted", formulas };
}
