/**
 * Every custom function on the Atsugi report's figures, through the functions as Excel calls
 * them (2D arrays in, 2D arrays out), in scalar and array forms, and on the error cases.
 */
import { isError, setDisplayLanguage } from "./customFunctionsDouble";
import { average, fy, grade, label, number, path, progress, rate } from "../../functions/functions";

/** A single cell as Excel passes it to a matrix parameter. */
const c = (v: unknown): any[][] => [[v]];
/** A column range. */
const col = (...vs: unknown[]): any[][] => vs.map((v) => [v]);
/** The one value of a 1×1 result. */
const one = (result: unknown[][]): unknown => {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return result[0][0];
};
const errorOf = (value: unknown) => {
  expect(isError(value)).toBe(true);
  return value as { code: string; message?: string };
};

beforeEach(() => setDisplayLanguage(undefined));

describe("KPI.RATE on the report's figures", () => {
  it.each([
    ["recorded crimes 900 against 1,131, lower is better", 900, 1131, "lower", 0.796],
    ["recorded crimes 810 against 1,102, 減少", 810, 1102, "減少", 0.735],
    ["6,149 against a target of 6,455", 6455, 6149, "higher", 0.953],
    ["6,149 against 6,455 with direction omitted", 6455, 6149, null, 0.953],
    ["増加 is higher", 6455, 6149, "増加", 0.953],
    ["0.7 against 1.6 is exactly 43.75%, rounded up as Excel does", 1.6, 0.7, null, 0.438],
    ["275 against 220 is capped", 220, 275, null, 1],
  ])("%s", (_name, target, actual, direction, expected) => {
    expect(one(rate(c(target), c(actual), c(direction)))).toBe(expected);
  });

  it("gives the uncapped rate when capped is FALSE: 275 against 220 → 1.25", () => {
    expect(one(rate(c(220), c(275), null as unknown as any[][], c(false)))).toBe(1.25);
    expect(one(rate(c(220), c(275), c("higher"), c(true)))).toBe(1);
    expect(one(rate(c(220), c(275), c("higher"), c(0)))).toBe(1.25);
  });

  it("reads values as staff write them: 6,149人, full-width digits, 1,131件", () => {
    expect(one(rate(c("6,455人"), c("６，１４９人"), c(null)))).toBe(0.953);
    expect(one(rate(c("900件"), c("1,131件"), c("lower")))).toBe(0.796);
  });

  it("an actual equal to the target under lower is better is 100%", () => {
    expect(one(rate(c(900), c(900), c("lower")))).toBe(1);
  });

  it("spills one rate per row for ranges, with the direction per row or broadcast", () => {
    const result = rate(
      col(900, 810, 6455, 1.6, 220),
      col(1131, 1102, 6149, 0.7, 275),
      col("lower", "減少", "", null, "higher"),
    );
    expect(result).toEqual([[0.796], [0.735], [0.953], [0.438], [1]]);
    expect(rate(col(900, 810), col(1131, 1102), c("lower"))).toEqual([[0.796], [0.735]]);
    expect(rate(col(220, 220), col(275, 200), c("higher"), [[true, false]])).toEqual([
      [1, 1.25],
      [0.909, 0.909],
    ]);
  });

  it('returns "" for a blank target or actual, never 0%', () => {
    expect(rate(col(900, 900, null), col(null, "", 1131), c("lower"))).toEqual([[""], [""], [""]]);
  });

  it("gives #N/A naming what is missing for -, 未公表 and 指標変更", () => {
    const [[a], [b], [d]] = rate(col(900, "-", 900), col("未公表", 1131, "指標変更"), c("lower"));
    expect(errorOf(a)).toEqual({ code: "#N/A", message: "The actual is missing: not published (未公表)" });
    expect(errorOf(b)).toEqual({ code: "#N/A", message: "The target is missing: not set (-)" });
    expect(errorOf(d).message).toContain("指標変更");
  });

  it("gives #VALUE! naming a value it cannot read", () => {
    expect(errorOf(one(rate(c("about 900"), c(1131))))).toEqual({
      code: "#VALUE!",
      message: 'The target "about 900" cannot be read as a number',
    });
    expect(errorOf(one(rate(c(900), c(true)))).message).toBe('The actual "TRUE" cannot be read as a number');
    expect(errorOf(one(rate(c(900), c(1131), c("sideways")))).message).toContain('"sideways"');
    expect(errorOf(one(rate(c(900), c(1131), c("lower"), c("maybe")))).message).toContain("TRUE or FALSE");
  });

  it("gives #NUM! without a message when the rate does not fit in a number", () => {
    const e = errorOf(one(rate(c(1e-300), c(1e300))));
    expect(e.code).toBe("#NUM!");
    expect(e.message).toBeUndefined();
  });

  it("passes an error arriving in a range on", () => {
    const na = new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode, "no data");
    expect(errorOf(one(rate(c(na), c(5))))).toEqual({ code: "#N/A", message: "no data" });
    expect(errorOf(one(rate(c({ code: "#REF!" }), c(5)))).code).toBe("#VALUE!");
  });

  it("gives one #VALUE! for ranges of different sizes", () => {
    const e = errorOf(one(rate(col(1, 2, 3), col(1, 2))));
    expect(e.message).toBe("The ranges differ in size (3×1 and 2×1); give ranges of the same size or single cells");
  });

  it("writes its messages in Japanese when Office's display language is Japanese", () => {
    setDisplayLanguage("ja-JP");
    expect(errorOf(one(rate(c(900), c("未公表"), c("lower")))).message).toBe("実績値がありません（未公表）");
    expect(errorOf(one(rate(c("約900"), c(1131)))).message).toBe("目標値「約900」は数値として読めません");
  });
});

