import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isUnit, knownUnits } from "../../src/units";
import { unitExamples } from "../../src/vocabulary";

describe("units", () => {
  it("the README's plan file section lists every known unit, as the code holds them", () => {
    const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## The plan file"), readme.indexOf("## Reproducing"));
    const listed = new Set(section.split(/[\s·]+/u));
    expect(knownUnits.filter((u) => !listed.has(u))).toEqual([]);
  });

  it("reads a unit in full width or with spaces, and the row's own unit", () => {
    expect(isUnit(" ％ ")).toBe(true);
    expect(isUnit("ｋｍ")).toBe(true);
    expect(isUnit("団地")).toBe(false);
    expect(isUnit("団地", "団地")).toBe(true);
    expect(isUnit("", "")).toBe(false);
    expect(isUnit("人以上")).toBe(false);
  });

  it("names only known units as the examples of the unreadable-value message", () => {
    expect(unitExamples.length).toBeGreaterThan(0);
    expect(unitExamples.filter((u) => !knownUnits.includes(u))).toEqual([]);
  });
});
