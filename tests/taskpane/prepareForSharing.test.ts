/**
 * Prepare for sharing through the Office.js adapter (office-addin-mock over the Excel double in
 * tests/doubles): a workbook full of typed KPI.* formulas, scalar and array forms, every function. Each
 * replacement is then evaluated by LibreOffice on the same inputs and compared with what the
 * custom function (the engine) returns for them.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import "../functions/customFunctionsDouble";
import { average, fy, grade, label, path, progress, rate } from "../../functions/functions";
import { setDisplayLanguage } from "../functions/customFunctionsDouble";
import { cellAddress, parseCell } from "../../src/formula/a1";
import { prepareForSharing, describeShareReport, ShareReport } from "../../taskpane/office/prepareForSharing";
import { readValues, recalculate, scratchDir, Value } from "../e2e/libreoffice-recalc";
import { mockContext } from "../doubles/context";
import { FakeCell, FakeSheet, FakeWorkbook } from "../doubles/workbook";

jest.setTimeout(120_000);

type Scalar = string | number | null;
const sheetCells = (book: FakeWorkbook, name: string): Map<string, FakeCell> => book.sheet(name)!.cells;

// ---- the inputs (sheet Inputs, rows 2–10) and the typed formulas (sheet Calc) -------------------

const inputRows: Scalar[][] = [
  // target, actual, direction, baseline, rate, year label, year
  [900, 1131, "減少", 1200, 0.953, "R6", 2024],
  [220, 275, null, 200, 1.25, "令和元年度", 2019],
  [1.6, 0.7, "higher", 1.0, 0.4375, "H28", 1989],
  [0, 0, "lower", 2, 0.8, "FY2021", 2030],
  [-2000, -3703, "増加", -3000, "-", 2024, 1926],
  [10, null, "lower", 10, "未公表", "平成31年度", 2018],
  [50, "未公表", "減少", 50, null, "-", 2000],
  [10, 0, "lower", 20, 0.59999, "指標変更", 1920],
  [10, 5, "sideways", 8, 0.7999, "令和6年度", 2026],
];
const scaleRows: (string | number)[][] = [
  [1.1, "A"],
  [0.8, "B"],
  [0.5, "C"],
  [0, "D"],
];
const rowsOf = (col: string): string => `Inputs!${col}2:${col}10`;

function scalarFormulas(i: number): string[] {
  const r = (col: string) => `Inputs!${col}${i}`;
  return [
    `=KPI.RATE(${r("A")},${r("B")},${r("C")})`,
    `=KPI.RATE(${r("A")},${r("B")},"lower",FALSE)`,
    `=KPI.PROGRESS(${r("D")},${r("A")},${r("B")},${r("C")})`,
    `=KPI.GRADE(${r("E")})`,
    `=KPI.GRADE(${r("E")},Inputs!$H$2:$I$5)`,
    `=KPI.GRADE(${r("E")},KpiGradeScale)`,
    `=KPI.FY(${r("F")})`,
    `=KPI.LABEL(${r("G")})`,
    `=kpi.label(${r("G")}, "short")`,
    `=IF(KPI.GRADE(KPI.RATE(${r("A")},${r("B")},${r("C")}))="遅れ",1,0)`,
    `=KPI.PATH(${r("D")},2020,${r("A")},2026,${r("G")})`,
  ];
}

const cellValue = (v: Scalar): unknown => (v === null ? null : v);
const c1 = (v: unknown): unknown[][] => [[v]];
const colOf = (k: number): unknown[][] => inputRows.map((row) => [cellValue(row[k])]);
const scaleGrid = scaleRows.map((row) => [...row]);

/** What the custom function returns for the scalar formula in column k of input row index i. */
function expectedScalar(k: number, i: number): unknown {
  const [t, a, d, b, rt, yl, y] = inputRows[i].map(cellValue);
  const one = (x: unknown[][]) => x[0][0];
  const rateOut = one(rate(c1(t) as any, c1(a) as any, c1(d) as any));
  switch (k) {
    case 0:
      return rateOut;
    case 1:
      return one(rate(c1(t) as any, c1(a) as any, c1("lower") as any, c1(false) as any));
    case 2:
      return one(progress(c1(b) as any, c1(t) as any, c1(a) as any, c1(d) as any));
    case 3:
      return one(grade(c1(rt) as any));
    case 4:
    case 5:
      return one(grade(c1(rt) as any, scaleGrid as any));
    case 6:
      return one(fy(c1(yl) as any));
    case 7:
      return one(label(c1(y) as any));
    case 8:
      return one(label(c1(y) as any, c1("short") as any));
    case 9: {
      const g = one(grade(c1(rateOut) as any));
      if (typeof g === "object" && g !== null) return g;
      return g === "遅れ" ? 1 : 0;
    }
    case 10:
      return one(path(c1(b) as any, c1(2020) as any, c1(t) as any, c1(2026) as any, c1(y) as any));
  }
  throw new Error(`no column ${k}`);
}

