/**
 * The published report's own layout, as many city halls keep their sheets: three rows per
 * indicator (目標値 / 実績値 / 達成率), a column naming which, the years across. Each indicator's
 * rows become one row of the table, its fields from the first row that has them (merged down or
 * written once), each year's target, actual and rate from the row that names that part.
 */
import { sheetHeader, YearPart, yearPartOf } from "../columns";
import { clean } from "../text";
import { cellText, FoundTable } from "./findTable";
import { cellAt, emptyCell, Grid, GridCell, gridAddress } from "./grid";
import { isBlank, settleRows, TableCells, TableColumn, TableRow } from "./tableRows";

const parts: readonly YearPart[] = ["target", "actual", "rate"];

interface Group {
  readonly name: string;
  readonly rows: number[];
  readonly byPart: Map<YearPart, number>;
}

export function reportLayout(grid: Grid, table: FoundTable): TableCells {
  const { readings } = table;
  const headerRow = table.bodyTop - 1;
  const partAt = readings.findIndex((r) => r.kind === "part");
  const nameAt = readings.findIndex((r) => r.kind === "field" && r.field === "name");
  const fixed = readings.flatMap((r, c) => (r.kind !== "part" && r.kind !== "yearRows" ? [c] : []));
  const years = readings.flatMap((r, c) => (r.kind === "yearRows" ? [{ c, year: r.year }] : []));
  const columns: TableColumn[] = [
    ...fixed.map((c) => ({
      header: table.headers[c] ?? "",
      reading: readings[c] ?? { kind: "ignored" as const },
      at: gridAddress(grid, headerRow, c),
    })),
    ...years.flatMap(({ c, year }) =>
      parts.map((part) => ({
        header: sheetHeader({ year, part }, "ja"),
        reading: { kind: "year" as const, part, year },
        at: gridAddress(grid, headerRow, c),
      })),
    ),
  ];

  const groups: Group[] = [];
  for (let r = table.bodyTop; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (row.every(isBlank)) continue;
    const part = yearPartOf(cellText(grid, r, partAt));
    const name = clean(cellText(grid, r, nameAt));
    const current = groups[groups.length - 1];
    // a row naming no part (a heading, a subtotal) stands alone; settleRows decides what it is
    const starts =
      part === undefined ||
      current === undefined ||
      current.byPart.size === 0 ||
      current.byPart.has(part) ||
      (name !== "" && name !== current.name);
    const group: Group = starts ? { name, rows: [], byPart: new Map() } : current;
    if (starts) groups.push(group);
    group.rows.push(r);
    if (part !== undefined) group.byPart.set(part, r);
  }

  const rows = groups.map((g): TableRow => {
    const first = g.rows[0] ?? table.bodyTop;
    const cells: GridCell[] = [];
    const at: string[] = [];
    for (const c of fixed) {
      const r = g.rows.find((row) => !isBlank(cellAt(grid, row, c))) ?? first;
      cells.push(cellAt(grid, r, c));
      at.push(gridAddress(grid, r, c));
    }
    for (const { c } of years) {
      for (const part of parts) {
        const r = g.byPart.get(part);
        cells.push(r === undefined ? emptyCell : cellAt(grid, r, c));
        at.push(gridAddress(grid, r ?? first, c));
      }
    }
    return { cells, at, row: gridAddress(grid, first, 0) };
  });
  return settleRows(rows, columns);
}
