/**
 * KPI.RATE, KPI.PROGRESS, KPI.PATH, KPI.AVERAGE and KPI.GRADE over every row of the Atsugi plan
 * (examples/atsugi-fy2024.csv), fed the cells as written in the file, against the engine's
 * rateIn and goal summary: the functions decide no rule of their own.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { isError, setDisplayLanguage } from "./customFunctionsDouble";
import { average, grade, path, progress, rate } from "../../functions/functions";
import { rateIn } from "../../src/evaluate";
import { readPlanCsv } from "../../src/planCsv";

const file = readFileSync(join(__dirname, "../../examples/atsugi-fy2024.csv"), "utf8");
const { plan } = readPlanCsv(file);
const rows = Papa.parse<Record<string, string>>(file.replace(/^\uFEFF/, ""), {
  header: true,
  skipEmptyLines: true,
}).data;
const years: [string, number][] = [
  ["R3", 2021],
  ["R4", 2022],
  ["R5", 2023],
  ["R6", 2024],
  ["R7", 2025],
  ["R8", 2026],
];
/** A CSV cell as a sheet cell: empty text is a blank cell. */
const cell = (text: string | undefined): unknown => (text === undefined || text.trim() === "" ? null : text);

const indicatorOf = (row: Record<string, string>) =>
  plan.indicators.find(
    (i) => i.goal === Number(row.goal) && i.name === row.name && i.kind === (row.kind === "kpi" ? "kpi" : "target"),
  )!;

afterEach(() => setDisplayLanguage(undefined));

describe("every row of the Atsugi plan, every year", () => {
  it("has the rows the engine reads", () => {
    expect(rows.length).toBe(plan.indicators.length);
    expect(rows.length).toBeGreaterThan(50);
  });

  it.each(rows.map((r, n) => [n + 2, r.name, r] as const))(
    "line %d %s: the function's rate is the engine's",
    (_line, _name, row) => {
      const indicator = indicatorOf(row);
      expect(indicator).toBeDefined();
      for (const [label, year] of years) {
        const target = cell(row[`target_${label}`]);
        const actual = cell(row[`actual_${label}`]);
        const direction = cell(row.direction);
        let capped: unknown;
        let uncapped: unknown;
        if (indicator.method === "baseline") {
          capped = progress([[cell(row.baseline)]], [[target]], [[actual]], [[direction]])[0][0];
          uncapped = progress([[cell(row.baseline)]], [[target]], [[actual]], [[direction]], [[false]])[0][0];
        } else if (indicator.method === "path") {
          // the final target: the last year with a numeric target
          const final = [...indicator.targets].filter(([, v]) => v.kind === "number").pop();
          const finalValue = final?.[1].kind === "number" ? final[1].value : null;
          const planned = path(
            [[cell(row.baseline)]],
            [[cell(row.baseline_year)]],
            [[finalValue]],
            [[final?.[0] ?? null]],
            [[year]],
          );
          capped = rate(planned, [[actual]], [[direction]])[0][0];
          uncapped = rate(planned, [[actual]], [[direction]], [[false]])[0][0];
        } else {
          capped = rate([[target]], [[actual]], [[direction]])[0][0];
          uncapped = rate([[target]], [[actual]], [[direction]], [[false]])[0][0];
        }
        const expected = rateIn(indicator, year);
        if (expected.kind === "rate") {
          expect({ year, capped, uncapped }).toEqual({ year, capped: expected.capped, uncapped: expected.uncapped });
        } else {
          // no rate: blank ("") or a missing value (#N/A naming it), never a number
          expect({ year, noRate: capped === "" || (isError(capped) && capped.code === "#N/A") }).toEqual({
            year,
            noRate: true,
          });
        }
      }
    },
  );
});

describe("the FY2024 goal summary through the functions", () => {
  const kpis = rows.filter((r) => r.kind === "kpi");
  // one array call per column, as a KPI sheet would have it
  const rates = rate(
    kpis.map((r) => [cell(r.target_R6)]),
    kpis.map((r) => [cell(r.actual_R6)]),
    kpis.map((r) => [cell(r.direction)]),
  );

  it.each([
    [1, 0.895],
    [2, 0.818],
    [3, 0.965],
    [4, 0.897],
  ])("goal %d: KPI.AVERAGE of the spilled KPI.RATE column is %d, graded おおむね順調", (goal, expected) => {
    const column = kpis.map((r, i) => (Number(r.goal) === goal ? rates[i] : [""]));
    const avg = average(column);
    expect(avg).toEqual([[expected]]);
    setDisplayLanguage("ja-JP");
    expect(grade(avg)).toEqual([["おおむね順調"]]);
  });
});
