/**
 * Split: one workbook per department (担当課), as sheet plans. Each holds only that department's
 * indicators, with the earlier years for context; this year's actual and texts are the cells to
 * fill (unlocked, shaded, the actual validated as on every KPI sheet), everything else is
 * protected; the rates are the KPI sheet's own live formulas. A hidden sheet carries what the
 * merge needs to trust the return (meta.ts).
 */
import { departmentMessages } from "../i18n/departments";
import { Indicator, latestActualYear, Plan } from "../plan";
import { kpiLayout, extraColumns, KpiColumnKey } from "../sheets/kpiLayout";
import { empty, SheetPlan, text, WorkbookPlan } from "../sheets/sheetPlan";
import { WorkbookOptions } from "../sheets/options";
import { workbookPlan } from "../sheets/workbookPlan";
import { unreachable } from "../unreachable";
import { yearLabel } from "../year";
import { fingerprintOf, masterIdentity } from "./fingerprint";
import { metaRows, returnInfoSheet } from "./meta";

export interface SplitOptions extends Pick<WorkbookOptions, "lang" | "style" | "scale" | "rules"> {
  /** The year whose actuals the departments fill; default: splitYear. */
  readonly year?: number;
  /** A password for the sheet protection; none by default (never required). */
  readonly password?: string;
}

export interface DepartmentFile {
  readonly department: string;
  /** `<department>.xlsx`, with characters no file system takes replaced. */
  readonly fileName: string;
  readonly workbook: WorkbookPlan;
  readonly indicators: number;
}

export interface Split {
  readonly year: number;
  readonly files: readonly DepartmentFile[];
  /** Indicators with no department: in no file. */
  readonly unassigned: number;
}

/** The shade of the cells a department fills. */
export const inputFill = "#FFF2CC";

/** The year to collect by default: the first plan year after the latest actual, else the last plan year. */
export function splitYear(plan: Plan): number | undefined {
  const latest = latestActualYear(plan);
  return plan.years.find((y) => latest === undefined || y > latest) ?? plan.years[plan.years.length - 1];
}

/** The plan's departments, in the order they first appear. */
export function departmentsOf(indicators: readonly Indicator[]): string[] {
  return [...new Set(indicators.map((i) => i.department).filter((d) => d !== ""))];
}

const pick = <V>(map: ReadonlyMap<number, V>, years: readonly number[]): Map<number, V> =>
  new Map([...map].filter(([year]) => years.includes(year)));

/** An indicator as its department's file holds it: the years up to `year`, this year's texts present. */
function forDepartment(indicator: Indicator, years: readonly number[], year: number): Indicator {
  const texts = (map: ReadonlyMap<number, string>): Map<number, string> =>
    new Map([...pick(map, years), [year, map.get(year) ?? ""]]);
  return {
    ...indicator,
    targets: pick(indicator.targets, years),
    actuals: pick(indicator.actuals, years),
    reports: { status: texts(indicator.reports.status), next: texts(indicator.reports.next) },
  };
}

function fileName(department: string, taken: Set<string>): string {
  // eslint-disable-next-line no-control-regex
  const base = department.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").replace(/^\.+/, "_") || "_";
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}-${k}`;
  taken.add(name.toLowerCase());
  return `${name}.xlsx`;
}

function metaSheet(rows: readonly string[][]): SheetPlan {
  return {
    name: returnInfoSheet,
    role: "returnInfo",
    blocks: [{ at: "A1", cells: rows.map((row) => row.map((v) => (v === "" ? empty : text(v)))) }],
    columns: [],
    freeze: { rows: 0, columns: 0 },
    tables: [],
    conditionalFormats: [],
    validations: [],
    protection: { inputs: [] },
    hidden: true,
  };
}

/** One file per department of the plan, for the year `options.year` (a plan year). */
export function splitPlan(plan: Plan, options: SplitOptions = {}): Split {
  const year = options.year ?? splitYear(plan) ?? new Date().getFullYear();
  const lang = options.lang ?? "ja";
  const m = departmentMessages(lang);
  const years = plan.years.filter((y) => y <= year);
  const master = masterIdentity(plan);
  const taken = new Set<string>();
  const password = options.password === undefined || options.password === "" ? {} : { password: options.password };
  const files = departmentsOf(plan.indicators).map((department): DepartmentFile => {
    const indicators = plan.indicators
      .filter((i) => i.department === department)
      .map((i) => forDepartment(i, years, year));
    const goals = new Set(indicators.map((i) => i.goal));
    const sub: Plan = { ...plan, goals: plan.goals.filter((g) => goals.has(g.goal)), years, indicators };
    const built = workbookPlan(sub, { lang, year, style: options.style, scale: options.scale, rules: options.rules });
    const layout = kpiLayout(years, indicators.length, lang, plan.textColumns, extraColumns(indicators));
    const column = (key: KpiColumnKey): string =>
      `${layout.letter(key)}${layout.firstRow}:${layout.letter(key)}${layout.lastRow}`;
    const inputs = [
      { year, part: "actual" as const },
      { year, report: "status" as const },
      { year, report: "next" as const },
    ];
    const label = yearLabel(year, lang);
    const sheets = built.sheets.flatMap((sheet): SheetPlan[] => {
      switch (sheet.role) {
        case "kpi":
          return [
            {
              ...sheet,
              blocks: sheet.blocks.map((b) =>
                b.at === "A1"
                  ? { ...b, cells: [[text(m.title(department, label))]] }
                  : b.at === "A2"
                    ? { ...b, cells: [[text(m.instructions(label))]] }
                    : b,
              ),
              protection: { ...password, inputs: inputs.map((key) => ({ range: column(key), fill: inputFill })) },
            },
          ];
        case "settings":
          return [{ ...sheet, protection: { ...password, inputs: [] } }];
        case "summary":
        case "report":
        case "collection":
        case "returnInfo":
          // the goal summary is the planning department's, not the department's
          return [];
        default:
          return unreachable(sheet.role);
      }
    });
    const fingerprint = fingerprintOf(indicators, years);
    const kpiName = sheets.find((s) => s.role === "kpi")?.name ?? "";
    const meta = metaRows({ master, department, year, sheet: kpiName, headerRow: layout.headerRow, fingerprint });
    return {
      department,
      fileName: fileName(department, taken),
      workbook: { sheets: [...sheets, metaSheet(meta)], names: built.names },
      indicators: indicators.length,
    };
  });
  return { year, files, unassigned: plan.indicators.filter((i) => i.department === "").length };
}
