/**
 * Reading a plan from sheets: the table found (findTable.ts), laid out as rows (tableRows.ts or
 * reportLayout.ts), read by the one plan reader (gridPlan.ts), the city's rates compared
 * (cityRates.ts). What each column was read as, and each row skipped, is kept for the listing.
 */
import { columnLetter } from "../formula/a1";
import { localize } from "../i18n";
import { Localized } from "../lang";
import { PlanRead } from "../planTable";
import { Problem } from "../problem";
import { unreachable } from "../unreachable";
import { compareCityRates, RateComparison } from "./cityRates";
import { ColumnReading, findTable, FoundTable, Layout, TableSearch } from "./findTable";
import { filledMerges, Grid, gridAddress, sheetName } from "./grid";
import { IndicatorCells, readingKey, readTableCells } from "./gridPlan";
import { reportLayout } from "./reportLayout";
import { rowsLayout, SkippedRow, TableCells } from "./tableRows";

export interface ColumnRead {
  /** The header as found (two rows joined: 目標値_R6), and the address of its cell. */
  readonly header: string;
  readonly at: string;
  /** What the column is read as: the guess, or the user's choice. */
  readonly reading: ColumnReading;
  readonly guess: ColumnReading;
}

export interface GridRead {
  readonly sheet: string;
  readonly layout: Layout;
  /** Where the table's header starts, e.g. KPI!A4. */
  readonly at: string;
  /** The grid's columns (the sheet's, not the plan's: a report's year column is one). */
  readonly columns: readonly ColumnRead[];
  readonly skipped: readonly SkippedRow[];
  readonly read: PlanRead;
  /** Each indicator's cells by readingKey, parallel to read.plan.indicators. */
  readonly cells: readonly IndicatorCells[];
  readonly rates: RateComparison;
}

export type GridFind =
  { readonly kind: "read"; readonly grid: GridRead } | { readonly kind: "refused"; readonly problem: Problem };

/** The user's reading of columns, by grid column (0-based), over the guesses. */
export type ColumnChoices = ReadonlyMap<number, ColumnReading>;

const here = (at: string): Localized => ({ ja: at, en: at });
const refused = (where: string, message: Localized): GridFind => ({
  kind: "refused",
  problem: { where: here(where), column: "", message },
});

function laidOut(grid: Grid, table: FoundTable): TableCells {
  switch (table.layout) {
    case "rows":
      return rowsLayout(grid, table);
    case "report":
      return reportLayout(grid, table);
    default:
      return unreachable(table.layout);
  }
}

/** Reads the table found on a grid (its merges filled first), with the user's column choices. */
export function readFoundTable(grid: Grid, found: FoundTable, choices: ColumnChoices = new Map()): GridRead {
  const table: FoundTable = { ...found, readings: found.readings.map((r, c) => choices.get(c) ?? r) };
  const cells = laidOut(grid, table);
  const letters = (i: number): string => columnLetter(grid.left + i);
  const { read, cells: indicatorCells } = readTableCells(cells, letters);
  const rateYears = [
    ...new Set(
      cells.columns.flatMap((c) => (c.reading.kind === "year" && c.reading.part === "rate" ? [c.reading.year] : [])),
    ),
  ];
  const rates =
    read.fatal === undefined
      ? compareCityRates(read.plan.indicators, indicatorCells, rateYears)
      : { compared: 0, differences: [] };
  return {
    sheet: grid.sheet,
    layout: table.layout,
    at: gridAddress(grid, table.headerTop, 0),
    columns: found.headers.map((header, c) => ({
      header,
      at: gridAddress(grid, table.bodyTop - 1, c),
      reading: table.readings[c] ?? { kind: "ignored" },
      guess: found.readings[c] ?? { kind: "ignored" },
    })),
    skipped: cells.skipped,
    read,
    cells: indicatorCells,
    rates,
  };
}

/** The table of each sheet, its merges filled. */
function searched(grids: readonly Grid[]): { grid: Grid; search: TableSearch }[] {
  return grids.map((g) => {
    const grid = filledMerges(g);
    return { grid, search: findTable(grid) };
  });
}

/**
 * Reads the plan of a workbook's sheets: the one named, or the one sheet holding a table. No
 * table, or two candidates (on one sheet or on two), is refused with a message naming what was found.
 */
export function readSheets(grids: readonly Grid[], sheet?: string, choices?: ColumnChoices): GridFind {
  const names = grids.map((g) => g.sheet);
  const chosen = sheet === undefined ? grids : grids.filter((g) => g.sheet === sheet);
  if (sheet !== undefined && chosen.length === 0)
    return refused(
      sheet,
      localize((m) => m.workbook.noSheet(sheet, names)),
    );
  const results = searched(chosen);
  const candidates = results.flatMap(({ grid, search }) => {
    switch (search.kind) {
      case "found":
        return [{ grid, table: search.table }];
      case "several":
        return search.tables.map((table) => ({ grid, table }));
      case "none":
        return [];
      default:
        return unreachable(search);
    }
  });
  // a table whose columns are all among another's is part of it, not a second candidate: the goal
  // summary sheet of a workbook KPI Sheets wrote lists goals, names, targets and actuals again
  const keys = candidates.map(
    ({ table }) =>
      new Set(table.readings.filter((r) => r.kind !== "text" && r.kind !== "ignored").map((r) => readingKey(r, ""))),
  );
  const within = (a: Set<string>, b: Set<string>): boolean => a.size < b.size && [...a].every((k) => b.has(k));
  const tables = candidates.filter((_, i) => !keys.some((other) => within(keys[i] ?? new Set(), other)));
  const [only] = tables;
  if (only !== undefined && tables.length === 1)
    return { kind: "read", grid: readFoundTable(only.grid, only.table, choices) };
  if (tables.length > 1) {
    const at = tables.map(({ grid, table }) => gridAddress(grid, table.headerTop, 0));
    return refused(
      at.join(", "),
      localize((m) => m.workbook.severalTables(at)),
    );
  }
  const best = results
    .flatMap(({ grid, search }) =>
      search.kind === "none" && search.best !== undefined ? [{ grid, best: search.best }] : [],
    )
    .sort((a, b) => b.best.known.length - a.best.known.length)[0];
  const bestAt = best === undefined ? "" : gridAddress(best.grid, best.best.row, 0);
  const searchedNames = chosen.map((g) => sheetName(g.sheet));
  return refused(
    searchedNames.join(", "),
    localize((m) => m.workbook.noTable(searchedNames, bestAt, best?.best.known ?? [])),
  );
}
