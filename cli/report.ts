/**
 * kpi-sheets report: a plan CSV → the report the council reads, as a workbook (settings, KPI
 * table, goal summary and the report sheet with its charts) or as a PDF of the report sheet,
 * made by LibreOffice headless from that workbook (recalculated on load, cli/libreoffice.ts).
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import JSZip from "jszip";
import { messagesFor } from "../src/i18n";
import { goalNumbers } from "../src/plan";
import { reportWorkbookPlan } from "../src/report/reportPlan";
import { addCharts } from "./charts/addCharts";
import { sheetValues } from "./charts/cells";
import { convertWithLibreOffice, scratchDir } from "./libreoffice";
import { langOption, styleOption, UsageError, workbookArgs, yearOption } from "./options";
import { readPlanSource } from "./readWorkbook";
import { rulesOptions, rulesOptionSpecs, rulesUsage, scaleOption, withNegativeValues } from "./rulesOptions";
import { describeRefusal, outputRefusal, writeOutputFile } from "./writeOutput";
import { describeRemoval } from "./xlsxText";
import type { BuildIo } from "./build";

export const reportUsage = `  kpi-sheets report PLAN.csv|PLAN.xlsx [--sheet NAME] -o REPORT.xlsx|REPORT.pdf [--force] [--title TITLE] [--city CITY] [--lang ja|en] [--style native|functions] [--year 2024|R6]
    ${rulesUsage}
    (a PDF is made with LibreOffice headless; an .xlsx opens in Excel, File > Export > PDF prints the same)`;

const processIo: BuildIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

/**
 * The workbook as the PDF prints it: the report alone. LibreOffice prints hidden sheets too, so
 * every other sheet gets a print area of one empty cell (a page with nothing on it is not
 * printed) and no print titles; the report is the active sheet.
 */
async function onlySheet(bytes: Uint8Array, keep: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file("xl/workbook.xml");
  if (file === null) throw new Error("the workbook has no xl/workbook.xml");
  let xml = await file.async("string");
  const sheets = [...xml.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]);
  const name = (tag: string): string => /\bname="([^"]*)"/.exec(tag)?.[1] ?? "";
  const kept = sheets.findIndex((tag) => name(tag) === keep.replace(/&/g, "&amp;"));
  const others = sheets.map((tag, i) => ({ tag, i })).filter(({ i }) => i !== kept);
  xml = xml.replace(
    /<definedName name="_xlnm\.Print_(Titles|Area)" localSheetId="(\d+)">[^<]*<\/definedName>/g,
    (d, _k, id: string) => (Number(id) === kept ? d : ""),
  );
  const areas = others
    .map(
      ({ tag, i }) =>
        `<definedName name="_xlnm.Print_Area" localSheetId="${i}">'${name(tag).replace(/'/g, "''")}'!$XFD$1048576</definedName>`,
    )
    .join("");
  xml = xml.includes("<definedNames>")
    ? xml.replace("<definedNames>", `<definedNames>${areas}`)
    : xml.replace("</sheets>", `</sheets><definedNames>${areas}</definedNames>`);
  xml = xml
    .replace(/(<workbookView\b[^>]*?)\s*activeTab="\d+"/, "$1")
    .replace(/<workbookView\b/, `<workbookView activeTab="${Math.max(0, kept)}"`);
  zip.file("xl/workbook.xml", xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Runs `report`; resolves to the exit code as build's: 0, 1 some rows rejected, 2 file error. */
export async function report(args: string[], io: BuildIo = processIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: withNegativeValues(args),
    allowPositionals: true,
    options: {
      ...workbookArgs,
      ...rulesOptionSpecs,
      sheet: { type: "string" },
      title: { type: "string", default: "" },
      city: { type: "string", default: "" },
    },
  });
  if (positionals.length !== 1) throw new UsageError("report needs one plan file");
  const output = values.output ?? "";
  const pdf = /\.pdf$/i.test(output);
  if (!pdf && !/\.xlsx$/i.test(output)) throw new UsageError("report needs -o REPORT.xlsx or -o REPORT.pdf");
  const force = values.force === true;
  const lang = langOption(values.lang);
  const style = styleOption(values.style);
  const refusal = outputRefusal(output, positionals[0], force);
  if (refusal !== undefined) {
    io.stderr(`kpi-sheets: ${describeRefusal(refusal, lang)}\n`);
    return 2;
  }
  const rules = rulesOptions(values);
  const scale = scaleOption(values.scale, lang);
  const read = await readPlanSource(positionals[0], lang, io.stderr, values.sheet);
  if (read === undefined) return 2;
  const options = {
    lang,
    style,
    year: yearOption(values.year),
    scale,
    rules,
    title: values.title ?? "",
    city: values.city ?? "",
  };
  const planned = reportWorkbookPlan(read.plan, options);
  const { xlsxFile } = await import("./xlsx");
  const { bytes, removals } = await xlsxFile(planned.workbook);
  for (const removal of removals) io.stderr(`kpi-sheets: ${describeRemoval(removal, lang)}\n`);
  const reportPlan = planned.workbook.sheets.find((s) => s.role === "report");
  const cached = reportPlan === undefined ? () => "" : sheetValues(reportPlan);
  const workbook = await addCharts(bytes, planned.sheet, planned.charts, cached);
  const m = messagesFor(lang).reportSheet;
  let written: Uint8Array = workbook;
  if (pdf) {
    const work = scratchDir("kpi-report-");
    try {
      const xlsx = join(work, "report.xlsx");
      writeFileSync(xlsx, await onlySheet(workbook, planned.sheet));
      const run = convertWithLibreOffice([xlsx], "pdf");
      switch (run.kind) {
        case "missing":
          io.stderr(`kpi-sheets: ${m.noLibreOffice}\n`);
          return 2;
        case "failed":
          io.stderr(`kpi-sheets: ${m.pdfFailed(run.why)}\n`);
          return 2;
        case "converted":
          written = readFileSync(run.files[0] ?? "");
          break;
        default: {
          const unknown: never = run;
          return unknown;
        }
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  if (writeOutputFile(output, written, force) === "exists") {
    io.stderr(`kpi-sheets: ${describeRefusal({ kind: "exists", output }, lang)}\n`);
    return 2;
  }
  io.stdout(`${m.wrote(output, goalNumbers(read.plan).length)}\n`);
  return read.problems.length > 0 ? 1 : 0;
}
