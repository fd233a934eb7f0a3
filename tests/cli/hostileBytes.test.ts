/**
 * Hostile plan bytes and files (tests/fixtures/hostile, see its README): encodings read strictly,
 * and inputs that are not plan files refused before they are read. Runs the built CLI.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { figures, hostile, summary, threeRows } from "./hostileRun";

const saveAgain = 'correct that character, or save the plan again from Excel as "CSV UTF-8"';

describe("encodings", () => {
  it("one Latin-1 byte in a UTF-8 file: exit 2, its line, offset and the text before it; never mojibake", () => {
    const r = summary(hostile("latin1-byte.csv"), "--json", "--lang", "en");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.errors).toEqual([
      `line 3: the byte 0xE9 at offset 132 (after " one,kpi,Caf") is not UTF-8, and the file is not Shift_JIS either (line 2: 0x85 0xE6 at offset 90); ${saveAgain}`,
    ]);
    expect(summary(hostile("latin1-byte.csv")).errors[0]).toMatch(
      /^3行目：「 one,kpi,Caf」の後のバイト 0xE9（バイト位置 132）/u,
    );
  });

  it("the same in a file whose bytes happen to be valid Shift_JIS: still refused, as the rest is UTF-8", () => {
    const r = summary(hostile("latin1-byte-valid-sjis.csv"), "--json", "--lang", "en");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.errors).toEqual([
      `line 3: the byte 0xE9 at offset 126 (after " one,kpi,Caf") is not UTF-8; the rest of the file is UTF-8, so reading it as Shift_JIS would turn its Japanese into other characters; ${saveAgain}`,
    ]);
  });

  it("a bad byte after a UTF-8 BOM is named against the encoding the BOM declares", () => {
    const r = summary(hostile("utf8-bom-bad-byte.csv"), "--json", "--lang", "en");
    expect(r.status).toBe(2);
    expect(r.errors).toEqual([
      `line 3: the byte 0xE9 at offset 135 (after " one,kpi,Caf") is not UTF-8, which the file's byte-order mark declares; ${saveAgain}`,
    ]);
  });

  it("valid Shift_JIS (Excel's plain CSV, with ㎡/人 and a quoted 1,131) is read", () => {
    const r = summary(hostile("shift-jis.csv"), "--json", "--lang", "en");
    expect(r.status).toBe(0);
    expect(r.errors).toEqual([]);
    expect(figures(r)).toEqual({
      indicators: [
        ["転入者数", 0.95, 0.95],
        ["公園面積", 0.959, 0.959], // 8.15 / 8.5
        ["刑法犯認知件数", 0.796, 0.796], // 900 / 1,131, lower is better
      ],
      goals: [
        [1, 2, 0.955],
        [2, 1, 0.796],
      ],
    });
  });

  it.each(["utf16le-bom.txt", "utf16be-bom.txt"])(
    "%s (Excel's Unicode text: UTF-16 with a BOM, tab-separated, a quoted line break) is read",
    (name) => {
      const r = summary(hostile(name), "--json", "--lang", "en");
      expect(r.status).toBe(0);
      expect(r.errors).toEqual([]);
      expect(figures(r)).toEqual(threeRows);
    },
  );

  it("a lone surrogate in UTF-16 is named by its line and bytes", () => {
    const r = summary(hostile("utf16le-lone-surrogate.txt"), "--json", "--lang", "en");
    expect(r.status).toBe(2);
    expect(r.errors).toEqual([
      `line 3: the bytes 0x3D 0xD8 at offset 244 (after "oal one\\x09kpi\\x09") are not UTF-16 LE, which the file's byte-order mark declares; ${saveAgain}`,
    ]);
  });

  it("UTF-16 without a BOM is refused for its NUL bytes, with what to do", () => {
    const r = summary(hostile("utf16le-no-bom.csv"), "--json", "--lang", "en");
    expect(r.status).toBe(2);
    expect(r.errors).toEqual([
      'line 1: the file holds a NUL character at byte offset 1: it is not a text file, or it is UTF-16 without a byte-order mark; save it again from Excel as "CSV UTF-8" or "Unicode Text"',
    ]);
  });
});

describe("inputs that are not plan files are refused before they are read", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-hostile-"));

  it("/dev/zero: exit 2, not a regular file", () => {
    const r = summary("/dev/zero", "--lang", "en");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.errors).toEqual(["kpi-sheets: /dev/zero: not a regular file (a device)"]);
  });

  it("a FIFO with no writer: exit 2 at once, never waiting on it", () => {
    const fifo = join(dir, "plan.csv");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const r = summary(fifo, "--lang", "en");
    expect(r.status).toBe(2);
    expect(r.errors).toEqual([`kpi-sheets: ${fifo}: not a regular file (a FIFO (named pipe))`]);
  });

  it("a directory, in Japanese", () => {
    const r = summary(dir);
    expect(r.status).toBe(2);
    expect(r.errors).toEqual([`kpi-sheets: ${dir}: 通常のファイルではありません（フォルダー）`]);
  });

  it("a file over 50 MB, from its size alone", () => {
    const big = join(dir, "big.csv");
    const fd = openSync(big, "w");
    ftruncateSync(fd, 50 * 1024 * 1024 + 1); // sparse: no 50 MB written to the disk
    closeSync(fd);
    const r = summary(big, "--lang", "en");
    expect(r.status).toBe(2);
    expect(r.errors).toEqual([
      `kpi-sheets: ${big}: the file holds 52,428,801 bytes; plan files over 52,428,800 bytes (50 MB) are not read`,
    ]);
  });
});
