import fc from "fast-check";
import { defaultScale, findScale, gradeIndex, gradeLabel, scalePresets, scaleProblem } from "../../src/grade";

describe("default scale (the reference's)", () => {
  it.each([
    [1, "順調", "On track"],
    [0.999, "おおむね順調", "Mostly on track"],
    [0.8, "おおむね順調", "Mostly on track"],
    [0.799, "やや遅れ", "Slightly behind"],
    [0.6, "やや遅れ", "Slightly behind"],
    [0.599, "遅れ", "Behind"],
    [0, "遅れ", "Behind"],
    [-0.5, "遅れ", "Behind"],
  ])("grades %d as %s / %s", (rate, ja, en) => {
    expect(gradeLabel(defaultScale, rate, "ja")).toBe(ja);
    expect(gradeLabel(defaultScale, rate, "en")).toBe(en);
  });
  it("grades the goal averages of the reference as おおむね順調", () => {
    for (const average of [0.895, 0.818, 0.965, 0.897])
      expect(gradeLabel(defaultScale, average, "ja")).toBe("おおむね順調");
  });
  it("grades the rate as shown: 0.79951 displays as 80.0% and is おおむね順調", () => {
    expect(gradeLabel(defaultScale, 0.79951, "ja")).toBe("おおむね順調");
    expect(gradeLabel(defaultScale, 0.7994, "ja")).toBe("やや遅れ");
  });
  it("gives the lowest level to non-finite input instead of throwing", () => {
    expect(gradeIndex(defaultScale, NaN)).toBe(3);
  });
});

describe("presets", () => {
  it("ship the scales seen in real plans", () => {
    expect(scalePresets.map((s) => s.id)).toEqual([
      "standard",
      "abc-100-80-50",
      "abcd-110-80-50",
      "symbols",
      "abc-100-80",
      "abc-100-60",
      "standard-100-80-50",
      "trend",
    ]);
  });
  it("100/80/50: A / B+ / B / C as plans print them, the words (順調 / 概ね順調 / やや遅れ / 遅れ) as a second label", () => {
    const s = findScale("abc-100-80-50")!;
    expect([1, 0.8, 0.5, 0.499].map((r) => gradeLabel(s, r, "ja"))).toEqual(["A", "B+", "B", "C"]);
    expect(s.levels.map((l) => l.words?.ja)).toEqual(["順調", "概ね順調", "やや遅れ", "遅れ"]);
    expect(s.levels.map((l) => l.words?.en)).toEqual(["On track", "Mostly on track", "Slightly behind", "Behind"]);
  });
  it("three levels 100/80 and 100/60 (A / B / C), four levels 100/80/50 in the standard words", () => {
    const grades = (id: string, rates: number[]) => rates.map((r) => gradeLabel(findScale(id)!, r, "ja"));
    expect(grades("abc-100-80", [1, 0.999, 0.8, 0.799, 0])).toEqual(["A", "B", "B", "C", "C"]);
    expect(grades("abc-100-60", [1, 0.8, 0.6, 0.599])).toEqual(["A", "B", "B", "C"]);
    expect(grades("standard-100-80-50", [1, 0.8, 0.5, 0.499])).toEqual(["順調", "おおむね順調", "やや遅れ", "遅れ"]);
  });
  it("a scale has 2 to 7 levels", () => {
    const levels = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ min: 1 - i / 10, label: { ja: `L${i}`, en: `L${i}` } }));
    expect(scaleProblem(levels(7))).toBeUndefined();
    expect(scaleProblem(levels(8))?.en).toBe("a grade scale has at most seven levels");
    expect(scaleProblem(levels(1))?.en).toBe("a grade scale needs at least two levels");
    expect(scaleProblem(levels(3), "trend")?.en).toBe("a trend scale has four levels (S, A, B, C)");
  });
  it("110/80/50 grades the uncapped rate", () => {
    const s = findScale("abcd-110-80-50")!;
    expect(s.basis).toBe("uncapped");
    expect([1.1, 1.099, 0.8, 0.5, 0.2].map((r) => gradeLabel(s, r, "en"))).toEqual(["A", "B", "B", "C", "D"]);
  });
  it("◎/○/△/×", () => {
    const s = findScale("symbols")!;
    expect([1, 0.8, 0.6, 0.1].map((r) => gradeLabel(s, r, "ja"))).toEqual(["◎", "○", "△", "×"]);
  });
  it("all presets are valid scales", () => {
    for (const s of scalePresets) expect(scaleProblem(s.levels, s.basis)).toBeUndefined();
  });
  it("never throw and always return one of the scale's labels", () => {
    fc.assert(
      fc.property(fc.constantFrom(...scalePresets), fc.double(), (scale, rate) => {
        const label = gradeLabel(scale, rate, "ja");
        expect(scale.levels.map((l) => l.label.ja)).toContain(label);
      }),
      { numRuns: 10_000 },
    );
  });
  it("are monotonic: a higher rate never gets a worse level", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scalePresets),
        fc.double({ min: -2, max: 3, noNaN: true }),
        fc.double({ min: -2, max: 3, noNaN: true }),
        (scale, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(gradeIndex(scale, hi)).toBeLessThanOrEqual(gradeIndex(scale, lo));
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

describe("scaleProblem", () => {
  it("rejects scales whose thresholds do not fall", () => {
    expect(
      scaleProblem([
        { min: 0.8, label: { ja: "a", en: "a" } },
        { min: 0.9, label: { ja: "b", en: "b" } },
        { min: 0, label: { ja: "c", en: "c" } },
      ])?.en,
    ).toMatch(/fall/);
  });
  it("rejects empty labels and single levels", () => {
    expect(
      scaleProblem([
        { min: 1, label: { ja: "", en: "x" } },
        { min: 0, label: { ja: "y", en: "y" } },
      ])?.en,
    ).toMatch(/label/);
    expect(scaleProblem([{ min: 1, label: { ja: "x", en: "x" } }])?.en).toMatch(/two/);
  });
});
