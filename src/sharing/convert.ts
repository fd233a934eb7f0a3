/**
 * Prepare for sharing, the pure part: a formula typed anywhere in a workbook, with KPI.* calls
 * in it, becomes the equivalent formula in classic Excel functions, so a recipient without the
 * add-in sees numbers instead of #NAME?. Calls nest (=IF(KPI.GRADE(KPI.RATE(B2,C2))="遅れ",1,0));
 * a top-level call over ranges (=KPI.RATE(B2:B10,C2:C10), which spills) becomes one formula
 * per cell of its spill range, when the caller says how large that range is.
 */
import { atomic, closing, literalOf, splitArgs, wholeCall } from "../formula/calls";
import { cellOf, parseRef, RangeRef } from "../formula/a1";
import { join, Token, tokenize } from "../formula/tokens";
import { elementwise, FunctionId, arity, isFunctionId } from "../functionSignatures";
import { localize, Messages } from "../i18n";
import { Lang, Localized } from "../lang";
import { builders } from "./builders";
import { Arg } from "./nativeKpi";

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
const fail = (pick: (m: Messages) => string): Failure => ({ failed: localize(pick) });
const isFailure = (x: unknown): x is Failure => typeof x === "object" && x !== null && "failed" in x;

const kpiName = /^KPI\.([A-Za-z]+)$/i;

/** The declared KPI.* function a token calls, if it calls one; the name as written otherwise. */
function kpiCall(t: Token | undefined): { readonly id?: FunctionId; readonly name: string } | undefined {
  const m = t?.kind === "function" ? kpiName.exec(t.text) : null;
  if (m === null || m[1] === undefined) return undefined;
  const name = m[1].toUpperCase();
  return isFunctionId(name) ? { id: name, name } : { name };
}

interface Context {
  readonly lang: Lang;
  readonly resolve: (name: string) => RangeRef | undefined;
  /** For the top-level array call: the cell of the spill range being written. */
  readonly cell?: { readonly row: number; readonly column: number };
  readonly top: boolean;
}

/** One argument of a call, converted; a range spread cell by cell becomes the cell being written. */
function convertArg(
  argTokens: readonly Token[],
  spread: boolean,
  top: boolean,
  name: string,
  ctx: Context,
): Arg | Failure {
  const converted = convertTokens(argTokens, { ...ctx, top: false, cell: undefined });
  if (isFailure(converted)) return converted;
  const text = converted.trim();
  const ref = parseRef(text);
  if (spread && ref !== undefined && (ref.rows > 1 || ref.columns > 1)) {
    if (!top || ctx.cell === undefined) {
      return fail((m) => m.sharing.rangeNotTop(name));
    }
    const single = cellOf(ref, ref.rows === 1 ? 0 : ctx.cell.row, ref.columns === 1 ? 0 : ctx.cell.column);
    return { text: single, omitted: false, ref: parseRef(single) };
  }
  if (spread && /\[(?!@|#This Row)/i.test(text) && !/^[A-Za-z_\\][A-Za-z0-9_.]*\[@/.test(text)) {
    return fail((m) => m.sharing.tableColumnSpills(name));
  }
  return {
    text: text === "" ? '""' : atomic(text) ? text : `(${text})`,
    omitted: text === "",
    ref,
    literal: literalOf(text),
  };
}

/** Converts the KPI.* calls in tokens; other text is kept as written. */
function convertTokens(tokens: readonly Token[], ctx: Context): string | Failure {
  const whole = ctx.top ? wholeCall(tokens) : undefined;
  let out = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const call = kpiCall(t);
    if (t === undefined || call === undefined) {
      out += t?.text ?? "";
      continue;
    }
    const { id, name } = call;
    if (id === undefined) return fail((m) => m.sharing.unknownFunction(name));
    const close = closing(tokens, i + 1);
    if (close < 0) return fail((m) => m.sharing.unclosed);
    const spread = elementwise(id);
    const args: Arg[] = [];
    for (const [k, argTokens] of splitArgs(tokens.slice(i + 2, close)).entries()) {
      const arg = convertArg(argTokens, spread.includes(k), whole?.at === i, name, ctx);
      if (isFailure(arg)) return arg;
      args.push(arg);
    }
    const { min, max } = arity(id);
    if (args.length < min || args.length > max) {
      return fail((m) => m.sharing.wrongArity(name));
    }
    const built = builders[id](args, ctx.lang, ctx.resolve);
    if (!built.ok) return { failed: built.reason };
    out += `(${built.formula})`;
    i = close;
  }
  return out;
}

/** The shape a top-level array call spills to, from its range arguments; undefined when not one. */
function spillShape(tokens: readonly Token[]): { rows: number; columns: number } | Failure | undefined {
  const whole = wholeCall(tokens);
  const id = whole === undefined ? undefined : kpiCall(tokens[whole.at])?.id;
  if (whole === undefined || id === undefined) return undefined;
  const spread = elementwise(id);
  let rows = 1;
  let columns = 1;
  for (const [k, arg] of splitArgs(tokens.slice(whole.at + 2, whole.close)).entries()) {
    if (!spread.includes(k)) continue;
    const ref = parseRef(join(arg));
    if (ref === undefined) continue;
    for (const [have, dim] of [
      [rows, ref.rows],
      [columns, ref.columns],
    ] as const) {
      if (dim !== 1 && have !== 1 && dim !== have) return fail((m) => m.sharing.rangesDiffer);
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
  if (!tokens.some((t) => kpiCall(t) !== undefined)) return { kind: "unchanged" };
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
    return { kind: "failed", reason: localize((m) => m.sharing.noSpillRange(shape.rows, shape.columns)) };
  }
  if (spill.rows !== shape.rows || spill.columns !== shape.columns) {
    return {
      kind: "failed",
      reason: localize((m) => m.sharing.spillDiffers(spill.rows, spill.columns, shape.rows, shape.columns)),
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
