/**
 * ExcelJS writes no charts, so they are added to the package it wrote: one chart part per chart
 * (chartXml.ts), a drawing part placing them (drawingXml.ts), the relationships from the sheet
 * to the drawing and from the drawing to the charts, the sheet's <drawing> element and the
 * content types. Nothing ExcelJS wrote is changed otherwise.
 */
import JSZip from "jszip";
import { CachedValue } from "../../src/sheets";
import { ChartSpec } from "../../src/report/charts";
import { chartXml } from "./chartXml";
import { drawingXml } from "./drawingXml";

const relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const packageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

const escapeAttr = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescapeAttr = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

async function read(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`the workbook has no ${path}`);
  return file.async("string");
}

/** The part of the sheet named `sheet` (xl/worksheets/sheet4.xml), through the workbook's relationships. */
async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = await read(zip, "xl/workbook.xml");
  const rels = await read(zip, "xl/_rels/workbook.xml.rels");
  const entry = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => unescapeAttr(/\bname="([^"]*)"/.exec(tag)?.[1] ?? "") === sheet);
  const id = entry === undefined ? undefined : /\br:id="([^"]*)"/.exec(entry)?.[1];
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`Id="${id}"`));
  const target = rel === undefined ? undefined : /\bTarget="([^"]*)"/.exec(rel)?.[1];
  if (target === undefined) throw new Error(`the workbook has no sheet "${sheet}"`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** Elements a <drawing> must come before in a worksheet (CT_Worksheet's order). */
const afterDrawing = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function withDrawing(sheetXml: string, rId: string): string {
  const element = `<drawing r:id="${rId}"/>`;
  const positions = afterDrawing.map((tag) => sheetXml.search(new RegExp(`<${tag}[\\s/>]`))).filter((i) => i >= 0);
  const at = positions.length > 0 ? Math.min(...positions) : sheetXml.lastIndexOf("</worksheet>");
  const xml = sheetXml.slice(0, at) + element + sheetXml.slice(at);
  // the r: prefix must be declared on the root
  return /<worksheet\b[^>]*xmlns:r=/.test(xml) ? xml : xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${relNs}"`);
}

function addRelationship(relsXml: string | undefined, type: string, target: string): { xml: string; id: string } {
  const xml =
    relsXml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${packageRelNs}"></Relationships>`;
  const used = new Set([...xml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${relNs}/${type}" Target="${escapeAttr(target)}"/>`;
  return { xml: xml.replace("</Relationships>", `${rel}</Relationships>`), id };
}

/** The package with `charts` drawn on the sheet named `sheet`; `cached` gives what that sheet's cells hold. */
export async function addCharts(
  bytes: Uint8Array,
  sheet: string,
  charts: readonly ChartSpec[],
  cached: (address: string) => CachedValue,
): Promise<Buffer> {
  if (charts.length === 0) return Buffer.from(bytes);
  const zip = await JSZip.loadAsync(bytes);
  const part = await sheetPart(zip, sheet);
  const existingCharts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).length;
  const drawingNumber = Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p)).length + 1;
  const drawing = `xl/drawings/drawing${drawingNumber}.xml`;

  const overrides: string[] = [
    `<Override PartName="/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
  ];
  const drawingRels: string[] = [];
  charts.forEach((chart, i) => {
    const n = existingCharts + i + 1;
    zip.file(`xl/charts/chart${n}.xml`, chartXml(chart, sheet, cached));
    overrides.push(
      `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
    );
    drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${relNs}/chart" Target="../charts/chart${n}.xml"/>`);
  });
  zip.file(drawing, drawingXml(charts));
  zip.file(
    `xl/drawings/_rels/drawing${drawingNumber}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${packageRelNs}">${drawingRels.join("")}</Relationships>`,
  );

  const folder = part.slice(0, part.lastIndexOf("/"));
  const name = part.slice(part.lastIndexOf("/") + 1);
  const relsPath = `${folder}/_rels/${name}.rels`;
  const rels = addRelationship(
    await zip.file(relsPath)?.async("string"),
    "drawing",
    `../drawings/drawing${drawingNumber}.xml`,
  );
  zip.file(relsPath, rels.xml);
  zip.file(part, withDrawing(await read(zip, part), rels.id));

  const types = await read(zip, "[Content_Types].xml");
  zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
