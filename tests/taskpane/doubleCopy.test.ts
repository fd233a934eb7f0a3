/**
 * The Excel double's Range.copyFrom computes what Excel pastes, so the adapter's tests can check
 * the cells' final formulas rather than the calls made.
 */
import { fakeExcel } from "../doubles/context";

function sheetOf() {
  const { wb, context } = fakeExcel(["S"]);
  const sheet = context.workbook.worksheets.getItem("S");
  return { wb, context, sheet, cells: wb.sheet("S")!.cells };
}

describe("Range.copyFrom in the double", () => {
  test("formulas move with each row they are pasted to; constants are pasted as they are", async () => {
    const { context, sheet, cells } = sheetOf();
    cells.set("A1", { value: "", formula: "=B1*$C$1+C$1" });
    cells.set("B1", { value: 7 });
    sheet.getRange("A2:B5").copyFrom(sheet.getRange("A1:B1"), "Formulas");
    expect(cells.get("A2")).toBeUndefined(); // queued until the sync, as in Excel
    await context.sync();
    expect(cells.get("A2")?.formula).toBe("=B2*$C$1+C$1");
    expect(cells.get("A5")?.formula).toBe("=B5*$C$1+C$1");
    expect(cells.get("B5")).toEqual({ value: 7 });
  });

  test("a destination that is a multiple of the source repeats it, moving formulas across too", async () => {
    const { context, sheet, cells } = sheetOf();
    cells.set("A1", { value: "", formula: "=A3" });
    cells.set("B1", { value: "", formula: "=$A3+B3" });
    cells.set("A2", { value: 1 });
    cells.set("B2", { value: 2 });
    sheet.getRange("C1:H2").copyFrom(sheet.getRange("A1:B2"), "Formulas");
    await context.sync();
    expect(["C1", "D1", "E1", "F1", "G1", "H1"].map((a) => cells.get(a)?.formula)).toEqual([
      "=C3",
      "=$A3+D3",
      "=E3",
      "=$A3+F3",
      "=G3",
      "=$A3+H3",
    ]);
    expect(cells.get("H2")?.value).toBe(2);
  });

  test("a destination that is not a multiple gets the source once, from its top-left", async () => {
    const { context, sheet, cells } = sheetOf();
    cells.set("A1", { value: "", formula: "=B1" });
    cells.set("A2", { value: "", formula: "=B2" });
    cells.set("C3", { value: "mine" });
    sheet.getRange("C1:C3").copyFrom(sheet.getRange("A1:A2"), "Formulas");
    await context.sync();
    expect(cells.get("C1")?.formula).toBe("=D1");
    expect(cells.get("C2")?.formula).toBe("=D2");
    expect(cells.get("C3")).toEqual({ value: "mine" });
  });

  test("pasting formulas keeps the destination's formats, and an empty source empties the cell", async () => {
    const { context, sheet, cells } = sheetOf();
    cells.set("A1", { value: "", formula: "=B1", numberFormat: "0.0%" });
    cells.set("A2", { value: 5, numberFormat: "#,##0" });
    cells.set("A3", { value: "old", numberFormat: "0" });
    sheet.getRange("A2").copyFrom(sheet.getRange("A1"), "Formulas");
    sheet.getRange("A3").copyFrom(sheet.getRange("Z9"), "Formulas");
    await context.sync();
    expect(cells.get("A2")).toEqual({ value: "", formula: "=B2", numberFormat: "#,##0" });
    expect(cells.get("A3")).toEqual({ value: "", numberFormat: "0" });
    expect(cells.get("Z9")).toBeUndefined();
  });

  test("pasting formats copies the number format and leaves the contents", async () => {
    const { context, sheet, cells } = sheetOf();
    cells.set("A1", { value: "", numberFormat: "#,##0.0" });
    cells.set("B1", { value: 3, numberFormat: "0%" });
    cells.set("B2", { value: "", formula: "=1" });
    sheet.getRange("B1:C2").copyFrom(sheet.getRange("A1"), "Formats");
    await context.sync();
    expect(cells.get("B1")).toEqual({ value: 3, numberFormat: "#,##0.0" });
    expect(cells.get("B2")).toEqual({ value: "", formula: "=1", numberFormat: "#,##0.0" });
    expect(cells.get("C2")).toEqual({ value: "", numberFormat: "#,##0.0" });
  });

  test("a reference moved off the sheet becomes #REF!; an overlapping source is read before it is written", async () => {
    const { context, sheet, cells } = sheetOf();
    cells.set("B2", { value: "", formula: "=A1+B$1" });
    cells.set("D1", { value: "", formula: "=C1" });
    cells.set("D2", { value: "", formula: "=C2*2" });
    sheet.getRange("A1").copyFrom(sheet.getRange("B2"), "Formulas");
    sheet.getRange("D2:D3").copyFrom(sheet.getRange("D1:D2"), "Formulas");
    await context.sync();
    expect(cells.get("A1")?.formula).toBe("=#REF!+A$1");
    expect(cells.get("D2")?.formula).toBe("=C2");
    expect(cells.get("D3")?.formula).toBe("=C3*2");
  });

  test("what it does not model fails, as do writes to a protected sheet", async () => {
    const { wb, context, sheet } = sheetOf();
    const range = sheet.getRange("A2");
    expect(() => range.copyFrom(sheet.getRange("A1"), "All")).toThrow(/does not copy All/);
    expect(() => range.copyFrom(sheet.getRange("A1"), "Formulas", true)).toThrow(/skipBlanks/);
    wb.sheet("S")!.cells.set("A1", { value: "=x", quotePrefix: true });
    range.copyFrom(sheet.getRange("A1"), "Formulas");
    await expect(context.sync()).rejects.toThrow(/quote-prefixed/);
    wb.sheet("S")!.isProtected = true;
    sheet.getRange("B2").copyFrom(sheet.getRange("B1"), "Formats");
    await expect(context.sync()).rejects.toThrow(/AccessDenied/);
  });
});
