/**
 * The task pane page's first paint, from the built dist/addin (npm run build:test first):
 * - the JavaScript the page loads before the pane shows, gzipped: the scripts taskpane.html names
 *   that the add-in serves, functions.js included (the shared runtime loads it in the same page,
 *   before the pane), and any other script of the add-in Chromium fetched before the first render;
 *   office.js is Microsoft's, loaded by every add-in, and not counted
 * - what loads later, on an action's first use (the chunks no script tag names)
 * - the first render in headless Chromium: from navigation start to the pane's first button in the
 *   DOM (React renders the pane in one commit), and the first contentful paint; the page is served
 *   from localhost, so this is parsing, compiling and running the code, not the network
 * KPI_BENCH_BASELINE=<a checkout with its own dist/addin built> prints that build beside this one,
 * page loads alternating between the two, for a before/after on the same machine at the same time.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzippedTotal, kib, paneScripts } from "./bundleSizes";
import { launchChromium, offline, officeStandIn, paneUrl, serve } from "../tests/e2e/builtPane";

const loads = 9;

interface Build {
  readonly label: string;
  readonly dist: string;
}

function printSizes(build: Build, loadedBeforeRender: readonly string[]): void {
  const { initial, onFirstUse } = paneScripts(build.dist, loadedBeforeRender);
  const sizes = initial.map((s) => `${s.file} ${kib(s.gzipped)}`);
  console.log(`${build.label}  initial JavaScript ${kib(gzippedTotal(initial))} gzipped (${sizes.join(" + ")})`);
  const onDemand = onFirstUse.map((s) => `${s.file} ${kib(s.gzipped)}`);
  console.log(
    `${" ".repeat(build.label.length)}  on first use: ${onDemand.length > 0 ? onDemand.join(", ") : "nothing"}`,
  );
}

/** Records, from the page's start, when the pane's first button is in the DOM. */
const renderProbe = `
new MutationObserver(function (_, observer) {
  if (document.querySelector("main button") === null) return;
  window.__paneRendered = performance.now();
  observer.disconnect();
}).observe(document, { childList: true, subtree: true });
`;

interface Timing {
  readonly rendered: number;
  readonly paint: number;
  /** The add-in's own scripts the page had fetched when the pane rendered, by file name. */
  readonly scripts: readonly string[];
}

async function firstRender(context: Awaited<ReturnType<typeof launchChromium>>, server: Server): Promise<Timing> {
  const outside: string[] = [];
  const page = await context.newPage();
  await offline(page, officeStandIn("none"), outside);
  await page.addInitScript(renderProbe);
  await page.goto(paneUrl(server), { waitUntil: "load" });
  await page.waitForFunction(() => (window as { __paneRendered?: number }).__paneRendered !== undefined);
  // the first contentful paint is reported a frame after it happens
  await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
  const timing = await page.evaluate(() => {
    const rendered = (window as unknown as { __paneRendered: number }).__paneRendered;
    const scripts = performance
      .getEntriesByType("resource")
      .filter((e) => e.name.startsWith(location.origin) && e.name.endsWith(".js") && e.startTime < rendered)
      .map((e) => e.name.slice(e.name.lastIndexOf("/") + 1));
    return { rendered, paint: performance.getEntriesByName("first-contentful-paint")[0].startTime, scripts };
  });
  await page.close();
  if (outside.length > 0) throw new Error(`the pane fetched from outside: ${outside.join(", ")}`);
  return timing;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

export async function run(): Promise<void> {
  const builds: Build[] = [{ label: "this build", dist: join(__dirname, "../dist/addin") }];
  const baseline = process.env.KPI_BENCH_BASELINE;
  if (baseline !== undefined && baseline !== "")
    builds.unshift({ label: "baseline", dist: join(baseline, "dist/addin") });
  for (const build of builds) {
    if (!existsSync(join(build.dist, "taskpane.html"))) {
      console.log(`${build.dist}/taskpane.html not found: run npm run build:test first`);
      return;
    }
  }
  const width = Math.max(...builds.map((b) => b.label.length));
  const padded = builds.map((b) => ({ ...b, label: b.label.padEnd(width) }));

  const servers = await Promise.all(padded.map((b) => serve(b.dist)));
  const profile = mkdtempSync(join(tmpdir(), "kpi-bench-chromium-"));
  const context = await launchChromium(profile);
  try {
    const timings: Timing[][] = padded.map(() => []);
    // one load of each first, uncounted (Chromium's own start-up), then alternating loads; the
    // sizes count every script the page fetched before it rendered, named in the HTML or not
    const firstLoads: Timing[] = [];
    for (const server of servers) firstLoads.push(await firstRender(context, server));
    padded.forEach((build, b) => printSizes(build, firstLoads[b].scripts));
    for (let i = 0; i < loads; i++) {
      for (let b = 0; b < servers.length; b++) timings[b].push(await firstRender(context, servers[b]));
    }
    console.log(`first render in headless Chromium, median of ${loads} page loads (min–max):`);
    padded.forEach((build, b) => {
      const rendered = timings[b].map((t) => t.rendered);
      const paint = timings[b].map((t) => t.paint);
      const range = (v: number[]) => `${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)}`;
      console.log(
        `  ${build.label}  pane rendered ${median(rendered).toFixed(0)} ms (${range(rendered)}), ` +
          `first contentful paint ${median(paint).toFixed(0)} ms (${range(paint)})`,
      );
    });
  } finally {
    await context.close();
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    rmSync(profile, { recursive: true, force: true });
  }
}
