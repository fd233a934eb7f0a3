import { terminalJson, terminalLine, terminalText } from "../../cli/terminal";

describe("terminal escaping", () => {
  it("escapes the sequences that retitle, clear or recolour a terminal, and CR, keeping line breaks and tabs in a report", () => {
    expect(terminalText("a\x1b]0;title\x07b\n\tc\x1b[2J\rd")).toBe("a\\x1B]0;title\\x07b\n\tc\\x1B[2J\\x0Dd");
  });

  it("escapes DEL, C1 controls (CSI U+009B) and bidirectional overrides", () => {
    expect(terminalText("\x7f\u009b2J\u202eabc\u2066\u200f")).toBe("\\x7F\\x9B2J\\u{202E}abc\\u{2066}\\u{200F}");
  });

  it("keeps Japanese, emoji and full-width text as they are", () => {
    expect(terminalText("基本目標１　転入者数😀 ㎡/人")).toBe("基本目標１　転入者数😀 ㎡/人");
  });

  it("makes one line of a message: a line break inside cannot forge a second message", () => {
    expect(terminalLine('line 3: "a\nline 4: fine"')).toBe('line 3: "a\\x0Aline 4: fine"\n');
  });

  it("keeps JSON valid and equal when parsed", () => {
    const value = { name: "\u009b2J \u202eevil \x7f", ok: "転入者数" };
    const json = terminalJson(JSON.stringify(value));
    expect(json).toBe('{"name":"\\u009b2J \\u202eevil \\u007f","ok":"転入者数"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
