/**
 * Custom functions: rates per second over 100,000 rows, called cell by cell (one call per cell,
 * as 100,000 =KPI.RATE(B2, C2, D2) formulas make) and as one array call
 * (=KPI.RATE(B2:B100001, C2:C100001, D2:D100001)); how soon a result past the size limit is
 * refused; the rounding alone, its fast path against the exact 15-digit path on the same ratios
 * (the results must be identical); KPI_BENCH_BASELINE=<another checkout> times its KPI.RATE beside
 * this one (same inputs, same results); the same array call through the built functions.js (what
 * Excel runs; npm run build first); and the size of functions.js, the code the custom functions
 * runtime loads before =KPI. works.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInThisContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { average, grade, rate } from "../functions/functions";
import { ratio } from "../src/rate";
import { roundScaled, roundScaledExact } from "../src/round";

const rows = 100_000;
const arrayRuns = 7;

/** The runtime's error class, which Node does not have; the bench's inputs make few errors. */
function installRuntime(): void {
  const g = globalThis as { CustomFunctions?: unknown };
  if (g.CustomFunctions !== undefined) return;
  class RuntimeError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  g.CustomFunctions = { Error: RuntimeError, associate: () => undefined };
}

function inputs(): { targets: unknown[][]; actuals: unknown[][]; directions: unknown[][] } {
  const targets: unknown[][] = [];
  const actuals: unknown[][] = [];
  const directions: unknown[][] = [];
  for (let i = 0; i < rows; i++) {
    const target = 100 + (i % 9000);
    targets.push([target]);
    // mostly numbers, some text as departments write it, some missing values
    actuals.push([
      i % 50 === 0
        ? "未公表"
        : i % 7 === 0
          ? `${(target * 0.9).toLocaleString("en-US")}人`
          : target * (0.5 + (i % 80) / 100),
    ]);
    directions.push([i % 3 === 0 ? "lower" : "higher"]);
  }
  return { targets, actuals, directions };
}

function timed<T>(run: () => T): { result: T; seconds: number } {
  const start = process.hrtime.bigint();
  const result = run();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

const perSecond = (n: number, seconds: number): string => `${Math.round(n / seconds).toLocaleString("en-US")}/s`;

interface ArrayRun {
  readonly seconds: number;
  /** The process's CPU time (all its threads, the garbage collector's too): less disturbed by other programs than wall time. */
  readonly cpuSeconds: number;
}

/**
 * One timed call, its result checked against `expected` (the first call's) and then dropped: seven
 * results of 100,000 rows kept alive would make the later calls pay the collector for the earlier ones.
 */
function arrayRun(call: () => unknown[][], expected: unknown[][]): ArrayRun {
  const cpu = process.cpuUsage();
  const { result, seconds } = timed(call);
  const used = process.cpuUsage(cpu);
  if (!sameResults(result, expected)) throw new Error("an array call gave other results than the first");
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** Cell by cell: numbers and labels equal, errors of the same code and message. */
function sameResults(a: unknown[][], b: unknown[][]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i], b[i]];
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++)
      if (!Object.is(x[j], y[j]) && JSON.stringify(x[j]) !== JSON.stringify(y[j])) return false;
  }
  return true;
}

function printArrayCalls(label: string, runs: readonly ArrayRun[]): void {
  const sorted = (values: number[]) => values.sort((a, b) => a - b);
  const wall = sorted(runs.map((r) => r.seconds));
  const cpu = sorted(runs.map((r) => r.cpuSeconds));
  const mid = Math.floor(runs.length / 2);
  console.log(
    `  ${label}  ${wall[mid].toFixed(3)} s  ${perSecond(rows, wall[mid])} (median of ${runs.length}; ` +
      `best ${wall[0].toFixed(3)} s, ${perSecond(rows, wall[0])}; CPU time median ${cpu[mid].toFixed(3)} s, ` +
      `${perSecond(rows, cpu[mid])})`,
  );
}

/**
 * ROUND(x, 3) of the bench's numeric ratios, by the fast path and by the exact path alone: what the
 * exact work would cost every rate, and a check that the two give the same permille.
 */
function printRounding(targets: unknown[][], actuals: unknown[][], directions: unknown[][]): void {
  const ratios: number[] = [];
  for (let i = 0; i < rows; i++) {
    const [t, a, d] = [targets[i][0], actuals[i][0], directions[i][0]];
    if (typeof t === "number" && typeof a === "number") ratios.push(ratio(t, a, d === "lower" ? "lower" : "higher"));
  }
  const roundAll = (round: (x: number, digits: number) => number) => () => ratios.map((x) => round(x, 3));
  roundAll(roundScaled)();
  roundAll(roundScaledExact)();
  const fast = timed(roundAll(roundScaled));
  const exact = timed(roundAll(roundScaledExact));
  const differing = fast.result.filter((v, i) => !Object.is(v, exact.result[i])).length;
  if (differing > 0) throw new Error(`the fast rounding differs from the exact one on ${differing} ratios`);
  console.log(
    `  rounding alone, ${ratios.length.toLocaleString("en-US")} ratios: fast path ${(fast.seconds * 1000).toFixed(1)} ms, ` +
      `exact path ${(exact.seconds * 1000).toFixed(1)} ms, identical results`,
  );
}

