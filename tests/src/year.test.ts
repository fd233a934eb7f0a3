import { readYear, yearLabel } from "../../src/year";

describe("readYear", () => {
  it.each([
    ["R3", 2021, "fiscal"],
    ["r3", 2021, "fiscal"],
    ["Ｒ３", 2021, "fiscal"],
    ["令和3年度", 2021, "fiscal"],
    ["令和３年度", 2021, "fiscal"],
    ["令和元年度", 2019, "fiscal"],
    ["令和元年", 2019, "calendar"],
    ["令和元（2019）年", 2019, "calendar"],
    ["令和8(2026)年度", 2026, "fiscal"],
    ["H28", 2016, "fiscal"],
    ["平成28年", 2016, "calendar"],
    ["平成31年度", 2019, "fiscal"],
    ["FY2021", 2021, "fiscal"],
    ["fy 2021", 2021, "fiscal"],
    ["2021", 2021, "fiscal"],
    ["2021年度", 2021, "fiscal"],
    ["2021年", 2021, "calendar"],
    ["昭和64年", 1989, "calendar"],
  ])("reads %s as %d (%s)", (text, year, basis) => {
    expect(readYear(text)).toEqual({ kind: "year", year, basis });
  });

  it("reads numbers", () => {
    expect(readYear(2024)).toEqual({ kind: "year", year: 2024, basis: "fiscal" });
  });

  it.each(["R", "平成32年", "令和0年", "令和3(2022)年", "21", "FY21", "2021.5", "abc", ""])("rejects %p", (text) => {
    expect(readYear(text).kind).toBe("unreadable");
  });
  it.each([2021.5, 12, NaN])("rejects the number %p", (n) => {
    expect(readYear(n).kind).toBe("unreadable");
  });
});

describe("yearLabel", () => {
  it.each([
    [2021, "ja", "long", "令和3年度"],
    [2019, "ja", "long", "令和元年度"],
    [2016, "ja", "long", "平成28年度"],
    [2024, "ja", "short", "R6"],
    [2016, "ja", "short", "H28"],
    [2024, "en", "long", "FY2024"],
  ] as const)("labels %d in %s %s as %s", (year, lang, style, label) => {
    expect(yearLabel(year, lang, style)).toBe(label);
  });
  it("labels calendar years", () => {
    expect(yearLabel(2019, "ja", "long", "calendar")).toBe("令和元年");
    expect(yearLabel(2019, "en", "long", "calendar")).toBe("2019");
  });
  it("round-trips every year from 1926 to 2100", () => {
    for (let year = 1926; year <= 2100; year++) {
      for (const style of ["long", "short"] as const) {
        const back = readYear(yearLabel(year, "ja", style));
        expect(back).toEqual({ kind: "year", year, basis: "fiscal" });
      }
      expect(readYear(yearLabel(year, "en"))).toEqual({ kind: "year", year, basis: "fiscal" });
    }
  });
});

describe("years at the edges of the eras", () => {
  it("reads three-digit era years", () => {
    expect(readYear("令和100年度")).toEqual({ kind: "year", year: 2118, basis: "fiscal" });
    expect(readYear("R100")).toEqual({ kind: "year", year: 2118, basis: "fiscal" });
    expect(readYear("R182")).toEqual({ kind: "year", year: 2200, basis: "fiscal" });
    expect(readYear("R183").kind).toBe("unreadable"); // past 2200, the last year read as a number too
    expect(readYear("平成100年").kind).toBe("unreadable");
  });

  it.each([
    [1920, "long", "fiscal", "1920年度"],
    [1925, "long", "calendar", "1925年"],
    [1900, "short", "fiscal", "1900"],
    [1926, "long", "fiscal", "昭和元年度"],
    [1926, "short", "fiscal", "S1"],
  ] as const)("labels %d (%s, %s) as %p, never a negative era year", (year, style, basis, label) => {
    expect(yearLabel(year, "ja", style, basis)).toBe(label);
  });

  it("round-trips every year the reader accepts, 1900 to 2200", () => {
    for (let year = 1900; year <= 2200; year++) {
      for (const style of ["long", "short"] as const) {
        expect(readYear(yearLabel(year, "ja", style))).toEqual({ kind: "year", year, basis: "fiscal" });
      }
    }
  });
});

// The era pattern once had two runs of spaces side by side; these read the same as before, and a
// cell of spaces is read (or refused) in one pass: see bench/reading.bench.ts for the time.
describe("readYear with spaces", () => {
  it.each([
    ["R 1", 2019, "fiscal"],
    ["令和 元 年度", 2019, "fiscal"],
    ["令和元 (2019) 年", 2019, "calendar"],
    ["令和元  (2019)年度", 2019, "fiscal"],
    ["FY 2024 年度", 2024, "fiscal"],
  ])("reads %p as %d (%s)", (text, year, basis) => {
    expect(readYear(text)).toEqual({ kind: "year", year, basis });
  });

  it.each([`R1${" ".repeat(32_760)}x`, `令和元${" ".repeat(32_760)}(2019)${" ".repeat(5)}?`, `R1 (2019) (2019)`])(
    "rejects a year followed by anything else (%#)",
    (text) => {
      expect(readYear(text)).toEqual({ kind: "unreadable", text });
    },
  );
});
