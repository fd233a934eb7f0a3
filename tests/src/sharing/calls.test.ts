/** The call helpers the converter reads formulas with (src/formula/calls.ts). */
import { atomic, closing, literalOf, splitArgs, wholeCall } from "../../../src/formula/calls";
import { join, tokenize } from "../../../src/formula/tokens";

describe("calls in a tokenized formula", () => {
  test("arguments split at the commas outside parentheses, array constants and strings", () => {
    const tokens = tokenize('KPI.RATE(SUM(B2,B3),{1,2},"a,b",)');
    const args = splitArgs(tokens.slice(2, tokens.length - 1)).map(join);
    expect(args).toEqual(["SUM(B2,B3)", "{1,2}", '"a,b"', ""]);
    expect(splitArgs([]).map(join)).toEqual([""]);
  });

  test("the closing parenthesis of a call, or -1 when there is none", () => {
    const tokens = tokenize("IF(A1,(B2),{1,2})+1");
    expect(closing(tokens, 1)).toBe(tokens.length - 3);
    expect(closing(tokenize("KPI.FY(A1"), 1)).toBe(-1);
  });

  test("a formula that is one call, spaces aside", () => {
    const tokens = tokenize(" KPI.RATE(B2,C2) ");
    expect(wholeCall(tokens)).toEqual({ at: 1, close: tokens.length - 2 });
    expect(wholeCall(tokenize("KPI.RATE(B2,C2)+1"))).toBeUndefined();
    expect(wholeCall(tokenize("B2"))).toBeUndefined();
  });

  test("literals and operands that need no parentheses", () => {
    expect([literalOf(' "say ""hi""" '), literalOf("true"), literalOf("-2.5"), literalOf("B2")]).toEqual([
      'say "hi"',
      true,
      -2.5,
      undefined,
    ]);
    expect(["B2", "'My sheet'!$B$2:$B$4", "KpiGradeScale", "T[@target]", "SUM(B2,C2)", '"x"'].map(atomic)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["B2+1", "SUM(B2)+SUM(C2)", "-B2"].map(atomic)).toEqual([false, false, false]);
  });
});
