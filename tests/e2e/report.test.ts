/**
 * `kpi-sheets report` on the Atsugi plan, checked as the council would see it: the PDF made by
 * LibreOffice shows every rate the reference prints (the uncapped ones in parentheses), the four
 * goal averages and their grades, each goal starting a page, text at 9 pt or more; its pages are
 * saved as PNGs under tests/e2e/output/ for a person to look at. The report workbook holds
 * charts for every goal, passes the OOXML checks, and LibreOffice draws the charts.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { report } from "../../cli/report";

jest.setTimeout(300_000);

const root = join(__dirname, "..", "..");
const plan = join(root, "examples", "atsugi-fy2024.csv");
const reference = readFileSync(join(root, "docs", "reference", "atsugi-fy2024-effect-verification.txt"), "utf8");
const output = join(root, "tests", "e2e", "output", "report");
const dir = mkdtempSync(join(tmpdir(), "kpi-report-"));
const pdf = join(dir, "report.pdf");
const xlsx = join(dir, "report.xlsx");
const title = ["--title", "第２期厚木市まち・ひと・しごと創生総合戦略", "--city", "厚木市"];

function run(program: string, args: readonly string[]): string {
  const result = spawnSync(program, args, { encoding: "utf8", maxBuffer: 256 << 20 });
  if (result.error !== undefined) throw new Error(`${program} could not run: ${result.error.message}`);
  return result.stdout;
}

/** The page texts of the PDF, one string per page. */
const pages = (): string[] => run("pdftotext", ["-layout", pdf, "-"]).split("\f").slice(0, -1);

/** Rates as printed: 95.3%, (101.4%). */
const rates = (text: string): Set<string> => new Set(text.match(/\(?\d+\.\d%\)?/g) ?? []);

interface Word {
  readonly page: number;
  readonly text: string;
  readonly yMin: number;
  readonly yMax: number;
  readonly xMin: number;
  readonly xMax: number;
}

function words(file: string): Word[] {
  const html = run("pdftotext", ["-bbox", file, "-"]);
  const found: Word[] = [];
  let page = 0;
  for (const line of html.split("\n")) {
    if (line.includes("<page ")) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m !== null)
      found.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] });
  }
  return found;
}

