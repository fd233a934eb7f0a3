/**
 * The built functions.js (npm run build, run by npm test before jest) as the custom functions
 * runtime loads it: it registers every function of functions.json, computes through the bundle,
 * and stays quiet on a page without the runtime (the task pane opened in a browser).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { ErrorDouble, runtime } from "./customFunctionsDouble";

const dist = join(__dirname, "../../dist/addin");
const read = (name: string): string => {
  const file = join(dist, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build (npm test does)`);
  return readFileSync(file, "utf8");
};

function load(globals: Record<string, unknown>): Record<string, unknown> {
  const context: Record<string, unknown> = { ...globals };
  context.globalThis = context;
  context.self = context;
  context.window = context;
  runInNewContext(read("functions.js"), context, { filename: "functions.js" });
  return context;
}

describe("functions.js", () => {
  it("registers every function of functions.json with the runtime", () => {
    const registered = new Map<string, Function>();
    load({ CustomFunctions: { ...runtime, associate: (id: string, fn: Function) => registered.set(id, fn) } });
    const metadata = JSON.parse(read("functions.json")) as { functions: { id: string }[] };
    expect([...registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it("computes through the bundle: KPI.RATE and KPI.GRADE on the report's figures, in Japanese", () => {
    const registered = new Map<string, Function>();
    load({
      CustomFunctions: { ...runtime, associate: (id: string, fn: Function) => registered.set(id, fn) },
      Office: { context: { displayLanguage: "ja-JP" } },
    });
    const rates = registered.get("RATE")!(
      [[900], [6455], [220]],
      [[1131], [6149], [275]],
      [["lower"], [null], [null]],
      null,
    );
    expect(rates).toEqual([[0.796], [0.953], [1]]);
    expect(registered.get("GRADE")!(rates, null)).toEqual([["やや遅れ"], ["おおむね順調"], ["順調"]]);
    const missing = registered.get("RATE")!([[900]], [["未公表"]], null, null)[0][0];
    expect(missing).toBeInstanceOf(ErrorDouble);
    expect(missing).toEqual(new ErrorDouble("#N/A", "実績値がありません（未公表）"));
  });

  it("loads without error where there is no custom functions runtime", () => {
    expect(() => load({})).not.toThrow();
  });

  it("stays small: none of the task pane's UI code is in it", () => {
    const code = read("functions.js");
    expect(code).not.toMatch(/react|fluentui/i);
    expect(Buffer.byteLength(code)).toBeLessThan(64 * 1024);
  });
});

describe("taskpane.html, the shared runtime's page", () => {
  it("loads office.js, then functions.js, then taskpane.js", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map((m) => m[1]);
    const at = (name: string) => scripts.findIndex((s) => s === name || s.endsWith(`/${name}`));
    expect(at("office.js")).toBeGreaterThanOrEqual(0);
    expect(at("office.js")).toBeLessThan(at("functions.js"));
    expect(at("functions.js")).toBeLessThan(at("taskpane.js"));
  });
});
