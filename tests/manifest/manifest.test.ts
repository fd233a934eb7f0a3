/**
 * An offline check of manifest.xml's structure (the official validator, `npm run validate`,
 * needs the network): element order as the schema's sequences require for the elements used,
 * every resid defined and every resource used, the shared runtime wired to one page, and the
 * URLs of the development manifest. The manifest the build writes is checked in build.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Node, parse, urlsOf, walk } from "./manifestNodes";

const root = join(__dirname, "../..");

const { urlDev } = require("../../webpack.config.js") as { urlDev: string };

const source = readFileSync(join(root, "manifest.xml"), "utf8");
const manifest = parse(source);
const all = [...walk(manifest)];
const find = (name: string) => all.filter(([n]) => n.name === name).map(([n]) => n);

/**
 * The schema's sequences for the elements this manifest uses (OfficeApp 1.1 TaskPaneApp and
 * taskpane VersionOverrides 1.0), keyed by element and xsi:type where the type decides.
 */
const sequences: Record<string, string[]> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "AllowSnapshot",
    "VersionOverrides",
  ],
  DisplayName: ["Override"],
  Description: ["Override"],
  Hosts: ["Host"],
  Requirements: ["Sets"],
  Sets: ["Set"],
  DefaultSettings: ["SourceLocation", "RequestedWidth", "RequestedHeight"],
  VersionOverrides: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "EquivalentAddins",
    "VersionOverrides",
    "WebApplicationInfo",
  ],
  "Host:Workbook": ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"],
  Runtimes: ["Runtime"],
  AllFormFactors: ["ExtensionPoint"],
  "ExtensionPoint:CustomFunctions": ["Script", "Page", "Metadata", "Namespace"],
  Script: ["SourceLocation"],
  Page: ["SourceLocation"],
  Metadata: ["SourceLocation"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  "ExtensionPoint:PrimaryCommandSurface": ["CustomTab", "OfficeTab"],
  OfficeTab: ["Group"],
  Group: ["Label", "Icon", "Control"],
  "Control:Button": ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  Icon: ["bt:Image"],
  "Action:ShowTaskpane": ["TaskpaneId", "SourceLocation", "Title", "SupportsPinning"],
  Resources: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
  "bt:Images": ["bt:Image"],
  "bt:Urls": ["bt:Url"],
  "bt:ShortStrings": ["bt:String"],
  "bt:LongStrings": ["bt:String"],
  "bt:Url": ["bt:Override"],
  "bt:String": ["bt:Override"],
};

/** Children every such element must have. */
const required: Record<string, string[]> = {
  OfficeApp: [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "DefaultSettings",
    "Permissions",
  ],
  "ExtensionPoint:CustomFunctions": ["Script", "Page", "Metadata", "Namespace"],
  "Control:Button": ["Label", "Supertip", "Icon", "Action"],
  "Action:ShowTaskpane": ["SourceLocation"],
  GetStarted: ["Title", "Description"],
};

const keyOf = (node: Node): string => {
  const type = node.attrs["xsi:type"];
  return type !== undefined && `${node.name}:${type}` in sequences ? `${node.name}:${type}` : node.name;
};

