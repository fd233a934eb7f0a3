/**
 * Classic-Excel equivalents of the year functions, KPI.FY, KPI.LABEL and KPI.PATH, one cell at a
 * time, in the manner of nativeKpi.ts: a literal year is resolved now, a year in a cell is read in
 * the formula.
 */
import { stringLiteral } from "../formula/a1";
import { LabelStyle, readLabelStyle, styledYearLabel } from "../functionSignatures";
import { itemAt } from "../list";
import { readYear } from "../year";
import { Arg, Built, kindExpr, missingOutcome } from "./nativeKpi";

/** A year label read in the formula: R6, 令和6年度, 令和元年度, H28, 平成28年, FY2024, 2024. */
export function fyExpr(x: string): string {
  const t = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(UPPER(TRIM(${x})),"年度",""),"年",""),"元","1")`;
  const era2 = `MATCH(LEFT(${t},2),{"令和","平成","昭和"},0)`;
  const era1 = `MATCH(LEFT(${t},1),{"R","H","S"},0)`;
  const parsed =
    `IF(LEFT(${t},2)="FY",VALUE(MID(${t},3,9)),IF(ISNUMBER(${era2}),CHOOSE(${era2},2018,1988,1925)+VALUE(MID(${t},3,9)),` +
    `IF(ISNUMBER(${era1}),CHOOSE(${era1},2018,1988,1925)+VALUE(MID(${t},2,9)),VALUE(${t}))))`;
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
      return { ok: false, reason: { ja: `「${x.text}」は年度ではありません`, en: `${x.text} is not a year` } };
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
  const era = (r: string, h: string, sh: string, suffix: string, first: (offset: number) => string): string =>
    // before 昭和 the engine labels the western year (1920年度), never a negative era year
    `IF(${y}>=2019,"${r}"&${first(2018)},IF(${y}>=1989,"${h}"&${first(1988)},IF(${y}>=1926,"${sh}"&${first(1925)},${y}&"")))${suffix}`;
  switch (style) {
    case "fy":
      return `"FY"&${y}`;
    case "short":
      return era("R", "H", "S", "", (o) => `(${y}-${o})`);
    case "long":
      return era("令和", "平成", "昭和", `&"年度"`, (o) => `IF(${y}=${o + 1},"元",${y}-${o})`);
    default:
      return style satisfies never;
  }
}

/** KPI.LABEL(year, [style]): only with a literal style, the one thing the formula cannot read. */
export function labelNative(x: Arg, style: Arg | undefined): Built {
  const kind = literalStyle(style);
  if (kind === undefined)
    return {
      ok: false,
      reason: {
        ja: "KPI.LABEL の形式は文字で書かれたものだけ変換できます",
        en: "KPI.LABEL converts only with a literal style",
      },
    };
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
