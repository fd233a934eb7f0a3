import { japaneseHeaders } from "../columns";
import { Lang } from "../lang";
import { yearLabel } from "../year";
import { columnLetter } from "../formula/a1";

/** What a column of the KPI table holds. */
export type KpiColumnKey =
  | "goal"
  | "goalTitle"
  | "kind"
  | "policy"
  | "initiative"
  | "name"
  | "unit"
  | "direction"
  | "cumulative"
  | "baseline"
  | "baselineYear"
  | { readonly year: number; readonly part: "target" | "actual" | "rate" }
  | "evalTarget"
  | "evalActual"
  | "evalRate"
  | "evalUncapped"
  | "grade"
  | "method"
  | "weight"
  | "notes";

export interface KpiColumn {
  readonly key: KpiColumnKey;
  readonly header: string;
  readonly letter: string;
  readonly width: number;
}

/**
 * Where everything is on the KPI sheet: a title, a note, the table's header on row 4, one row
 * per indicator from row 5. Headers read back with readPlanTable (目標値_R3, target_FY2021), so
 * the task pane can read the table it wrote.
 */
export interface KpiLayout {
  readonly headerRow: number;
  /** 1-based row of the first indicator. */
  readonly firstRow: number;
  /** 1-based row of the last indicator (firstRow when the plan is empty: a table needs a row). */
  readonly lastRow: number;
  readonly columns: readonly KpiColumn[];
  readonly years: readonly number[];
  letter(key: KpiColumnKey): string;
  header(key: KpiColumnKey): string;
}

const sameKey = (a: KpiColumnKey, b: KpiColumnKey): boolean =>
  typeof a === "string" || typeof b === "string" ? a === b : a.year === b.year && a.part === b.part;

export function kpiLayout(years: readonly number[], indicatorCount: number, lang: Lang): KpiLayout {
  const ja = lang === "ja";
  const y = (year: number): string => (ja ? yearLabel(year, "ja", "short") : yearLabel(year, "en"));
  const fixed: [KpiColumnKey, string, string, number][] = [
    ["goal", japaneseHeaders.goal, "goal", 8],
    ["goalTitle", japaneseHeaders.goal_title, "goal_title", 24],
    ["kind", japaneseHeaders.kind, "kind", 9],
    ["policy", japaneseHeaders.policy, "policy", 22],
    ["initiative", japaneseHeaders.initiative, "initiative", 22],
    ["name", japaneseHeaders.name, "indicator", 36],
    ["unit", japaneseHeaders.unit, "unit", 8],
    ["direction", japaneseHeaders.direction, "direction", 9],
    ["cumulative", japaneseHeaders.cumulative, "cumulative", 8],
    ["baseline", japaneseHeaders.baseline, "baseline", 11],
    ["baselineYear", japaneseHeaders.baseline_year, "baseline_year", 11],
  ];
  const spec: [KpiColumnKey, string, number][] = fixed.map(([key, j, e, w]) => [key, ja ? j : e, w]);
  for (const year of years) {
    spec.push([{ year, part: "target" }, ja ? `目標値_${y(year)}` : `target_${y(year)}`, 11]);
    spec.push([{ year, part: "actual" }, ja ? `実績値_${y(year)}` : `actual_${y(year)}`, 11]);
    spec.push([{ year, part: "rate" }, ja ? `達成率_${y(year)}` : `rate_${y(year)}`, 9]);
  }
  spec.push(
    ["evalTarget", ja ? "評価年度の目標値" : "target (evaluation year)", 12],
    ["evalActual", ja ? "評価年度の実績値" : "actual (evaluation year)", 12],
    ["evalRate", ja ? "達成率（評価年度）" : "rate (evaluation year)", 11],
    ["evalUncapped", ja ? "達成率（上限なし）" : "rate (uncapped)", 11],
    ["grade", ja ? "評価" : "grade", 14],
    ["method", ja ? japaneseHeaders.method : "method", 9],
    ["weight", ja ? japaneseHeaders.weight : "weight", 7],
    ["notes", ja ? japaneseHeaders.notes : "notes", 30],
  );
  const columns = spec.map(([key, header, width], i): KpiColumn => ({ key, header, width, letter: columnLetter(i) }));
  const find = (key: KpiColumnKey): KpiColumn => {
    const column = columns.find((c) => sameKey(c.key, key));
    if (column === undefined) throw new Error(`no KPI column ${JSON.stringify(key)}`);
    return column;
  };
  const headerRow = 4;
  return {
    headerRow,
    firstRow: headerRow + 1,
    lastRow: headerRow + Math.max(1, indicatorCount),
    columns,
    years,
    letter: (key) => find(key).letter,
    header: (key) => find(key).header,
  };
}
