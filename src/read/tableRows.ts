/**
 * The body of a found table as rows of cells for the plan reader, each cell with its sheet
 * address: blank rows left out, subtotal and goal-heading rows skipped (and listed), the goal
 * filled down where it stands only on the first row of its block.
 */
import { clean } from "../text";
import { goalPrefix, subtotalWords } from "../vocabulary";
import { ColumnReading, FoundTable } from "./findTable";
import { cellAt, emptyCell, Grid, GridCell, gridAddress } from "./grid";

export interface TableColumn {
  readonly header: string;
  readonly reading: ColumnReading;
  /** The sheet address of the header cell (the lower one of a two-row header). */
  readonly at: string;
}

export interface TableRow {
  readonly cells: readonly GridCell[];
  /** The sheet address of each cell. */
  readonly at: readonly string[];
  /** The sheet address of the row's first cell: where the row is, for messages. */
  readonly row: string;
}

export type SkipReason = "subtotal" | "goalHeading";

export interface SkippedRow {
  readonly at: string;
  readonly why: SkipReason;
  /** The row's first text, for the listing. */
  readonly text: string;
}

/** A table as rows of cells in known columns, whatever its layout on the sheet. */
export interface TableCells {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly skipped: readonly SkippedRow[];
}

/** Whether a cell holds nothing (or only spaces). */
export const isBlank = (cell: GridCell): boolean =>
  cell.value.kind === "empty" || (cell.value.kind === "text" && cell.value.text.trim() === "");

const textOf = (cell: GridCell): string => {
  const v = cell.value;
  return v.kind === "text" ? clean(v.text) : v.kind === "number" ? String(v.value) : "";
};

const subtotal = new RegExp(`(^|\\s|\\d)(${subtotalWords.join("|")})$`, "iu");
const goalHeading = new RegExp(`^(?:${goalPrefix})?\\s*(\\d+)(?:\\s*[.:\u3001]?\\s+|\\s*[.:\u3001]\\s*|$)(.*)$`, "su");

/** The goal number and title of a goal heading cell: 基本目標1 活気に満ちたまちをつくる. */
export function readGoalHeading(text: string): { goal: string; title: string } | undefined {
  const m = goalHeading.exec(clean(text));
  return m === null ? undefined : { goal: m[1] ?? "", title: (m[2] ?? "").trim() };
}

const textCell = (text: string): GridCell => ({ ...emptyCell, value: { kind: "text", text } });

/**
 * Goals filled down, headings and subtotals skipped: the last step of both layouts. `valueColumns`
 * are the columns of targets, actuals and rates (a heading has none of them filled).
 */
export function settleRows(rows: readonly TableRow[], columns: readonly TableColumn[]): TableCells {
  const at = (field: string): number =>
    columns.findIndex((c) => c.reading.kind === "field" && c.reading.field === field);
  const goal = at("goal");
  const name = at("name");
  const title = at("goalTitle");
  const values = columns.flatMap((c, i) => (c.reading.kind === "year" ? [i] : []));
  const fixedText = columns.flatMap((c, i) => (c.reading.kind === "field" || c.reading.kind === "text" ? [i] : []));
  const settled: TableRow[] = [];
  const skipped: SkippedRow[] = [];
  let lastGoal: { goal: GridCell; title: GridCell } | undefined;
  for (const row of rows) {
    const cell = (i: number): GridCell => row.cells[i] ?? emptyCell;
    const first = row.cells.map(textOf).find((t) => t !== "") ?? "";
    const nameText = textOf(cell(name));
    if (fixedText.some((i) => subtotal.test(textOf(cell(i)))) && (nameText === "" || subtotal.test(nameText))) {
      skipped.push({ at: row.row, why: "subtotal", text: first });
      continue;
    }
    if (nameText === "" && values.every((i) => isBlank(cell(i)))) {
      const own = textOf(cell(goal));
      const heading = readGoalHeading(own !== "" ? own : first.startsWith(goalPrefix) ? first : "");
      if (heading !== undefined) {
        const titleCell = title >= 0 && !isBlank(cell(title)) ? cell(title) : textCell(heading.title);
        lastGoal = { goal: textCell(heading.goal), title: titleCell };
        skipped.push({ at: row.row, why: "goalHeading", text: first });
        continue;
      }
    }
    if (!isBlank(cell(goal))) {
      // a goal cell may carry its title too: 基本目標1 活気に満ちたまちをつくる
      const heading = readGoalHeading(textOf(cell(goal)));
      const titled = heading !== undefined && heading.title !== "";
      const ownTitle = title >= 0 && !isBlank(cell(title));
      lastGoal = {
        goal: titled ? textCell(heading.goal) : cell(goal),
        title: ownTitle || !titled ? cell(title) : textCell(heading.title),
      };
    }
    if (lastGoal === undefined) {
      settled.push(row);
      continue;
    }
    const filled = [...row.cells];
    filled[goal] = lastGoal.goal;
    if (title >= 0 && isBlank(cell(title))) filled[title] = lastGoal.title;
    settled.push({ ...row, cells: filled });
  }
  return { columns, rows: settled, skipped };
}

/** The one-row-per-indicator layout: each sheet row below the header is a row of the table. */
export function rowsLayout(grid: Grid, table: FoundTable): TableCells {
  const columns = table.headers.map((header, c): TableColumn => ({
    header,
    reading: table.readings[c] ?? { kind: "ignored" },
    at: gridAddress(grid, table.bodyTop - 1, c),
  }));
  const rows: TableRow[] = [];
  for (let r = table.bodyTop; r < grid.rows.length; r++) {
    const cells = columns.map((_, c) => cellAt(grid, r, c));
    if (cells.every(isBlank)) continue;
    rows.push({ cells, at: columns.map((_, c) => gridAddress(grid, r, c)), row: gridAddress(grid, r, 0) });
  }
  return settleRows(rows, columns);
}
