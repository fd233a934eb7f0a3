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

describe("readValue on what staff really type", () => {
  it.each([
    ["6,439 人", 6439, "人"],
    ["１，２３４人", 1234, "人"],
    ["42.6 ％", 42.6, "%"],
    ["△ 12", -12, ""],
    ["▲ 3,703", -3703, ""],
    ["\u22125", -5, ""], // − U+2212, the minus sign of word processors
    ["１２３\u3000人", 123, "人"],
    ["１．５", 1.5, ""],
    ["100   ", 100, ""],
    ["\u00a0100\u00a0", 100, ""],
  ])("reads %p as %d %p", (text, value, unit) => {
    expect(readValue(text)).toEqual({ kind: "number", value, unit });
  });

  it.each(["ー", "ｰ", "―", "─", "━", "－－", "\u2212"])("reads the dash %p as not set", (text) => {
    expect(readValue(text)).toEqual({ kind: "missing", reason: "notSet" });
  });

  // A qualifier changes what the number means: read as 100 it would give a confident rate for
  // a figure nobody wrote. The user gets an error quoting it and writes the number alone.
  it.each([
    "約100",
    "100以上",
    "100人以上",
    "100 以下",
    "100未満",
    "100超",
    "100程度",
    "100前後",
    "100~",
    "100〜",
    "5-",
    "5+",
    "5▲",
  ])("rejects the qualified number %p", (text) => {
    expect(readValue(text)).toEqual({ kind: "unreadable", text });
  });

  // N/A and #N/A (an Excel error exported to CSV) are not the plan's missing markers: a broken
  // formula or a note must be looked at, not counted as "not evaluable" unseen.
  it.each(["N/A", "#N/A", "n.a."])("rejects %p rather than guessing it is missing", (text) => {
    expect(readValue(text).kind).toBe("unreadable");
  });
});
