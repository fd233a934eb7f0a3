/**
 * The page's office.js for a test that drives the built pane inside the Excel double: the Office
 * stand-in (builtPane.ts) in a display language, then the double (browserDouble.ts) bundled for
 * the browser with esbuild (which tsx, a dev dependency, brings).
 */
import { build, Plugin } from "esbuild";
import { join } from "node:path";
import { officeStandIn } from "./builtPane";

/** The double's workbook as the page shows it to the test (browserDouble.ts). */
export interface DoubleWindow {
  readonly kpiDouble: { sheets(): string[]; active(): string | undefined };
}

/** office-addin-mock wraps the double for the Node tests only: the page gets an empty module. */
const noOfficeMock: Plugin = {
  name: "no-office-addin-mock",
  setup(b) {
    b.onResolve({ filter: /^office-addin-mock$/ }, () => ({ path: "office-addin-mock", namespace: "stub" }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export class OfficeMockObject {}" }));
  },
};

let bundled: Promise<string> | undefined;

function doubleScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [join(__dirname, "browserDouble.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    plugins: [noOfficeMock],
    logLevel: "silent",
  }).then((result) => result.outputFiles[0].text);
  return bundled;
}

/** office.js for the page: Office in Excel with this display language, and Excel.run over the double. */
export async function officeWithDouble(displayLanguage: "en-US" | "ja-JP"): Promise<string> {
  const office = officeStandIn("Excel").replace('displayLanguage: "en-US"', `displayLanguage: "${displayLanguage}"`);
  // the host offers the sets the manifest declares (ExcelApi up to 1.12)
  const requirements = `
window.Office.context.requirements = {
  isSetSupported: function (name, version) {
    var v = String(version || "1.1").split(".").map(Number);
    return name === "ExcelApi" && (v[0] < 1 || (v[0] === 1 && (v[1] || 0) <= 12));
  },
};`;
  return `${office}\n${requirements}\n${await doubleScript()}`;
}
