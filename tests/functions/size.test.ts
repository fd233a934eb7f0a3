/**
 * The size guard: a result past 1,048,576 cells (a sheet's rows) is one #NUM! with a message,
 * returned before any cell is computed, in every function that spreads over ranges. Without it,
 * =KPI.RATE(B2:B20000, C1:ZZ1) builds 14 million cells and runs the shared runtime out of memory.
 */
import { ErrorDouble, setDisplayLanguage } from "./customFunctionsDouble";
import * as functions from "../../functions/functions";
import { broadcast, maxResultCells, toGrid } from "../../functions/broadcast";
import { args } from "../../functions/messages";
import { arity, elementwise, functionIds } from "../../src/functionSignatures";

const column = (n: number): unknown[][] => Array.from({ length: n }, (_, i) => [i + 1]);
const row = (n: number): unknown[][] => [Array.from({ length: n }, (_, i) => i + 1)];
/** Rows and columns of a result, compared instead of the result (a failure would print all of it). */
const shape = (result: readonly (readonly unknown[])[]): [number, number] => [result.length, result[0]?.length ?? 0];
const wrapper = (id: string) => (functions as unknown as Record<string, (...a: unknown[]) => unknown[][]>)[id]!;

afterEach(() => setDisplayLanguage(undefined));

describe("a result larger than a sheet's rows", () => {
  it("is one #NUM! for the issue's =KPI.RATE(B2:B20000, C1:ZZ1), naming its size", () => {
    // one cell past the limit first: without the guard this fails before the large call can run
    expect(shape(functions.rate(column(1025), row(1024)))).toEqual([1, 1]);
    const messages = new Map<string | undefined, string>([
      [undefined, "The result would be 19999×700 cells, more than 1,048,576 (a sheet's rows); give smaller ranges"],
      ["ja-JP", "結果が19999行×700列になり、1,048,576セル（シートの行数）を超えます。範囲を小さくしてください"],
    ]);
    for (const [tag, message] of messages) {
      setDisplayLanguage(tag);
      const result = functions.rate(column(19_999), row(700));
      expect(shape(result)).toEqual([1, 1]);
      expect(result[0]![0]).toEqual(new ErrorDouble("#NUM!", message));
    }
  });

  // every function whose arguments spread, one cell past the limit: a column of 1,025 against a row
  // of 1,024, or (one argument spread) a 1,025×1,024 range
  const spreading = functionIds.filter((id) => elementwise(id).length > 0);
  it.each(spreading)("is one #NUM! from KPI.%s", (id) => {
    const spread = elementwise(id);
    const inputs: unknown[] = Array.from({ length: arity(id).max }, () => null);
    if (spread.length === 1) {
      inputs[spread[0]!] = Array.from({ length: 1025 }, () => row(1024)[0]);
    } else {
      inputs[spread[0]!] = column(1025);
      inputs[spread[1]!] = row(1024);
    }
    const result = wrapper(id.toLowerCase())(...inputs);
    expect(shape(result)).toEqual([1, 1]);
    expect(result[0]![0]).toEqual(expect.objectContaining({ code: "#NUM!" }));
    expect((result[0]![0] as ErrorDouble).message).toContain("1025×1024");
  });

  it("is refused before a single cell is computed", () => {
    let calls = 0;
    const grids = [toGrid(column(1025), args.target, "en"), toGrid(row(1024), args.actual, "en")];
    const result = broadcast(grids, () => ++calls, "en");
    expect(calls).toBe(0);
    expect(shape(result)).toEqual([1, 1]);
  });

  it("is a sheet's row count; up to it the result spills in full", () => {
    expect(maxResultCells).toBe(1_048_576);
    const grids = [toGrid(column(1024), args.target, "en"), toGrid(row(1024), args.actual, "en")];
    const result = broadcast(grids, ([a, b]) => (a as number) * 10_000 + (b as number), "en");
    expect(shape(result)).toEqual([1024, 1024]);
    expect(result[1023]![1023]).toBe(10_241_024);
    expect(result[1]![0]).toBe(20_001);
  });
});
