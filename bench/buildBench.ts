/**
 * kpi-sheets build at scale, for cli.bench.ts:
 * - the .xlsx writer at 10,000 KPIs beside today's writer (bench/reference/xlsxBefore.ts, the
 *   writer before formula columns were shared), on the same sheet plans, runs alternating: the
 *   reference takes them with every copied cell written out (ownBlock, as plans were before
 *   copiedDown), expanded before the clock starts;
 * - the built CLI (npm run build:cli first) under /usr/bin/time -v at 10,000 and 100,000 KPIs,
 *   with Node's default heap: wall time, peak memory (maximum resident set size), exit status.
 * The plans are the Atsugi plan's KPIs repeated, each copy renamed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import Papa from "papaparse";
import { xlsxBytes } from "../cli/xlsx";
import { decodeCsv, readPlanCsv } from "../src";
import { ownBlock, workbookPlan, WorkbookPlan } from "../src/sheets";
import { xlsxBytes as xlsxBytesBefore } from "./reference/xlsxBefore";

const root = join(__dirname, "..");

/** The Atsugi plan's KPI rows repeated up to n, each named with its number, as a plan CSV. */
function planCsv(n: number): string {
  const text = readFileSync(join(root, "examples", "atsugi-fy2024.csv"), "utf8");
  const [header, ...rows] = Papa.parse<string[]>(text.trim()).data;
  const kind = header.indexOf("kind");
  const name = header.indexOf("name");
  const kpis = rows.filter((row) => row[kind] === "kpi");
  const out = [header];
  for (let k = 0; k < n; k++) {
    const row = [...kpis[k % kpis.length]];
    row[name] = `${row[name]} #${k + 1}`;
    out.push(row);
  }
  return `${Papa.unparse(out)}\n`;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function sideBySide(dir: string, n: number, rounds: number): Promise<void> {
  const file = join(dir, `plan-${n}.csv`);
  writeFileSync(file, planCsv(n));
  const plan = workbookPlan(readPlanCsv(decodeCsv(readFileSync(file))).plan);
  const written: WorkbookPlan = { ...plan, sheets: plan.sheets.map((s) => ({ ...s, blocks: s.blocks.map(ownBlock) })) };
  const writers = [
    {
      label: "today's writer (per-cell formulas)",
      write: xlsxBytesBefore,
      plan: written,
      times: [] as number[],
      size: 0,
    },
    { label: "this writer (table body beside ExcelJS)", write: xlsxBytes, plan, times: [] as number[], size: 0 },
  ];
  for (let i = 0; i < rounds; i++) {
    for (const writer of writers) {
      const start = performance.now();
      writer.size = (await writer.write(writer.plan)).length;
      writer.times.push(performance.now() - start);
    }
  }
  console.log(`.xlsx writer, ${n} KPIs, the same sheet plans, ${rounds} runs each alternating (median, best):`);
  for (const w of writers)
    console.log(
      `  ${w.label.padEnd(40)} ${seconds(median(w.times))}, best ${seconds(Math.min(...w.times))}, ${(w.size / 1024 / 1024).toFixed(1)} MB`,
    );
  const [before, after] = writers;
  console.log(
    `  this writer is ${(median(before.times) / median(after.times)).toFixed(2)}× faster (median), ` +
      `${(Math.min(...before.times) / Math.min(...after.times)).toFixed(2)}× (best)`,
  );
}

/** One `kpi-sheets build` under /usr/bin/time -v: wall time, peak memory and how it ended. */
function timedBuild(dir: string, n: number): void {
  const plan = join(dir, `plan-${n}.csv`);
  if (!existsSync(plan)) writeFileSync(plan, planCsv(n));
  const out = join(dir, `plan-${n}.xlsx`);
  const cli = join(root, "dist/cli/cli/main.js");
  const run = spawnSync("/usr/bin/time", ["-v", process.execPath, cli, "build", plan, "-o", out, "--force"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const field = (name: string): string => new RegExp(`${name}: (.+)`).exec(run.stderr)?.[1]?.trim() ?? "?";
  const peak = Number(field("Maximum resident set size \\(kbytes\\)")) / 1024 / 1024;
  const size = existsSync(out) ? `${(readFileSync(out).length / 1024 / 1024).toFixed(0)} MB file` : "no file";
  const ended =
    run.status === 0
      ? "exit 0"
      : `exit ${run.status}: ${run.stderr.split("\n").find((l) => /heap|Error/.test(l)) ?? ""}`;
  console.log(
    `  ${String(n).padStart(7)} KPIs  ${field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)")} wall, ` +
      `peak ${peak.toFixed(2)} GB (maximum resident set size), ${size}, ${ended}`,
  );
}

export async function buildAtScale(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "kpi-bench-build-"));
  try {
    await sideBySide(dir, 10_000, 3);
    if (!existsSync("/usr/bin/time") || !existsSync(join(root, "dist/cli/cli/main.js"))) {
      console.log("kpi-sheets build under /usr/bin/time -v: needs /usr/bin/time and npm run build:cli");
      return;
    }
    console.log("kpi-sheets build PLAN.csv -o PLAN.xlsx, Node's default heap, measured with /usr/bin/time -v:");
    for (const n of [10_000, 100_000]) timedBuild(dir, n);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
