/**
 * The text of a table's rows written beside ExcelJS (tableRows.ts), added to the end of the
 * shared-string table ExcelJS wrote for the rest of the workbook, as Excel itself stores text.
 */
import { escapeXml } from "./xmlText";

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  /** Cells that refer to an added string. */
  private refs = 0;

  /** `first`: how many strings the table already holds. */
  constructor(private readonly first: number) {}

  /** The index of a string in the table, added on its first use. */
  indexOf(text: string): number {
    this.refs++;
    const known = this.index.get(text);
    if (known !== undefined) return known;
    const at = this.first + this.added.length;
    this.index.set(text, at);
    this.added.push(text);
    return at;
  }

  /** sharedStrings.xml with the added strings after its own, and its counts raised by them. */
  appendTo(sstXml: string): string {
    if (this.added.length === 0) return sstXml;
    const entries = this.added.map((t) => `<si>${textElement(t)}</si>`).join("");
    const counts = (xml: string): string =>
      xml
        .replace(/\bcount="(\d+)"/, (_m, n: string) => `count="${Number(n) + this.refs}"`)
        .replace(/\buniqueCount="(\d+)"/, () => `uniqueCount="${this.first + this.added.length}"`);
    const end = sstXml.lastIndexOf("</sst>");
    if (end < 0) {
      // an empty table is written as <sst …/>
      const open = /<sst\b[^>]*\/>/.exec(sstXml);
      if (open === null) throw new Error("xl/sharedStrings.xml has no <sst> element");
      const head = open[0].replace(/\/>$/, ">");
      return sstXml.replace(open[0], `${counts(head)}${entries}</sst>`);
    }
    const head = /<sst\b[^>]*>/.exec(sstXml);
    if (head === null) throw new Error("xl/sharedStrings.xml has no <sst> element");
    return `${sstXml.slice(0, head.index)}${counts(head[0])}${sstXml.slice(head.index + head[0].length, end)}${entries}</sst>`;
  }
}

/** A string as a <t> element, its spaces kept where XML would drop them. */
function textElement(text: string): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${escapeXml(text)}</t>`;
}

/** How many strings a sharedStrings.xml holds: its <si> elements (the next one's index). */
export function stringCount(sstXml: string): number {
  return (sstXml.match(/<si[\s>]/g) ?? []).length;
}
