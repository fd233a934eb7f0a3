import { headerDelimiter, readCsv } from "../../../src/read/csv";

const records = (text: string, delimiter: "," | "\t" | ";" = ",") => {
  const read = readCsv(text, delimiter);
  if (read.kind !== "records") throw new Error(`expected records, got ${read.problem}`);
  return read.records;
};

describe("headerDelimiter", () => {
  it.each([
    ["goal,name,unit\n1;2;3;4;5", ","],
    ["goal\tname\tnotes, remarks\n", "\t"],
    ["goal;name;notes\n1,2,3,4,5,6\n", ";"],
    ['"a;b;c",name,unit\n', ","], // the semicolons are inside a quoted header cell
    ['goal,"名前\n;;;;",unit', ","], // a quoted line break in the header does not end it
    ["goal", ","],
    ["", ","],
  ])("reads %p with %p", (text, delimiter) => {
    expect(headerDelimiter(text)).toEqual({ kind: "delimiter", delimiter });
  });

  it("is ambiguous when two delimiters are equally frequent in the header", () => {
    const read = headerDelimiter("a;b,c;d,e\n");
    expect(read.kind).toBe("ambiguous");
    expect(read.kind === "ambiguous" && [...read.counts]).toEqual([
      [",", 2],
      ["\t", 0],
      [";", 2],
    ]);
  });
});

describe("readCsv", () => {
  it("reads cells with the physical line each starts on, over LF, CR LF and bare CR", () => {
    expect(records('a,b\r\n"x\ny",z\rlast,"q""uote"\n')).toEqual([
      { cells: ["a", "b"], lines: [1, 1] },
      { cells: ["x\ny", "z"], lines: [2, 3] },
      { cells: ["last", 'q"uote'], lines: [4, 4] },
    ]);
  });

  it("keeps empty cells, empty lines and a last line without a line break", () => {
    expect(records("a,,\n\nb")).toEqual([
      { cells: ["a", "", ""], lines: [1, 1, 1] },
      { cells: [""], lines: [2] },
      { cells: ["b"], lines: [3] },
    ]);
    expect(records("")).toEqual([]);
  });

  it("reads a quote inside an unquoted cell as a plain character, as Excel does", () => {
    expect(records('1,出生数 "速報",100\n')).toEqual([{ cells: ["1", '出生数 "速報"', "100"], lines: [1, 1, 1] }]);
  });

  it("drops spaces (and tabs, when tab is not the delimiter) between a closing quote and the delimiter", () => {
    expect(records('"a"  ,"b"\t,c\n')).toEqual([{ cells: ["a", "b", "c"], lines: [1, 1, 1] }]);
    expect(records('"a" \tb\n', "\t")).toEqual([{ cells: ["a", "b"], lines: [1, 1] }]);
  });

  it("reports an unclosed quote with the record, cell and line it opens on", () => {
    expect(readCsv('h1,h2\n1,2\n3,"open\n4,5\n', ",")).toEqual({
      kind: "quote",
      problem: "unclosed",
      record: 2,
      cell: 1,
      line: 3,
      text: "open\n4,5\n",
      closedOn: 5,
      header: ["h1", "h2"],
    });
  });

  it("reports text after a closing quote with the line the cell opened on and the line it closed on", () => {
    expect(readCsv('h1,h2\n"a\nb"c,d\n', ",")).toEqual({
      kind: "quote",
      problem: "textAfterQuote",
      record: 1,
      cell: 0,
      line: 2,
      text: "c,d\n",
      closedOn: 3,
      header: ["h1", "h2"],
    });
  });

  it("keeps CR LF and bare CR inside a quoted cell as written, each ending a line", () => {
    expect(records('a,b\r\n"x\r\ny\rz",w\nnext,\r\n')).toEqual([
      { cells: ["a", "b"], lines: [1, 1] },
      { cells: ["x\r\ny\rz", "w"], lines: [2, 4] },
      { cells: ["next", ""], lines: [5, 5] },
    ]);
  });

  it("reads spaces after a closing quote at the very end, without a line end, as outside the cell", () => {
    expect(records('a,"b" ')).toEqual([{ cells: ["a", "b"], lines: [1, 1] }]);
  });

  it("finds a stray quote among many before a long run of spaces, naming the header as written", () => {
    const header = `h1${" ".repeat(100)},h2`;
    const stray = `"${'x"'.repeat(5_000)}${" ".repeat(5_000)},\n`;
    expect(readCsv(`${header}\r\n1,${stray}`, ",")).toEqual({
      kind: "quote",
      problem: "textAfterQuote",
      record: 1,
      cell: 1,
      line: 2,
      text: `${'x"'.repeat(24)}`,
      closedOn: 2,
      header: [`h1${" ".repeat(100)}`, "h2"],
    });
  });

  it("reads a tab-separated text with commas and semicolons in its cells", () => {
    expect(records("a\tb\n1,5\t2;3\n", "\t")).toEqual([
      { cells: ["a", "b"], lines: [1, 1] },
      { cells: ["1,5", "2;3"], lines: [2, 2] },
    ]);
  });
});