/** A function's output as LibreOffice shows a cell: a number, text, or an error code. */
function comparable(v: unknown): Value {
  if (typeof v === "object" && v !== null && "code" in v) return { error: String((v as { code: string }).code) };
  if (v === null || v === undefined) return "";
  return v as Value;
}

function buildBook(): { book: FakeWorkbook; expected: Map<string, unknown> } {
  setDisplayLanguage("ja-JP");
  const book = new FakeWorkbook(["Inputs", "Calc", "Empty"]);
  const inputs = sheetCells(book, "Inputs");
  inputRows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) inputs.set(cellAddress(r + 1, c), { value: v });
    }),
  );
  scaleRows.forEach((row, r) => row.forEach((v, c) => inputs.set(cellAddress(r + 1, 7 + c), { value: v })));
  book.names.set("KPIGRADESCALE", { name: "KpiGradeScale", formula: "=Inputs!$H$2:$I$5", comment: "", visible: true });
  const calc = sheetCells(book, "Calc");
  const expected = new Map<string, unknown>();
  inputRows.forEach((_, i) =>
    scalarFormulas(i + 2).forEach((f, k) => {
      const at = cellAddress(i + 1, k);
      calc.set(at, { value: 0, formula: f });
      expected.set(at, expectedScalar(k, i));
    }),
  );
  // array forms, spilled down column A..C from row 20
  const arrays: [string, unknown[][]][] = [
    [
      `=KPI.RATE(${rowsOf("A")},${rowsOf("B")},${rowsOf("C")})`,
      rate(colOf(0) as any, colOf(1) as any, colOf(2) as any),
    ],
    [`=KPI.GRADE(${rowsOf("E")})`, grade(colOf(4) as any)],
    [`=KPI.FY(${rowsOf("F")})`, fy(colOf(5) as any)],
    [
      `=KPI.PROGRESS(${rowsOf("D")},${rowsOf("A")},${rowsOf("B")},"lower",FALSE)`,
      progress(colOf(3) as any, colOf(0) as any, colOf(1) as any, c1("lower") as any, c1(false) as any),
    ],
  ];
  arrays.forEach(([f, out], k) => {
    const at = cellAddress(19, k);
    calc.set(at, { value: 0, formula: f });
    book.sheet("Calc")!.spills.set(at, { rows: out.length, columns: 1 });
    out.forEach((row, r) => expected.set(cellAddress(19 + r, k), row[0]));
  });
  // blocked spill (#SPILL!), array inside another formula, KPI.NUMBER: reported, left alone
  calc.set("E20", { value: 0, formula: `=KPI.RATE(${rowsOf("A")},${rowsOf("B")},"lower")` });
  calc.set("A31", { value: 0, formula: `=SUM(KPI.RATE(${rowsOf("A")},${rowsOf("B")}))` });
  calc.set("B31", { value: 0, formula: "=KPI.NUMBER(Inputs!A2)" });
  // averages over rates, scalar results
  calc.set("C31", { value: 0, formula: "=KPI.AVERAGE(A2:A9)" });
  expected.set("C31", average(inputRows.slice(0, 8).map((_, i) => [expectedScalar(0, i)]) as any)[0][0]);
  calc.set("D31", { value: 0, formula: "=KPI.AVERAGE(Inputs!E2:E5)" });
  expected.set("D31", average(colOf(4).slice(0, 4) as any)[0][0]);
  calc.set("E31", { value: 0, formula: '=KPI.FY("R6")' });
  expected.set("E31", 2024);
  // not KPI formulas: untouched and unreported
  calc.set("F31", { value: "=KPI.RATE(1,2)" }); // text typed with a quote prefix
  calc.set("G31", { value: 3, formula: "=SUM(1,2)" });
  calc.set("H31", { value: "KPI.RATE(x", formula: '="KPI.RATE(" & "x"' });
  return { book, expected };
}