/**
 * KPI.RATE as functions.js registers it, the bundle run in this context as a page's script runs
 * (a context of its own would route every global the code reads, Math and Number among them,
 * through the sandbox's interceptors, and time those instead).
 */
function builtRate(code: string): (...args: unknown[][][]) => unknown[][] {
  const g = globalThis as { CustomFunctions?: { associate: unknown } };
  const runtime = g.CustomFunctions;
  if (runtime === undefined) throw new Error("the runtime's stand-in is not installed");
  const registered = new Map<string, (...args: unknown[][][]) => unknown[][]>();
  const { associate } = runtime;
  runtime.associate = registered.set.bind(registered);
  try {
    runInThisContext(code, { filename: "functions.js" });
  } finally {
    runtime.associate = associate;
  }
  const rate = registered.get("RATE");
  if (rate === undefined) throw new Error("functions.js registered no RATE");
  return rate;
}

export async function run(): Promise<void> {
  installRuntime();
  const { targets, actuals, directions } = inputs();

  // warm up the JIT on a slice, as a runtime that has already calculated once would be
  for (let i = 0; i < 2000; i++) rate([targets[i]], [actuals[i]], [directions[i]]);

  const perCell = timed(() => {
    let sum = 0;
    for (let i = 0; i < rows; i++) {
      const v = rate([targets[i]], [actuals[i]], [directions[i]])[0][0];
      if (typeof v === "number") sum += v;
    }
    return sum;
  });
  // the array call several times: the median, and the best (the least disturbed on a shared machine);
  // with KPI_BENCH_BASELINE=<another checkout>, its KPI.RATE too, calls alternating
  const baselineRoot = process.env.KPI_BENCH_BASELINE;
  const baseline =
    baselineRoot === undefined || baselineRoot === ""
      ? undefined
      : ((await import(join(baselineRoot, "functions/functions"))) as { rate: typeof rate }).rate;
  // the same call through the built functions.js, as Excel's runtime loads it (webpack's modules, minified)
  const bundle = join(__dirname, "../dist/addin/functions.js");
  const code = existsSync(bundle) ? readFileSync(bundle) : undefined;
  const built = code === undefined ? undefined : builtRate(code.toString("utf8"));
  if (built !== undefined) for (let i = 0; i < 2000; i++) built([targets[i]], [actuals[i]], [directions[i]]);
  const array = { result: rate(targets, actuals, directions) };
  const arrays: ArrayRun[] = [];
  const baselineRuns: ArrayRun[] = [];
  const builtRuns: ArrayRun[] = [];
  for (let i = 0; i < arrayRuns; i++) {
    if (baseline !== undefined) baselineRuns.push(arrayRun(() => baseline(targets, actuals, directions), array.result));
    arrays.push(arrayRun(() => rate(targets, actuals, directions), array.result));
    if (built !== undefined) builtRuns.push(arrayRun(() => built(targets, actuals, directions), array.result));
  }
  const arraySum = array.result.reduce((s, [v]) => s + (typeof v === "number" ? v : 0), 0);
  if (Math.abs(arraySum - perCell.result) > 1e-6) throw new Error("per-cell and array results differ");
  const grades = timed(() => grade(array.result, null as unknown as unknown[][]));
  const avg = timed(() => average(array.result));
  // a column against a row, 19,999×700 cells: refused with one #NUM! before anything is built
  const tooLarge = timed(() => rate(targets.slice(0, 19_999), [Array.from({ length: 700 }, () => 1)]));

  console.log(`KPI.RATE, ${rows.toLocaleString("en-US")} rows`);
  console.log(`  per-cell calls  ${perCell.seconds.toFixed(3)} s  ${perSecond(rows, perCell.seconds)}`);
  if (baseline !== undefined) printArrayCalls("one array call, baseline", baselineRuns);
  printArrayCalls("one array call", arrays);
  if (built !== undefined) printArrayCalls("one array call, functions.js as built", builtRuns);
  printRounding(targets, actuals, directions);
  console.log(
    `KPI.GRADE, one array call over the rates: ${grades.seconds.toFixed(3)} s  ${perSecond(rows, grades.seconds)}`,
  );
  console.log(`KPI.AVERAGE over the rates: ${avg.seconds.toFixed(3)} s  (average ${String(avg.result[0][0])})`);
  console.log(
    `KPI.RATE(B2:B20000, C1:ZZ1), past the size limit: ${(tooLarge.seconds * 1000).toFixed(2)} ms ` +
      `(${tooLarge.result.length}×${tooLarge.result[0]?.length ?? 0} result)`,
  );
  console.log("  (the host's own cost per call, marshalling and #BUSY! queuing in Excel, is not in these figures)");
  if (code === undefined) {
    console.log("functions.js: not built; run `npm run build` first for its size and its KPI.RATE");
    return;
  }
  console.log(
    `functions.js (loaded by the custom functions runtime): ${code.length.toLocaleString("en-US")} bytes, ` +
      `${gzipSync(code, { level: 9 }).length.toLocaleString("en-US")} bytes gzipped`,
  );
}
