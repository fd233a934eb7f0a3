/**
 * The KPI.* custom functions' signatures as plain data, declared once: the runtime
 * (functions/kpi.ts: which arguments are spread cell by cell, what its messages call them) and the
 * sharing converter (src/sharing/convert.ts: which arguments take a range cell by cell, how many
 * arguments a call may have) both read them. functions/functions.ts declares the same functions
 * with JSDoc, the source of Excel's metadata; tests/functions/signatures.test.ts holds the two
 * together, so a function or parameter added on one side only fails there.
 */
import { labelStyleWords } from "./vocabulary";
import { yearLabel, YearBasis } from "./year";

export interface Parameter {
  /** The name in the JSDoc and in Excel's metadata (functions.json). */
  readonly name: string;
  /** An optional argument may be left out (Excel passes null for it). */
  readonly optional: boolean;
  /** Applied cell by cell: a range here makes the call spill, one result per cell. */
  readonly elementwise: boolean;
}

const each = <N extends string>(name: N) => ({ name, optional: false, elementwise: true }) as const;
const optionalEach = <N extends string>(name: N) => ({ name, optional: true, elementwise: true }) as const;

/** Each function's parameters in order, keyed by its id (KPI.RATE is RATE), in the order of functions.ts. */
export const signatures = {
  RATE: [each("target"), each("actual"), optionalEach("direction"), optionalEach("capped"), optionalEach("rounding")],
  PROGRESS: [
    each("baseline"),
    each("target"),
    each("actual"),
    optionalEach("direction"),
    optionalEach("capped"),
    optionalEach("rounding"),
  ],
  // the scale is one range for all the rates, not a range of scales
  GRADE: [each("rate"), { name: "scale", optional: true, elementwise: false }],
  // one figure for the whole range
  // the rule and rounding are one word for the whole range, the weights a range beside the rates
  AVERAGE: [
    { name: "rates", optional: false, elementwise: false },
    { name: "rule", optional: true, elementwise: false },
    { name: "weights", optional: true, elementwise: false },
    { name: "rounding", optional: true, elementwise: false },
  ],
  FY: [each("label")],
  LABEL: [each("year"), optionalEach("style")],
  PATH: [each("baseline"), each("baselineYear"), each("finalTarget"), each("finalYear"), each("year")],
  NUMBER: [each("value")],
} as const satisfies Record<string, readonly Parameter[]>;

export type FunctionId = keyof typeof signatures;
/** The name of any parameter of any function: target, baselineYear, style … */
export type ParameterName = (typeof signatures)[FunctionId][number]["name"];

export const functionIds = Object.keys(signatures) as FunctionId[];

export function isFunctionId(name: string): name is FunctionId {
  return (functionIds as readonly string[]).includes(name);
}

/** How many arguments a call takes: the required ones at least, all of them at most. */
export function arity(id: FunctionId): { readonly min: number; readonly max: number } {
  const parameters: readonly Parameter[] = signatures[id];
  return { min: parameters.filter((p) => !p.optional).length, max: parameters.length };
}

/** The positions of the arguments applied cell by cell. */
export function elementwise(id: FunctionId): readonly number[] {
  const parameters: readonly Parameter[] = signatures[id];
  return parameters.flatMap((p, k) => (p.elementwise ? [k] : []));
}

/** The labels KPI.LABEL writes: 令和6年度 (long), R6 (short), FY2024 (fy). */
export type LabelStyle = "long" | "short" | "fy";

/** The style a word names (already trimmed), or undefined when it names none. */
export const readLabelStyle = (word: string): LabelStyle | undefined => labelStyleWords.get(word.toLowerCase());

/** The label KPI.LABEL gives a year in a style, whatever the display language. */
export function styledYearLabel(year: number, style: LabelStyle, basis: YearBasis): string {
  switch (style) {
    case "long":
    case "short":
      return yearLabel(year, "ja", style, basis);
    case "fy":
      return yearLabel(year, "en", "long", basis);
    default:
      return style satisfies never;
  }
}
