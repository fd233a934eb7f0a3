/**
 * Hostile plan texts (tests/fixtures/hostile, see its README): each is read right, or refused with
 * the line, column and value it could not read, and every row that could be read keeps its figures.
 * Runs the built CLI (npm run build:cli first), as a user would.
 */
import { figures, hostile, notANumber, summary, threeRows } from "./hostileRun";

const quoteInside = '(a quote inside a cell is written "")';

describe("quotes: a stray quote stops the file at its line, nothing is swallowed", () => {
  it("an unclosed quote: exit 2, the line and column of the quote, nothing summarized", () => {
    const r = summary(hostile("unclosed-quote.csv"), "--json", "--lang", "en");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.errors).toEqual([
      `line 3 column "name": the quote opening "出生数 (速報,人,higher,100,80," is never closed, so every line after it would be read into this one cell; the file is not read. Close or remove the quote ${quoteInside}`,
    ]);
    const ja = summary(hostile("unclosed-quote.csv"));
    expect(ja.errors[0]).toMatch(
      /^3行目「name」列：「出生数 \(速報,人,higher,100,80,」の引用符 " が閉じられていません/u,
    );
  });

  it("a stray quote that pairs with a later one: exit 2, naming the line it opens on and the line it closes on", () => {
    const r = summary(hostile("stray-quote.csv"), "--json", "--lang", "en");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.errors).toEqual([
      `line 3 column "name": the quoted cell that opens here closes on line 4 and is followed by "R6 ""速報"" 値""; a quote is missing or stray, and where the cell ends cannot be told, so the file is not read ${quoteInside}`,
    ]);
  });
});

describe("the delimiter comes from the header row alone", () => {
  it("notes full of semicolons under a comma header: every row read, exit 0", () => {
    const r = summary(hostile("semicolons-in-notes.csv"), "--json", "--lang", "en");
    expect(r.status).toBe(0);
    expect(r.errors).toEqual([]);
    expect(figures(r)).toEqual({
      indicators: [
        ["転入者数", 0.95, 0.95],
        ["出生数", 0.8, 0.8],
      ],
      goals: [[1, 2, 0.875]],
    });
  });

  it("a semicolon header is read with semicolons; a decimal comma (95,3) is an error, never 95 or 953", () => {
    const r = summary(hostile("semicolon-delimited.csv"), "--json", "--lang", "en");
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([notANumber(3, "actual_R6", "95,3")]);
    expect(figures(r)).toEqual({
      indicators: [
        ["転入者数", 0.95, 0.95],
        ["刑法犯認知件数", 0.796, 0.796],
      ],
      goals: [
        [1, 1, 0.95],
        [2, 1, 0.796],
      ],
    });
  });

  it("a header holding as many commas as semicolons is refused: exit 2", () => {
    const r = summary(hostile("ambiguous-delimiter.csv"), "--json", "--lang", "en");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.errors).toEqual([
      "line 1: the header row holds 2 commas and 2 semicolons, so which one separates the columns cannot be told",
    ]);
  });
});

describe("numbers with words after them", () => {
  it("each is an error naming its cell; a listed unit, the row's unit and ％ are read", () => {
    const r = summary(hostile("words-after-numbers.csv"), "--json", "--lang", "en");
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([
      notANumber(3, "actual_R6", "100見込み"),
      notANumber(4, "actual_R6", "100(暫定)"),
      notANumber(5, "actual_R6", "100くらい"),
      notANumber(6, "actual_R6", "100※"),
      notANumber(7, "actual_R6", "12abc"),
      notANumber(8, "actual_R6", "5e"),
      notANumber(9, "actual_R6", "100 or more"),
      notANumber(10, "actual_R6", "100人以上"),
    ]);
    expect(figures(r)).toEqual({
      indicators: [
        ["units as written", 0.95, 0.95], // "1,000人" and 950人
        ["the row's own unit", 0.8, 0.8], // 8団地 in a row whose unit is 団地
        ["a listed unit", 0.9, 0.9], // 45事業所, no unit column value
        ["full-width percent", 0.9, 0.9], // ７２％ against 80
      ],
      goals: [
        [1, 1, 0.95],
        [2, 3, 0.867],
      ],
    });
  });
});

