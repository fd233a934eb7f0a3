import { readDirection } from "../../../src/direction";
import { readValue } from "../../../src/value";
import {
  arrayShape,
  higherWords,
  join,
  lowerWords,
  markerWords,
  toNativeFormula,
  tokenize,
} from "../../../src/sharing";

const convert = (f: string, spill?: { rows: number; columns: number }) => toNativeFormula(f, { lang: "ja", spill });
const one = (f: string): string => {
  const r = convert(f);
  if (r.kind !== "converted") throw new Error(JSON.stringify(r));
  return r.formulas[0][0];
};

describe("tokenize", () => {
  test("gives the formula back and keeps strings, quoted sheets and structured references whole", () => {
    for (const f of [
      'KPI.RATE("KPI.RATE(",B2)',
      "'KPI.RATE(x)'!A1+KPI.FY(A2)",
      "SUM(T[[#This Row],[a, b]])",
      "{1,2;3,4}",
    ]) {
      expect(join(tokenize(f))).toBe(f);
    }
    expect(
      tokenize('KPI.RATE("KPI.RATE(",B2)')
        .filter((t) => t.kind === "function")
        .map((t) => t.text),
    ).toEqual(["KPI.RATE"]);
    expect(tokenize("'KPI.RATE(x)'!A1").map((t) => t.kind)).toEqual(["sheetRef"]);
  });
});

describe("toNativeFormula", () => {
  test("formulas without KPI.* calls, and text, are unchanged", () => {
    expect(convert("=SUM(A1:A3)").kind).toBe("unchanged");
    expect(convert('="KPI.RATE(" & A1').kind).toBe("unchanged");
    expect(convert("KPI.RATE(1,2)").kind).toBe("unchanged");
  });

  test("nested calls, sheet-qualified references, optional arguments, case", () => {
    const f = one(`=IF(kpi.Grade(KPI.RATE('My sheet'!B2,C2,"lower"))="遅れ",1,0)`);
    expect(f).not.toMatch(/KPI\./i);
    expect(f).toContain("'My sheet'!B2");
    expect(f.startsWith("=IF((")).toBe(true);
    expect(f.endsWith(')="遅れ",1,0)')).toBe(true);
    expect(one("=KPI.RATE(B2,C2,,FALSE)")).not.toContain("MIN(1,MAX(0");
    expect(one("=KPI.RATE(B2,C2)")).toContain("MIN(1,MAX(0,ROUND(");
  });

  test("a direction from a cell is read in the formula; a bad literal one is reported", () => {
    expect(one("=KPI.RATE(B2,C2,D2)")).toContain('MATCH(TRIM(D2),{"lower"');
    const bad = convert('=KPI.RATE(B2,C2,"sideways")');
    expect(bad.kind).toBe("failed");
  });

  test("a scale range is read cell by cell; a name is resolved when the adapter knows it", () => {
    expect(one("=KPI.GRADE(D2,Settings!$A$12:$B$15)")).toContain(
      "INDEX(Settings!$B$12:$B$15,1+(ROUND(D2,3)<Settings!$A$12)",
    );
    const named = toNativeFormula("=KPI.GRADE(D2,KpiGradeScale)", {
      lang: "en",
      resolveName: () => "='設定'!$A$12:$B$15",
    });
    expect(named.kind === "converted" && named.formulas[0][0]).toContain("'設定'!$A$12");
    expect(one("=KPI.GRADE(D2,KpiGradeScale)")).toContain("SUMPRODUCT(--(INDEX(KpiGradeScale,0,1)>ROUND(D2,3)))");
  });

  test("array calls become one formula per cell of their spill range", () => {
    expect(arrayShape('=KPI.RATE(B2:B4,C2:C4,"lower")')).toEqual({ rows: 3, columns: 1 });
    expect(arrayShape("=KPI.RATE(B2,C2)")).toBeUndefined();
    const r = convert("=KPI.RATE($B$2:$B$4,C2:C4,D1)", { rows: 3, columns: 1 });
    expect(r.kind).toBe("converted");
    if (r.kind !== "converted") return;
    expect(r.formulas.map((row) => row.length)).toEqual([1, 1, 1]);
    expect(r.formulas[2][0]).toContain("$B$4");
    expect(r.formulas[2][0]).toContain("C4");
    expect(r.formulas[2][0]).toContain("D1"); // a single cell is broadcast
    expect(convert("=KPI.RATE(B2:B4,C2:C4)").kind).toBe("failed"); // spill size unknown
    expect(convert("=KPI.RATE(B2:B4,C2:C4)", { rows: 2, columns: 1 }).kind).toBe("failed");
    expect(convert("=KPI.RATE(B2:B4,C2:C5)", { rows: 3, columns: 1 }).kind).toBe("failed");
    expect(convert("=SUM(KPI.RATE(B2:B4,C2:C4))", { rows: 1, columns: 1 }).kind).toBe("failed");
    expect(convert("=KPI.RATE(T[target],T[actual])").kind).toBe("failed");
  });

  test("literals are resolved when converting; unknown functions and wrong arity are reported", () => {
    expect(one('=KPI.FY("令和6年度")')).toBe("=(2024)");
    expect(one('=KPI.LABEL(2019,"short")')).toBe('=("R1")');
    expect(convert("=KPI.NOPE(1)").kind).toBe("failed");
    expect(convert("=KPI.RATE(1)").kind).toBe("failed");
  });

  test("which arguments spread and how many a call takes come from the declared signatures", () => {
    expect(arrayShape("=KPI.LABEL(2024,A1:A3)")).toEqual({ rows: 3, columns: 1 }); // the style spreads too
    expect(arrayShape("=KPI.GRADE(B2,Settings!$A$12:$B$15)")).toBeUndefined(); // one scale for all
    expect(arrayShape("=KPI.AVERAGE(D2:D9)")).toBeUndefined();
    expect(convert("=KPI.PATH(1,2019,3,2026)").kind).toBe("failed");
    expect(convert('=KPI.LABEL(2024,"short",1)').kind).toBe("failed");
    expect(one("=KPI.PATH(1,2019,3,2026,2020)")).toContain("ISNUMBER(1)");
  });

  test("the direction and marker words are the engine's", () => {
    for (const w of higherWords) expect(readDirection(w)).toBe("higher");
    for (const w of lowerWords) expect(readDirection(w)).toBe("lower");
    for (const w of markerWords) expect(readValue(w).kind).toBe("missing");
  });
});
