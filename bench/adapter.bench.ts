/**
 * The task pane's Office.js adapter: context.sync calls, queued operations and request bytes to
 * create a KPI sheet (settings + KPI sheet from the real sheet plans) and to generate the goal
 * summary, for 1,000 and 10,000 KPIs, counted with the recording stand-in of the Excel API; the
 * number of KPIs at which a request first passes the budget and is split; and the gzipped size
 * of the task pane's JavaScript in dist/addin (npm run build first).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { defaultScale } from "../src/grade";
import { Indicator, Plan } from "../src/plan";
import { readPlanCsv } from "../src/planCsv";
import { kpiSheetPlan, settingsDefinedNames, settingsSheetPlan } from "../src/sheets/workbookPlan";
import { applyWorkbookPlan } from "../taskpane/office/apply";
import { defaultRequestBudget } from "../taskpane/office/payload";
import { atsugiSampleCsv } from "../taskpane/sample/atsugiSample";
import { generateSummaryIn, SheetSettings } from "../taskpane/workbook";
import { seed } from "../tests/doubles/context";
import { FakeWorkbook } from "../tests/doubles/workbook";

const settings: SheetSettings = { lang: "ja", scale: defaultScale, year: undefined, style: "native" };

/** The Atsugi plan's indicators repeated (and renamed) up to n KPIs. */
function planOf(n: number): Plan {
  const sample = readPlanCsv(atsugiSampleCsv).plan;
  const kpis = sample.indicators.filter((i) => i.kind === "kpi");
  const indicators: Indicator[] = Array.from({ length: n }, (_, k) => ({
    ...kpis[k % kpis.length],
    name: `${kpis[k % kpis.length].name} #${k + 1}`,
  }));
  return { ...sample, indicators };
}

function context(wb: FakeWorkbook): Excel.RequestContext {
  return seed(wb) as unknown as Excel.RequestContext;
}

async function create(n: number): Promise<FakeWorkbook> {
  const wb = new FakeWorkbook();
  const plan = planOf(n);
  const options = { lang: settings.lang, style: settings.style };
  await applyWorkbookPlan(context(wb), {
    sheets: [settingsSheetPlan(plan, options), kpiSheetPlan(plan, options)],
    names: settingsDefinedNames(plan, options),
  });
  return wb;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export async function run(): Promise<void> {
  console.log(`request budget ${mb(defaultRequestBudget)} (Excel on the web rejects above 5 MB)`);
  console.log("action            KPIs    syncs  operations  largest request  time");
  for (const n of [1000, 10000]) {
    const start = performance.now();
    const wb = await create(n);
    const ms = performance.now() - start;
    const s = wb.stats;
    console.log(
      `create KPI sheet  ${String(n).padStart(6)}  ${String(s.syncs).padStart(5)}  ${String(s.operations).padStart(10)}  ${mb(Math.max(...s.bytesPerSync)).padStart(15)}  ${ms.toFixed(0)} ms`,
    );
    const before = { syncs: s.syncs, operations: s.operations, bytes: s.bytesPerSync.length };
    const t = performance.now();
    await generateSummaryIn(
      context(wb),
      settings,
      async () => "new",
      () => undefined,
    );
    const ms2 = performance.now() - t;
    console.log(
      `goal summary      ${String(n).padStart(6)}  ${String(s.syncs - before.syncs).padStart(5)}  ${String(s.operations - before.operations).padStart(10)}  ${mb(Math.max(...s.bytesPerSync.slice(before.bytes))).padStart(15)}  ${ms2.toFixed(0)} ms`,
    );
  }

  // where splitting starts: the fewest KPIs whose KPI sheet needs more than one write request
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
  if (!existsSync(join(dist, "taskpane.js"))) {
    console.log("dist/addin/taskpane.js not found: run npm run build for the bundle sizes");
    return;
  }
  const scripts = readdirSync(dist).filter((f) => f.endsWith(".js"));
  let total = 0;
  for (const file of scripts) {
    const bytes = readFileSync(join(dist, file));
    const gz = gzipSync(bytes, { level: 9 }).length;
    if (file !== "functions.js") total += gz;
    console.log(
      `${file.padEnd(24)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KiB  gzipped ${(gz / 1024).toFixed(1).padStart(7)} KiB`,
    );
  }
  console.log(`task pane JavaScript (without functions.js), gzipped: ${(total / 1024).toFixed(1)} KiB`);
}
