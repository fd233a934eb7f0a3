import { formulaShifter, shiftFormula } from "../../../src/formula/shift";

// what Excel writes when the formula is copied that far (checked by hand in Excel's own rules:
// relative parts move, $ parts stay, structured references and names stay, off the sheet is #REF!)
describe("shiftFormula", () => {
  test.each([
    ["=F5+G5", 1, 0, "=F6+G6"],
    ["=F5+G5", 3, 2, "=H8+I8"],
    ["=$E5*F$2+$A$1", 10, 1, "=$E15*G$2+$A$1"],
    ["=SUM($L5:$AA5)", 2, 0, "=SUM($L7:$AA7)"],
    ["=Settings!$B$3+Settings!B3", 1, 0, "=Settings!$B$3+Settings!B4"],
    ["='KPI (2)'!C5:C14", 1, 0, "='KPI (2)'!C6:C15"],
    ["=設定!B3", 2, 0, "=設定!B5"],
    ["=COUNTA(C:C)+SUM(5:5)+SUM($4:$4)", 1, 1, "=COUNTA(D:D)+SUM(6:6)+SUM($4:$4)"],
    ["=IF(A1>2021,1E-12,KpiEvalYear)", 1, 0, "=IF(A2>2021,1E-12,KpiEvalYear)"],
    ['=IF(H5="A5",KpiTable[[#This Row],[目標5]],[@rate])', 1, 0, '=IF(H6="A5",KpiTable[[#This Row],[目標5]],[@rate])'],
    ["=COUNTIF(KpiTable[goal],A2)", 4, 0, "=COUNTIF(KpiTable[goal],A6)"],
    ["=LOG10(A1)+ATAN2(B1,C1)", 1, 0, "=LOG10(A2)+ATAN2(B2,C2)"],
    ["=SUM(A1:INDEX(B:B,3))", 1, 0, "=SUM(A2:INDEX(B:B,3))"],
    ["=TAX2024+XFD1+XFE1", 1, 0, "=TAX2025+XFD2+XFE1"],
    ["=[1]Sheet1!A1", 1, 0, "=[1]Sheet1!A2"],
    ["=@A1:A10", 1, 0, "=@A2:A11"],
    ["=A2+Sheet1!B2:C3", -1, 0, "=A1+Sheet1!B1:C2"],
    ["=A1+Sheet1!B1:C2", -1, 0, "=#REF!+Sheet1!#REF!"],
    ["=A1", 0, -1, "=#REF!"],
    ["=A1048576", 1, 0, "=#REF!"],
  ])("%s moved %i rows, %i columns: %s", (formula, rows, columns, expected) => {
    expect(shiftFormula(formula, rows, columns)).toBe(expected);
  });

  test("a formula without references, or moved nowhere, is unchanged", () => {
    const formula = '=IF(OR(KpiEvalYear<2021,KpiEvalYear>2026),"",INDEX($L5:$AA5,1+3*(KpiEvalYear-2021)))';
    expect(shiftFormula(formula, 0)).toBe(formula);
    expect(shiftFormula('="B5"&TRUE', 7)).toBe('="B5"&TRUE');
  });

  test("one shifter serves every row of a column", () => {
    const shift = formulaShifter('=IF(ISNUMBER(AG5),MIN(1,MAX(0,AG5)),"-")');
    expect([0, 1, 9995].map((r) => shift(r))).toEqual([
      '=IF(ISNUMBER(AG5),MIN(1,MAX(0,AG5)),"-")',
      '=IF(ISNUMBER(AG6),MIN(1,MAX(0,AG6)),"-")',
      '=IF(ISNUMBER(AG10000),MIN(1,MAX(0,AG10000)),"-")',
    ]);
  });
});

test("absolute rows never leave the sheet, however far the formula moves", () => {
  expect(shiftFormula("=$A$1+B$2+$C$3:$D$4", -5, 0)).toBe("=$A$1+B$2+$C$3:$D$4");
  expect(shiftFormula("=$A$1+B$2", 5, -1)).toBe("=$A$1+A$2");
  expect(shiftFormula("=$A1+B$2", -1, 0)).toBe("=#REF!+B$2");
});
