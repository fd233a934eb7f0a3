/**
 * The production build, offline: the add-in's host is the one value a deployment gives (the
 * build's --env host=…, or KPI_SHEETS_HOST), checked, and every URL of the manifest, the help
 * links and the page's Content-Security-Policy come from it; a build without one stops with a
 * message. dist/addin is the build for the test host (npm test runs `npm run build:test`): no
 * placeholder host, no localhost, no source maps in it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { urlsOf } from "./manifestNodes";

const root = join(__dirname, "../..");
const dist = join(root, "dist/addin");
const maps = join(root, "dist/sourcemaps");

interface Build {
  urlDev: string;
  testHost: string;
  officeJsOrigin: string;
  hostVariable: string;
  helpPath: string;
  addinHost(value: unknown): string;
  hostFor(env: Record<string, unknown>, dev: boolean): string;
  manifestFor(source: string, host: string): string;
  contentSecurityPolicy(host: string): string;
  withHelpHost<T extends { functions: { helpUrl?: string }[] }>(metadata: T, host: string): T;
}
const build = require("../../webpack.config.js") as Build;
const { urlDev, testHost, officeJsOrigin, helpPath } = build;

const source = readFileSync(join(root, "manifest.xml"), "utf8");
const intranet = "https://intranet.example.lg.jp/kpi-sheets/";
const placeholder = "example.org"; // the old placeholder host, kpi-sheets.example.org

const read = (name: string): string => {
  const file = join(dist, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build:test (npm test does)`);
  return readFileSync(file, "utf8");
};

/** Every file under a folder, as paths relative to it. */
const filesUnder = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path).map((f) => join(name, f)) : [name];
  });

const withoutComments = (xml: string): string => xml.replace(/<!--[\s\S]*?-->/g, "");

/** A Content-Security-Policy as directive → sources. */
const directives = (policy: string): Record<string, string[]> =>
  Object.fromEntries(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0] !== "")
      .map(([name, ...sources]) => [name, sources]),
  );

/** The policy of the page's CSP meta tag, as the browser reads the attribute. */
const cspOf = (html: string): string | undefined =>
  /<meta[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*content="([^"]*)"/i
    .exec(html)?.[1]
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

