import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { build } from "../../cli/build";
import { swapMarkForQuotePrefix } from "../../cli/quotePrefix";
import { describeRemoval, formulaLike, xlsxText } from "../../cli/xlsxText";
import { readValues, recalculate } from "../e2e/libreoffice-recalc";
import { hostilePlanCsv, hostileRows } from "./hostilePlan";

jest.setTimeout(180_000);

describe("xlsxText: text as an .xlsx can hold it", () => {
  test("removes what XML 1.0 cannot hold (and U+007F, which ExcelJS drops), naming each once", () => {
    const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter(
      (c) => !["\t", "\n", "\r"].includes(c),
    );
    const r = xlsxText(`a${controls.join("")}\u007F\uFFFE\uFFFF\u0007b`);
    expect(r.text).toBe("ab");
    expect(r.removed).toEqual([
      ...controls.map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`),
      "U+007F",
      "U+FFFE",
      "U+FFFF",
    ]);
    expect(xlsxText("x\uD800y\uDC00z")).toEqual({ text: "xyz", removed: ["U+D800", "U+DC00"] });
  });

  test("keeps tab, line breaks, surrogate pairs, U+FFFD and everything else", () => {
    const kept = "tab\there\nline\r\n😀 \uFFFD 厚木市 \u0085 \u00A0";
    expect(xlsxText(kept)).toEqual({ text: kept, removed: [] });
  });

  test("escapes text that looks like Excel's _xHHHH_ escape, as Excel does, overlapping ones too", () => {
    expect(xlsxText("_x0041_").text).toBe("_x005F_x0041_");
    expect(xlsxText("a_x00e9_b").text).toBe("a_x005F_x00e9_b");
    expect(xlsxText("_x0041_x0042_").text).toBe("_x005F_x0041_x005F_x0042_");
    for (const plain of ["_x41_", "x0041_", "_x00G1_", "_X0041_"]) expect(xlsxText(plain).text).toBe(plain);
  });

  test("formula-like: starts with = + - @ or their full-width forms", () => {
    for (const t of ["=1", "+1", "-", "@a", "＝1", "＋1", "－1", "＠a"])
      expect({ t, f: formulaLike(t) }).toEqual({ t, f: true });
    for (const t of ["", " =1", "a=b", "'=1", "1-2", "未公表"])
      expect({ t, f: formulaLike(t) }).toEqual({ t, f: false });
  });

  test("the removal message names the cell, quoting a sheet name where Excel needs it", () => {
    const r = { sheet: "Goal summary", address: "B6", removed: ["U+0007", "U+FFFE"] };
    expect(describeRemoval(r, "en")).toBe(
      "'Goal summary'!B6: removed U+0007, U+FFFE (characters an .xlsx cannot hold)",
    );
    expect(describeRemoval({ ...r, sheet: "KPI" }, "ja")).toBe(
      "KPI!B6：xlsx に書けない文字（U+0007、U+FFFE）を取り除きました",
    );
  });
});

describe("swapMarkForQuotePrefix", () => {
  test("turns marked cell formats into quote-prefixed ones and leaves the rest alone", () => {
    const styles =
      '<styleSheet><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="4">' +
      '<xf numFmtId="0" fontId="0"/>' +
      '<xf numFmtId="0" fontId="1" applyFont="1" applyProtection="1"><protection hidden="1"/></xf>' +
      '<xf numFmtId="0" applyAlignment="1" applyProtection="1"><alignment wrapText="1"/><protection locked="0" hidden="1"/></xf>' +
      '<xf numFmtId="3" applyAlignment="1"><alignment wrapText="1"/></xf>' +
      "</cellXfs><dxfs/></styleSheet>";
    const { xml, swapped } = swapMarkForQuotePrefix(styles);
    expect(swapped).toBe(2);
    expect(xml).toBe(
      '<styleSheet><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="4">' +
        '<xf numFmtId="0" fontId="0"/>' +
        '<xf numFmtId="0" fontId="1" applyFont="1" quotePrefix="1"/>' +
        '<xf numFmtId="0" applyAlignment="1" applyProtection="1" quotePrefix="1"><alignment wrapText="1"/><protection locked="0"/></xf>' +
        '<xf numFmtId="3" applyAlignment="1"><alignment wrapText="1"/></xf>' +
        "</cellXfs><dxfs/></styleSheet>",
    );
  });
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (_name, _path, _leaf, attribute) => !attribute,
});
type Node = Record<string, unknown>;
const children = (node: Node, name: string): Node[] => (node[name] as Node[] | undefined) ?? [];

describe("kpi-sheets build with hostile text", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-text-"));
  const plan = join(dir, "hostile.csv");
  const file = join(dir, "hostile.xlsx");
  const err: string[] = [];
  let zip: JSZip;
  let wb: ExcelJS.Workbook;
  /** Where each text of the KPI sheet is, read back by ExcelJS. */
  const where = new Map<string, string>();

  beforeAll(async () => {
    writeFileSync(plan, hostilePlanCsv());
    const code = await build([plan, "-o", file, "--lang", "en"], {
      stdout: () => undefined,
      stderr: (t) => err.push(t),
    });
    expect(code).toBe(0);
    zip = await JSZip.loadAsync(readFileSync(file));
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet("KPI")?.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string") where.set(cell.value, cell.address);
      }),
    );
  });

  test("removes what XML cannot hold, naming every cell on stderr; sharedStrings.xml stays well-formed", async () => {
    const kpi = wb.getWorksheet("KPI") as ExcelJS.Worksheet;
    const notes = where.get("abc") as string;
    expect(notes).toBeDefined();
    expect(err).toContain(`kpi-sheets: KPI!${notes}: removed U+FFFE, U+FFFF (characters an .xlsx cannot hold)\n`);
    const bells = err.filter((line) => line.includes("removed U+0007"));
    expect(bells.length).toBe(6 + 1); // six KPI rows and the goal summary
    expect(bells).toContain("kpi-sheets: 'Goal summary'!B6: removed U+0007 (characters an .xlsx cannot hold)\n");
    const sst = await (zip.file("xl/sharedStrings.xml") as JSZip.JSZipObject).async("string");
    // eslint-disable-next-line no-control-regex -- none of them may be left
    expect(sst).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(XMLValidator.validate(sst)).toBe(true);
    expect(kpi.getCell(where.get(hostileRows.last) as string).value).toBe(hostileRows.last);
  });

  test("text that looks like _x0041_ is stored escaped as Excel does and reads back literally", async () => {
    const sst = await (zip.file("xl/sharedStrings.xml") as JSZip.JSZipObject).async("string");
    expect(sst).toContain("<t>_x005F_x0041_ literal</t>");
    expect(sst).toContain("<t>_x005F_x0041_x005F_x0042_</t>");
    expect(where.has(hostileRows.escapeLike)).toBe(true);
    expect(where.has(hostileRows.overlappingEscapes)).toBe(true);
  });

  test("formula-like text is text with Excel's quote prefix; other text has none", async () => {
    const sheet = wb.getWorksheet("KPI") as ExcelJS.Worksheet;
    const xml = await (zip.file(`xl/worksheets/sheet${sheet.id}.xml`) as JSZip.JSZipObject).async("string");
    const styles = await (zip.file("xl/styles.xml") as JSZip.JSZipObject).async("string");
    const xfs = children(children(children(parser.parse(styles), "styleSheet")[0], "cellXfs")[0], "xf");
    const cells = new Map<string, Node>();
    for (const row of children(children(children(parser.parse(xml), "worksheet")[0], "sheetData")[0], "row"))
      for (const c of children(row, "c")) cells.set(String(c.r), c);
    const prefixed = (text: string): boolean => {
      const address = where.get(text);
      expect({ text, found: address !== undefined }).toEqual({ text, found: true });
      const c = cells.get(address as string) as Node;
      expect({ text, type: c.t }).toEqual({ text, type: "s" }); // a string, never a formula
      expect(c.f).toBeUndefined();
      return xfs[Number(c.s ?? 0)].quotePrefix === "1";
    };
    for (const text of hostileRows.formulaLike)
      expect({ text, quoted: prefixed(text) }).toEqual({ text, quoted: true });
    for (const text of ["plain", hostileRows.last, hostileRows.escapeLike, "KPI"])
      expect({ text, quoted: prefixed(text) }).toEqual({ text, quoted: false });
    // the mark that carried the prefix through ExcelJS is gone
    expect(styles).not.toContain("<protection");
    expect(styles).not.toContain("applyProtection");
  });

  test("LibreOffice reads every string, the escape-like ones literally, and no text became a formula", async () => {
    const sheets = await readValues(recalculate([file])[0]);
    const values = [...(sheets.get("KPI") as Map<string, unknown>).values()];
    for (const text of [hostileRows.last, hostileRows.escapeLike, "abc", "Goal bell", ...hostileRows.formulaLike])
      expect({ text, found: values.includes(text) }).toEqual({ text, found: true });
    // (LibreOffice reads _x0041_x0042_ literally too, but writes it back as _x005F_x0041_x0042_,
    // which ExcelJS and Excel decode to _x0041B: its own writer's limit, so not compared here.)
  });
});
