/**
 * Every formula cell `kpi-sheets build` writes carries the engine's value as its cached result,
 * so a viewer that does not calculate (Outlook's preview, Protected View, a phone, pandas) shows
 * the right numbers. The file is read as written, without recalculating; the recalculate-on-open
 * flag stays. tests/e2e/libreoffice.test.ts checks that LibreOffice's recalculation gives the
 * same values.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { build } from "../../cli/build";
import { findScale, GradeScale } from "../../src";
import {
  Case,
  checkAgainstEngine,
  expectedValues,
  fixtureCases,
  formulaCells,
  planOf,
  root,
  sameValue,
} from "../e2e/engineCheck";
import { readValues } from "../e2e/libreoffice-recalc";

const standard = findScale("standard") as GradeScale;

/** The plans LibreOffice checks, and the functions style (whose values are the engine's too). */
const cases: readonly (Case & { readonly style: "native" | "functions" })[] = [
  ...fixtureCases.map((c) => ({ ...c, style: "native" as const })),
  {
    id: "atsugi-functions-en",
    csv: "examples/atsugi-fy2024.csv",
    lang: "en",
    scale: standard,
    args: ["--lang", "en"],
    style: "functions",
  },
  {
    id: "fixture-functions-uncapped-2023",
    csv: "tests/fixtures/sharing-plan.csv",
    lang: "ja",
    scale: findScale("abcd-110-80-50") as GradeScale,
    year: 2023,
    args: ["--scale", "abcd-110-80-50", "--year", "R5"],
    style: "functions",
  },
  {
    // R4 is not a plan year: no figures for it, in every style
    id: "gap-years-functions-2022",
    csv: "tests/fixtures/gap-years.csv",
    lang: "ja",
    scale: standard,
    year: 2022,
    args: ["--year", "R4"],
    style: "functions",
  },
];

describe("the cached values of a built workbook are the engine's", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-cached-"));
  const quiet = { stdout: () => undefined, stderr: () => undefined };
  let total = 0;

  test.each(cases.map((c) => [c.id, c] as const))("%s: every formula cell", async (_id, c) => {
    const file = join(dir, `${c.id}.xlsx`);
    expect(await build([join(root, c.csv), "-o", file, "--style", c.style, ...c.args], quiet)).toBe(0);
    const plan = planOf(c.csv);
    const { cells, uncached } = await formulaCells(file);
    expect(uncached).toEqual([]);
    const values = await readValues(file);
    const expected = expectedValues(plan, c);
    for (const [sheet, addresses] of cells) {
      const want = expected.get(sheet) as Map<string, unknown>;
      // exactly the cells the engine has a value for: none left out, none unaccounted for
      expect({ sheet, cells: [...addresses].sort() }).toEqual({ sheet, cells: [...want.keys()].sort() });
      for (const address of addresses) {
        const value = values.get(sheet)?.get(address) ?? null;
        const same = sameValue(value, want.get(address) as typeof value);
        expect({ sheet, address, value, same }).toEqual({ sheet, address, value, same: true });
      }
      total += addresses.length;
    }
    // and the summary's checks, on the cached values
    checkAgainstEngine(values, plan, c);
    // Excel and LibreOffice still recalculate every formula when the file is opened
    const workbook = await (await JSZip.loadAsync(readFileSync(file))).file("xl/workbook.xml")?.async("string");
    expect(workbook).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  afterAll(() => {
    // the Atsugi workbook alone has hundreds of formula cells
    expect(total).toBeGreaterThan(1000);
  });
});
