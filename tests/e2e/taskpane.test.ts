/**
 * The BUILT task pane (dist/addin, made by `npm run build` before jest) in headless Chromium.
 * dist/addin is served from a local server; the office.js URL the page references is answered
 * with a local stand-in that behaves as office.js does outside Office (onReady reports no host),
 * and any other request that leaves localhost fails the test.
 */
import { join } from "node:path";
import { builtPaneSuite, offline, officeStandIn, paneUrl, recordErrors } from "./builtPane";

const dist = join(__dirname, "../../dist/addin");
const output = join(__dirname, "output");

describe("the built task pane in headless Chromium", () => {
  const suite = builtPaneSuite(dist, output, "kpi-pane-chromium-");
  const server = () => suite.server();

  test("renders its actions without console errors, says it is outside Excel, fetches nothing from outside", async () => {
    const outside: string[] = [];
    const errors: string[] = [];
    const page = await suite.context().newPage();
    await offline(page, officeStandIn("none"), outside);
    recordErrors(page, errors);

    await page.goto(paneUrl(server()), { waitUntil: "load" });
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

  test("in Excel, the actions' code loads after the first paint (the workbook's status reads with it), the sharing converter on its first use, from the add-in's host under the page's CSP", async () => {
    const outside: string[] = [];
    const errors: string[] = [];
    const scripts: string[] = [];
    const page = await suite.context().newPage();
    await offline(page, officeStandIn("Excel"), outside);
    recordErrors(page, errors);
    // the pane's settings as on a first start (the test before left Japanese in local storage)
    await page.addInitScript(() => window.localStorage.clear());
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname.split("/").pop()!);
    });

    await page.goto(paneUrl(server()), { waitUntil: "load" });
    const create = page.getByRole("button", { name: "Create KPI sheet" });
    await expect(create.isEnabled()).resolves.toBe(true);
    // the first paint loads the page's three scripts; then, in Excel, the workbook's status is read
    // with the actions' chunk, and reaches the (absent) workbook
    expect(scripts.slice(0, 3)).toEqual(["office.js", "functions.js", "taskpane.js"]);
    await page
      .getByTestId("status")
      .getByText(/no workbook in this stand-in/)
      .waitFor();
    expect(scripts.slice(3)).toEqual([expect.stringMatching(/^actions\.[0-9a-f]+\.js$/)]);

    // the action uses the chunk already loaded and reaches the (absent) workbook
    await create.click();
    await page
      .getByTestId("notice")
      .getByText(/no workbook in this stand-in/)
      .waitFor();
    expect(scripts.slice(3)).toEqual([expect.stringMatching(/^actions\.[0-9a-f]+\.js$/)]);
    // the sharing converter's, on its own first use
    const shareChunk = page.waitForResponse(/\/share\.[0-9a-f]+\.js$/);
    await page.getByRole("button", { name: "Prepare for sharing" }).click();
    expect((await shareChunk).status()).toBe(200);
    await page
      .getByTestId("notice")
      .getByText(/no workbook in this stand-in/)
      .waitFor();
    expect(scripts.slice(4)).toEqual([expect.stringMatching(/^share\.[0-9a-f]+\.js$/)]);

    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  }, 60000);
});
