import fc from "fast-check";
import { clean } from "../../src/text";
import { isUnit, knownUnits } from "../../src/units";
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

// The cases, all once read as the bare number: text after a number that is not a unit
// changes or hides what the number means.
describe("readValue refuses words after a number", () => {
  it.each([
    "100見込み",
    "100(暫定)",
    "100（暫定）",
    "100くらい",
    "100※",
    "12abc",
    "5e",
    "100 or more",
    "1,234（速報値）",
  ])("rejects %p with its text", (text) => {
    expect(readValue(text)).toEqual({ kind: "unreadable", text });
  });

  it("accepts the row's own unit, compared after folding widths, but never a qualifier as a unit", () => {
    expect(readValue("8団地", "団地")).toEqual({ kind: "number", value: 8, unit: "団地" });
    expect(readValue("８ 団地", " 団地 ")).toEqual({ kind: "number", value: 8, unit: "団地" });
    expect(readValue("8団地").kind).toBe("unreadable");
    expect(readValue("100以上", "以上").kind).toBe("unreadable");
  });

  it("accepts every listed unit, with or without a space, in full width too", () => {
    for (const unit of knownUnits) {
      expect(readValue(`1,234${unit}`)).toEqual({ kind: "number", value: 1234, unit });
      expect(readValue(`▲５ ${unit}`)).toEqual({ kind: "number", value: -5, unit });
    }
    expect(readValue("72％")).toEqual({ kind: "number", value: 72, unit: "%" });
    expect(readValue("3ｋｍ")).toEqual({ kind: "number", value: 3, unit: "km" });
  });
});

describe("readValue properties", () => {
  /** A number as staff write it, with the value it stands for. */
  const written: fc.Arbitrary<[string, number]> = fc.oneof(
    fc.nat({ max: 10_000_000 }).map((n): [string, number] => [String(n), n]),
    fc.nat({ max: 10_000_000 }).map((n): [string, number] => [n.toLocaleString("en-US"), n]),
    fc
      .tuple(fc.nat({ max: 99_999 }), fc.integer({ min: 1, max: 99 }))
      .map(([a, b]): [string, number] => [
        `${a}.${String(b).padStart(2, "0")}`,
        Number(`${a}.${String(b).padStart(2, "0")}`),
      ]),
    fc.nat({ max: 99_999 }).map((n): [string, number] => [`▲${n}`, n === 0 ? 0 : -n]),
    fc
      .nat({ max: 99_999 })
      .map((n): [string, number] => [String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))), n]),
  );
  const anyText = fc.oneof(
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.string({
      unit: fc.constantFrom(..."人件%％見込暫定(（)）※ abcEe以上約.,-~/㎡事業所　\t\n"),
      minLength: 1,
      maxLength: 8,
    }),
  );
  /** Text that cannot continue the number (a digit, a point or a comma would) and is not a unit once trimmed. */
  const notAUnit = (rowUnit: string) =>
    anyText.filter((s) => {
      const t = clean(s);
      return t !== "" && !/^[\d.,]/u.test(t) && !isUnit(t, rowUnit);
    });

  it("a number followed by anything that is not a unit is an error, never the number", () => {
    fc.assert(
      fc.property(written, notAUnit(""), ([number], suffix) => {
        expect(readValue(number + suffix).kind).toBe("unreadable");
      }),
      { numRuns: 2000 },
    );
  });

  it("the same with a row unit: only that unit (or a listed one) is accepted after the number", () => {
    const rowUnit = fc.constantFrom("団地", "ｋｍ", "人/年", "loops");
    fc.assert(
      fc.property(written, rowUnit, fc.string({ maxLength: 1 }), ([number, value], unit, space) => {
        const suffix = space.trim() === "" ? space + unit : unit;
        expect(readValue(number + suffix, unit)).toEqual({ kind: "number", value, unit: clean(unit) });
      }),
    );
    fc.assert(
      fc.property(
        written,
        rowUnit.chain((u) => fc.tuple(fc.constant(u), notAUnit(u))),
        ([number], [unit, suffix]) => {
          expect(readValue(number + suffix, unit).kind).toBe("unreadable");
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("a number followed by a listed unit reads as the number with that unit", () => {
    fc.assert(
      fc.property(
        written,
        fc.constantFrom(...knownUnits),
        fc.constantFrom("", " ", "　"),
        ([number, value], unit, space) => {
          expect(readValue(number + space + unit)).toEqual({ kind: "number", value, unit });
        },
      ),
    );
  });
});
