/**
 * fast-check fuzzing of every function with arbitrary cell values as Excel or a broken caller
 * might pass them: doubles, strings (full-width too), booleans, nulls, error values, and ranges
 * of any shape, ragged or nested. Whatever comes in: no exception, a rectangular 2D array out,
 * and every cell a finite number, a string, or a CustomFunctions.Error with a code a custom
 * function may return. Over 100,000 cases in all (counted below).
 */
import fc from "fast-check";
import { ErrorDouble, setDisplayLanguage } from "./customFunctionsDouble";
import * as f from "../../functions/functions";
import { outputCodes } from "../../functions/errors";
import { messages } from "../../functions/messages";
import { ratio, toRate } from "../../src/rate";

let cases = 0;

const japanese = "０１２３４５６７８９，．％－▲△人件年度令和平成昭和元未公表指標変更増加減少ＲＨＦＹ　-,.%RHFY ";
const samples = [
  "",
  " ",
  "-",
  "－",
  "ー",
  "未公表",
  "指標変更",
  "6,439人",
  "▲3,703",
  "△12",
  "42.6％",
  "８．１５㎡/人",
  "１２３",
  "R6",
  "Ｒ６",
  "令和6年度",
  "令和元年度",
  "H28",
  "平成28年",
  "FY2024",
  "higher",
  "lower",
  "増加",
  "減少",
  "TRUE",
  "false",
  "long",
  "short",
  "fy",
  "95.3%",
  "1e5",
  "NaN",
  "Infinity",
  "9".repeat(400),
  "=1+1",
];
const errorValue = fc.oneof(
  fc
    .constantFrom("#N/A", "#VALUE!", "#DIV/0!", "#NUM!", "#NULL!", "#REF!", "#NAME?", "#SPILL!")
    .map((code) => new ErrorDouble(code, "from a cell")),
  fc.record({ code: fc.constantFrom("#N/A", "#REF!", "#BUSY!"), message: fc.option(fc.string()) }),
);
const cell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.double({ noNaN: true }), weight: 3 },
  { arbitrary: fc.integer({ min: -2_000_000, max: 2_000_000 }), weight: 3 },
  { arbitrary: fc.constantFrom(0, 1, 0.7, 1.6, 0.8, 0.6, 220, 275, 900, 1131, 2019, 2024, 2026, -3703), weight: 3 },
  { arbitrary: fc.constantFrom(...samples), weight: 4 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...Array.from(japanese)), maxLength: 8 }), weight: 2 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(null, undefined), weight: 2 },
  { arbitrary: errorValue, weight: 1 },
  { arbitrary: fc.constantFrom({}, [], { kind: "missing" }, Symbol.for("x") as unknown), weight: 1 },
);
const grid = (rows: number, cols: number) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
/** Any argument: a bare value, a 1×1 range, a rectangle, a flat, ragged, empty or nested array. */
const arg: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: cell, weight: 2 },
  { arbitrary: cell.map((v) => [[v]]), weight: 4 },
  { arbitrary: fc.integer({ min: 1, max: 4 }).chain((n) => grid(n, 1)), weight: 3 },
  {
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })).chain(([r, c]) => grid(r, c)),
    weight: 2,
  },
  { arbitrary: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }), weight: 1 },
  { arbitrary: fc.array(cell, { maxLength: 3 }), weight: 1 },
  {
    arbitrary: fc.array(fc.array(fc.oneof(cell, fc.array(cell, { maxLength: 2 })), { maxLength: 2 }), { maxLength: 2 }),
    weight: 1,
  },
);
/** n arguments of one shared shape, so the spilled path is exercised as much as the mismatches. */
const sameShape = (n: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 2 }))
    .chain(([r, c]) => fc.tuple(...Array.from({ length: n }, () => grid(r, c))));

const internal = messages.unexpected();

/** Plain checks, no expect(): they run on every cell of 100,000+ results. */
function checkResult(result: unknown): void {
  const fail = (why: string) => {
    throw new Error(`${why} in ${JSON.stringify(result, (_k, v) => (typeof v === "symbol" ? String(v) : v))}`);
  };
  if (!Array.isArray(result) || result.length === 0) return fail("not a non-empty array");
  const cols = Array.isArray(result[0]) ? result[0].length : 0;
  if (cols === 0) fail("an empty row");
  for (const row of result) {
    if (!Array.isArray(row) || row.length !== cols) fail("not rectangular");
    for (const value of row as unknown[]) {
      if (typeof value === "number") {
        if (!Number.isFinite(value)) fail(`non-finite ${value}`);
      } else if (value instanceof ErrorDouble) {
        if (!outputCodes.includes(value.code)) fail(`code ${value.code}`);
        if (value.message !== undefined) {
          if (typeof value.message !== "string" || value.message === "") fail("a message that is not text");
          if (value.code !== "#VALUE!" && value.code !== "#N/A") fail(`a message on ${value.code}`);
          if (value.message === internal("en") || value.message === internal("ja")) fail("the internal error");
        }
      } else if (typeof value !== "string") {
        fail(`a ${typeof value} cell`);
      }
    }
  }
}

