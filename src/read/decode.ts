/**
 * The text of a plan file, from its bytes, as Excel saves it: UTF-8 with or without a BOM
 * ("CSV UTF-8"), UTF-16 with a BOM ("Unicode text"), or Shift_JIS (plain "CSV" on Japanese
 * Windows). Every decoder is strict: a byte that is not valid in the encoding is an error naming
 * its line, never a replacement character or a guess at another encoding.
 */
import { localize } from "../i18n";
import type { BadBytes, UndecodableWhy } from "../i18n/messages";
import { Problem } from "../problem";
import { maxPlanBytes, tooLargeMessage } from "./limits";
import { fileWhere, lineWhere } from "./where";

/** The byte at `i`; past the end (which the scans below never rely on) reads as 0. */
const byteAt = (bytes: Uint8Array, i: number): number => bytes[i] ?? 0;

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "shift_jis";

export type Decoded =
  | { readonly kind: "text"; readonly text: string; readonly encoding: Encoding }
  | { readonly kind: "error"; readonly problem: Problem };

const strict = (encoding: Encoding) => new TextDecoder(encoding, { fatal: true });
type Decoder = ReturnType<typeof strict>;

/** Decodes the whole input or returns undefined: TextDecoder's fatal mode throws on the first bad byte. */
function tryDecode(encoding: Encoding, bytes: Uint8Array): string | undefined {
  try {
    return strict(encoding).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodePlan(bytes: Uint8Array): Decoded {
  if (bytes.length > maxPlanBytes) return { kind: "error", problem: tooLarge(bytes.length) };
  const bom = byteOrderMark(bytes);
  // A zero byte is a NUL in UTF-8 and Shift_JIS alike, and most often UTF-16 saved without its
  // byte-order mark: said so before a decoder fails on it, or reads "g\0o\0a\0l\0" as a header.
  if (bom === undefined && bytes.includes(0)) return { kind: "error", problem: nul(bytes, "utf-8") };
  const encodings: readonly Encoding[] = bom === undefined ? ["utf-8", "shift_jis"] : [bom];
  for (const encoding of encodings) {
    if (encoding === "shift_jis" && mostlyUtf8(bytes)) break;
    // TextDecoder drops the BOM itself
    const text = tryDecode(encoding, bytes);
    if (text !== undefined) return withoutNul(text, encoding, bytes);
  }
  return { kind: "error", problem: notDecodable(bytes, bom) };
}

function tooLarge(size: number): Problem {
  return { where: fileWhere(), column: "", message: tooLargeMessage(size) };
}

function byteOrderMark(bytes: Uint8Array): Encoding | undefined {
  if (byteAt(bytes, 0) === 0xef && byteAt(bytes, 1) === 0xbb && byteAt(bytes, 2) === 0xbf) return "utf-8";
  if (byteAt(bytes, 0) === 0xff && byteAt(bytes, 1) === 0xfe) return "utf-16le";
  if (byteAt(bytes, 0) === 0xfe && byteAt(bytes, 1) === 0xff) return "utf-16be";
  return undefined;
}

/** A NUL character is no part of a plan: a binary file, or a mangled one. */
function withoutNul(text: string, encoding: Encoding, bytes: Uint8Array): Decoded {
  return text.includes("\0") ? { kind: "error", problem: nul(bytes, encoding) } : { kind: "text", text, encoding };
}

function nul(bytes: Uint8Array, encoding: Encoding): Problem {
  const at = badByte(bytes, nulOffset(bytes, encoding), encoding);
  return {
    where: lineWhere(at.line),
    column: "",
    message: localize((m) => m.read.nul(at.offset)),
  };
}

/** The offset of the first NUL: a zero byte in UTF-8 and Shift_JIS (never part of a letter), a zero unit in UTF-16. */
function nulOffset(bytes: Uint8Array, encoding: Encoding): number {
  if (encoding === "utf-8" || encoding === "shift_jis") return bytes.indexOf(0);
  for (let i = 2; i + 1 < bytes.length; i += 2) if (byteAt(bytes, i) === 0 && byteAt(bytes, i + 1) === 0) return i;
  return 0;
}

const hex = (b: number): string => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/** Where a byte is and what it is, for a message: its line, offset and the text before it on its line. */
interface BadByte extends BadBytes {
  readonly line: number;
}

function badByte(bytes: Uint8Array, offset: number, encoding: Encoding): BadByte {
  const width = encoding === "utf-16le" || encoding === "utf-16be" ? 2 : 1;
  const big = encoding === "utf-16be";
  const unit = (i: number): number =>
    width === 1
      ? byteAt(bytes, i)
      : big
        ? (byteAt(bytes, i) << 8) | byteAt(bytes, i + 1)
        : byteAt(bytes, i) | (byteAt(bytes, i + 1) << 8);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i + width <= offset; i += width) {
    const u = unit(i);
    if (u === 0x0a || (u === 0x0d && (i + 2 * width > bytes.length || unit(i + width) !== 0x0a))) {
      line++;
      lineStart = i + width;
    }
  }
  const from = Math.max(lineStart, offset - 24 * width * (width === 1 ? 3 : 1));
  const after = new TextDecoder(encoding).decode(bytes.subarray(from, offset)).replace(/^\uFEFF/, "");
  // a UTF-16 letter is judged by its unit, a Shift_JIS one by its lead byte and the next, UTF-8 by its first
  const b = byteAt(bytes, offset);
  const pair = width === 2 || (encoding === "shift_jis" && ((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc)));
  const shown = bytes.subarray(offset, Math.min(offset + (pair ? 2 : 1), bytes.length));
  return { line, offset, bytes: [...shown].map(hex).join(" "), after: [...after].slice(-12).join("") };
}

function notDecodable(bytes: Uint8Array, bom: Encoding | undefined): Problem {
  const first = bom ?? "utf-8";
  const skip = bom === undefined ? 0 : bom === "utf-8" ? 3 : 2;
  const at = badByte(bytes, firstInvalid(first, bytes, skip), first);
  const sjisAt = bom === undefined ? firstInvalidShiftJis(bytes) : -1;
  const why = ((): UndecodableWhy => {
    if (bom !== undefined) return { kind: "notBomEncoding", encoding: encodingNames[bom] };
    if (sjisAt < 0) return { kind: "mostlyUtf8" };
    const shiftJis = badByte(bytes, sjisAt, "shift_jis");
    return { kind: "notShiftJis", line: shiftJis.line, shiftJis };
  })();
  return { where: lineWhere(at.line), column: "", message: localize((m) => m.read.undecodable(at, why)) };
}

const encodingNames: Readonly<Record<Encoding, string>> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
  shift_jis: "Shift_JIS",
};

