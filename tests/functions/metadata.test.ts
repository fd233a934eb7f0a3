/**
 * The custom functions' metadata: generated from the JSDoc by the official tooling
 * (custom-functions-metadata, the generator custom-functions-metadata-plugin runs in the build),
 * and the Japanese metadata made from it with functions/ja.ts. Also checks what `npm run build`
 * wrote to dist/addin (npm test builds before jest runs).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../functions/functions";
import { ja, localizeMetadata, Metadata, translationProblems } from "../../functions/ja";

const root = join(__dirname, "../..");
const dist = join(root, "dist/addin");

// the build sets every help URL on the add-in's host; dist/addin is the build for the test host
const { helpPath, testHost } = require("../../webpack.config.js") as { helpPath: string; testHost: string };
const onTestHost = (metadata: Metadata): Metadata => ({
  ...metadata,
  functions: metadata.functions.map((f) => ({ ...f, helpUrl: `${testHost}${helpPath}` })),
});

let english: Metadata;
beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(join(root, "functions/functions.ts"));
  expect(result.errors).toEqual([]);
  english = JSON.parse(result.metadataJson) as Metadata;
});

const exported = Object.entries(functions)
  .filter(([, v]) => typeof v === "function")
  .map(([k]) => k);

describe("the English metadata", () => {
  it("has every function of functions.ts, under the ids the task pane and sheets use", () => {
    expect(english.functions.map((f) => f.id).sort()).toEqual(
      ["AVERAGE", "FY", "GRADE", "LABEL", "NUMBER", "PATH", "PROGRESS", "RATE"].sort(),
    );
    expect(english.functions).toHaveLength(exported.length);
  });

  it("describes every function and parameter and points to the README's section", () => {
    for (const f of english.functions) {
      expect(f.description?.length).toBeGreaterThan(20);
      expect(String(f.helpUrl).endsWith(`/${helpPath}`)).toBe(true);
      for (const p of f.parameters) expect(p.description?.length).toBeGreaterThan(5);
    }
  });

  it("takes every argument as a matrix and returns a matrix, so ranges are one call", () => {
    for (const f of english.functions) {
      expect(f.result).toEqual({ dimensionality: "matrix" });
      for (const p of f.parameters) expect(p.dimensionality).toBe("matrix");
    }
  });

  it("marks the optional arguments", () => {
    const rate = english.functions.find((f) => f.id === "RATE")!;
    expect(rate.parameters.map((p) => [p.name, p.optional === true])).toEqual([
      ["target", false],
      ["actual", false],
      ["direction", true],
      ["capped", true],
      // issue 14: KPI.RATE's rounding
      ["rounding", true],
    ]);
  });
});

describe("the Japanese metadata", () => {
  const japaneseText = /[\u3040-\u30ff\u4e00-\u9fff]/u;

  it("translates every description and parameter, keeping ids, names, types and order", () => {
    const jaMeta = localizeMetadata(english);
    expect(jaMeta.functions).toHaveLength(english.functions.length);
    jaMeta.functions.forEach((f, i) => {
      const en = english.functions[i];
      expect(f.id).toBe(en.id);
      expect(f.name).toBe(en.name); // KPI.RATE in every language: formulas travel between them
      expect(f.description).toMatch(japaneseText);
      expect(f.description).not.toBe(en.description);
      expect(f.parameters).toHaveLength(en.parameters.length);
      f.parameters.forEach((p, k) => {
        const pe = en.parameters[k];
        expect(p.name).toMatch(japaneseText);
        expect(p.description).toMatch(japaneseText);
        expect({ ...p, name: pe.name, description: pe.description }).toEqual(pe);
      });
    });
  });

  it("cannot drift: a function or parameter without translation, or a stale one, stops the build", () => {
    expect(translationProblems(english)).toEqual([]);
    const renamed: Metadata = {
      ...english,
      functions: english.functions.map((f) =>
        f.id === "RATE"
          ? { ...f, parameters: f.parameters.map((p) => (p.name === "actual" ? { ...p, name: "result" } : p)) }
          : f,
      ),
    };
    expect(translationProblems(renamed)).toEqual([
      "RATE: no translation for parameter result",
      "RATE: functions/ja.ts translates actual, which the function no longer has",
    ]);
    const added: Metadata = {
      ...english,
      functions: [...english.functions, { id: "TREND", name: "TREND", parameters: [] }],
    };
    expect(() => localizeMetadata(added)).toThrow("functions/ja.ts has no translation for TREND");
    const rest = Object.fromEntries(Object.entries(ja).filter(([id]) => id !== "RATE"));
    expect(translationProblems(english, { ...rest, OLD: ja.RATE })).toEqual([
      "functions/ja.ts has no translation for RATE",
      "functions/ja.ts translates OLD, which is no longer a function",
    ]);
  });
});

describe("the built metadata (npm run build)", () => {
  const built = (name: string): Metadata => {
    const file = join(dist, name);
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build (npm test does)`);
    return JSON.parse(readFileSync(file, "utf8")) as Metadata;
  };

  it("functions.json is what the tooling generates from functions.ts", () => {
    expect(built("functions.json")).toEqual(onTestHost(english));
  });

  it("functions-ja.json is the English metadata with the Japanese table applied", () => {
    expect(built("functions-ja.json")).toEqual(localizeMetadata(onTestHost(english)));
  });
});