describe("manifest.xml structure", () => {
  it("is a task pane add-in for Excel whose root children follow the schema's order", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(
      find("Host")
        .filter((h) => h.attrs.Name !== undefined)
        .map((h) => h.attrs.Name),
    ).toEqual(["Workbook"]);
  });

  it("orders the children of every element as the schema's sequence", () => {
    const checked: string[] = [];
    for (const [node, path] of all) {
      const key = keyOf(node);
      const sequence = sequences[key];
      if (node.children.length === 0) continue;
      if (sequence === undefined) throw new Error(`no sequence known for ${[...path, key].join(" > ")}`);
      let last = -1;
      for (const child of node.children) {
        const index = sequence.indexOf(child.name);
        if (index < 0) throw new Error(`${child.name} is not a child of ${key} (${path.join(" > ")})`);
        if (index < last)
          throw new Error(`${child.name} comes after ${sequence[last]} in ${key} (${path.join(" > ")})`);
        last = index;
      }
      for (const name of required[key] ?? []) {
        if (!node.children.some((c) => c.name === name)) throw new Error(`${key} lacks ${name}`);
      }
      checked.push(key);
    }
    expect(checked).toEqual(
      expect.arrayContaining([
        "OfficeApp",
        "VersionOverrides",
        "Host:Workbook",
        "ExtensionPoint:CustomFunctions",
        "Resources",
      ]),
    );
  });

  it("defines every resid once, in the kind of resource its element needs, and uses every resource", () => {
    const kinds: Record<string, string> = {
      "bt:Images": "image",
      "bt:Urls": "url",
      "bt:ShortStrings": "short",
      "bt:LongStrings": "long",
    };
    const defined = new Map<string, string>();
    for (const [node, path] of all) {
      const kind = kinds[path[path.length - 1]];
      if (kind === undefined || node.attrs.id === undefined) continue;
      expect(defined.has(node.attrs.id)).toBe(false);
      expect(node.attrs.id.length).toBeLessThanOrEqual(32); // the schema's limit for resource ids
      defined.set(node.attrs.id, kind);
    }
    const needs = (node: Node): string => {
      if (node.name === "bt:Image") return "image";
      if (["SourceLocation", "FunctionFile", "Runtime", "LearnMoreUrl"].includes(node.name)) return "url";
      if (node.name === "Description") return "long";
      return "short"; // Label, Title, Namespace
    };
    const used = new Set<string>();
    for (const [node] of all) {
      const resid = node.attrs.resid;
      if (resid === undefined) continue;
      expect({ resid, kind: defined.get(resid) }).toEqual({ resid, kind: needs(node) });
      used.add(resid);
    }
    expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("keeps strings within the schema's lengths (short 125, long 250), Japanese overrides included", () => {
    for (const [node, path] of all) {
      const list = path.includes("bt:ShortStrings") ? 125 : path.includes("bt:LongStrings") ? 250 : undefined;
      if (list === undefined) continue;
      for (const value of [node.attrs.DefaultValue, node.attrs.Value]) {
        if (value !== undefined) expect(value.length).toBeLessThanOrEqual(list);
      }
    }
  });

  it("runs the functions and the task pane in one shared runtime that lives long", () => {
    const runtimes = find("Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attrs).toMatchObject({ resid: "Taskpane.Url", lifetime: "long" });
    const page = find("Page")[0].children[0].attrs.resid;
    const functionFile = find("FunctionFile")[0].attrs.resid;
    const pane = find("Action").find((a) => a.attrs["xsi:type"] === "ShowTaskpane")!;
    const paneUrl = pane.children.find((c) => c.name === "SourceLocation")!.attrs.resid;
    expect([page, functionFile, paneUrl]).toEqual(["Taskpane.Url", "Taskpane.Url", "Taskpane.Url"]);
    expect(find("Set").map((s) => s.attrs)).toEqual([
      { Name: "SharedRuntime", MinVersion: "1.1" },
      { Name: "CustomFunctionsRuntime", MinVersion: "1.2" },
      { Name: "ExcelApi", MinVersion: "1.12" },
    ]);
  });

  it("names the namespace KPI and serves the Japanese metadata to ja-JP", () => {
    const strings = find("bt:String");
    expect(strings.find((s) => s.attrs.id === find("Namespace")[0].attrs.resid)!.attrs.DefaultValue).toBe("KPI");
    const metadata = find("bt:Url").find((u) => u.attrs.id === find("Metadata")[0].children[0].attrs.resid)!;
    expect(metadata.attrs.DefaultValue).toBe(`${urlDev}functions.json`);
    expect(metadata.children.map((c) => c.attrs)).toEqual([{ Locale: "ja-JP", Value: `${urlDev}functions-ja.json` }]);
    expect(find("bt:Url").find((u) => u.attrs.id === "Functions.Script.Url")!.attrs.DefaultValue).toBe(
      `${urlDev}functions.js`,
    );
  });

  it("has a GUID id and a four-part version", () => {
    expect(find("Id")[0].text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(find("Version")[0].text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });
});

describe("manifest URLs in development", () => {
  it("points every URL of the development manifest at the dev server", () => {
    const urls = urlsOf(source);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith(urlDev)).toBe(true);
  });
});
