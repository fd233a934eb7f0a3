/**
 * The BUILT task pane (dist/addin, made by `npm run build` before jest) in headless Chromium.
 * dist/addin is served from a local server; the office.js URL the page references is answered
 * with a local stand-in that behaves as office.js does outside Office (onReady reports no host),
 * and any other request that leaves localhost fails the test.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { BrowserContext, chromium } from "playwright-core";

const dist = join(__dirname, "../../dist/addin");
const output = join(__dirname, "output");
const officeJs = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** office.js opened outside Office: Office.onReady resolves with no host; CustomFunctions is there. */
const officeStandIn = `
window.Office = {
  HostType: { Excel: "Excel", Word: "Word" },
  context: undefined,
  onReady: function (callback) {
    var info = { host: null, platform: null };
    return new Promise(function (resolve) {
      setTimeout(function () { if (callback) callback(info); resolve(info); }, 0);
    });
  },
};
window.CustomFunctions = { associate: function () {}, Error: function (code, message) { this.code = code; this.message = message; } };
`;

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".map": "application/json",
};

function serve(root: string): Promise<Server> {
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

describe("the built task pane in headless Chromium", () => {
  let server: Server;
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    if (!existsSync(join(dist, "taskpane.html")))
      throw new Error("dist/addin/taskpane.html is missing: run `npm run build` first");
    mkdirSync(output, { recursive: true });
    server = await serve(dist);
    profile = mkdtempSync(join(tmpdir(), "kpi-pane-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: "/usr/bin/chromium",
      headless: true,
      locale: "en-US",
      viewport: { width: 420, height: 1200 },
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
  }, 60000);

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  });

  test("renders its actions without console errors, says it is outside Excel, fetches nothing from outside", async () => {
    const outside: string[] = [];
    const errors: string[] = [];
    const page = await context.newPage();
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url === officeJs) return route.fulfill({ status: 200, contentType: "text/javascript", body: officeStandIn });
      const host = new URL(url).hostname;
      if (host === "127.0.0.1" || host === "localhost") return route.continue();
      outside.push(url);
      return route.abort();
    });
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(String(error)));

    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`, { waitUntil: "load" });
    await page.getByRole("button", { name: "Create KPI sheet" }).waitFor();

    for (const name of ["Create KPI sheet", "Generate goal summary", "Prepare for sharing"]) {
      expect(await page.getByRole("button", { name }).count()).toBe(1);
    }
    await page.getByTestId("outside-excel").waitFor();
    expect(await page.getByTestId("outside-excel").textContent()).toMatch(
      /act on a workbook open in Excel|work on a workbook open in Excel/,
    );
    expect(await page.getByRole("radio", { name: "Atsugi City sample (FY2024 check)" }).isEnabled()).toBe(true);
    // the functions chunk runs first, the pane's after it
    const scripts = await page.$$eval("script[src]", (nodes) =>
      nodes.map((n) => (n as HTMLScriptElement).src.split("/").pop()),
    );
    expect(scripts).toEqual(["office.js", "functions.js", "taskpane.js"]);
    await page.screenshot({ path: join(output, "taskpane.png"), fullPage: true });

    // switched to Japanese from the settings
    await page.getByRole("combobox", { name: "Language" }).selectOption("ja");
    await page.getByRole("button", { name: "KPIシートを作成" }).waitFor();
    await page.screenshot({ path: join(output, "taskpane-ja.png"), fullPage: true });

    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  }, 60000);
});
