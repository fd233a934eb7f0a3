/**
 * Classic-Excel equivalents of the KPI.* custom functions, one cell at a time. Each takes its
 * arguments as formula text and returns formula text computing what the function returns:
 * the engine's rate, rounding, cap and grade; "" for a blank input, #N/A for a missing marker
 * (-, 未公表, 指標変更), #VALUE! for text that is neither. The year functions are in nativeYears.ts.
 * What classic functions cannot do is listed in the README (Sharing a workbook safely): numbers
 * written as text such as "6,439人" are not read.
 */
import { Direction, readDirection } from "../direction";
import { GoalRule, goalRules } from "../goalRule";
import { unreachable } from "../unreachable";
import { defaultScale } from "../grade";
import { localize, Messages } from "../i18n";
import { Lang, Localized } from "../lang";
import { progressExpr, ratioExpr, roundByWord } from "../sheets/nativeFormulas";
import { roundingFormula, roundings } from "../rules/rounding";
import { RangeRef, cellOf, columnOf, stringLiteral } from "../formula/a1";
import { itemAt } from "../list";
import { widen } from "../text";
import { dashCharacters, directionWords, missingWords } from "../vocabulary";

const wordsFor = (d: Direction): string[] => [...directionWords].flatMap(([word, to]) => (to === d ? [word] : []));
/** The words readDirection knows, from the input vocabulary. */
export const higherWords: readonly string[] = wordsFor("higher");
export const lowerWords: readonly string[] = wordsFor("lower");
/**
 * The missing markers readValue knows: each dash alone, also in its full-width form (readValue
 * folds the width, the formula's MATCH does not), and the marker words.
 */
export const markerWords: readonly string[] = [
  ...[...dashCharacters].flatMap((dash) => [...new Set([dash, widen(dash)])]),
  missingWords.unpublished,
  missingWords.indicatorChanged,
];

const arrayConstant = (words: readonly string[]): string => `{${words.map(stringLiteral).join(",")}}`;

/** 0 a number, 1 blank, 2 a missing marker, 3 unreadable text. */
export function kindExpr(x: string): string {
  return `IF(ISNUMBER(${x}),0,IF(${x}="",1,IF(ISNUMBER(MATCH(TRIM(${x}),${arrayConstant(markerWords)},0)),2,3)))`;
}

/** What a function returns when an input is not a number: the worst of blank, missing, unreadable. */
export function missingOutcome(inputs: readonly string[]): string {
  const kinds = inputs.map(kindExpr);
  return `CHOOSE(MAX(${kinds.join(",")}),"",NA(),#VALUE!)`;
}

/** An argument as the builders see it: its formula text, and what it is when that is known. */
export interface Arg {
  readonly text: string;
  readonly omitted: boolean;
  readonly ref?: RangeRef;
  /** The value of a literal: "lower", TRUE, 2024. */
  readonly literal?: string | number | boolean;
}

export type Built =
  { readonly ok: true; readonly formula: string } | { readonly ok: false; readonly reason: Localized };

const ok = (formula: string): Built => ({ ok: true, formula });
/** No classic equivalent, and why, in both languages. */
export const no = (pick: (m: Messages) => string): Built => ({ ok: false, reason: localize(pick) });

function lowerConstant(d: Direction): "TRUE" | "FALSE" {
  switch (d) {
    case "lower":
      return "TRUE";
    case "higher":
      return "FALSE";
    default:
      return d satisfies never;
  }
}

/** The direction: a constant when written literally, else read from the cell in the formula. */
function direction(arg: Arg | undefined): { lower: string; valid?: string } | Built {
  if (arg === undefined || arg.omitted) return { lower: "FALSE" };
  if (typeof arg.literal === "string") {
    const word = arg.literal;
    const d = readDirection(word);
    if (d === undefined) return no((m) => m.sharing.directionWord(word));
    return { lower: lowerConstant(d) };
  }
  if (arg.literal !== undefined) return no((m) => m.sharing.directionValue(arg.text));
  const d = `TRIM(${arg.text})`;
  return {
    lower: `ISNUMBER(MATCH(${d},${arrayConstant(lowerWords)},0))`,
    valid: `OR(${d}="",ISNUMBER(MATCH(${d},${arrayConstant([...higherWords, ...lowerWords])},0)))`,
  };
}

