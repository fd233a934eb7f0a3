/**
 * Excel's quote prefix for text that would become a formula when its cell is edited: the cell
 * format's quotePrefix="1", what typing a leading ' sets. ExcelJS cannot write that attribute,
 * so the writer gives those cells a mark ExcelJS does write (protection hidden, which no other
 * cell of ours carries), so that they get cell formats of their own; here the mark is swapped
 * for the prefix in xl/styles.xml.
 */
import JSZip from "jszip";

/** The protection the writer sets on a cell that needs the quote prefix. */
export const quotePrefixMark = { hidden: true } as const;

const cellXfs = /<cellXfs\b[^>]*>[\s\S]*?<\/cellXfs>/;
// an <xf> with children (a self-closing one has no mark)
const xfWithChildren = /<xf\b([^>]*?)(?<!\/)>([\s\S]*?)<\/xf>/g;
const markElement = /<protection\b([^>]*?) hidden="1"([^>]*)\/>/;

/** styles.xml with every marked cell format turned into one with the quote prefix. */
export function swapMarkForQuotePrefix(stylesXml: string): { readonly xml: string; readonly swapped: number } {
  let swapped = 0;
  const xml = stylesXml.replace(cellXfs, (section) =>
    section.replace(xfWithChildren, (xf, attributes: string, children: string) => {
      const mark = markElement.exec(children);
      if (mark === null) return xf;
      swapped++;
      // any other protection the cell has stays
      const others = `${mark[1]}${mark[2]}`;
      const rest = children.replace(markElement, others === "" ? "" : `<protection${others}/>`);
      const kept = others === "" ? attributes.replace(/ applyProtection="1"/, "") : attributes;
      const attrs = `${kept} quotePrefix="1"`;
      return rest === "" ? `<xf${attrs}/>` : `<xf${attrs}>${rest}</xf>`;
    }),
  );
  return { xml, swapped };
}

/** The workbook with the quote prefix on the marked cells (there is at least one). */
export async function applyQuotePrefix(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const part = zip.file("xl/styles.xml");
  if (part === null) throw new Error("the workbook has no xl/styles.xml");
  const { xml, swapped } = swapMarkForQuotePrefix(await part.async("string"));
  // a marked cell whose format was not found would lose its prefix without a word
  if (swapped === 0) throw new Error("no cell format carries the quote-prefix mark");
  zip.file("xl/styles.xml", xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
