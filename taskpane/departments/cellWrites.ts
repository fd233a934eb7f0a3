/** Where the applied values of a merge go in the open KPI table: a cell each, by id and header. */
import { ColumnKey, sheetHeader } from "../../src/columns";
import type { MergeEntry } from "../../src/departments";
import { cellAddress, splitSheetAddress } from "../../src/formula/a1";
import { idKey } from "../../src/indicatorIds";
import { Lang } from "../../src/lang";
import { OwnCell, text } from "../../src/sheets/sheetPlan";
import { unreachable } from "../../src/unreachable";
import { readValue } from "../../src/value";
import { valueCell } from "../../src/sheets/valueCells";

export interface CellWrite {
  readonly sheet: string;
  readonly address: string;
  readonly cell: OwnCell;
}

export interface TableWrites {
  /** Headers of columns to add at the table's right edge, in order (a year's texts the table lacks). */
  readonly newColumns: readonly string[];
  readonly cells: readonly CellWrite[];
}

function keyOf(entry: MergeEntry): ColumnKey | undefined {
  switch (entry.field) {
    case "actual":
      return { year: entry.year, part: "actual" };
    case "status":
    case "next":
      return { year: entry.year, report: entry.field };
    case "target":
    case "baseline":
    case "":
      return undefined; // never applied
    default:
      return unreachable(entry.field);
  }
}

/** What an applied value is as a cell: a number or a missing marker for an actual, text for the texts. */
function cellOf(entry: MergeEntry): OwnCell {
  if (entry.field !== "actual") return text(entry.new);
  const value = readValue(entry.new);
  return value.kind === "unreadable" ? text(entry.new) : valueCell(value);
}

/**
 * The writes for `applied` in a table with this header and these ids (its data rows, top to
 * bottom) whose body is at `bodyAddress` (KPI!A5:AF80).
 */
export function tableWrites(
  applied: readonly MergeEntry[],
  lang: Lang,
  header: readonly string[],
  ids: readonly string[],
  bodyAddress: string,
): TableWrites {
  const { sheet, topLeft } = splitSheetAddress(bodyAddress);
  const head = [...header];
  const newColumns: string[] = [];
  const keys = ids.map(idKey);
  const cells = applied.flatMap((entry): CellWrite[] => {
    const key = keyOf(entry);
    const row = keys.indexOf(idKey(entry.id));
    if (key === undefined || row < 0) return [];
    const name = sheetHeader(key, lang);
    if (!head.includes(name)) {
      head.push(name);
      newColumns.push(name);
    }
    const address = cellAddress(topLeft.row + row, topLeft.column + head.indexOf(name));
    return [{ sheet, address, cell: cellOf(entry) }];
  });
  return { newColumns, cells };
}

/** The id column of a table's header, by the table's own language. */
export const idColumn = (header: readonly string[], lang: Lang): number => header.indexOf(sheetHeader("id", lang));
