/**
 * The task pane's Office.js adapter: context.sync calls, queued operations, request and response
 * bytes to create a KPI sheet (settings + KPI sheet from the real sheet plans) and to generate the
 * goal summary, for 1,000 and 10,000 KPIs, counted with the recording stand-in of the Excel API.
 * The KPI sheet is written both ways, side by side: per cell (every formula and number format, the
 * fallback) and per column (each formula column and shared format sent once and filled in Excel).
 * Then the number of KPIs at which the per-column write first needs a second request, and the
 * task pane page's JavaScript in dist/addin, gzipped: what the page loads before the pane shows
 * (functions.js included, as the shared runtime loads it in the same page) and what loads on an
 * action's first use (npm run build first; pane.bench.ts times the first render).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { defaultScale } from "../src/grade";
import { Indicator, Plan } from "../src/plan";
import { readPlanCsv } from "../src/planCsv";
import { kpiSheetPlan, settingsDefinedNames, settingsSheetPlan } from "../src/sheets/workbookPlan";
import { applyWorkbookPlan } from "../taskpane/office/apply";
import { WriteMode } from "../taskpane/office/blockOps";
import { defaultRequestBudget } from "../taskpane/office/payload";
import { atsugiSampleCsv } from "../taskpane/sample/atsugiSample";
import { generateSummaryIn, SheetSettings } from "../taskpane/workbook";
import { seed } from "../tests/doubles/context";
import { gzippedTotal, kib, paneScripts, Script } from "./bundleSizes";
import { FakeWorkbook } from "../tests/doubles/workbook";

const settings: SheetSettings = { lang: "ja", scale: defaultScale, year: undefined, style: "native" };

/** The Atsugi plan's indicators repeated (and renamed) up to n KPIs. */
function planOf(n: number): Plan {
  const sample = readPlanCsv(atsugiSampleCsv).plan;
  const kpis = sample.indicators.filter((i) => i.kind === "kpi");
  const indicators: Indicator[] = Array.from({ length: n }, (_, k) => ({
    ...kpis[k % kpis.length],
    name: `${kpis[k % kpis.length].name} #${k + 1}`,
    // each copy its own id, so the summary reads every row back
    id: { text: `BENCH-${k + 1}`, origin: "plan" },
  }));
  return { ...sample, indicators };
}

/** Milliseconds spent applying queued operations in the double (what Excel would do), since the last line. */
let inDouble = 0;

function context(wb: FakeWorkbook): Excel.RequestContext {
  const s = seed(wb);
  const sync = async () => {
    const start = performance.now();
    await s.sync();
    inDouble += performance.now() - start;
  };
  return { ...s, sync } as unknown as Excel.RequestContext;
}

async function create(n: number, write: WriteMode = "columns"): Promise<FakeWorkbook> {
  const wb = new FakeWorkbook();
  const plan = planOf(n);
  const options = { lang: settings.lang, style: settings.style };
  await applyWorkbookPlan(
    context(wb),
    {
      sheets: [settingsSheetPlan(plan, options), kpiSheetPlan(plan, options)],
      names: settingsDefinedNames(plan, options),
    },
    { write },
  );
  return wb;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const largest = (bytes: readonly number[]): string => mb(Math.max(0, ...bytes)).padStart(8);

/** One line of the table: the figures of the syncs from `from` on. */
function line(action: string, n: number, wb: FakeWorkbook, from: { syncs: number; operations: number }, ms: number) {
  const s = wb.stats;
  console.log(
    [
      action.padEnd(29),
      String(n).padStart(6),
      String(s.syncs - from.syncs).padStart(5),
      String(s.operations - from.operations).padStart(10),
      largest(s.bytesPerSync.slice(from.syncs)).padStart(15),
      largest(s.responseBytesPerSync.slice(from.syncs)).padStart(16),
      `${ms.toFixed(0)} ms`.padStart(9),
      `${inDouble.toFixed(0)} ms`.padStart(14),
    ].join("  "),
  );
  inDouble = 0;
}

export async function run(): Promise<void> {
  console.log(`request budget ${mb(defaultRequestBudget)} (Excel on the web rejects above 5 MB)`);
  console.log("time: building the sheet plans, the adapter, and the double applying what it queued (the last column)");
  console.log(
    `${"action".padEnd(29)}  ${"KPIs".padStart(6)}  syncs  operations  largest request  largest response       time  of it, double`,
  );
  const zero = { syncs: 0, operations: 0 };
  for (const n of [1000, 10000]) {
    const before = performance.now();
    line("create KPI sheet (per cell)", n, await create(n, "cells"), zero, performance.now() - before);
    const start = performance.now();
    const wb = await create(n);
    line("create KPI sheet (per column)", n, wb, zero, performance.now() - start);
    const from = { syncs: wb.stats.syncs, operations: wb.stats.operations };
    const t = performance.now();
    await generateSummaryIn(
      context(wb),
      settings,
      async () => "new",
      () => undefined,
    );
    line("goal summary", n, wb, from, performance.now() - t);
  }

  // where splitting starts: the fewest KPIs whose KPI sheet, written per column, needs more than one write request
  let low = 1000;
  let high = 10000;
  if ((await create(high)).stats.syncs <= 2) {
    console.log(`no split up to ${high} KPIs`);
  } else {
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if ((await create(mid)).stats.syncs > 2) high = mid;
      else low = mid;
    }
    console.log(
      `splitting starts at ${high} KPIs (${low} KPIs: 2 syncs; ${high}: ${(await create(high)).stats.syncs})`,
    );
  }

  const dist = join(__dirname, "../dist/addin");
  if (!existsSync(join(dist, "taskpane.html"))) {
    console.log("dist/addin/taskpane.html not found: run npm run build for the task pane's JavaScript");
    return;
  }
  // what the page loads before the pane shows, and what loads on an action's first use (pane.bench.ts times the first render)
  const { initial, onFirstUse } = paneScripts(dist);
  const list = (scripts: readonly Script[]) => scripts.map((s) => `${s.file} ${kib(s.gzipped)}`).join(", ");
  console.log(`task pane page, initial JavaScript: ${kib(gzippedTotal(initial))} gzipped (${list(initial)})`);
  console.log(
    `task pane page, loaded on first use: ${kib(gzippedTotal(onFirstUse))} gzipped in ${onFirstUse.length} chunks (${list(onFirstUse)})`,
  );
}
