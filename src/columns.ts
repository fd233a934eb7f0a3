import { clean } from "./text";
import { readYear } from "./year";

/** The fixed columns of a plan, by English name. */
export type Field =
  | "goal"
  | "goal_title"
  | "kind"
  | "policy"
  | "initiative"
  | "name"
  | "unit"
  | "direction"
  | "cumulative"
  | "baseline"
  | "baseline_year"
  | "method"
  | "weight"
  | "notes";

/** Japanese headers, as in the reports' tables. */
export const japaneseHeaders: Readonly<Record<Field, string>> = {
  goal: "基本目標",
  goal_title: "基本目標名",
  kind: "種別",
  policy: "具体的な施策",
  initiative: "主な取組",
  name: "指標名",
  unit: "単位",
  direction: "方向",
  cumulative: "累計",
  baseline: "現状値",
  baseline_year: "現状値年度",
  method: "算出方法",
  weight: "重み",
  notes: "備考",
};

export type Column =
  | { readonly kind: "field"; readonly field: Field }
  | { readonly kind: "target" | "actual"; readonly year: number }
  /** Columns the engine writes itself (rates, grades) or does not know: read past. */
  | { readonly kind: "other" };

const byName = new Map<string, Field>();
for (const [field, ja] of Object.entries(japaneseHeaders) as [Field, string][]) {
  byName.set(field, field);
  byName.set(ja, field);
}
byName.set("指標", "name");
byName.set("kpi", "name");
byName.set("indicator", "name");

const yearColumn = /^(target|actual|目標値?|実績値?)[_\s]*(.+)$/iu;

/** What a header names: a fixed field, the target or actual of a year (target_R3, 実績値_2021), or other. */
export function readHeader(header: string): Column {
  const text = clean(header).toLowerCase().replace(/\s+/g, "_");
  const field = byName.get(text);
  if (field !== undefined) return { kind: "field", field };
  const match = yearColumn.exec(text);
  if (match !== null) {
    const year = readYear(match[2].replace(/_/g, ""));
    if (year.kind === "year") {
      const kind = /^(target|目標)/u.test(match[1]) ? "target" : "actual";
      return { kind, year: year.year };
    }
  }
  return { kind: "other" };
}
