/**
 * Small sheet plans built by hand for the adapter's tests and benchmark: shaped like the real
 * KPI, settings and summary plans (a table with a header on row 4, per-year formulas reading a
 * settings sheet through defined names, conditional formats, a drop-down) without depending on
 * how src/sheets lays them out.
 */
import { columnLetter } from "../../src/formula/a1";
import { Cell, empty, formula, number, SheetPlan, text, WorkbookPlan } from "../../src/sheets/sheetPlan";

export const years = [2021, 2022, 2023, 2024, 2025, 2026];

/** Columns: goal, kind, name, unit, direction, then target/actual/rate per year, then grade. */
export const fixedHeaders = ["goal", "kind", "name", "unit", "direction"];

export function kpiHeaders(): string[] {
  return [...fixedHeaders, ...years.flatMap((y) => [`target_${y}`, `actual_${y}`, `rate_${y}`]), "grade"];
}

export interface HandRow {
  readonly goal: number;
  readonly name: string;
  readonly direction?: string;
  readonly targets?: readonly (number | string)[];
  readonly actuals?: readonly (number | string)[];
}

const valueCell = (v: number | string | undefined): Cell =>
  v === undefined ? empty : typeof v === "number" ? number(v) : text(v);

export function handRows(n: number): HandRow[] {
  return Array.from({ length: n }, (_, i) => ({
    goal: (i % 4) + 1,
    name: `指標 ${i + 1}：市民満足度（アンケート）`,
    direction: i % 7 === 3 ? "減少" : "増加",
    targets: years.map((_, y) => 1000 + i + y * 10),
    actuals: years.map((_, y) => (y < 4 ? 950 + i + y * 12 : "-")),
  }));
}

/** A KPI sheet, a settings sheet and the names the formulas read, for the given rows. */
export function handWorkbook(rows: readonly HandRow[], names: { kpi?: string; settings?: string } = {}): WorkbookPlan {
  const kpiName = names.kpi ?? "KPI";
  const settingsName = names.settings ?? "Settings";
  const headers = kpiHeaders();
  const first = 5;
  const last = first + Math.max(1, rows.length) - 1;
  const col = (header: string): string => columnLetter(headers.indexOf(header));
  const body: Cell[][] = rows.map((row, i) => {
    const r = first + i;
    const cells: Cell[] = [number(row.goal), text("KPI"), text(row.name), text("人"), text(row.direction ?? "増加")];
    years.forEach((y, k) => {
      const t = col(`target_${y}`);
      const a = col(`actual_${y}`);
      cells.push(valueCell(row.targets?.[k]), valueCell(row.actuals?.[k]));
      cells.push(
        formula(
          `=IF(OR(NOT(ISNUMBER(${t}${r})),NOT(ISNUMBER(${a}${r})),${t}${r}=0),"-",ROUND(MIN(1,IF($E${r}="減少",${t}${r}/${a}${r},${a}${r}/${t}${r}))+1E-12,3))`,
        ),
      );
    });
    const rate = col(`rate_${years[3]}`);
    cells.push(formula(`=IF(ISNUMBER(${rate}${r}),IF(${rate}${r}>=KpiGradeMin,"順調","遅れ"),"評価不能")`));
    return cells;
  });
  const formats = rows.map(() =>
    headers.map((h) =>
      h.startsWith("rate_") ? "0.0%" : h.startsWith("target_") || h.startsWith("actual_") ? "#,##0" : "General",
    ),
  );
  const lastCol = columnLetter(headers.length - 1);
  const grade = col("grade");
  const kpi: SheetPlan = {
    name: kpiName,
    role: "kpi",
    blocks: [
      { at: "A1", cells: [[text("KPI一覧（令和3年度〜令和8年度）")]], bold: true },
      { at: "A4", cells: [headers.map(text)], bold: true, fill: "#DDEBF7", wrap: true },
      ...(rows.length > 0 ? [{ at: `A${first}`, cells: body, numberFormats: formats }] : []),
    ],
    columns: headers.map((h, i) => ({ column: columnLetter(i), width: h === "name" ? 36 : 10 })),
    freeze: { rows: 4, columns: 3 },
    tables: [{ name: "KpiTable", range: `A4:${lastCol}${last}`, style: "TableStyleLight9" }],
    conditionalFormats: [
      {
        range: `${grade}${first}:${grade}${last}`,
        formula: `=$${grade}${first}="順調"`,
        fill: "#C6EFCE",
        fontColor: "#006100",
      },
      {
        range: `${grade}${first}:${grade}${last}`,
        formula: `=$${grade}${first}="遅れ"`,
        fill: "#FFC7CE",
        fontColor: "#9C0006",
      },
    ],
    validations: [{ range: `E${first}:E${last}`, source: ["増加", "減少"] }],
  };
  const settings: SheetPlan = {
    name: settingsName,
    role: "settings",
    blocks: [
      {
        at: "A1",
        cells: [
          [text("設定"), empty],
          [text("評価年度"), number(2024)],
          [text("順調の下限"), number(1)],
          [text("KPIシート"), formula(`=COUNTA('${kpiName.replace(/'/g, "''")}'!C${first}:C${last})`)],
        ],
        numberFormats: [
          ["General", "General"],
          ["General", "0"],
          ["General", "0%"],
          ["General", "0"],
        ],
      },
    ],
    columns: [{ column: "A", width: 16 }],
    freeze: { rows: 0, columns: 0 },
    tables: [],
    conditionalFormats: [],
    validations: [],
  };
  return {
    sheets: [kpi, settings],
    names: [
      { name: "KpiEvalYear", refersTo: `='${settingsName}'!$B$2` },
      { name: "KpiGradeMin", refersTo: `='${settingsName}'!$B$3` },
    ],
  };
}

/** A summary sheet reading the KPI table by name. */
export function handSummary(name = "Summary", table = "KpiTable"): WorkbookPlan {
  const sheet: SheetPlan = {
    name,
    role: "summary",
    blocks: [
      {
        at: "A1",
        cells: [
          [text("基本目標"), text("KPI数"), text("平均")],
          [
            number(1),
            formula(`=COUNTIF(${table}[goal],A2)`),
            formula(`=IFERROR(AVERAGEIFS(${table}[rate_2024],${table}[goal],A2),"-")`),
          ],
        ],
        numberFormats: [
          ["General", "General", "General"],
          ["General", "0", "0.0%"],
        ],
      },
    ],
    columns: [],
    freeze: { rows: 1, columns: 0 },
    tables: [],
    conditionalFormats: [],
    validations: [],
  };
  return { sheets: [sheet], names: [] };
}
