/**
 * A formula column copied down is written as one shared formula (cli/xlsxCells.ts): the top cell
 * holds the formula and the range, the cells below its index and their cached results.
 * tests/cli/cachedValues.test.ts and tests/e2e/libreoffice.test.ts check the values they give.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { build } from "../../cli/build";
import { blockValues } from "../../cli/xlsxCells";
import { Block, formula, number } from "../../src/sheets";

const array = (f: string) => ({ kind: "formula", formula: f, array: true }) as const;

describe("shared formulas", () => {
  test("a formula is shared with the run above it only where it is that formula copied down", () => {
    const block: Block = {
      at: "B3",
      cells: [
        [formula("=A3*2"), number(1), array("=SUM(A3:A4)")],
        [formula("=A4*2"), number(2), array("=SUM(A4:A5)")],
        [formula("=A5*3"), formula("=1"), formula("=C5")],
        [formula("=A6*3"), formula("=1"), formula("=C6")],
        [formula("=$A$6*3"), formula("=1"), formula("=C7")],
      ],
      values: [
        [2, undefined, 3],
        [4, undefined, 5],
        [9, 1, "x"],
        [12, 1, "y"],
        [18, 1, ""],
      ],
    };
    expect(blockValues(block)).toEqual([
      [
        { formula: "A3*2", result: 2, date1904: false },
        1,
        { formula: "SUM(A3:A4)", result: 3, shareType: "array", ref: "D3" },
      ],
      [{ sharedFormula: "B3", result: 4 }, 2, { formula: "SUM(A4:A5)", result: 5, shareType: "array", ref: "D4" }],
      [
        { formula: "A5*3", result: 9, date1904: false },
        { formula: "1", result: 1, date1904: false },
        { formula: "C5", result: "x", date1904: false },
      ],
      [
        { sharedFormula: "B5", result: 12 },
        { sharedFormula: "C5", result: 1 },
        { sharedFormula: "D5", result: "y" },
      ],
      [
        { formula: "$A$6*3", result: 18, date1904: false },
        { sharedFormula: "C5", result: 1 },
        { sharedFormula: "D5", result: "" },
      ],
    ]);
  });

  test("each formula column of the KPI sheet is stored once, every cell with its cached result", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-shared-"));
    const file = join(dir, "atsugi.xlsx");
    const quiet = { stdout: () => undefined, stderr: () => undefined };
    expect(await build([join(__dirname, "../../examples/atsugi-fy2024.csv"), "-o", file], quiet)).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file));
    // the sheets in the plan's order: settings, KPI, goal summary
    const xml = await (zip.file("xl/worksheets/sheet2.xml") as JSZip.JSZipObject).async("string");
    expect(xml).toContain('<c r="A4"');
    const masters = [...xml.matchAll(/<f t="shared" ref="([A-Z]+)5:([A-Z]+)(\d+)" si="\d+">/g)];
    // the plan's 62 indicators in rows 5–66: every formula column one shared formula down to the last row
    expect(masters.length).toBeGreaterThanOrEqual(11);
    for (const m of masters) expect([m[1], m[3]]).toEqual([m[2], "66"]);
    const followers = [...xml.matchAll(/<c r="[A-Z]+\d+"[^>]*><f t="shared" si="\d+"\/>(<v>[^<]*<\/v>)?<\/c>/g)];
    expect(followers.length).toBe(masters.length * 61);
    expect(followers.filter((f) => f[1] === undefined)).toEqual([]);
  });
});