describe("KPI.GRADE", () => {
  it("grades with the reference's scale in the display language", () => {
    expect(grade(col(1, 0.953, 0.8, 0.796, 0.6, 0.438), null as unknown as any[][])).toEqual(
      col("On track", "Mostly on track", "Mostly on track", "Slightly behind", "Slightly behind", "Behind"),
    );
    setDisplayLanguage("ja-JP");
    expect(grade(col(1, 0.953, 0.796, 0.438))).toEqual(col("順調", "おおむね順調", "やや遅れ", "遅れ"));
  });

  it("grades the rates KPI.RATE returns, spilled", () => {
    setDisplayLanguage("ja");
    const rates = rate(
      col(900, 810, 6455, 1.6, 220),
      col(1131, 1102, 6149, 0.7, 275),
      col("lower", "lower", null, null, null),
    );
    expect(grade(rates)).toEqual(col("やや遅れ", "やや遅れ", "おおむね順調", "遅れ", "順調"));
  });

  it("reads rates written as text: 95.3%, ７９．６％", () => {
    expect(grade(col("95.3%", "７９．６％", "0.6"))).toEqual(
      col("Mostly on track", "Slightly behind", "Slightly behind"),
    );
  });

  it("uses a two-column scale range from a settings sheet, best level first", () => {
    const scale = [
      [1, "A 順調"],
      [0.8, "B+ 概ね順調"],
      ["50%", "B やや遅れ"],
      [null, "C 遅れ"],
      [null, null], // a spare row
    ];
    expect(grade(col(1, 0.8, 0.55, 0.438), scale)).toEqual(col("A 順調", "B+ 概ね順調", "B やや遅れ", "C 遅れ"));
  });

  it("takes the label column of the display language from a three-column scale", () => {
    const scale = [
      [1, "◎", "Excellent"],
      [0.6, "○", "Fair"],
      [0, "×", "Poor"],
    ];
    expect(grade(col(1, 0.7, 0.1), scale)).toEqual(col("Excellent", "Fair", "Poor"));
    setDisplayLanguage("ja-JP");
    expect(grade(col(1, 0.7, 0.1), scale)).toEqual(col("◎", "○", "×"));
  });

  it("rejects a scale it cannot use with a message", () => {
    expect(errorOf(one(grade(c(0.9), [[1, "A", "B", "C"]]))).code).toBe("#VALUE!");
    expect(errorOf(one(grade(c(0.9), [[1, "A"]]))).message).toContain("at least two levels");
    expect(
      errorOf(
        one(
          grade(c(0.9), [
            [0.5, "A"],
            [0.8, "B"],
            [0, "C"],
          ]),
        ),
      ).message,
    ).toContain("thresholds must fall");
    setDisplayLanguage("ja-JP");
    expect(
      errorOf(
        one(
          grade(c(0.9), [
            [1, "A"],
            ["x", "B"],
          ]),
        ),
      ).message,
    ).toContain("評価基準");
  });

  it('returns "" for a blank rate and #N/A for a missing one', () => {
    const [[a], [b]] = grade(col("", "未公表"));
    expect(a).toBe("");
    expect(errorOf(b).code).toBe("#N/A");
  });
});

