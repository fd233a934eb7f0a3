/**
 * The package ExcelJS wrote, finished: the quote prefix swapped in for its mark (quotePrefix.ts),
 * and each table's body written in (tableRows.ts) where ExcelJS wrote one sample cell per look,
 * its table and the sheet's dimension stretched over the whole body, its text added to the
 * shared strings. Everything else (the table's columns and style, conditional formats,
 * validations, frozen panes, page setup, names, protection) is ExcelJS's, as it wrote it.
 */
import JSZip from "jszip";
import { cellAddress, parseCell } from "../src/sheets";
import { swapMarkForQuotePrefix } from "./quotePrefix";
import { SharedStrings, stringCount } from "./sharedStrings";

/** A table body to write in. */
export interface BodyPart {
  /** The worksheet's part, e.g. xl/worksheets/sheet2.xml. */
  readonly sheetPart: string;
  readonly table: string;
  /** The whole table with its header row, corners in order: "A4:AM100004". */
  readonly tableRef: string;
  /** 1-based rows of the body. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** The sample cell of each look, in order of the looks. */
  readonly samples: readonly string[];
  /** The <row> elements, given the cell format of each look and where to start shared formulas. */
  readonly rows: (styles: readonly number[], firstShared: number, strings: SharedStrings) => Uint8Array[];
}

const readPart = async (zip: JSZip, name: string): Promise<string> => {
  const part = zip.file(name);
  if (part === null) throw new Error(`the workbook has no ${name}`);
  return part.async("string");
};

/** The cell format ExcelJS gave a cell (0, the default, when it wrote none). */
function styleAt(sheetXml: string, address: string): number {
  const found = new RegExp(`<c r="${address}"(?: s="(\\d+)")?[ />]`).exec(sheetXml);
  return found?.[1] === undefined ? 0 : Number(found[1]);
}

const rowElement = /<row\b[^>]*?\br="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;

/** The dimension's range stretched to hold `ref` too. */
function widened(dimension: string, ref: string): string {
  const corners = [...dimension.split(":"), ...ref.split(":")].map(parseCell);
  const rows = corners.map((c) => c.row);
  const columns = corners.map((c) => c.column);
  return `${cellAddress(Math.min(...rows), Math.min(...columns))}:${cellAddress(Math.max(...rows), Math.max(...columns))}`;
}

/** The sheet's XML in pieces: ExcelJS's rows above and below the body, the body's rows between. */
function sheetPieces(xml: string, body: BodyPart, rows: readonly Uint8Array[]): Uint8Array[] {
  const open = xml.indexOf("<sheetData>");
  const close = xml.indexOf("</sheetData>");
  if (open < 0 || close < 0) throw new Error(`${body.sheetPart} has no rows`);
  const data = xml.slice(open + "<sheetData>".length, close);
  const above: string[] = [];
  const below: string[] = [];
  for (const m of data.matchAll(rowElement)) {
    const r = Number(m[1]);
    if (r < body.firstRow) above.push(m[0]);
    else if (r > body.lastRow) below.push(m[0]);
  }
  const head = xml
    .slice(0, open)
    .replace(/<dimension ref="([^"]+)"\/>/, (_m, ref: string) => `<dimension ref="${widened(ref, body.tableRef)}"/>`);
  const encoder = new TextEncoder();
  return [
    encoder.encode(`${head}<sheetData>${above.join("")}`),
    ...rows,
    encoder.encode(`${below.join("")}${xml.slice(close)}`),
  ];
}

function joined(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** The part of the table named `name`. */
async function tablePart(zip: JSZip, name: string): Promise<{ path: string; xml: string }> {
  for (const part of zip.file(/^xl\/tables\/table\d+\.xml$/)) {
    const xml = await part.async("string");
    if (new RegExp(`<table\\b[^>]*\\bname="${name}"`).test(xml)) return { path: part.name, xml };
  }
  throw new Error(`the workbook has no table ${name}`);
}

/** The finished workbook. */
export async function finishPackage(
  bytes: Uint8Array,
  bodies: readonly BodyPart[],
  quoted: boolean,
): Promise<Uint8Array> {
  if (bodies.length === 0 && !quoted) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  if (quoted) {
    const { xml, swapped } = swapMarkForQuotePrefix(await readPart(zip, "xl/styles.xml"));
    // a marked cell whose format was not found would lose its prefix without a word
    if (swapped === 0) throw new Error("no cell format carries the quote-prefix mark");
    zip.file("xl/styles.xml", xml);
  }
  if (bodies.length > 0) {
    const sst = await readPart(zip, "xl/sharedStrings.xml");
    const strings = new SharedStrings(stringCount(sst));
    for (const body of bodies) {
      const xml = await readPart(zip, body.sheetPart);
      const styles = body.samples.map((address) => styleAt(xml, address));
      const used = [...xml.matchAll(/<f\b[^>]*\bsi="(\d+)"/g)].map((m) => Number(m[1]));
      const rows = body.rows(styles, Math.max(-1, ...used) + 1, strings);
      zip.file(body.sheetPart, joined(sheetPieces(xml, body, rows)));
      const table = await tablePart(zip, body.table);
      zip.file(table.path, table.xml.replace(/\bref="[^"]*"/g, `ref="${body.tableRef}"`));
    }
    zip.file("xl/sharedStrings.xml", strings.appendTo(sst));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
