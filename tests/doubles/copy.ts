/**
 * Range.copyFrom in the double: what Excel pastes. The source is repeated over a destination that
 * is an exact multiple of it (in rows, in columns, each on its own) and pasted once from the
 * destination's top-left otherwise. "Formulas" pastes contents: a formula moved by the distance
 * from its source cell (relative references shift, $ parts stay), a constant as it is, and an
 * empty source empties the cell; the destination keeps its formats. "Formats" pastes the number
 * format and the cell formatting the double keeps (bold, fill, wrap) and leaves contents alone.
 */
import { cellAddress } from "../../src/formula/a1";
import { formulaShifter } from "../../src/formula/shift";
import { FakeCell, FakeSheet, fakeError, parseRect, Rect } from "./workbook";

export type CopyType = "Formulas" | "Formats";

export interface Area {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

const size = (rect: Rect) => ({ rows: rect.r1 - rect.r0 + 1, columns: rect.c1 - rect.c0 + 1 });
const overlaps = (a: Rect, b: Rect) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

const formats = ["numberFormat", "bold", "fill", "wrap"] as const;

/**
 * A source cell pasted over what the destination cell holds (changed in place, as the sheet's
 * own); undefined for no cell at all.
 */
function paste(
  type: CopyType,
  source: FakeCell | undefined,
  target: FakeCell | undefined,
  formula: (() => string) | undefined,
): FakeCell | undefined {
  if (source?.quotePrefix === true) {
    // Excel keeps the quote prefix with the cell's formats: not modelled either way
    throw fakeError("NotImplemented", "the fake does not paste quote-prefixed text");
  }
  switch (type) {
    case "Formulas": {
      const value = formula === undefined ? (source?.value ?? "") : "";
      // nothing pasted on nothing leaves no cell
      if (target === undefined && formula === undefined && value === "") return undefined;
      const cell = target ?? { value };
      delete cell.quotePrefix;
      cell.value = value;
      if (formula === undefined) delete cell.formula;
      else cell.formula = formula();
      return cell;
    }
    case "Formats": {
      if (target === undefined && formats.every((key) => source?.[key] === undefined)) return undefined;
      const cell = target ?? { value: "" };
      for (const key of formats) delete cell[key];
      if (source?.numberFormat !== undefined) cell.numberFormat = source.numberFormat;
      if (source?.bold !== undefined) cell.bold = source.bold;
      if (source?.fill !== undefined) cell.fill = source.fill;
      if (source?.wrap !== undefined) cell.wrap = source.wrap;
      return cell;
    }
  }
}

/** Pastes `from` over `to` as Excel does; the source is read whole before anything is written. */
export function copyArea(from: Area, to: Area, type: CopyType): void {
  if (to.sheet.isProtected) throw fakeError("AccessDenied", `the sheet ${to.sheet.name} is protected`);
  if (type === "Formats" && from.sheet.conditionalFormats.some((f) => overlaps(parseRect(f.range), from.rect))) {
    // Excel would paste the conditional formats too; the double keeps them per range, not per cell
    throw fakeError("NotImplemented", "the fake does not paste conditional formats");
  }
  const src = size(from.rect);
  const dst = size(to.rect);
  const rows = dst.rows % src.rows === 0 ? dst.rows : src.rows;
  const columns = dst.columns % src.columns === 0 ? dst.columns : src.columns;

  // a source the paste overlaps is read whole first (copies, as the paste changes cells in place)
  const overlapping = from.sheet === to.sheet && overlaps(from.rect, to.rect);
  const sources: (FakeCell | undefined)[][] = [];
  const shifters: (((rows: number, columns?: number) => string) | undefined)[][] = [];
  for (let r = 0; r < src.rows; r++) {
    const cells = Array.from({ length: src.columns }, (_, c) => {
      const cell = from.sheet.cells.get(cellAddress(from.rect.r0 + r, from.rect.c0 + c));
      return cell === undefined || !overlapping ? cell : { ...cell };
    });
    sources.push(cells);
    const formulas = type === "Formulas";
    shifters.push(
      cells.map((cell) => (formulas && cell?.formula !== undefined ? formulaShifter(cell.formula) : undefined)),
    );
  }

  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const sr = r % src.rows;
      const sc = c % src.columns;
      const row = to.rect.r0 + r;
      const column = to.rect.c0 + c;
      const shift = shifters[sr][sc];
      const moved =
        shift === undefined ? undefined : () => shift(row - (from.rect.r0 + sr), column - (from.rect.c0 + sc));
      const key = cellAddress(row, column);
      const next = paste(type, sources[sr][sc], to.sheet.cells.get(key), moved);
      if (next === undefined) to.sheet.cells.delete(key);
      else to.sheet.cells.set(key, next);
    }
  }
}