/** Whether the rate is capped: a constant when written literally (default TRUE). */
function capped(arg: Arg | undefined): string {
  if (arg === undefined || arg.omitted) return "TRUE";
  if (arg.literal === true || arg.literal === 1) return "TRUE";
  if (arg.literal === false || arg.literal === 0) return "FALSE";
  return `OR(${arg.text}="",${arg.text}=TRUE,${arg.text}=1)`;
}

const isBuilt = (x: unknown): x is Built => typeof x === "object" && x !== null && "ok" in x;

/** The rounding: a constant when written literally (default half up to 0.1%), else read from the cell or name. */
function rounder(arg: Arg | undefined): ((x: string) => string) | Built {
  if (arg === undefined || arg.omitted) return (x) => roundingFormula(x, "halfUp");
  if (typeof arg.literal === "string") {
    const word = arg.literal.trim();
    const rounding = roundings.find((r) => r.toLowerCase() === word.toLowerCase());
    if (rounding !== undefined) return (x) => roundingFormula(x, rounding);
    if (word === "") return (x) => roundingFormula(x, "halfUp");
    return no((m) => m.rules.badWord(m.rules.rounding, word, roundings));
  }
  if (arg.literal !== undefined) return no((m) => m.rules.badWord(m.rules.rounding, arg.text, roundings));
  return (x) => roundByWord(x, arg.text);
}

function rateLike(
  raw: (lower: string) => string,
  inputs: readonly string[],
  d: Arg | undefined,
  c: Arg | undefined,
  r: Arg | undefined,
): Built {
  const dir = direction(d);
  if (isBuilt(dir)) return dir;
  const round = rounder(r);
  if (isBuilt(round)) return round;
  const cap = capped(c);
  const rounded = round(raw(dir.lower));
  const value =
    cap === "TRUE"
      ? `MIN(1,MAX(0,${rounded}))`
      : cap === "FALSE"
        ? rounded
        : `IF(${cap},MIN(1,MAX(0,${rounded})),${rounded})`;
  const checks = inputs.map((x) => `ISNUMBER(${x})`);
  const body = `IF(AND(${checks.join(",")}),${value},${missingOutcome(inputs)})`;
  return ok(dir.valid === undefined ? body : `IF(${dir.valid},${body},#VALUE!)`);
}

/** KPI.RATE(target, actual, [direction], [capped], [rounding]). */
export function rateNative(args: readonly Arg[]): Built {
  const [t, a, d, c, r] = [itemAt(args, 0), itemAt(args, 1), args[2], args[3], args[4]];
  return rateLike((lower) => ratioExpr(t.text, a.text, lower), [t.text, a.text], d, c, r);
}

/** KPI.PROGRESS(baseline, target, actual, [direction], [capped], [rounding]). */
export function progressNative(args: readonly Arg[]): Built {
  const [b, t, a, d, c, r] = [itemAt(args, 0), itemAt(args, 1), itemAt(args, 2), args[3], args[4], args[5]];
  return rateLike((lower) => progressExpr(b.text, t.text, a.text, lower), [b.text, t.text, a.text], d, c, r);
}

/** KPI.GRADE(rate, [scale]): the default scale, or a scale range of 2 (or 3: ja, en labels) columns. */
export function gradeNative(args: readonly Arg[], lang: Lang, resolve: (name: string) => RangeRef | undefined): Built {
  const [r, scale] = [itemAt(args, 0), args[1]];
  const x = `ROUND(${r.text},3)`;
  let label: string;
  if (scale === undefined || scale.omitted) {
    const levels = defaultScale.levels;
    const labels = `{${levels.map((l) => stringLiteral(l.label[lang])).join(",")}}`;
    const count = levels
      .slice(0, -1)
      .map((l) => `(${x}<${l.min})`)
      .join("+");
    label = `INDEX(${labels},1+${count})`;
  } else {
    const ref =
      scale.ref ?? (/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(scale.text.trim()) ? resolve(scale.text.trim()) : undefined);
    if (ref !== undefined) {
      if (ref.columns !== 2 && ref.columns !== 3) return no((m) => m.sharing.scaleColumns);
      if (ref.rows < 2) return no((m) => m.sharing.scaleLevels);
      const labelColumn = ref.columns === 3 && lang === "en" ? 2 : 1;
      const count = Array.from({ length: ref.rows - 1 }, (_, k) => `(${x}<${cellOf(ref, k, 0)})`).join("+");
      label = `INDEX(${columnOf(ref, labelColumn)},1+${count})`;
    } else if (/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(scale.text.trim())) {
      // a name whose range is not known here: count the thresholds above the rate, the last level takes the rest
      const n = scale.text.trim();
      const column = lang === "en" ? `IF(COLUMNS(${n})=3,3,2)` : "2";
      label = `INDEX(INDEX(${n},0,${column}),MIN(ROWS(${n}),1+SUMPRODUCT(--(INDEX(${n},0,1)>${x}))))`;
    } else {
      return no((m) => m.sharing.scaleNotRange);
    }
  }
  return ok(`IF(ISNUMBER(${r.text}),${label},${missingOutcome([r.text])})`);
}

