/**
 * Where everything is on the report sheet: the printed columns (indicator, baseline, the row's
 * label, one column per plan year, the grade, the department) and, right of the print area,
 * the helper cells the formulas and charts read (the row of each indicator in the KPI table,
 * its direction, the charts' data). The page is landscape A4: the printed columns add up to
 * about 112 characters of the default font with six plan years (124 with departments), which fit its width at 100%.
 */
import { columnLetter } from "../formula/a1";
import { ColumnFormat } from "../sheets/sheetPlan";

export interface ReportLayout {
  readonly years: readonly number[];
  readonly name: string;
  readonly baseline: string;
  readonly label: string;
  /** The column of a plan year. */
  year(year: number): string;
  readonly firstYear: string;
  readonly lastYear: string;
  readonly grade: string;
  /** Only when the plan has a department column. */
  readonly department: string | undefined;
  /** Helper cells, outside the print area. */
  readonly position: string;
  readonly direction: string;
  /** The first column (0-based) of the charts' data. */
  readonly data: number;
  readonly columns: readonly ColumnFormat[];
  /** The printed columns, for merged rows across the page. */
  readonly printedCount: number;
  /** Characters across the printed columns from the baseline column on (for wrapped text's height). */
  readonly textWidth: number;
}

const widths = { name: 22, baseline: 11, label: 8, year: 10, grade: 11, department: 12 } as const;

export function reportLayout(years: readonly number[], withDepartment: boolean): ReportLayout {
  const n = years.length;
  const yearAt = (i: number): string => columnLetter(3 + i);
  const grade = 3 + n;
  const department = grade + (withDepartment ? 1 : 0);
  const position = department + 2;
  const data = position + 3;
  const printed: number[] = [
    widths.name,
    widths.baseline,
    widths.label,
    ...years.map(() => widths.year),
    widths.grade,
    ...(withDepartment ? [widths.department] : []),
  ];
  const columns: ColumnFormat[] = [
    ...printed.map((width, i) => ({ column: columnLetter(i), width })),
    { column: columnLetter(department + 1), width: 3 },
    { column: columnLetter(position), width: 7 },
    { column: columnLetter(position + 1), width: 9 },
    { column: columnLetter(data), width: 28 },
    ...Array.from({ length: Math.max(n, 6) }, (_, i) => ({ column: columnLetter(data + 1 + i), width: 10 })),
  ];
  return {
    years,
    name: "A",
    baseline: "B",
    label: "C",
    year: (year) => yearAt(Math.max(0, years.indexOf(year))),
    firstYear: yearAt(0),
    lastYear: yearAt(n - 1),
    grade: columnLetter(grade),
    department: withDepartment ? columnLetter(department) : undefined,
    position: columnLetter(position),
    direction: columnLetter(position + 1),
    data,
    columns,
    printedCount: printed.length,
    textWidth: printed.slice(1).reduce((a, b) => a + b, 0),
  };
}
