/**
 * A page header or footer in Excel's codes ("&Lleft&Rright") as Office.js takes it: one text
 * per section. The codes inside a section (&P, &N, && for a literal &) stay as they are.
 */
export interface HeaderSections {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

export function headerSections(code: string): HeaderSections {
  const out = { left: "", center: "", right: "" };
  let section: keyof HeaderSections = "center";
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    const next = code[i + 1];
    if (c === "&" && (next === "L" || next === "C" || next === "R")) {
      section = next === "L" ? "left" : next === "C" ? "center" : "right";
      i += 1;
    } else if (c === "&" && next !== undefined) {
      out[section] += c + next; // &&, &P, &N …
      i += 1;
    } else out[section] += c;
  }
  return out;
}
