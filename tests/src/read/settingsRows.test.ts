/** A settings sheet read back (src/read/settingsRows.ts): what build wrote, typed-over cells, older sheets. */
import { findScale, Plan } from "../../../src";
import { readScaleCsv } from "../../../src/rules/scaleCsv";
import { readSettingsRows } from "../../../src/read/settingsRows";
import { settingsRows } from "../../../src/sheets/settingsSheet";
import { workbookPlan, WorkbookOptions } from "../../../src/sheets";
import { departmentsPlan, planGrids } from "../departments/planGrids";

/** The settings sheet's values of the workbook built from the plan with the options. */
function settingsGrid(plan: Plan, options: WorkbookOptions): unknown[][] {
  const built = workbookPlan(plan, options);
  const sheet = built.sheets.find((s) => s.role === "settings");
  return planGrids({ ...built, sheets: sheet === undefined ? [] : [sheet] }).get(sheet?.name ?? "") ?? [];
}

const custom = readScaleCsv("110%,超過\n90%,順調\n50%,遅れ気味\n,遅れ\n", "mine");

test.each([
  ["ja", findScale("symbols")],
  ["en", findScale("standard")],
  ["ja", findScale("trend")],
] as const)("what build wrote in %s reads back: year, language, style, scale %#, every rule", (lang, scale) => {
  const options: WorkbookOptions = {
    lang,
    style: "functions",
    year: 2024,
    scale,
    rules: { rounding: "truncate", lag: 2, tolerance: 0.05, rule: "worst", countTargets: true },
    title: "第２期総合戦略",
    city: "厚木市",
  };
  expect(readSettingsRows(settingsGrid(departmentsPlan, options))).toEqual({
    lang,
    style: "functions",
    year: 2024,
    scale,
    rules: { rounding: "truncate", lag: 2, tolerance: 0.05, rule: "worst", countTargets: true },
    title: "第２期総合戦略",
    city: "厚木市",
    unread: [],
  });
});

test("a scale of the city's own (a CSV) reads back as its levels, labels and basis", () => {
  expect(custom.kind).toBe("scale");
  if (custom.kind !== "scale") return;
  const read = readSettingsRows(settingsGrid(departmentsPlan, { lang: "ja", scale: custom.scale, year: 2025 }));
  expect(read?.scale?.basis).toBe(custom.scale.basis);
  expect(read?.scale?.levels.map((l) => [l.min, l.label.ja])).toEqual(
    custom.scale.levels.map((l) => [l.min, l.label.ja]),
  );
});

test("cells typed over are named and left to the defaults; blank ones (an older sheet) are not named", () => {
  const rows = settingsGrid(departmentsPlan, { lang: "ja", year: 2025 });
  const set = (row: number, value: unknown) => {
    rows[row - 1][1] = value;
  };
  set(settingsRows.rounding, "四捨五入");
  set(settingsRows.lag, -1);
  set(settingsRows.style, "");
  set(settingsRows.countTargets, undefined);
  const read = readSettingsRows(rows);
  expect(read?.unread).toEqual(["端数処理", "統計の遅れ（年）"]);
  expect(read?.rules).toEqual({ tolerance: 0.1, rule: "mean" });
  expect(read?.style).toBeUndefined();
  // a threshold typed as text: the scale cannot be read, and says so
  rows[settingsRows.scaleFirstRow - 1][0] = "100%";
  expect(readSettingsRows(rows)?.unread).toContain("評価基準");
  expect(readSettingsRows(rows)?.scale).toBeUndefined();
});

test("rows that are no settings sheet read as none", () => {
  expect(readSettingsRows([])).toBeUndefined();
  expect(
    readSettingsRows([
      ["指標ID", "指標名"],
      ["A-1", "x"],
    ]),
  ).toBeUndefined();
});