describe("Prepare for sharing", () => {
  const { book, expected } = buildBook();
  const before = new Map([...sheetCells(book, "Calc")].map(([k, v]) => [k, { ...v }]));
  const inputsBefore = JSON.stringify([...sheetCells(book, "Inputs")]);
  let report: ShareReport;

  beforeAll(async () => {
    report = await prepareForSharing(mockContext(book), "ja");
  });

  test("a protected sheet is reported, not written: the other sheets are converted and nothing is half done", async () => {
    const { book: guarded } = buildBook();
    const lockedSheet = new FakeSheet("Locked");
    const locked = lockedSheet.cells;
    locked.set("B2", { value: 0, formula: "=KPI.RATE(Inputs!A2,Inputs!B2)" });
    guarded.sheets.push(lockedSheet);
    lockedSheet.isProtected = true;
    const result = await prepareForSharing(mockContext(guarded), "en");
    expect(result.skipped.find((s) => s.sheet === "Locked")).toMatchObject({
      address: "B2",
      before: "=KPI.RATE(Inputs!A2,Inputs!B2)",
      reason: { en: expect.stringMatching(/protected/) },
    });
    expect(locked.get("B2")?.formula).toBe("=KPI.RATE(Inputs!A2,Inputs!B2)");
    expect(result.changed.length).toBe(inputRows.length * 11 + 4 + 3);
    expect(guarded.sheet("Calc")?.cell("A2")?.formula).not.toMatch(/KPI\./);
  });

  test("rewrites every convertible KPI.* formula in at most 4 syncs, one write per formula", () => {
    const changedCells = report.changed.flatMap((c) => c.after.flat());
    expect(report.changed.length).toBe(inputRows.length * 11 + 4 + 3);
    expect(changedCells.length).toBe(expected.size);
    expect(book.stats.syncs).toBeLessThanOrEqual(4);
    expect(book.stats.writes).toBe(report.changed.length);
    for (const f of changedCells) {
      expect(f).not.toMatch(/KPI\./i);
      expect(f).not.toMatch(/\b(LET|LAMBDA|IFS|XLOOKUP|FILTER|SEQUENCE)\(/);
    }
    const spilled = report.changed.find((c) => c.address === "A20:A28");
    expect(spilled?.after.map((r) => r.length)).toEqual(Array(9).fill(1));
  });

  test("reports what it cannot convert, and why, and leaves those cells and everything else alone", () => {
    expect(report.skipped.map((s) => s.address).sort()).toEqual(["A31", "B31", "E20"]);
    expect(report.skipped.find((s) => s.address === "E20")?.reason.en).toMatch(/spill/);
    expect(report.skipped.find((s) => s.address === "B31")?.reason.en).toMatch(/KPI.NUMBER/);
    const calc = sheetCells(book, "Calc");
    for (const at of ["E20", "A31", "B31", "F31", "G31", "H31"]) expect(calc.get(at)).toEqual(before.get(at));
    expect(JSON.stringify([...sheetCells(book, "Inputs")])).toBe(inputsBefore);
    const text = describeShareReport(report, "ja");
    expect(text).toContain(`${report.changed.length} 件`);
    expect(text).toContain("Calc!E20");
  });

  test("each replacement, evaluated by LibreOffice on the same inputs, equals the custom function's result", async () => {
    const wb = new ExcelJS.Workbook();
    const inputs = wb.addWorksheet("Inputs");
    for (const [at, cell] of sheetCells(book, "Inputs")) inputs.getCell(at).value = cell.value;
    const calc = wb.addWorksheet("Calc");
    for (const change of report.changed) {
      const o = parseCell(change.address.split(":")[0]);
      change.after.forEach((row, r) =>
        row.forEach(
          (f, c) =>
            (calc.getCell(o.row + r + 1, o.column + c + 1).value = { formula: f.slice(1) } as ExcelJS.CellFormulaValue),
        ),
      );
    }
    wb.definedNames.add("Inputs!$H$2:$I$5", "KpiGradeScale");
    const file = join(scratchDir("kpi-share-"), "shared.xlsx");
    await wb.xlsx.writeFile(file);
    const [out] = recalculate([file]);
    const values = (await readValues(out)).get("Calc") as Map<string, Value>;
    const mismatches: string[] = [];
    for (const [at, want] of expected) {
      const got = values.get(at) ?? "";
      const w = comparable(want);
      const same =
        typeof w === "number" && typeof got === "number"
          ? Math.abs(w - got) < 1e-9
          : JSON.stringify(w) === JSON.stringify(got);
      if (!same) mismatches.push(`${at}: LibreOffice ${JSON.stringify(got)}, function ${JSON.stringify(w)}`);
    }
    expect(mismatches).toEqual([]);
    expect(expected.size).toBeGreaterThan(130);
  });
});
