import { readValue } from "../../src/value";

describe("readValue", () => {
  it.each([
    ["6,439", 6439, ""],
    ["6,439人", 6439, "人"],
    ["42.6％", 42.6, "%"],
    ["42.6%", 42.6, "%"],
    ["１２３", 123, ""],
    ["１，２３４．５", 1234.5, ""],
    ["8.15㎡/人", 8.15, "㎡/人"],
    ["▲3,703", -3703, ""],
    ["△12", -12, ""],
    ["-5", -5, ""],
    ["－５", -5, ""],
    ["  7,310事業所 ", 7310, "事業所"],
    [".5", 0.5, ""],
    ["0", 0, ""],
    ["▲0", 0, ""],
  ])("reads %s as %d %s", (text, value, unit) => {
    expect(readValue(text)).toEqual({ kind: "number", value, unit });
  });

  it("reads numbers as they are", () => {
    expect(readValue(0.426)).toEqual({ kind: "number", value: 0.426, unit: "" });
  });

  it.each([
    ["-", "notSet"],
    ["－", "notSet"],
    ["―", "notSet"],
    ["未公表", "unpublished"],
    [" 指標変更 ", "indicatorChanged"],
    ["", "blank"],
    ["　", "blank"],
    [null, "blank"],
    [undefined, "blank"],
  ])("reads %p as missing (%s), never as 0", (text, reason) => {
    expect(readValue(text)).toEqual({ kind: "missing", reason });
  });

  it.each(["abc", "12,34", "1.2.3", "TRUE", "#DIV/0!", "12 34", "=A1", "1e5"])("rejects %p with its text", (text) => {
    expect(readValue(text)).toEqual({ kind: "unreadable", text });
  });

  it.each([NaN, Infinity, true, {}, [1]])("rejects %p", (input) => {
    expect(readValue(input).kind).toBe("unreadable");
  });
});