beforeAll(async () => {
  const io = { stdout: () => undefined, stderr: (t: string) => process.stderr.write(t) };
  expect(await report([plan, "-o", pdf, ...title], io)).toBe(0);
  expect(await report([plan, "-o", xlsx, ...title], io)).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the report as a PDF", () => {
  test("shows every rate the reference prints, the uncapped ones in parentheses", () => {
    const printed = rates(pages().join("\n"));
    // the reference prints 0.0% (0.0%) once for a KPI whose indicator was changed (指標変更): a
    // missing value, which the report shows as "-" and never as 0% (see the plan's notes)
    const expected = [...rates(reference)].filter((r) => r !== "(0.0%)");
    expect(expected.length).toBeGreaterThan(140);
    expect(expected.filter((r) => r.startsWith("(")).length).toBeGreaterThan(20);
    expect(expected.filter((r) => !printed.has(r))).toEqual([]);
  });

  test("shows the four goal averages and their grades, in the overview and in each goal's section", () => {
    const text = pages();
    const overview = text[0].split("\n");
    [
      ["基本目標1", "89.5%"],
      ["基本目標2", "81.8%"],
      ["基本目標3", "96.5%"],
      ["基本目標4", "89.7%"],
    ].forEach(([goal, average]) => {
      const line = overview.find((l) => l.includes(goal) && l.includes(average));
      expect({ goal, line: line?.includes("おおむね順調") }).toEqual({ goal, line: true });
      // a full-width space follows the goal's number in its heading; pdftotext gives it as a space
      const section = text.find((t) => new RegExp(`${goal}\\s`).test(t) && !t.includes("効果検証結果（総論）"));
      expect(section).toMatch(new RegExp(`${average.replace(".", "\\.")}\\s+評価\\s+おおむね順調`));
    });
  });

  test("each goal starts a page: its heading is the first line under the page header", () => {
    const text = pages();
    for (const goal of [1, 2, 3, 4]) {
      const starts = text.filter((t) => {
        const lines = t.split("\n").filter((l) => l.trim() !== "");
        return new RegExp(`^基本目標${goal}\\s`).test(lines[1]?.trim() ?? "");
      });
      expect({ goal, starts: starts.length }).toEqual({ goal, starts: 1 });
    }
  });

  test("prints text at a readable size: the median word is 9 pt tall or more, every page A4 landscape", () => {
    const heights = words(pdf)
      .map((w) => w.yMax - w.yMin)
      .sort((a, b) => a - b);
    const median = heights[Math.floor(heights.length / 2)];
    expect(median).toBeGreaterThanOrEqual(9);
    const sizes = run("pdfinfo", ["-f", "1", "-l", "999", pdf]).match(/Page\s+\d+ size:\s+[\d.]+ x [\d.]+/g) ?? [];
    expect(sizes.length).toBeGreaterThan(4);
    for (const size of sizes) expect(size).toMatch(/841\.\d+ x 595\.\d+/);
    // "page x of y" in every footer: the words at the foot of each page
    const all = words(pdf);
    const count = pages().length;
    for (let page = 1; page <= count; page++) {
      const foot = all.filter((w) => w.page === page && w.yMin > 560).map((w) => w.text);
      expect(foot.join(" ")).toContain(`${page} / ${count} ページ`);
    }
  });

  test("its pages are saved as PNGs for a person to look at, and the charts are drawn (not blank)", () => {
    rmSync(output, { recursive: true, force: true });
    mkdirSync(output, { recursive: true });
    run("pdftoppm", ["-png", "-r", "60", pdf, join(output, "page")]);
    expect(readdirSync(output).filter((f) => f.endsWith(".png")).length).toBe(pages().length);

    // the charts are drawn: pages holding pixels of the bar colour (#4472C4), which nothing but a
    // chart prints, one such page per goal at least, and none on the overview
    run("pdftoppm", ["-r", "36", pdf, join(dir, "color")]);
    const barPixels = readdirSync(dir)
      .filter((f) => /^color-\d+\.ppm$/.test(f))
      .sort()
      .map((f) => {
        const image = readFileSync(join(dir, f));
        const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(image.subarray(0, 40).toString("latin1"));
        let bars = 0;
        const near = (v: number, c: number): boolean => Math.abs(v - c) < 40;
        for (let i = header?.[0].length ?? image.length; i + 2 < image.length; i += 3)
          if (near(image[i], 0x44) && near(image[i + 1], 0x72) && near(image[i + 2], 0xc4)) bars += 1;
        return bars;
      });
    expect(barPixels.length).toBe(pages().length);
    expect(barPixels[0]).toBe(0);
    expect(barPixels.filter((n) => n > 500).length).toBeGreaterThanOrEqual(4);
  });
});

describe("the report as a workbook", () => {
  test("holds charts for every goal, each pointing at the report sheet", async () => {
    const zip = await JSZip.loadAsync(readFileSync(xlsx));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    const xml = await Promise.all(charts.map((f) => zip.file(f)?.async("string") ?? ""));
    // per goal: its KPIs' rates, its count per grade, and one chart per numerical target (8)
    expect(charts.length).toBe(4 * 2 + 8);
    expect(xml.filter((x) => x.includes("<c:lineChart>")).length).toBe(4);
    for (const x of xml) expect(x).toMatch(/<c:f>'効果検証報告書'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+<\/c:f>/);
    const drawing = await zip.file("xl/drawings/drawing1.xml")?.async("string");
    expect(drawing?.match(/<xdr:twoCellAnchor/g)?.length).toBe(charts.length);
  });

  test("passes the OOXML checks (schemas, Excel's load rules)", () => {
    const checks = join(root, "tests", "ooxml");
    const schema = spawnSync("python3", [join(checks, "validate_parts.py"), xlsx], { encoding: "utf8" });
    expect(schema.stdout).toContain("-> 0 part(s) with errors");
    expect(schema.stdout).toMatch(/xl\/charts\/chart1\.xml\s+valid \(dml-chart\.xsd\)/);
    expect(schema.status).toBe(0);
    const rules = spawnSync("python3", [join(checks, "check_excel_rules.py"), "--json", xlsx], { encoding: "utf8" });
    const findings = JSON.parse(rules.stdout) as Record<string, { severity: string; message: string }[]>;
    expect(Object.values(findings).flat()).toEqual([]);
  });
});