describe("cell and row limits", () => {
  it("a cell over 32,767 characters refuses its row (a cell of 100,000 spaces too); a cell at the limit is read", () => {
    const r = summary(hostile("long-cells.csv"), "--json", "--lang", "en");
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([
      `line 3 column "actual_R6": the cell holds 100,002 characters ("1${" ".repeat(23)}…"), more than the 32,767 an Excel cell can; it is not read`,
      `line 5 column "notes": the cell holds 32,768 characters ("${"x".repeat(24)}…"), more than the 32,767 an Excel cell can; it is not read`,
    ]);
    expect(figures(r)).toEqual({
      indicators: [
        ["before", 0.95, 0.95],
        ["note at the limit", 0.9, 0.9], // 32,767 characters of 備, 98,301 bytes
        ["after", 0.796, 0.796],
      ],
      goals: [
        [1, 2, 0.925],
        [2, 1, 0.796],
      ],
    });
  });

  it("a row with more cells than the header is refused when a cell beyond it holds text; trailing empty cells are fine", () => {
    const r = summary(hostile("extra-cells.csv"), "--json", "--lang", "en");
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([
      'line 3: the row has 10 cells but the header names 9; cell 10 ("lost value") has no column and would be lost: remove it or add a column to the header',
    ]);
    expect(figures(r).indicators).toEqual([
      ["転入者数", 0.95, 0.95],
      ["刑法犯認知件数", 0.796, 0.796],
    ]);
  });
});

describe("line numbers are the file's physical lines", () => {
  it("after quoted multi-line notes, and for a bad cell on the second line of its row", () => {
    const r = summary(hostile("multiline-notes.csv"), "--json", "--lang", "en");
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([notANumber(5, "actual_R6", "abc"), notANumber(7, "actual_R6", "xyz")]);
    expect(figures(r).indicators).toEqual([
      ["転入者数", 0.95, 0.95],
      ["刑法犯認知件数", 0.796, 0.796],
    ]);
  });

  it("with bare CR line ends (a quoted CR in a note counts as a line too)", () => {
    const r = summary(hostile("bare-cr.csv"), "--json", "--lang", "en");
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([notANumber(5, "actual_R6", "ninety")]);
    expect(figures(r)).toEqual(threeRows);
  });

  it("with CR LF, LF and CR mixed in one file", () => {
    const r = summary(hostile("mixed-line-ends.csv"), "--json", "--lang", "en");
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([notANumber(5, "actual_R6", "ninety")]);
    expect(figures(r)).toEqual(threeRows);
  });
});

describe("escape sequences in the text are printed escaped", () => {
  const raw = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/u; // eslint-disable-line no-control-regex

  it("on stderr (a bad value, with a CR that would overwrite the line) and in the text report (a goal title)", () => {
    const r = summary(hostile("escape-sequences.csv"), "--lang", "en");
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([notANumber(5, "actual_R6", "\\x1B[31m100\\x0Dforged")]);
    expect(r.stdout).toContain("Goal 1  Goal \\x1B[2Jone");
    expect(raw.test(r.stdout)).toBe(false);
    expect(raw.test(r.errors.join("\n"))).toBe(false);
  });

  it("in --json, as \\u escapes the JSON reads back as the names written", () => {
    const r = summary(hostile("escape-sequences.csv"), "--json", "--lang", "en");
    expect(raw.test(r.stdout)).toBe(false);
    expect(r.stdout).toContain("\\u009b2J and \\u202eevil");
    expect(figures(r).indicators).toEqual([
      ["\u001b]0;pwned\u0007転入者数", 0.95, 0.95],
      ["\u001b[2Jcleared", 0.8, 0.8],
      ["\u009b2J and \u202eevil", 0.9, 0.9],
    ]);
  });
});
