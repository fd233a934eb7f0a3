/**
 * A table's body written as worksheet rows (<row> elements) beside ExcelJS, which writes the rest
 * of the workbook: ExcelJS holds every cell it writes in memory several times over (its model,
 * then the XML), which a KPI table of 100,000 rows and 39 columns does not fit. Each cell is
 * written as ExcelJS writes it: text in the shared-string table, formulas with their cached
 * results (t="str" for text), a formula copied down (copiedDown cells) as one shared formula
 * from its top cell, an array formula over its own cell, and the cell format ExcelJS made for a
 * sample cell of the same look (xlsxLooks.ts).
 */
import { Block, CachedValue, Cell, cellAddress, columnLetter, parseCell } from "../src/sheets";
import { formulaShifter } from "../src/formula/shift";
import { fileFormula } from "./fileFormula";
import { SharedStrings } from "./sharedStrings";
import { Look, lookKey, lookOf } from "./xlsxLooks";
import { escapeXml } from "./xmlText";
import { TextRemoval, xlsxText } from "./xlsxText";

/** The looks of a body's cells: each distinct one once, and each cell's index among them. */
export interface BodyLooks {
  readonly looks: readonly Look[];
  /** Row by row, the index of each cell's look in `looks`. */
  readonly of: Uint16Array;
  /** The characters its text loses (xlsxText), by cell, in order. */
  readonly removals: readonly TextRemoval[];
}

/** `input(r, c)`: the input fill of the body's cell, on a protected sheet. */
export function bodyLooks(sheet: string, block: Block, input: (r: number, c: number) => string | undefined): BodyLooks {
  const width = blockWidth(block);
  const looks: Look[] = [];
  const byKey = new Map<string, number>();
  const of = new Uint16Array(block.cells.length * width);
  const removals: TextRemoval[] = [];
  block.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.kind === "text") {
        const { removed } = xlsxText(cell.text);
        if (removed.length > 0) removals.push({ sheet, address: addressIn(block, r, c), removed });
      }
      const look = lookOf(block, r, c, cell, input(r, c));
      const key = lookKey(look);
      let at = byKey.get(key);
      if (at === undefined) {
        at = looks.length;
        if (at > 0xffff) throw new Error("a table's body has more than 65,536 cell formats");
        byKey.set(key, at);
        looks.push(look);
      }
      of[r * width + c] = at;
    }),
  );
  return { looks, of, removals };
}

export const blockWidth = (block: Block): number => Math.max(0, ...block.cells.map((row) => row.length));

/** What the rows need from the rest of the package. */
export interface RowsContext {
  readonly sheet: string;
  /** The cell format of each look (BodyLooks.looks), as ExcelJS numbered it. */
  readonly styles: readonly number[];
  readonly strings: SharedStrings;
  /** The first shared-formula index the sheet has not used. */
  readonly firstShared: number;
  readonly heights: ReadonlyMap<number, number>;
}

/** The top cell of a run of copies in one column: its shared-formula index, or its formula to move. */
type Source =
  | { readonly kind: "shared"; readonly si: number }
  | { readonly kind: "array"; readonly formula: string; readonly row: number; shift?: (rows: number) => string };

const valueXml = (cached: CachedValue | undefined): { t: string; v: string } =>
  cached === undefined
    ? { t: "", v: "" }
    : typeof cached === "number"
      ? { t: "", v: `<v>${cached}</v>` }
      : { t: ' t="str"', v: `<v>${escapeXml(xlsxText(cached).text)}</v>` };

/** The UTF-8 bytes of the body's <row> elements, in pieces. */
export function bodyRows(block: Block, looks: BodyLooks, context: RowsContext): Uint8Array[] {
  const origin = parseCell(block.at);
  const width = blockWidth(block);
  const letters = Array.from({ length: width }, (_, c) => columnLetter(origin.column + c));
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  const sources: (Source | undefined)[] = [];
  let shared = context.firstShared;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = (): void => {
    pieces.push(encoder.encode(pending.join("")));
    pending = [];
    pendingLength = 0;
  };

  const formulaXml = (cell: Extract<Cell, { kind: "formula" }>, r: number, c: number, address: string): string => {
    const formula = escapeXml(fileFormula(cell.formula.replace(/^=/, "")));
    if (cell.array === true) {
      sources[c] = { kind: "array", formula: cell.formula, row: r };
      return `<f t="array" ref="${address}">${formula}</f>`;
    }
    let end = r;
    while (block.cells[end + 1]?.[c]?.kind === "copiedDown") end++;
    if (end === r) {
      sources[c] = undefined;
      return `<f>${formula}</f>`;
    }
    const si = shared++;
    sources[c] = { kind: "shared", si };
    return `<f t="shared" ref="${address}:${letters[c]}${origin.row + end + 1}" si="${si}">${formula}</f>`;
  };
  const copyXml = (r: number, c: number, address: string): string => {
    const source = sources[c];
    if (source === undefined) throw new Error(`${context.sheet}!${address}: a copied cell has no formula above it`);
    if (source.kind === "shared") return `<f t="shared" si="${source.si}"/>`;
    source.shift ??= formulaShifter(source.formula);
    const moved = escapeXml(fileFormula(source.shift(r - source.row).replace(/^=/, "")));
    return `<f t="array" ref="${address}">${moved}</f>`;
  };

  block.cells.forEach((row, r) => {
    const rowNumber = origin.row + r + 1;
    const height = context.heights.get(rowNumber);
    let xml =
      height === undefined ? `<row r="${rowNumber}">` : `<row r="${rowNumber}" ht="${height}" customHeight="1">`;
    row.forEach((cell, c) => {
      const address = `${letters[c]}${rowNumber}`;
      const style = context.styles[looks.of[r * width + c]] ?? 0;
      const open = style === 0 ? `<c r="${address}"` : `<c r="${address}" s="${style}"`;
      switch (cell.kind) {
        case "empty":
          sources[c] = undefined;
          if (style !== 0) xml += `${open}/>`;
          break;
        case "number":
          sources[c] = undefined;
          xml += `${open}><v>${cell.value}</v></c>`;
          break;
        case "text": {
          sources[c] = undefined;
          xml += `${open} t="s"><v>${context.strings.indexOf(xlsxText(cell.text).text)}</v></c>`;
          break;
        }
        case "formula":
        case "copiedDown": {
          const f = cell.kind === "formula" ? formulaXml(cell, r, c, address) : copyXml(r, c, address);
          const { t, v } = valueXml(block.values?.[r]?.[c]);
          xml += `${open}${t}>${f}${v}</c>`;
          break;
        }
        default:
          throw new Error(`unknown cell ${JSON.stringify(cell satisfies never)}`);
      }
    });
    xml += "</row>";
    pending.push(xml);
    pendingLength += xml.length;
    if (pendingLength > 1 << 20) flush();
  });
  if (pendingLength > 0) flush();
  return pieces;
}

/** The address of the cell `r` rows, `c` columns from a block's top left. */
function addressIn(block: Block, r: number, c: number): string {
  const origin = parseCell(block.at);
  return cellAddress(origin.row + r, origin.column + c);
}