describe("KPI.PROGRESS", () => {
  it("is (actual − baseline) / (target − baseline), rounded and capped", () => {
    expect(one(progress(c(100), c(200), c(150)))).toBe(0.5);
    expect(one(progress(c(10580), c(10000), c(10290), c("lower")))).toBe(0.5);
    expect(one(progress(c(100), c(200), c(250), c(null), c(false)))).toBe(1.5);
    expect(one(progress(c(100), c(200), c(250)))).toBe(1);
  });
  it("keeps the baseline level as the goal when the target equals it", () => {
    expect(progress(col(50, 50), col(50, 50), col(50, 49), c("higher"))).toEqual([[1], [0]]);
  });
  it("spills over ranges and says what is missing", () => {
    const result = progress(col(0, 0, 0), col(10, 10, "-"), col(5, "", 3));
    expect(result[0][0]).toBe(0.5);
    expect(result[1][0]).toBe("");
    expect(errorOf(result[2][0]).message).toContain("target");
  });
});

describe("KPI.AVERAGE", () => {
  // 22 rates summing to 19.723, as goal 4 of the report: 1972.3 / 22 = 89.65% exactly,
  // which the report rounds up to 89.7% while binary floating point gives 89.6%
  const goal4 = [
    1, 1, 1, 1, 1, 1, 1, 1, 0.796, 0.735, 0.953, 0.438, 0.981, 0.862, 0.774, 0.909, 0.851, 0.88, 0.915, 0.802, 0.95,
    0.877,
  ];

  it("averages 22 rates summing to 19.723 as 0.897", () => {
    expect(Math.round((goal4.reduce((s, x) => s + x, 0) / 22) * 1000) / 1000).toBe(0.896); // the trap
    expect(one(average(col(...goal4)))).toBe(0.897);
  });

  it("skips blanks, -, 未公表, 指標変更 and #N/A, never counting them as 0", () => {
    const na = new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode, "missing");
    expect(one(average(col(...goal4, "", null, "-", "未公表", "指標変更", na)))).toBe(0.897);
  });

  it("averages capped rates, as the goal summary does", () => {
    expect(one(average([[1.25, 0.75]]))).toBe(0.875);
    expect(one(average(col("125.0%", "75%")))).toBe(0.875);
  });

  it("takes the rates KPI.RATE spills", () => {
    const rates = rate(
      col(900, 810, 6455, 1.6, 220),
      col(1131, 1102, 6149, 0.7, 275),
      col("lower", "lower", null, null, null),
    );
    // (796 + 735 + 953 + 438 + 1000) / 5 = 784.4 → 78.4%
    expect(one(average(rates))).toBe(0.784);
  });

  it("gives #N/A when there is no rate and #VALUE! for text that is not a rate", () => {
    expect(errorOf(one(average(col("", "未公表")))).message).toBe("There are no rates to average");
    expect(errorOf(one(average(col(0.9, "90人")))).code).toBe("#VALUE!");
    expect(errorOf(one(average(col(0.9, { code: "#DIV/0!" })))).code).toBe("#DIV/0!");
  });
});

describe("KPI.FY and KPI.LABEL", () => {
  it.each([
    ["R6", 2024],
    ["令和6年度", 2024],
    ["令和６年度", 2024],
    ["Ｒ３", 2021],
    ["H28", 2016],
    ["平成28年", 2016],
    ["令和元年度", 2019],
    ["FY2024", 2024],
    [2024, 2024],
  ])("KPI.FY(%s) = %d", (text, year) => {
    expect(one(fy(c(text)))).toBe(year);
  });

  it("spills plan years R3–R8", () => {
    expect(fy([["R3", "R4", "R5", "R6", "R7", "R8"]])).toEqual([[2021, 2022, 2023, 2024, 2025, 2026]]);
  });

  it("says what it cannot read", () => {
    expect(errorOf(one(fy(c("next year")))).message).toContain('"next year"');
    expect(one(fy(c("")))).toBe("");
    expect(errorOf(one(fy(c(45383)))).code).toBe("#VALUE!"); // a date serial is not a year
  });

  it("labels a year long, short or western", () => {
    expect(one(label(c(2024)))).toBe("令和6年度");
    expect(one(label(c(2019), c("long")))).toBe("令和元年度");
    expect(one(label(c(2024), c("short")))).toBe("R6");
    expect(one(label(c("R6"), c("fy")))).toBe("FY2024");
    expect(one(label(c("平成28年"), c("long")))).toBe("平成28年");
    expect(label([[2021, 2022, 2023]], c("short"))).toEqual([["R3", "R4", "R5"]]);
    expect(one(fy(label(c(2026))))).toBe(2026);
  });

  it("rejects an unknown style and labels a year before the eras in the western year", () => {
    expect(errorOf(one(label(c(2024), c("roman")))).message).toContain('"roman"');
    expect(one(label(c(1910)))).toBe("1910年度"); // before 昭和: the western year, as the engine labels it
    expect(one(label(c(1910), c("short")))).toBe("1910");
    expect(one(label(c(1910), c("fy")))).toBe("FY1910");
  });
});

