/**
 * One declaration of the KPI.* signatures (src/functionSignatures.ts) and the places that must
 * agree with it: the JSDoc of functions/functions.ts, from which Excel's metadata is generated,
 * the exported wrappers, and the sharing converter's table. A function or parameter added on one
 * side only fails here.
 */
import "./customFunctionsDouble";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../functions/functions";
import { Metadata } from "../../functions/ja";
import {
  arity,
  elementwise,
  FunctionId,
  functionIds,
  isFunctionId,
  Parameter,
  signatures,
} from "../../src/functionSignatures";
import { builders } from "../../src/sharing/builders";

let metadata: Metadata;
beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(join(__dirname, "../../functions/functions.ts"));
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as Metadata;
});

describe("the declared signatures", () => {
  it("are the @customfunction ids of functions.ts, in its order", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(functionIds);
  });

  it("name each parameter as the JSDoc does, optional where it is", () => {
    for (const f of metadata.functions) {
      expect(isFunctionId(f.id)).toBe(true);
      if (!isFunctionId(f.id)) continue;
      const declared = signatures[f.id].map((p) => [p.name, p.optional]);
      expect([f.id, f.parameters.map((p) => [p.name, p.optional === true])]).toEqual([f.id, declared]);
    }
  });

  it("have a wrapper in functions.ts taking every argument", () => {
    const exported = functions as unknown as Record<string, unknown>;
    for (const id of functionIds) {
      const wrapper = exported[id.toLowerCase()];
      expect([id, typeof wrapper]).toEqual([id, "function"]);
      expect([id, (wrapper as Function).length]).toEqual([id, arity(id).max]);
    }
  });

  it("are the functions the sharing converter can write natively", () => {
    expect(Object.keys(builders).sort()).toEqual([...functionIds].sort());
  });

  it("count arguments from the required ones to all of them, and place the spread ones", () => {
    // [rounding] (issue 14) after [direction] and [capped]
    expect(arity("RATE")).toEqual({ min: 2, max: 5 });
    expect(arity("PATH")).toEqual({ min: 5, max: 5 });
    // [rule], [weights] and [rounding] (issue 14)
    expect(arity("AVERAGE")).toEqual({ min: 1, max: 4 });
    expect(elementwise("GRADE")).toEqual([0]);
    expect(elementwise("AVERAGE")).toEqual([]);
    expect(elementwise("LABEL")).toEqual([0, 1]);
    expect(isFunctionId("NOPE")).toBe(false);
    expect(isFunctionId("rate")).toBe(false);
  });
});

describe("the runtime follows the declaration", () => {
  const two = [[1], [2]];
  /** A value each parameter reads, or null (left out) for an optional one: only shapes decide the result's. */
  const arg = (id: FunctionId, k: number): unknown[][] | null => {
    const parameter: Parameter | undefined = (signatures[id] as readonly Parameter[])[k];
    if (parameter === undefined || parameter.optional) return null;
    const years: Record<string, number> = { label: 2024, year: 2024, baselineYear: 2019, finalYear: 2026 };
    return [[years[parameter.name] ?? 0.5]];
  };

  it.each(functionIds)("KPI.%s spills over a range exactly in its elementwise arguments", (id) => {
    const fn = (functions as unknown as Record<string, (...a: unknown[]) => unknown[][]>)[id.toLowerCase()]!;
    const count = arity(id).max;
    for (let k = 0; k < count; k++) {
      const inputs = Array.from({ length: count }, (_, j) => arg(id, j));
      // a scale range is one argument however many rows it has; two rows make a valid one
      inputs[k] =
        id === "GRADE" && k === 1
          ? [
              [0.5, "a"],
              [null, "b"],
            ]
          : two;
      const rows = fn(...inputs).length;
      expect([id, k, rows]).toEqual([id, k, elementwise(id).includes(k) ? 2 : 1]);
    }
  });
});
