/**
 * The inventory of the Office.js API the add-in calls: every member the task pane (and the custom
 * functions, in the same shared runtime) uses, with the requirement set @types/office-js names for
 * it, checked against the sets manifest.xml declares. The table is the snapshot beside this file;
 * a call above the declared sets fails here, as the in-memory source below shows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type ts from "typescript";
import {
  createProgram,
  declaredSets,
  describeUse,
  inventoryTable,
  neededSets,
  officeUses,
  sourcesUnder,
  uncovered,
  Use,
} from "./apiInventory";

const root = join(__dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const addinFiles = [...sourcesUnder(join(root, "taskpane")), ...sourcesUnder(join(root, "functions"))];

/** Code calling newer API than the manifest declares; held in memory, never written to disk. */
const probeFile = join(root, "taskpane", "newer-api-probe.ts");
const probe = `
export async function probe(context: Excel.RequestContext): Promise<string> {
  const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
  range.clearOrResetContents(); // ExcelApi 1.18, unguarded
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.18")) range.clearOrResetContents();
  context.workbook.application.calculationMode = "Manual"; // 1.1 for get, 1.8 for set
  context.workbook.application.load({ calculationMode: true });
  await context.sync();
  return context.workbook.application.calculationMode;
}
`;

let program: ts.Program;
let uses: Use[];
beforeAll(() => {
  program = createProgram(join(root, "tsconfig.json"), addinFiles, { [probeFile]: probe });
  uses = officeUses(program, addinFiles, root);
}, 180000);

const probeUses = (): Use[] => officeUses(program, [probeFile], root);

describe("the Office.js inventory of the task pane and the custom functions", () => {
  it("scans every source file under taskpane/ and functions/", () => {
    expect(addinFiles.some((f) => f.endsWith(join("taskpane", "office", "apply.ts")))).toBe(true);
    expect(addinFiles.filter((f) => !/\.tsx?$/.test(f))).toEqual([]);
    for (const file of addinFiles) expect(program.getSourceFile(file)).toBeDefined();
  });

  it("lists every member called with its requirement set (the snapshot is the table)", () => {
    expect(uses.length).toBeGreaterThan(100);
    for (const member of [
      "Excel.Range.formulas",
      "Excel.Range.dataValidation",
      "Office.onReady",
      "CustomFunctions.Error",
    ])
      expect(uses.map((u) => u.member)).toContain(member);
    // the paths of load("items/protection/protected") count as uses
    expect(uses.some((u) => u.member === "Excel.WorksheetProtection.protected")).toBe(true);
    expect(inventoryTable(uses)).toMatchSnapshot();
  });

  it("calls nothing above the requirement sets manifest.xml declares", () => {
    expect(uncovered(uses, declaredSets(manifest)).map(describeUse)).toEqual([]);
  });

  it("declares exactly the highest ExcelApi and CustomFunctionsRuntime the code needs without a check", () => {
    const declared = declaredSets(manifest);
    const needed = neededSets(uses);
    expect([...needed.keys()].sort()).toEqual(["CustomFunctionsRuntime", "ExcelApi"]);
    for (const [name, version] of needed)
      expect({ name, declared: declared.get(name) }).toEqual({ name, declared: version });
    expect(declared.get("SharedRuntime")).toBe("1.1"); // the one runtime: a manifest feature, not a call
  });
});

describe("the checker on an in-memory source that calls newer API", () => {
  it("is code the compiler accepts, so the calls are real Office.js members", () => {
    expect(program.getSemanticDiagnostics(program.getSourceFile(probeFile)).map((d) => d.messageText)).toEqual([]);
  });

  it("reports the unguarded ExcelApi 1.18 call above the manifest's sets, with its line", () => {
    const reported = uncovered(probeUses(), declaredSets(manifest));
    expect(reported.map(describeUse)).toEqual([
      "taskpane/newer-api-probe.ts:4 Excel.Range.clearOrResetContents needs ExcelApi 1.18",
    ]);
  });

  it("accepts the same call behind isSetSupported, or when the manifest declares the set", () => {
    const guarded = probeUses().filter((u) => u.member === "Excel.Range.clearOrResetContents" && u.line === 5);
    expect(guarded.map((u) => u.guard)).toEqual([{ name: "ExcelApi", version: "1.18" }]);
    const newer = manifest.replace(
      '<Set Name="ExcelApi" MinVersion="1.12"/>',
      '<Set Name="ExcelApi" MinVersion="1.18"/>',
    );
    expect(declaredSets(newer).get("ExcelApi")).toBe("1.18");
    expect(uncovered(probeUses(), declaredSets(newer))).toEqual([]);
  });

  it("takes a setter's own set: calculationMode is 1.1 to read, 1.8 to write, 1.1 in load options", () => {
    const mode = probeUses().filter((u) => u.member.endsWith(".calculationMode"));
    expect(mode.map((u) => [u.line, u.set?.version])).toEqual([
      [6, "1.8"],
      [7, "1.1"],
      [9, "1.1"],
    ]);
    const older = declaredSets(manifest.replace('MinVersion="1.12"', 'MinVersion="1.7"'));
    expect(uncovered(probeUses(), older).map((u) => `${u.line} ${u.member}`)).toEqual([
      "4 Excel.Range.clearOrResetContents",
      "6 Excel.Application.calculationMode",
    ]);
  });

  it("covers only ExcelApi 1.1 when a manifest declares no ExcelApi, and nothing of an undeclared set", () => {
    const bare = declaredSets(manifest.replace(/\s*<Set Name="(ExcelApi|CustomFunctionsRuntime)"[^>]*\/>/g, ""));
    expect([...bare]).toEqual([["SharedRuntime", "1.1"]]);
    const reported = uncovered(uses, bare);
    expect(reported.some((u) => u.member === "Excel.Range.getSpillingToRangeOrNullObject")).toBe(true);
    expect(reported.some((u) => u.set?.name === "CustomFunctionsRuntime")).toBe(true);
    expect(reported.filter((u) => u.set?.name === "ExcelApi" && u.set.version === "1.1")).toEqual([]);
  });

  it("reads a Set without MinVersion as the Sets' DefaultMinVersion", () => {
    const xml = `<OfficeApp><Requirements><Sets DefaultMinVersion="1.4"><Set Name="ExcelApi"/></Sets></Requirements></OfficeApp>`;
    expect([...declaredSets(xml)]).toEqual([["ExcelApi", "1.4"]]);
  });
});
