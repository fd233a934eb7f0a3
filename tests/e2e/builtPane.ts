/**
 * The built task pane (dist/addin) served from localhost to headless Chromium, offline: the
 * office.js URL the page references is answered with a local stand-in and any other request that
 * leaves localhost is refused and recorded. Used by tests/e2e/taskpane.test.ts and bench/pane.bench.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { BrowserContext, chromium, Page } from "playwright-core";

export const officeJs = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * office.js as the page sees it: outside Office (onReady reports no host), or in Excel, where
 * Excel.run hands a workbook that is not there (any use of it throws "no workbook in this stand-in").
 * CustomFunctions is there in both.
 */
export function officeStandIn(host: "none" | "Excel"): string {
  const info = host === "Excel" ? '{ host: "Excel", platform: "OfficeOnline" }' : "{ host: null, platform: null }";
  const excel = `
window.Excel = {
  run: function (batch) {
    var absent = new Proxy({}, { get: function () { throw new Error("no workbook in this stand-in"); } });
    return Promise.resolve().then(function () { return batch(absent); });
  },
};`;
  return `
window.Office = {
  HostType: { Excel: "Excel", Word: "Word" },
  context: ${host === "Excel" ? '{ displayLanguage: "en-US" }' : "undefined"},
  onReady: function (callback) {
    var info = ${info};
    return new Promise(function (resolve) {
      setTimeout(function () { if (callback) callback(info); resolve(info); }, 0);
    });
  },
};
${host === "Excel" ? excel : ""}
window.CustomFunctions = { associate: function () {}, Error: function (code, message) { this.code = code; this.message = message; } };
`;
}

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".map": "application/json",
};

/** Serves a folder on 127.0.0.1 at a free port; anything outside it is a 404. */
export function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname)).replace(
      /^([/\\])+/,
      "",
    );
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** The page's address on a server from `serve`. */
export const paneUrl = (server: Server): string =>
  `http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`;

/** Headless Chromium on a fresh profile folder, with nothing of its own on the network. */
export function launchChromium(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    locale: "en-US",
    viewport: { width: 420, height: 1200 },
    // Fluent's motion honours reduced motion: a dialog is then shown at once, so axe never checks
    // its colours mid-fade (a fading dialog's text has too little contrast for a moment)
    reducedMotion: "reduce",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}

/** Answers office.js with the stand-in, lets localhost through, refuses and records the rest. */
export async function offline(page: Page, standIn: string, outside: string[]): Promise<void> {
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === officeJs) return route.fulfill({ status: 200, contentType: "text/javascript", body: standIn });
    const host = new URL(url).hostname;
    if (host === "127.0.0.1" || host === "localhost") return route.continue();
    outside.push(url);
    return route.abort();
  });
}

/** Console errors (a refused script, a CSP violation) and uncaught exceptions, into `errors`. */
export function recordErrors(page: Page, errors: string[]): void {
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
}

/**
 * For a describe block of Chromium tests: before them, the built pane in `dist` is served and
 * Chromium launched on a fresh profile (and `output` made for screenshots); after them, all closed.
 */
export function builtPaneSuite(
  dist: string,
  output: string,
  profilePrefix: string,
): { readonly server: () => Server; readonly context: () => BrowserContext } {
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  let profile: string | undefined;
  beforeAll(async () => {
    if (!existsSync(join(dist, "taskpane.html")))
      throw new Error("dist/addin/taskpane.html is missing: run `npm run build` first");
    mkdirSync(output, { recursive: true });
    server = await serve(dist);
    profile = mkdtempSync(join(tmpdir(), profilePrefix));
    context = await launchChromium(profile);
  }, 60000);
  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  });
  const must = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the suite's beforeAll has not run");
    return value;
  };
  return { server: () => must(server), context: () => must(context) };
}