/**
 * KPI.AVERAGE(rates): the mean of the capped rates rounded half up to 0.1%; blanks, text and
 * errors (#N/A of a KPI.RATE with a missing input) are skipped. Exact for rates already rounded
 * to 0.1%, as KPI.RATE and the generated sheets give them.
 */
export function averageNative(args: readonly Arg[]): Built {
  const r = itemAt(args, 0);
  if (args.slice(1).some((a) => !a.omitted)) return averageByRule(r, args[1], args[2], args[3]);
  const range = r.text.trim();
  const refLike = r.ref !== undefined || /^[A-Za-z_\\][A-Za-z0-9_.]*(\[.*\])?$/u.test(range);
  if (!refLike) return no((m) => m.sharing.averageNotRange);
  return ok(
    `IF(COUNT(${range})=0,NA(),ROUND((SUMIFS(${range},${range},">=0",${range},"<=1")+COUNTIF(${range},">1"))/COUNT(${range}),3))`,
  );
}

/** The goal rule: its one figure when written literally (default the mean), else chosen by the cell or name. */
function ruleChoice(arg: Arg | undefined): { readonly rule: GoalRule } | { readonly word: string } | Built {
  if (arg === undefined || arg.omitted) return { rule: "mean" };
  if (typeof arg.literal === "string") {
    const word = arg.literal.trim();
    const rule = goalRules.find((g) => g.toLowerCase() === word.toLowerCase());
    if (rule !== undefined) return { rule };
    if (word === "") return { rule: "mean" };
    return no((m) => m.rules.badWord(m.rules.goalRule, word, goalRules));
  }
  if (arg.literal !== undefined) return no((m) => m.rules.badWord(m.rules.goalRule, arg.text, goalRules));
  return { word: arg.text };
}

/**
 * KPI.AVERAGE(rates, [rule], [weights], [rounding]) as combinePermille computes it: each rate
 * rounded by the rule and capped to 0–100%, text, blanks and errors skipped, then combined by
 * the goal rule; #N/A when no rate is left (or, weighted, no weight). Its IFs work on whole
 * arrays: Excel 2019 and older need it entered as an array formula, as the sheets write theirs.
 */
function averageByRule(
  r: Arg,
  ruleArg: Arg | undefined,
  weightsArg: Arg | undefined,
  roundingArg: Arg | undefined,
): Built {
  const choice = ruleChoice(ruleArg);
  if (isBuilt(choice)) return choice;
  const round = rounder(roundingArg);
  if (isBuilt(round)) return round;
  const x = `(${r.text})`;
  const valid = `ISNUMBER(${x})`;
  const capped = `IF(${valid},IF(${x}>=1,1,IF(${x}<=0,0,${round(x)})),0)`;
  const count = `SUMPRODUCT(--${valid})`;
  const w = weightsArg === undefined || weightsArg.omitted ? undefined : `(${weightsArg.text})`;
  // a blank weight weighs 1, a negative one 0 (weightOf in src/goalRule.ts)
  const weight = w === undefined ? `(--${valid})` : `IF(${valid},IF(ISNUMBER(${w}),IF(${w}>0,${w},0),1),0)`;
  const total = `SUMPRODUCT(${weight})`;
  const figure = (rule: GoalRule): string => {
    switch (rule) {
      case "mean":
        return round(`SUMPRODUCT(${capped})/${count}`);
      case "achievedShare":
        return round(`SUMPRODUCT(--(${capped}>=1))/${count}`);
      case "weightedMean":
        return `IF(${total}=0,NA(),${round(`SUMPRODUCT(${weight},${capped})/${total}`)})`;
      case "worst":
        return `MIN(IF(${valid},${capped}))`;
      default:
        return unreachable(rule);
    }
  };
  const combined =
    "rule" in choice
      ? figure(choice.rule)
      : `CHOOSE(MATCH(${choice.word},${arrayConstant(goalRules)},0),${goalRules.map(figure).join(",")})`;
  return ok(`IF(${count}=0,NA(),${combined})`);
}

export type { RangeRef };
