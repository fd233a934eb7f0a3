/**
 * The command line's start: `kpi-sheets summary` of the Atsugi plan, the built CLI
 * (npm run build:cli first) spawned as a user runs it, wall time per call; beside it Node's own
 * start and the time to load ExcelJS, which summary no longer pays (only build writes a workbook).
 * KPI_BENCH_BASELINE=<a checkout with its own dist/cli built> runs that CLI too, calls alternating.
 * Then kpi-sheets build at 10,000 and 100,000 KPIs (buildBench.ts): the writer beside today's, and
 * the peak memory of the whole command under /usr/bin/time -v.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { buildAtScale } from "./buildBench";

const calls = 7;
const root = join(__dirname, "..");
const plan = join(root, "examples", "atsugi-fy2024.csv");

/** Wall time of one `node …args`, in ms; a failing call stops the bench with its error. */
function timedNode(args: readonly string[], cwd: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: "utf8" });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (values: readonly number[]): string =>
  `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;

function measure(): void {
  const clis = [{ label: "this build", root }];
  const baseline = process.env.KPI_BENCH_BASELINE;
  if (baseline !== undefined && baseline !== "") clis.unshift({ label: "baseline", root: baseline });
  for (const cli of clis) {
    if (!existsSync(join(cli.root, "dist/cli/cli/main.js"))) {
      console.log(`${cli.root}/dist/cli/cli/main.js not found: run npm run build:cli first`);
      return;
    }
  }
  const rows: { label: string; args: string[]; times: number[] }[] = [
    ...clis.map((cli) => ({
      label: cli.label,
      args: [join(cli.root, "dist/cli/cli/main.js"), "summary", plan],
      times: [],
    })),
    { label: "node -e 0 (Node's own start)", args: ["-e", "0"], times: [] },
    { label: `node -e 'require("exceljs")'`, args: ["-e", 'require("exceljs")'], times: [] },
  ];
  for (let i = 0; i < calls; i++) for (const row of rows) row.times.push(timedNode(row.args, root));
  const width = Math.max(...rows.map((r) => r.label.length));
  console.log(`kpi-sheets summary examples/atsugi-fy2024.csv, median of ${calls} calls (min–max):`);
  for (const row of rows) console.log(`  ${row.label.padEnd(width)}  ${ms(row.times)}`);
}

export async function run(): Promise<void> {
  measure();
  await buildAtScale();
}
