/**
 * A chart spec as a DrawingML chart part (c:chartSpace, ECMA-376 Part 1 §21.2), in the element
 * order dml-chart.xsd requires: bars, and lines drawn over them on the same axes, each series
 * pointing at its cells with the values they hold now as its cache.
 */
import { CachedValue, quoteSheet } from "../../src/sheets";
import { ChartSpec, seriesRefs } from "../../src/report/charts";
import { rangeCells } from "./cells";

export const chartNamespaces =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const escape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Bar colours, then the line colours of the thresholds (green, amber, red as the grades). */
const barColors = ["4472C4", "ED7D31", "A5A5A5", "5B9BD5"];
const lineColors = ["00B050", "FFC000", "FF0000", "7030A0"];

const textProps = (size: number, bold = false): string =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${bold ? ' b="1"' : ""}/></a:pPr><a:endParaRPr lang="ja-JP"/></a:p></c:txPr>`;

function strRef(f: string, values: readonly CachedValue[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escape(String(v))}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${escape(f)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(f: string, values: readonly CachedValue[], format: string): string {
  const pts = values.map((v, i) => (typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  return `<c:numRef><c:f>${escape(f)}</c:f><c:numCache><c:formatCode>${escape(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

/** The chart part of `spec` on sheet `sheet`; `cached` gives what a cell of that sheet holds. */
export function chartXml(spec: ChartSpec, sheet: string, cached: (address: string) => CachedValue): string {
  const refs = seriesRefs(spec);
  const ref = (range: string): string => `${quoteSheet(sheet)}!${range}`;
  const categories = rangeCells(refs.categories).map(cached);
  const series = refs.series.map((s, i) => {
    const kind = spec.kinds[i] ?? "bar";
    const name = `<c:tx>${strRef(ref(s.name), [cached(s.name.replace(/\$/g, ""))])}</c:tx>`;
    const cat = `<c:cat>${strRef(ref(refs.categories), categories)}</c:cat>`;
    const val = `<c:val>${numRef(ref(s.values), rangeCells(s.values).map(cached), spec.valueFormat)}</c:val>`;
    const head = `<c:idx val="${i}"/><c:order val="${i}"/>${name}`;
    return kind === "bar"
      ? {
          kind,
          xml: `<c:ser>${head}<c:spPr><a:solidFill><a:srgbClr val="${barColors[i % barColors.length]}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>${cat}${val}</c:ser>`,
        }
      : {
          kind,
          xml: `<c:ser>${head}<c:spPr><a:ln w="19050"><a:solidFill><a:srgbClr val="${lineColors[(i - 1) % lineColors.length]}"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>${cat}${val}<c:smooth val="0"/></c:ser>`,
        };
  });
  const axes = '<c:axId val="50010"/><c:axId val="50020"/>';
  const bars = series
    .filter((s) => s.kind === "bar")
    .map((s) => s.xml)
    .join("");
  const lines = series
    .filter((s) => s.kind === "line")
    .map((s) => s.xml)
    .join("");
  const barChart = `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars}<c:gapWidth val="60"/>${axes}</c:barChart>`;
  const lineChart =
    lines === ""
      ? ""
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines}<c:marker val="1"/>${axes}</c:lineChart>`;
  const scaling = `<c:scaling><c:orientation val="minMax"/>${spec.max === undefined ? "" : `<c:max val="${spec.max}"/>`}${spec.min === undefined ? "" : `<c:min val="${spec.min}"/>`}</c:scaling>`;
  const catAx = `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${textProps(900)}<c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx = `<c:valAx><c:axId val="50020"/>${scaling}<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${escape(spec.valueFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(900)}<c:crossAx val="50010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1100" b="1"/></a:pPr><a:r><a:rPr lang="ja-JP" sz="1100" b="1"/><a:t>${escape(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${chartNamespaces}>` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${barChart}${lineChart}${catAx}${valAx}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(900)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="ja-JP"/></a:p></c:txPr></c:chartSpace>`
  );
}
