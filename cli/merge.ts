/**
 * kpi-sheets merge: the departments' returns into a new workbook. The master is only read; the
 * merged workbook (the KPI table with every applied value, the goal summary, the collection
 * sheet 回収状況) goes to -o, never over the master or a return.
 */
import { parseArgs } from "node:util";
import { Lang, yearLabel } from "../src";
import { collectionSheet, MergeEntry, mergeJson, mergeReturns, readReturn, ReturnTable } from "../src/departments";
import { departmentMessages } from "../src/i18n/departments";
import { workbookPlan } from "../src/sheets";
import { langOption, UsageError, yearOption } from "./options";
import { readGridsFile, readMaster } from "./readMaster";
import { terminalJson, terminalLine } from "./terminal";
import { checkOutputName, describeRefusal, outputRefusal, writeOutputFile } from "./writeOutput";
import type { xlsxBytes as XlsxBytes } from "./xlsx";

const xlsxBytes: typeof XlsxBytes = async (plan) => (await import("./xlsx")).xlsxBytes(plan);

export const mergeUsage = `  kpi-sheets merge MASTER.xlsx RETURN.xlsx… -o MERGED.xlsx [--json] [--year 2025|R7] [--lang ja|en] [--force]
    (exit 0 everything applied, 1 something rejected or in conflict, 2 usage or file error)`;

export interface MergeIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The time shown on the collection sheet. */
  readonly now: () => Date;
}

const processIo: MergeIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  now: () => new Date(),
};

/** A return's table, or undefined (reported) when the file is not a workbook with a KPI table. */
async function readReturnFile(
  file: string,
  lang: Lang,
  stderr: (text: string) => void,
): Promise<ReturnTable | undefined> {
  const grids = await readGridsFile(file, lang, stderr);
  if (grids === undefined) return undefined;
  const table = readReturn(file, grids);
  if (table === undefined) stderr(terminalLine(`kpi-sheets: ${file}: no KPI table with an id column`));
  return table;
}

function entryLine(kind: string, e: MergeEntry, lang: Lang): string {
  const reason = e.reason === undefined ? "" : `  ${departmentMessages(lang).reasons[e.reason]}`;
  const place = e.file === "" ? "" : `  ${e.file}${e.cell === "" ? "" : ` ${e.cell}`}`;
  const split = e.split === undefined ? "" : ` (${e.split})`;
  const what = `${e.id} ${e.name}  ${yearLabel(e.year, lang, "short")} ${e.field}  ${e.old}${split} → ${e.new}`;
  return terminalLine(`${kind}: ${e.department}  ${what}${place}${reason}`);
}

/** Runs `merge`; resolves to the exit code. */
export async function merge(args: string[], io: MergeIo = processIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      json: { type: "boolean", default: false },
      year: { type: "string" },
      lang: { type: "string", default: "ja" },
      force: { type: "boolean", default: false },
    },
  });
  if (positionals.length < 2) throw new UsageError("merge needs the master and at least one return");
  const output = values.output;
  if (output === undefined || output === "") throw new UsageError("merge needs -o MERGED.xlsx");
  checkOutputName(output);
  const lang = langOption(values.lang);
  const year = yearOption(values.year);
  const force = values.force === true;
  const [masterFile, ...returnFiles] = positionals as [string, ...string[]];
  for (const input of positionals) {
    const refusal = outputRefusal(output, input, force);
    if (refusal !== undefined) {
      io.stderr(`kpi-sheets: ${describeRefusal(refusal, lang)}\n`);
      return 2;
    }
  }
  const master = await readMaster(masterFile, lang, io.stderr);
  if (master === undefined) return 2;
  const tables: ReturnTable[] = [];
  for (const file of returnFiles) {
    const table = await readReturnFile(file, lang, io.stderr);
    if (table === undefined) return 2;
    tables.push(table);
  }
  const merged = mergeReturns(master.read.plan, tables, year);
  const m = departmentMessages(lang);
  for (const r of merged.returns) if (r.unverified) io.stderr(terminalLine(`kpi-sheets: ${r.file}: ${m.unverified}`));
  // the master's own settings (scale, rules, style, title) carry over; the year is the one merged
  const settings = master.settings;
  if (settings !== undefined && settings.unread.length > 0)
    io.stderr(terminalLine(`kpi-sheets: ${masterFile}: ${m.settingsUnread(settings.unread)}`));
  const built = workbookPlan(merged.plan, {
    lang: settings?.lang ?? master.lang,
    tableLang: master.lang,
    year: merged.year,
    style: settings?.style,
    scale: settings?.scale,
    rules: settings?.rules,
    title: settings?.title,
    city: settings?.city,
  });
  const at = io.now().toISOString().replace("T", " ").slice(0, 16);
  const sheets = [...built.sheets, collectionSheet(merged.returns, at, master.lang, undefined, master.collection)];
  if (writeOutputFile(output, await xlsxBytes({ ...built, sheets }), force) === "exists") {
    io.stderr(`kpi-sheets: ${describeRefusal({ kind: "exists", output }, lang)}\n`);
    return 2;
  }
  if (values.json === true) io.stdout(`${terminalJson(JSON.stringify(mergeJson(merged)))}\n`);
  else {
    for (const e of merged.applied) io.stdout(entryLine("applied", e, lang));
    for (const e of merged.rejected) io.stdout(entryLine("rejected", e, lang));
    for (const e of merged.conflicts) io.stdout(entryLine("conflict", e, lang));
    for (const e of merged.pending) io.stdout(entryLine("pending", e, lang));
    for (const r of merged.returns)
      io.stdout(terminalLine(`${r.department}  ${r.file}  ${r.filled} / ${r.expected}  ${m.states[r.state]}`));
    const { applied, rejected, conflicts, pending } = merged;
    io.stdout(terminalLine(m.merged(applied.length, rejected.length, conflicts.length, pending.length)));
  }
  return merged.rejected.length > 0 || merged.conflicts.length > 0 ? 1 : 0;
}