describe("the add-in's host, as the build takes it", () => {
  it("takes an https folder URL", () => {
    expect(build.addinHost(intranet)).toBe(intranet);
    expect(build.addinHost("https://kpi.city.example.lg.jp:8443/")).toBe("https://kpi.city.example.lg.jp:8443/");
  });

  it("refuses a missing host with a message saying how to give one", () => {
    for (const missing of [undefined, "", true])
      expect(() => build.addinHost(missing)).toThrow(
        "npm run build -- --env host=https://intranet.example.lg.jp/kpi-sheets/ (or set KPI_SHEETS_HOST)",
      );
  });

  it("refuses what is not an https folder, naming the problem", () => {
    const cases: [string, string][] = [
      ["intranet/kpi-sheets/", "is not a URL"],
      ["http://intranet.example.lg.jp/kpi-sheets/", "must use https://"],
      [
        "https://intranet.example.lg.jp/kpi-sheets",
        'must end with / (the folder that holds taskpane.html): "https://intranet.example.lg.jp/kpi-sheets/"',
      ],
      ["https://intranet.example.lg.jp/kpi-sheets/?v=1/", "may not hold a user name, password, query or fragment"],
      ["https://user:secret@intranet.example.lg.jp/", "may not hold a user name, password, query or fragment"],
      ["https://intranet.example.lg.jp/kpi;sheets/", "may hold only letters, digits"],
    ];
    for (const [value, message] of cases) expect(() => build.addinHost(value)).toThrow(message);
  });

  it("comes from --env host first, then KPI_SHEETS_HOST; the test build and development have their own", () => {
    const saved = process.env[build.hostVariable];
    try {
      process.env[build.hostVariable] = "https://from-variable.example.lg.jp/";
      expect(build.hostFor({ host: intranet }, false)).toBe(intranet);
      expect(build.hostFor({}, false)).toBe("https://from-variable.example.lg.jp/");
      delete process.env[build.hostVariable];
      expect(() => build.hostFor({}, false)).toThrow("The build needs the add-in's host");
      expect(build.hostFor({ test: true }, false)).toBe(testHost);
      expect(build.hostFor({}, true)).toBe(urlDev);
    } finally {
      if (saved === undefined) delete process.env[build.hostVariable];
      else process.env[build.hostVariable] = saved;
    }
  });

  it("`npm run build` without a host stops before building, with the message alone", () => {
    const out = mkdtempSync(join(tmpdir(), "kpi-build-"));
    try {
      const env = { ...process.env };
      delete env[build.hostVariable];
      // --output-path: were the check ever lost, the build would still leave dist/addin alone
      const run = spawnSync("npm", ["run", "--silent", "build", "--", "--output-path", out], {
        cwd: root,
        env,
        encoding: "utf8",
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("kpi-sheets: The build needs the add-in's host");
      expect(run.stderr).toContain("--env host=https://intranet.example.lg.jp/kpi-sheets/");
      expect(run.stderr).not.toMatch(/^\s+at /m); // no stack trace
      expect(readdirSync(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60000);
});

describe("what the build writes for a host", () => {
  it("the manifest: every URL on the host, the comment says production, nothing else changed", () => {
    const built = build.manifestFor(source, intranet);
    const urls = urlsOf(built);
    expect(urls.length).toBe(urlsOf(source).length);
    for (const url of urls) expect(url.startsWith(intranet)).toBe(true);
    expect(built).not.toContain("localhost");
    expect(/<!--([\s\S]*?)-->/.exec(built)![1]).toContain("production manifest");
    expect(withoutComments(built)).toBe(withoutComments(source).split(urlDev).join(intranet));
  });

  it("the CSP: scripts only from the host and office.js's origin", () => {
    const policy = directives(build.contentSecurityPolicy(intranet));
    expect(policy["default-src"]).toEqual(["'none'"]);
    expect(policy["script-src"]).toEqual(["'self'", intranet, officeJsOrigin]);
    expect(policy["object-src"]).toEqual(["'none'"]);
  });

  it("the help URLs: the host's README section for every function", () => {
    const metadata = {
      functions: [{ id: "RATE", helpUrl: `https://kpi-sheets.${placeholder}/${helpPath}` }, { id: "FY" }],
    };
    expect(build.withHelpHost(metadata, intranet).functions.map((f) => f.helpUrl)).toEqual([
      `${intranet}README.md#custom-functions`,
      `${intranet}README.md#custom-functions`,
    ]);
  });
});

describe("dist/addin, built for the test host", () => {
  it("holds a manifest whose every URL is on the test host and names a file the build wrote", () => {
    const built = read("manifest.xml");
    expect(withoutComments(built)).toBe(withoutComments(source).split(urlDev).join(testHost));
    expect(/<!--([\s\S]*?)-->/.exec(built)![1]).toContain("production manifest");
    const urls = urlsOf(built);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(testHost)).toBe(true);
      const file = url.slice(testHost.length).split("#")[0];
      expect({ url, exists: existsSync(join(dist, file)) }).toEqual({ url, exists: true });
    }
  });

  it("has the placeholder host in no file, and the dev server in none but the README's instructions", () => {
    const files = filesUnder(dist);
    expect(files).toEqual(expect.arrayContaining(["manifest.xml", "taskpane.html", "taskpane.js", "functions.json"]));
    const holding = (pattern: RegExp) => files.filter((f) => pattern.test(readFileSync(join(dist, f), "latin1")));
    expect(holding(/example\.org/i)).toEqual([]);
    expect(holding(/localhost/i)).toEqual(["README.md"]);
  });

  it("has no source maps in it, nor links to them; they are beside it in dist/sourcemaps", () => {
    const files = filesUnder(dist);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const js of files.filter((f) => f.endsWith(".js"))) expect(read(js)).not.toContain("sourceMappingURL");
    // one map for each script, the pane's on-demand chunks too
    const scripts = files.filter((f) => f.endsWith(".js"));
    expect(scripts).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    expect(readdirSync(maps).sort()).toEqual(scripts.map((f) => `${f}.map`).sort());
    const map = JSON.parse(readFileSync(join(maps, "functions.js.map"), "utf8")) as { file: string; sources: string[] };
    expect(map.file).toBe("functions.js");
    expect(map.sources.some((s) => s.includes("functions/functions.ts"))).toBe(true);
  });

  it("serves taskpane.html under a CSP for the test host and office.js, ahead of every script", () => {
    const html = read("taskpane.html");
    const policy = cspOf(html);
    expect(policy).toBe(build.contentSecurityPolicy(testHost));
    const csp = directives(policy!);
    expect(csp["script-src"]).toEqual(["'self'", testHost, officeJsOrigin]);
    const allowed = new Set(["'self'", "'none'", testHost, officeJsOrigin]);
    for (const [name, sources] of Object.entries(csp)) {
      // styles alone may be inline: Fluent UI and office.js insert <style> elements as they run
      const extra = sources.filter((s) => !allowed.has(s) && !(name === "style-src" && s === "'unsafe-inline'"));
      expect({ name, extra }).toEqual({ name, extra: [] });
    }
    expect(html.search(/Content-Security-Policy/)).toBeLessThan(html.search(/<script/));
  });

  it("points every help URL of both metadata files at the test host's README", () => {
    for (const name of ["functions.json", "functions-ja.json"]) {
      const metadata = JSON.parse(read(name)) as { functions: { helpUrl?: string }[] };
      expect(new Set(metadata.functions.map((f) => f.helpUrl))).toEqual(new Set([`${testHost}${helpPath}`]));
    }
  });

  it("is the whole web app: nothing it needs lives outside the folder but office.js", () => {
    const html = read("taskpane.html");
    const external = [...html.matchAll(/(?:src|href)=["']?([^"' >]+)/g)]
      .map((m) => m[1])
      .filter((u) => /^\w+:/.test(u));
    expect(external).toEqual([`${officeJsOrigin}/lib/1/hosted/office.js`]);
  });
});
