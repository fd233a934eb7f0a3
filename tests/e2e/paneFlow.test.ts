/**
 * The BUILT pane (dist/addin) in headless Chromium, inside the Excel double: office.js is the
 * Office stand-in with Excel.run over a fake workbook (excelDouble.ts). With the keyboard only, in
 * English and in Japanese: create a KPI sheet from the sample, generate the goal summary, read the
 * goal averages on screen and compare them with the engine's. Screenshots at 320 and 450 px go to
 * tests/e2e/output/; axe-core checks the pane in each state against WCAG 2.1 A and AA.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { join } from "node:path";
import { Page } from "playwright-core";
import { formatPermille } from "../../src/format";
import { defaultScale, levelLabel } from "../../src/grade";
import { Lang } from "../../src/lang";
import { readPlanCsv } from "../../src/planCsv";
import { summarize } from "../../src/summary";
import { atsugiSampleCsv } from "../../taskpane/sample/atsugiSample";
import { builtPaneSuite, offline, officeStandIn, paneUrl, recordErrors } from "./builtPane";
import { DoubleWindow, officeWithDouble } from "./excelDouble";

const dist = join(__dirname, "../../dist/addin");
const output = join(__dirname, "output");

const texts = {
  en: { create: "Create KPI sheet", summary: "Generate goal summary", share: "Prepare for sharing", result: "Result" },
  ja: { create: "KPIシートを作成", summary: "まとめを作成", share: "共有の準備をする", result: "結果" },
} as const;

/** The goal averages and grades the engine gives the sample, as the pane writes them. */
function engineAverages(lang: Lang): string[][] {
  const summary = summarize(readPlanCsv(atsugiSampleCsv).plan, { scale: defaultScale });
  return summary.goals.map((g) => [
    g.average === undefined ? "-" : formatPermille(g.average * 1000),
    g.grade === undefined ? "-" : levelLabel(defaultScale, g.grade, lang),
  ]);
}

/** Presses Tab until the button has focus (a disabled one never gets it). */
async function tabTo(page: Page, name: string): Promise<void> {
  const target = page.getByRole("button", { name, exact: true });
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached the button "${name}"`);
}

/** What has focus: its role (or tag) and accessible label. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { role: el?.getAttribute("role") ?? el?.tagName.toLowerCase(), label: el?.getAttribute("aria-label") };
  });

/** WCAG 2.1 A and AA violations axe-core finds in the page, as "rule: targets". */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [320, 450]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(output, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 420, height: 1200 });
}

describe("the built pane inside the Excel double, with the keyboard only", () => {
  const suite = builtPaneSuite(dist, output, "kpi-pane-flow-");

  /** A fresh page in Excel with an empty workbook, Office speaking this language, on first start. */
  async function openPane(lang: Lang, errors: string[], outside: string[]): Promise<Page> {
    const page = await suite.context().newPage();
    await offline(page, await officeWithDouble(lang === "ja" ? "ja-JP" : "en-US"), outside);
    await page.addInitScript(() => window.localStorage.clear());
    recordErrors(page, errors);
    await page.goto(paneUrl(suite.server()), { waitUntil: "load" });
    return page;
  }

  test.each(["en", "ja"] as const)(
    "%s: create from the sample, generate the summary, read the averages; every state passes axe",
    async (lang) => {
      const errors: string[] = [];
      const outside: string[] = [];
      const page = await openPane(lang, errors, outside);
      const t = texts[lang];
      const status = page.getByTestId("status");
      await status.getByText(lang === "en" ? /No KPI table was found/ : /KPIシートの表が見つかりません/).waitFor();
      expect(await violations(page)).toEqual([]);
      await shoot(page, `flow-${lang}-1-empty`);

      // step 1, from the sample (the source chosen on a first start)
      await tabTo(page, t.create);
      await page.keyboard.press("Enter");
      const result = page.getByRole("group", { name: t.result });
      await result.waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "group");
      expect(await focused(page)).toEqual({ role: "group", label: t.result });
      expect(await page.evaluate(() => (window as unknown as DoubleWindow).kpiDouble.sheets())).toEqual(
        lang === "en" ? ["Sheet1", "Settings", "KPI"] : ["Sheet1", "設定", "KPI"],
      );
      await status.getByText(lang === "en" ? "FY2024" : "令和6年度").waitFor();
      expect(await violations(page)).toEqual([]);

      // the goal summary
      await tabTo(page, t.summary);
      await page.keyboard.press("Enter");
      const averages = page.getByTestId("averages");
      await averages.waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "group");
      const onScreen = await averages
        .locator("tbody tr")
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent ?? "")));
      expect(onScreen).toEqual(engineAverages(lang));
      expect(onScreen).toHaveLength(4);
      await status.getByText(lang === "en" ? /up to date with the KPI table/ : /KPIの表と一致/).waitFor();
      expect(await violations(page)).toEqual([]);
      await shoot(page, `flow-${lang}-2-summary`);

      // the result's button opens the summary sheet
      await tabTo(page, lang === "en" ? 'Open "Goal summary"' : "「基本目標別まとめ」を開く");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => (window as unknown as DoubleWindow).kpiDouble.active() !== "KPI");

      // sharing: the sample's sheets are written with classic formulas, so nothing to convert
      await tabTo(page, t.share);
      await page.keyboard.press("Enter");
      await page.getByTestId("share-nothing").waitFor();
      expect(await violations(page)).toEqual([]);

      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      await page.close();
    },
    120000,
  );

  test("outside Excel, a create's rejected rows and the replace question also pass axe; unchosen radios are not greyed", async () => {
    const errors: string[] = [];
    const outside: string[] = [];
    const plain = await suite.context().newPage();
    await offline(plain, officeStandIn("none"), outside);
    await plain.goto(paneUrl(suite.server()), { waitUntil: "load" });
    await plain.getByTestId("outside-excel").waitFor();
    expect(await violations(plain)).toEqual([]);
    await plain.close();

    const page = await openPane("en", errors, outside);
    const color = (name: string) =>
      page
        .getByRole("radio", { name })
        .evaluate((el) => getComputedStyle(el.parentElement!.querySelector("label")!).color);
    expect(await color("Blank template for a plan period")).toBe(await color("Atsugi City sample (FY2024 check)"));

    await page.getByRole("radio", { name: "A plan CSV file" }).check();
    await page.getByTestId("csv-input").setInputFiles({
      name: "plan.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("goal,kind,name,direction,target_R6,actual_R6\n1,kpi,a,higher,100,90\nx,kpi,b,higher,1,1\n"),
    });
    await page.getByRole("button", { name: texts.en.create }).click();
    await page.getByTestId("rejected").waitFor();
    expect(await focused(page)).toMatchObject({ role: "button" });
    expect(await violations(page)).toEqual([]);
    await shoot(page, "flow-en-rejected");
    await page.keyboard.press("Enter"); // Create anyway has focus
    await page.getByRole("group", { name: "Result" }).waitFor();

    await page.getByRole("button", { name: texts.en.summary }).click();
    await page.getByTestId("averages").waitFor();
    await page.getByRole("button", { name: texts.en.summary }).click();
    await page.getByRole("alertdialog").waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByText("Cancelled.", { exact: true }).first().waitFor();

    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  }, 120000);
});
