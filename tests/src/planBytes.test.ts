/**
 * The plan reader on the hostile fixtures, in process: what the task pane gets when a user picks
 * one of these files (readSource), row by row as the CLI prints it (tests/cli/hostile*.test.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readPlanBytes } from "../../src/planCsv";
import { describeProblem } from "../../src/problem";
import { readSource } from "../../taskpane/sources";

const dir = join(__dirname, "../fixtures/hostile");
const fixtures = readdirSync(dir).filter((f) => /\.(csv|txt)$/u.test(f));
const read = (name: string) => readPlanBytes(readFileSync(join(dir, name)));

describe("readPlanBytes on the hostile fixtures", () => {
  it("covers every fixture of the README", () => {
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    for (const f of fixtures) expect(readme).toContain(`\`${f}\``);
  });

  it.each(fixtures)("the pane reads %s exactly as the CLI does", (name) => {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    expect(readSource({ kind: "csv", fileName: name, bytes })).toEqual(read(name));
  });

  it.each([
    ["unclosed-quote.csv", "3行目", "name"],
    ["stray-quote.csv", "3行目", "name"],
    ["ambiguous-delimiter.csv", "1行目", ""],
    ["latin1-byte.csv", "3行目", ""],
    ["latin1-byte-valid-sjis.csv", "3行目", ""],
    ["utf8-bom-bad-byte.csv", "3行目", ""],
    ["utf16le-no-bom.csv", "1行目", ""],
    ["utf16le-lone-surrogate.txt", "3行目", ""],
  ])("%s stops the whole file at %s, column %p, with nothing read", (name, where, column) => {
    const { fatal, plan, problems } = read(name);
    expect(fatal).toMatchObject({ where: { ja: where }, column });
    expect(plan.indicators).toEqual([]);
    expect(problems).toEqual([]);
  });

  it.each([
    ["long-cells.csv", ["line 3 actual_R6", "line 5 notes"], ["before", "note at the limit", "after"]],
    ["extra-cells.csv", ["line 3 "], ["転入者数", "刑法犯認知件数"]],
    ["multiline-notes.csv", ["line 5 actual_R6", "line 7 actual_R6"], ["転入者数", "刑法犯認知件数"]],
    ["bare-cr.csv", ["line 5 actual_R6"], ["転入者数", "出生数", "刑法犯認知件数"]],
    ["mixed-line-ends.csv", ["line 5 actual_R6"], ["転入者数", "出生数", "刑法犯認知件数"]],
    ["semicolon-delimited.csv", ["line 3 actual_R6"], ["転入者数", "刑法犯認知件数"]],
    ["semicolons-in-notes.csv", [], ["転入者数", "出生数"]],
    ["shift-jis.csv", [], ["転入者数", "公園面積", "刑法犯認知件数"]],
    ["utf16le-bom.txt", [], ["転入者数", "出生数", "刑法犯認知件数"]],
    ["utf16be-bom.txt", [], ["転入者数", "出生数", "刑法犯認知件数"]],
  ])("%s: rows refused at %p, the rest read", (name, refused, names) => {
    const { fatal, plan, problems } = read(name);
    expect(fatal).toBeUndefined();
    expect(problems.map((p) => `${p.where.en} ${p.column}`)).toEqual(refused);
    expect(plan.indicators.map((i) => i.name)).toEqual(names);
  });

  it("keeps the notes of a comma file whole, semicolons and all", () => {
    expect(read("semicolons-in-notes.csv").plan.indicators.map((i) => i.notes)).toEqual([
      "出典: 住基; 推計; 速報",
      "出典: 人口動態; 暫定; 速報; R7に確定",
    ]);
  });

  it("keeps a quoted line break of Excel's Unicode text in the note", () => {
    expect(read("utf16le-bom.txt").plan.indicators[1].notes).toBe("Excel's\nUnicode text");
  });

  it("names the line of each refused row in Japanese too", () => {
    expect(read("words-after-numbers.csv").problems.map((p) => describeProblem(p, "ja").split("：")[0])).toEqual(
      [3, 4, 5, 6, 7, 8, 9, 10].map((n) => `${n}行目「actual_R6」列`),
    );
  });
});