const same = (a: unknown, b: unknown): boolean =>
  a instanceof ErrorDouble && b instanceof ErrorDouble ? a.code === b.code && a.message === b.message : Object.is(a, b);

type Fn = (...args: any[]) => unknown[][];
/** Name, function, number of arguments, and how many of them are broadcast cell by cell. */
const functions: [string, Fn, number, number][] = [
  ["RATE", f.rate, 4, 4],
  ["GRADE", f.grade, 2, 1], // the scale is one range for all rates
  ["PROGRESS", f.progress, 5, 5],
  ["AVERAGE", f.average, 1, 0], // one figure for the whole range
  ["FY", f.fy, 1, 1],
  ["LABEL", f.label, 2, 2],
  ["PATH", f.path, 5, 5],
  ["NUMBER", f.number, 1, 1],
];

const runs = 10_000;

describe.each(functions)("KPI.%s under fuzzing", (_name, fn, arity, spread) => {
  it(`never throws and returns only numbers, labels, "" or errors (${runs} arbitrary argument lists)`, () => {
    fc.assert(
      fc.property(
        fc.array(arg, { minLength: arity, maxLength: arity }),
        fc.constantFrom("en-US", "ja-JP", undefined),
        (args, tag) => {
          cases++;
          setDisplayLanguage(tag);
          checkResult(fn(...args));
        },
      ),
      { numRuns: runs },
    );
  });
  it(`spills ranges of one shape the same as cell by cell (${runs / 2} cases)`, () => {
    fc.assert(
      fc.property(sameShape(arity), (args) => {
        cases++;
        setDisplayLanguage(undefined);
        const whole = fn(...args);
        checkResult(whole);
        if (spread === 0) return;
        // a whole-call error (a scale that cannot be used) is one cell; each single call gives it too
        const at = (i: number, j: number) => (whole.length === 1 && whole[0].length === 1 ? whole[0][0] : whole[i][j]);
        args[0].forEach((row, i) =>
          row.forEach((_v, j) => {
            const single = fn(...args.map((a, k) => (k < spread ? [[a[i][j]]] : a)));
            if (!same(at(i, j), single[0][0])) throw new Error(`cell ${i},${j} differs`);
          }),
        );
      }),
      { numRuns: runs / 2 },
    );
  });
});

describe("properties against the engine", () => {
  it("KPI.RATE of two numbers is the engine's rounded rate, capped and uncapped", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
        fc.constantFrom<"higher" | "lower">("higher", "lower"),
        (target, actual, direction) => {
          cases++;
          const expected = toRate(ratio(target, actual, direction));
          const capped = f.rate([[target]], [[actual]], [[direction]])[0][0];
          const uncapped = f.rate([[target]], [[actual]], [[direction]], [[false]])[0][0];
          const ok =
            expected.kind === "overflow"
              ? capped instanceof ErrorDouble && capped.code === "#NUM!"
              : capped === expected.capped &&
                uncapped === expected.uncapped &&
                expected.capped >= 0 &&
                expected.capped <= 1;
          if (!ok) throw new Error(`${target} ${actual} ${direction}: ${String(capped)} ${String(uncapped)}`);
        },
      ),
      { numRuns: 10_000 },
    );
  });
  // 令和100年度 (2118) and later are not read back: the engine reads era years of one or two digits
  it("KPI.FY reads back every label KPI.LABEL writes, 1900–2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.constantFrom("long", "short", "fy"), (year, style) => {
        cases++;
        const back = f.fy(f.label([[year]], [[style]]))[0][0];
        if (back !== year) throw new Error(`${year} ${style} → ${String(back)}`);
      }),
      { numRuns: 5_000 },
    );
  });
  it("KPI.AVERAGE does not depend on the order of the rates, and skips what is missing", () => {
    const rateArb = fc.integer({ min: 0, max: 1500 }).map((p) => p / 1000);
    fc.assert(
      fc.property(
        fc.array(rateArb, { minLength: 1, maxLength: 30 }),
        fc.array(fc.constantFrom("", null, "-", "未公表", "指標変更")),
        (rates, gaps) => {
          cases++;
          const a = f.average(rates.map((r) => [r]));
          const shuffled = [...rates.reverse(), ...gaps].map((r) => [r]);
          const sum = rates.reduce((s, r) => s + Math.min(1000, Math.round(r * 1000)), 0);
          const expected = Math.floor((2 * sum + rates.length) / (2 * rates.length)) / 1000;
          const again = f.average(shuffled)[0][0];
          if (a[0][0] !== expected || again !== expected)
            throw new Error(`${String(a[0][0])} ${String(again)} ≠ ${expected}`);
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

afterAll(() => setDisplayLanguage(undefined));

describe("the fuzzing budget", () => {
  it("ran at least 100,000 cases", () => {
    expect(cases).toBeGreaterThanOrEqual(100_000);
  });
});
