import { columnIndex, columnLetter, parseCell, rectAddress, splitSheetAddress } from "../../src/formula/a1";
import { cellInput, needsQuotePrefix } from "../../taskpane/office/cellInput";
import { markFormula, newMarkName, readMarks, sheetOfFormula } from "../../taskpane/office/marks";
import { chunkRows, utf8Length } from "../../taskpane/office/payload";
import { commonSuffix, freeSheetName } from "../../taskpane/office/names";
import { renameInFormula } from "../../taskpane/office/rename";

const renames = (sheets: [string, string][] = [], tables: [string, string][] = [], names: [string, string][] = []) => ({
  sheets: new Map(sheets),
  tables: new Map(tables),
  names: new Map(names),
});

describe("renameInFormula", () => {
  test("sheets, quoted or not; never inside strings", () => {
    const r = renames([
      ["KPI", "KPI (2)"],
      ["設定", "設定 (2)"],
    ]);
    expect(renameInFormula("=KPI!A1+'KPI'!$B$2&\"KPI!A1\"", r)).toBe("='KPI (2)'!A1+'KPI (2)'!$B$2&\"KPI!A1\"");
    expect(renameInFormula("=設定!$B$3", r)).toBe("='設定 (2)'!$B$3");
    expect(renameInFormula("=MYKPI!A1+KPIX!A1", r)).toBe("=MYKPI!A1+KPIX!A1");
  });
  test("tables before [ and names elsewhere; functions, cells and structured-reference columns untouched", () => {
    const r = renames([], [["KpiTable", "KpiTable_2"]], [["KpiEvalYear", "KpiEvalYear_2"]]);
    expect(renameInFormula("=SUMIFS(KpiTable[rate],KpiTable[[#This Row],[KpiEvalYear]],KpiEvalYear)", r)).toBe(
      "=SUMIFS(KpiTable_2[rate],KpiTable_2[[#This Row],[KpiEvalYear]],KpiEvalYear_2)",
    );
    expect(renameInFormula("=KpiEvalYear(1)+A1+$B$2+kpievalyear", r)).toBe("=KpiEvalYear(1)+A1+$B$2+KpiEvalYear_2");
  });
  test("free names follow Excel's pattern", () => {
    expect(freeSheetName("KPI", new Set(["kpi", "KPI (2)"]))).toBe("KPI (3)");
    expect(freeSheetName("x".repeat(31), new Set(["x".repeat(31)]))).toBe(`${"x".repeat(27)} (2)`);
    expect("KpiTable" + commonSuffix(["KpiTable"], new Set(["KPITABLE"]))).toBe("KpiTable_2");
  });
});

test("text that Excel would reinterpret gets the quote prefix; formulas and numbers pass as they are", () => {
  for (const t of [
    '=HYPERLINK("http://example.com","x")',
    "+1",
    "-",
    "-5",
    "@x",
    "'quoted",
    "#N/A",
    "TRUE",
    "6,439",
    "R3/4/1",
  ]) {
    expect(needsQuotePrefix(t)).toBe(true);
    expect(cellInput({ kind: "text", text: t })).toBe(`'${t}`);
  }
  expect(cellInput({ kind: "text", text: "転入者数" })).toBe("転入者数");
  expect(cellInput({ kind: "formula", formula: "=A1" })).toBe("=A1");
  expect(cellInput({ kind: "number", value: 6439 })).toBe(6439);
  expect(cellInput({ kind: "empty" })).toBe("");
  expect(() => cellInput({ kind: "number", value: NaN })).toThrow(/non-finite/);
});

test("marks point at their sheet and are read back; deleted sheets read as no sheet", () => {
  expect(markFormula("KPI (2)")).toBe("='KPI (2)'!$A$1");
  expect(sheetOfFormula("=KPI!$A$1")).toBe("KPI");
  expect(sheetOfFormula("='Bob''s'!$A$1")).toBe("Bob's");
  expect(sheetOfFormula("=#REF!$A$1")).toBeUndefined();
  expect(
    readMarks([
      { name: "KpiSheets_summary_1", formula: "=まとめ!$A$1" },
      { name: "Other", formula: "=A!$A$1" },
    ]),
  ).toEqual([{ name: "KpiSheets_summary_1", role: "summary", sheet: "まとめ" }]);
  expect(newMarkName("kpi", new Set(["KPISHEETS_KPI_1"]))).toBe("KpiSheets_kpi_2");
});

test("addresses and sizes", () => {
  expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
  expect(columnIndex("AAA")).toBe(702);
  expect(parseCell("$F$12")).toEqual({ row: 11, column: 5 });
  expect(rectAddress({ row: 4, column: 0 }, 3, 2)).toBe("A5:B7");
  expect(splitSheetAddress("'KPI (2)'!B3:C9")).toEqual({ sheet: "KPI (2)", topLeft: { row: 2, column: 1 } });
  // 3 bytes a kanji, an escaped quote 2, a letter 1
  expect(utf8Length('指標"a')).toBe(6 + 2 + 1);
  expect(chunkRows([5, 5, 5, 5, 20], 10)).toEqual([2, 2, 1]);
});
