/** The drawing part that places a sheet's charts (xdr:wsDr, one two-cell anchor per chart). */
import { ChartSpec } from "../../src/report/charts";
import { chartNamespaces } from "./chartXml";

const xdr =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

const marker = (tag: string, at: { row: number; column: number }): string =>
  `<xdr:${tag}><xdr:col>${at.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/** `charts[i]` is the chart part of relationship rId{i+1} of the drawing. */
export function drawingXml(charts: readonly ChartSpec[]): string {
  const anchors = charts.map(
    (chart, i) =>
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", chart.from)}${marker("to", chart.to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
      `<c:chart ${chartNamespaces} r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${xdr}>${anchors.join("")}</xdr:wsDr>`;
}