describe("KPI.PATH", () => {
  it("plans a straight line from the baseline to the final target", () => {
    // outflow 10,580 (R1) → 10,000 (R8): each year 580 / 7 lower
    const years = [["R1", "R3", "R6", "R8", "R9"]];
    const planned = path(c(10580), c("令和元年度"), c(10000), c("R8"), years)[0] as number[];
    expect(planned[0]).toBe(10580);
    expect(planned[1]).toBeCloseTo(10580 - (580 * 2) / 7, 9);
    expect(planned[2]).toBeCloseTo(10580 - (580 * 5) / 7, 9);
    expect(planned[3]).toBe(10000);
    expect(planned[4]).toBe(10000);
  });
  it("feeds KPI.RATE", () => {
    const planned = path(c(100), c(2020), c(200), c(2030), c(2025));
    expect(one(planned)).toBe(150);
    expect(one(rate(planned, c(140)))).toBe(0.933);
  });
  it("says what is missing or unreadable", () => {
    expect(one(path(c(100), c(2020), c(null), c(2030), c(2025)))).toBe("");
    expect(errorOf(one(path(c(100), c("someday"), c(200), c(2030), c(2025)))).message).toContain("baseline year");
  });
});

describe("KPI.NUMBER", () => {
  it("reads numbers as departments write them", () => {
    expect(number(col("6,439人", "▲3,703", "△12", "１２３", "42.6％", "8.15㎡/人", 7))).toEqual(
      col(6439, -3703, -12, 123, 42.6, 8.15, 7),
    );
  });
  it("keeps blanks blank and says what is missing or unreadable", () => {
    const [[a], [b], [d]] = number(col("", "未公表", "n/a"));
    expect(a).toBe("");
    expect(errorOf(b).code).toBe("#N/A");
    expect(errorOf(d).code).toBe("#VALUE!");
  });
});

describe("arguments as the host passes them", () => {
  it("treats an omitted optional argument (null or undefined) as its default", () => {
    expect(one(rate(c(900), c(1131), undefined, undefined))).toBe(1);
    expect(one(rate(c(900), c(1131), undefined, c(false)))).toBe(1.257);
    expect(one(rate(c(900), c(1131), null as unknown as any[][], null as unknown as any[][]))).toBe(1);
  });
  it("accepts bare scalars as well as 1×1 ranges", () => {
    expect(one(rate(900 as unknown as any[][], 1131 as unknown as any[][], "lower" as unknown as any[][]))).toBe(0.796);
  });
  it("rejects ragged and empty ranges with one #VALUE!", () => {
    expect(errorOf(one(rate([[1, 2], [3]], c(1)))).message).toContain("not rectangular");
    expect(errorOf(one(rate([], c(1)))).message).toContain("empty");
    expect(errorOf(one(rate([[[1, 2]]] as unknown as any[][], c(1)))).message).toContain("holds a range");
  });
});

describe("inputs staff type that the engine now refuses or reads", () => {
  it("KPI.PATH gives #NUM!, never -Infinity, when the baseline and final target are ±1e308", () => {
    const result = one(path(c(1e308), c(2020), c(-1e308), c(2026), c(2023)));
    expect(errorOf(result).code).toBe("#NUM!");
  });
  it("KPI.NUMBER and KPI.RATE refuse a qualified number (100以上, 約100) with #VALUE! naming it", () => {
    const [[a], [b], [d]] = number(col("100以上", "約100", "100~"));
    for (const e of [a, b, d]) expect(errorOf(e).code).toBe("#VALUE!");
    expect(errorOf(a).message).toContain("100以上");
    expect(errorOf(one(rate(c("100以上"), c(120))))).toMatchObject({ code: "#VALUE!" });
  });
  it("KPI.FY reads a three-digit era year", () => {
    expect(one(fy(c("令和100年度")))).toBe(2118);
  });
});
