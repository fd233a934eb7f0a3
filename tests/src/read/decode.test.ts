import { describeProblem } from "../../../src/problem";
import { decodePlan } from "../../../src/read/decode";
import { maxPlanBytes } from "../../../src/read/limits";

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];
const utf16 = (text: string, big: boolean): number[] =>
  [...text].flatMap((c) => {
    const units = c.length === 2 ? [c.charCodeAt(0), c.charCodeAt(1)] : [c.charCodeAt(0)];
    return units.flatMap((u) => (big ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8]));
  });
const decode = (bytes: number[]) => decodePlan(new Uint8Array(bytes));
const problem = (bytes: number[]): string => {
  const read = decode(bytes);
  if (read.kind !== "error") throw new Error(`decoded as ${read.encoding}`);
  return describeProblem(read.problem, "en");
};

describe("decodePlan", () => {
  const text = "基本目標,指標名\n1,転入者数😀\n";

  it.each([
    ["UTF-8", utf8(text), "utf-8"],
    ["UTF-8 with a BOM", [0xef, 0xbb, 0xbf, ...utf8(text)], "utf-8"],
    ["UTF-16 LE with a BOM", [0xff, 0xfe, ...utf16(text, false)], "utf-16le"],
    ["UTF-16 BE with a BOM", [0xfe, 0xff, ...utf16(text, true)], "utf-16be"],
  ])("reads %s", (_name, bytes, encoding) => {
    expect(decode(bytes)).toEqual({ kind: "text", text, encoding });
  });

  it("reads Shift_JIS, half-width katakana and NEC special characters (㎡) included", () => {
    // 目標 ｶﾅ ㎡ in Shift_JIS (CP932, as Excel writes it)
    expect(decode([0x96, 0xda, 0x95, 0x57, 0xb6, 0xc5, 0x87, 0x75])).toEqual({
      kind: "text",
      text: "目標ｶﾅ㎡",
      encoding: "shift_jis",
    });
  });

  it("names the first byte that is neither UTF-8 nor Shift_JIS, by line", () => {
    // line 2 holds 0xFF: never valid in either
    expect(problem([...utf8("goal,name\n1,a"), 0xff, ...utf8("\n")])).toBe(
      'line 2: the byte 0xFF at offset 13 (after "1,a") is not UTF-8, and the file is not Shift_JIS either (line 2: 0xFF at offset 13); correct that character, or save the plan again from Excel as "CSV UTF-8"',
    );
  });

  it("counts bare CR and CR LF as line ends when naming the line", () => {
    expect(problem([...utf8("a\rb\r\nc\n"), 0xff])).toMatch(/^line 4: the byte 0xFF at offset 7 /u);
  });

  it("refuses valid Shift_JIS that is mostly valid UTF-8 (a UTF-8 file with one stray byte)", () => {
    // 人口 as UTF-8 is valid Shift_JIS (莠ｺ蜿｣), and so is "Caf\xe9s"
    expect(problem([...utf8("人口,Caf"), 0xe9, ...utf8("s\n")])).toMatch(
      /^line 1: the byte 0xE9 at offset 10 \(after "人口,Caf"\) is not UTF-8; the rest of the file is UTF-8/u,
    );
  });

  it("names a bad byte against the encoding its BOM declares", () => {
    expect(problem([0xef, 0xbb, 0xbf, ...utf8("a\n"), 0xc3, 0x28])).toMatch(
      /^line 2: the byte 0xC3 at offset 5 is not UTF-8, which the file's byte-order mark declares/u,
    );
    expect(problem([0xfe, 0xff, ...utf16("a\nb", true), 0xdc, 0x00])).toMatch(
      /^line 2: the bytes 0xDC 0x00 at offset 8 \(after "b"\) are not UTF-16 BE/u,
    );
    expect(problem([0xff, 0xfe, ...utf16("ab", false), 0x41])).toMatch(
      /^line 1: the byte 0x41 at offset 6 .* UTF-16 LE/u,
    );
  });

  it.each([
    ["UTF-16 without a BOM", utf16("goal,name\n", false), 1, 1],
    ["a NUL in UTF-8", utf8("goal\nna\0me"), 2, 7],
    ["a NUL after a UTF-8 BOM", [0xef, 0xbb, 0xbf, ...utf8("goal\nna\0me")], 2, 10],
    ["a NUL in UTF-16 with a BOM", [0xff, 0xfe, ...utf16("a\nb\0", false)], 2, 8],
  ])("refuses %s, naming line and offset of the NUL", (_name, bytes, line, offset) => {
    expect(problem(bytes)).toMatch(
      new RegExp(`^line ${line}: the file holds a NUL character at byte offset ${offset}:`, "u"),
    );
  });

  it("refuses bytes over the size limit without decoding them", () => {
    const read = decodePlan(new Uint8Array(maxPlanBytes + 1));
    expect(read.kind === "error" && describeProblem(read.problem, "en")).toBe(
      "file: the file holds 52,428,801 bytes; plan files over 52,428,800 bytes (50 MB) are not read",
    );
  });
});
