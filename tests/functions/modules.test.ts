/** The small modules under the functions: cell readers, broadcasting, errors, language. */
import { ErrorDouble, setDisplayLanguage } from "./customFunctionsDouble";
import { broadcast, toGrid } from "../../functions/broadcast";
import { readCapped, readDirectionCell, readNumber, readRate, readYearCell } from "../../functions/cells";
import { isErrorValue, passError } from "../../functions/errors";
import { displayLang } from "../../functions/lang";
import { args } from "../../functions/messages";
import { scaleProblem } from "../../src/grade";
import { missing } from "../../src/value";

describe("cell readers", () => {
  it("read numbers the engine's way and keep missing values apart from 0", () => {
    expect(readNumber(6439, args.actual, "en")).toBe(6439);
    expect(readNumber("▲3,703", args.actual, "en")).toBe(-3703);
    expect(readNumber(null, args.actual, "en")).toEqual(missing("blank"));
    expect(readNumber("－", args.actual, "en")).toEqual(missing("notSet"));
    expect(readNumber("未公表", args.actual, "en")).toEqual(missing("unpublished"));
    expect(readNumber(Infinity, args.actual, "en")).toBeInstanceOf(ErrorDouble);
  });
  it("read rates as fractions: 95.3% is 0.953, 95.3人 is not a rate", () => {
    expect(readRate("95.3%", args.rate, "en")).toBeCloseTo(0.953, 12);
    expect(readRate("０．９５３", args.rate, "en")).toBe(0.953);
    expect(readRate("95.3人", args.rate, "en")).toBeInstanceOf(ErrorDouble);
  });
  it("read directions, capped flags and years", () => {
    expect(readDirectionCell(null, "en")).toBe("higher");
    expect(readDirectionCell("減少", "en")).toBe("lower");
    expect(readDirectionCell(1, "en")).toBeInstanceOf(ErrorDouble);
    expect([
      readCapped(null, "en"),
      readCapped(false, "en"),
      readCapped(0, "en"),
      readCapped("ＦＡＬＳＥ", "en"),
    ]).toEqual([true, false, false, false]);
    expect(readYearCell("令和６年度", args.year, "en")).toEqual({ kind: "year", year: 2024, basis: "fiscal" });
    expect(readYearCell("-", args.year, "en")).toEqual(missing("notSet"));
  });
});

describe("grids and broadcasting", () => {
  it("reads scalars, rows and rectangles, and refuses ragged ones", () => {
    expect(toGrid(5, args.value, "en")).toEqual({ rows: 1, cols: 1, cells: [[5]] });
    expect(toGrid([1, 2], args.value, "en")).toEqual({ rows: 1, cols: 2, cells: [[1, 2]] });
    expect(toGrid([[1], [2]], args.value, "en")).toMatchObject({ rows: 2, cols: 1 });
    expect(toGrid([[1], 2], args.value, "en")).toBeInstanceOf(ErrorDouble);
  });
  it("repeats a single row or column along the other dimension, as Excel's array arithmetic does", () => {
    const row = toGrid([[1, 2, 3]], args.value, "en");
    const column = toGrid([[10], [20]], args.value, "en");
    expect(broadcast([row, column], ([a, b]) => (a as number) + (b as number), "en")).toEqual([
      [11, 12, 13],
      [21, 22, 23],
    ]);
  });
  it("turns a non-finite result into #NUM!, never NaN or Infinity", () => {
    const [[value]] = broadcast([toGrid(1, args.value, "en")], () => NaN, "en");
    expect(value).toEqual(new ErrorDouble("#NUM!"));
  });
});

describe("errors", () => {
  it("recognizes error values by shape and passes on only codes a function may return", () => {
    expect(isErrorValue({ code: "#N/A" })).toBe(true);
    expect(isErrorValue({ code: "N/A" })).toBe(false);
    expect(isErrorValue([{ code: "#N/A" }])).toBe(false);
    expect(passError({ code: "#DIV/0!", message: "x" }, args.target, "en")).toEqual(new ErrorDouble("#DIV/0!"));
    expect(passError({ code: "#REF!" }, args.target, "en")).toEqual(
      new ErrorDouble("#VALUE!", "The target is the error #REF!"),
    );
  });
});

describe("display language", () => {
  afterEach(() => setDisplayLanguage(undefined));
  it("follows Office.context.displayLanguage, English without Office", () => {
    expect(displayLang()).toBe("en");
    setDisplayLanguage("ja-JP");
    expect(displayLang()).toBe("ja");
    setDisplayLanguage("fr-FR");
    expect(displayLang()).toBe("en");
    (globalThis as unknown as { Office: unknown }).Office = {
      get context(): never {
        throw new Error("not initialized");
      },
    };
    expect(displayLang()).toBe("en");
  });
  it("states the engine's scale problems in both languages", () => {
    const levels = [1, 0.8, 0.6].map((min) => ({ min, label: { ja: "x", en: "x" } }));
    const problem = scaleProblem([...levels.slice(0, 2), { min: 0.6, label: { ja: "", en: "" } }]);
    expect(problem?.ja).toBe("3段階目に評価の表記がありません");
    expect(problem?.en).toBe("level 3 has no label");
  });
});