/** The offset of the first byte that is not valid in the encoding, from `from`; -1 when all are. */
function firstInvalid(encoding: Encoding, bytes: Uint8Array, from: number): number {
  switch (encoding) {
    case "utf-8":
      return scanUtf8(bytes, from).firstInvalid;
    case "utf-16le":
    case "utf-16be":
      return firstInvalidUtf16(bytes, from, encoding === "utf-16be");
    case "shift_jis":
      return firstInvalidShiftJis(bytes);
    default: {
      const never: never = encoding;
      return never;
    }
  }
}

interface Utf8Scan {
  readonly firstInvalid: number;
  readonly invalid: number;
  /** Valid sequences of two bytes or more: letters outside ASCII. */
  readonly multibyte: number;
}

/** One pass over UTF-8, as the WHATWG decoder judges it (no overlong forms, no surrogates). */
function scanUtf8(bytes: Uint8Array, from: number): Utf8Scan {
  let first = -1;
  let invalid = 0;
  let multibyte = 0;
  let i = from;
  while (i < bytes.length) {
    const b = byteAt(bytes, i);
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = byteAt(bytes, i + k);
      ok = c !== undefined && c >= (k === 1 ? low : 0x80) && c <= (k === 1 ? high : 0xbf);
    }
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      if (first < 0) first = i;
      invalid++;
      i++;
    }
  }
  return { firstInvalid: first, invalid, multibyte };
}

/**
 * Valid Shift_JIS that is mostly valid UTF-8: more letters that read as UTF-8 than bytes that do
 * not. Real Shift_JIS text fails as UTF-8 at almost every Japanese letter; a UTF-8 file with a
 * stray Latin-1 byte (Caf\xe9) can still pass as Shift_JIS, and would come out as mojibake.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const scan = scanUtf8(bytes, 0);
  return scan.multibyte > scan.invalid;
}

function firstInvalidUtf16(bytes: Uint8Array, from: number, big: boolean): number {
  const unit = (i: number): number =>
    big ? (byteAt(bytes, i) << 8) | byteAt(bytes, i + 1) : byteAt(bytes, i) | (byteAt(bytes, i + 1) << 8);
  let i = from;
  for (; i + 1 < bytes.length; i += 2) {
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return i;
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 >= bytes.length) return i;
      const next = unit(i + 2);
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return i < bytes.length ? i : -1;
}

/**
 * The first byte Shift_JIS cannot decode. Lines are tried whole (a line feed is never the second
 * byte of a Shift_JIS letter), then the failing line letter by letter, so the cost stays linear.
 */
function firstInvalidShiftJis(bytes: Uint8Array): number {
  const decoder = strict("shift_jis");
  let start = 0;
  while (start < bytes.length) {
    const feed = bytes.indexOf(0x0a, start);
    const end = feed < 0 ? bytes.length : feed + 1;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return firstInvalidShiftJisIn(bytes, start, end, decoder);
    }
    start = end;
  }
  return -1;
}

function firstInvalidShiftJisIn(bytes: Uint8Array, start: number, end: number, decoder: Decoder): number {
  let i = start;
  while (i < end) {
    const b = byteAt(bytes, i);
    if (b <= 0x80 || (b >= 0xa1 && b <= 0xdf)) {
      i++; // ASCII, U+0080 and half-width katakana: one byte each
      continue;
    }
    if (!((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc))) return i;
    try {
      decoder.decode(bytes.subarray(i, i + 2));
    } catch {
      return i;
    }
    i += 2;
  }
  return end - 1;
}
