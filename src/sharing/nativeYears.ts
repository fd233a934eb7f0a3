/**
 * Classic-Excel equivalents of the year functions, KPI.FY, KPI.LABEL and KPI.PATH, one cell at a
 * time, in the manner of nativeKpi.ts: a literal year is resolved now, a year in a cell is read in
 * the formula.
 */
import { stringLiteral } from "../formula/a1";
import { eraLabelFormula } from "../formula/eraFormula";
import { LabelStyle, readLabelStyle, styledYearLabel } from "../functionSignatures";
import { itemAt } from "../list";
import { eras, yearWords } from "../vocabulary";
import { readYear } from "../year";
import { Arg, Built, kindExpr, missingOutcome, no } from "./nativeKpi";

const arrayOf = (texts: readonly string[]): string => `{${texts.map(stringLiteral).join(",")}}`;
// the era table, newest first: long names (令和) are two characters, short ones (R) one
const longNames = arrayOf(eras.map((e) => e.ja));
const shortNames = arrayOf(eras.map((e) => e.short));
const offsets = eras.map((e) => e.offset).join(",");

/** A year label read in the formula: R6, 令和6年度, 令和元年度, H28, 平成28年, FY2024, 2024. */
export function fyExpr(x: string): string {
  const [fiscal, calendar, first] = [yearWords.fiscal, yearWords.calendar, yearWords.first].map(stringLiteral);
  const t = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(UPPER(TRIM(${x})),${fiscal},""),${calendar},""),${first},"1")`;
  const era2 = `MATCH(LEFT(${t},2),${longNames},0)`;
  const era1 = `MATCH(LEFT(${t},1),${shortNames},0)`;
  const parsed =
    `IF(LEFT(${t},2)="FY",VALUE(MID(${t},3,9)),IF(ISNUMBER(${era2}),CHOOSE(${era2},${offsets})+VALUE(MID(${t},3,9)),` +
    `IF(ISNUMBER(${era1}),CHOOSE(${era1},${offsets})+VALUE(MID(${t},2,9)),VALUE(${t}))))`;
  return (
    `IF(ISNUMBER(${x}),IF(AND(${x}>=1900,${x}<=2200,${x}=INT(${x})),${x},#VALUE!),` +
    `IF(${kindExpr(x)}<3,CHOOSE(${kindExpr(x)},"",NA()),IFERROR(${parsed},#VALUE!)))`
  );
}

/** KPI.FY(label). */
export function fyNative(x: Arg): Built {
  if (x.literal === undefined) return { ok: true, formula: fyExpr(x.text) };
  const y = readYear(x.literal);
  switch (y.kind) {
    case "year":
      return { ok: true, formula: String(y.year) };
    case "unreadable":
      return no((m) => m.sharing.notAYear(x.text));
    default:
      return y satisfies never;
  }
}

/** The style of KPI.LABEL as written: long when left out; undefined unless it is a literal word. */
function literalStyle(style: Arg | undefined): LabelStyle | undefined {
  if (style === undefined || style.omitted) return "long";
  return typeof style.literal === "string" ? readLabelStyle(style.literal.trim()) : undefined;
}

/** The label of the year y (an expression) in a style, as the engine's yearLabel writes it. */
function labelExpr(y: string, style: LabelStyle): string {
  switch (style) {
    case "fy":
      return `"FY"&${y}`;
    case "short":
    case "long":
      return eraLabelFormula(y, style);
    default:
      return style satisfies never;
  }
}

/** KPI.LABEL(year, [style]): only with a literal style, the one thing the formula cannot read. */
export function labelNative(x: Arg, style: Arg | undefined): Built {
  const kind = literalStyle(style);
  if (kind === undefined) return no((m) => m.sharing.labelStyle);
  const y = typeof x.literal === "number" || typeof x.literal === "string" ? readYear(x.literal) : undefined;
  switch (y?.kind) {
    case "year":
      return { ok: true, formula: stringLiteral(styledYearLabel(y.year, kind, y.basis)) };
    case "unreadable":
    case undefined: {
      // not a literal year: the formula reads it (a marker gives #N/A, other text #VALUE!)
      const e = `(${fyExpr(x.text)})`;
      return { ok: true, formula: `IF(ISNUMBER(${e}),${labelExpr(e, kind)},${e})` };
    }
    default:
      return y satisfies never;
  }
}

/** KPI.PATH(baseline, baselineYear, finalTarget, finalYear, year). */
export function pathNative(args: readonly Arg[]): Built {
  const [b, by, f, fy, y] = [0, 1, 2, 3, 4].map((i) => itemAt(args, i)) as [Arg, Arg, Arg, Arg, Arg];
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
