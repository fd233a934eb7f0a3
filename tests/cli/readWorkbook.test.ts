/**
 * Plans read from workbooks on the command line: the workbook `kpi-sheets build` wrote summarizes
 * as its CSV does, figure for figure; what is not a workbook, is password-protected, holds no
 * table or two, is refused with a message naming what was found, and the file is never changed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { encryptedContainer } from "./oleContainer";

jest.setTimeout(120_000);

const bin = join(__dirname, "../../dist/cli/cli/main.js");
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
const root = join(__dirname, "../..");
const atsugi = join(root, "examples/atsugi-fy2024.csv");
const dir = mkdtempSync(join(tmpdir(), "kpi-readxlsx-"));

/** Runs a command on a file and checks the file's bytes are the same afterwards. */
function untouched(file: string, ...args: string[]) {
  const before = readFileSync(file);
  const result = run(...args);
  expect(Buffer.compare(readFileSync(file), before)).toBe(0);
  return result;
}

async function workbook(name: string, rows: unknown[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Plan").addRows(rows);
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
  return file;
}

describe("the workbook kpi-sheets build wrote", () => {
  const built = join(dir, "atsugi.xlsx");
  beforeAll(() => {
    expect(run("build", atsugi, "-o", built).status).toBe(0);
  });

  it.each([[[]], [["--json"]], [["--lang", "en", "--year", "R5"]]])("summarizes as its CSV does %j", (options) => {
    const fromCsv = run("summary", atsugi, ...options);
    const fromBook = untouched(built, "summary", built, ...options);
    expect(fromBook.stderr).toBe("");
    expect(fromBook.status).toBe(0);
    expect(fromBook.stdout).toBe(fromCsv.stdout);
    expect(fromBook.stdout.length).toBeGreaterThan(500);
  });

  it("builds again from itself, the same plan", () => {
    const again = join(dir, "again.xlsx");
    expect(untouched(built, "build", built, "-o", again).status).toBe(0);
    expect(run("summary", again, "--json").stdout).toBe(run("summary", atsugi, "--json").stdout);
  });

  it("inspect lists each column's reading and that the sheet's own rates agree", () => {
    const out = untouched(built, "inspect", built, "--lang", "en");
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("table: KPI!A4 (one row per indicator, 62 indicators)");
    expect(out.stdout).toContain("KPI!U4 目標値_R6: target of FY2024");
    expect(out.stdout).toContain("KPI!W4 達成率_R6: the city's rate (compared only) of FY2024");
    expect(out.stdout).toMatch(/all \d+ of the city's rates agree/);
  });

  it("reads the same workbook saved as .xlsm", () => {
    const xlsm = join(dir, "atsugi.xlsm");
    writeFileSync(xlsm, readFileSync(built));
    expect(untouched(xlsm, "summary", xlsm, "--json").stdout).toBe(run("summary", atsugi, "--json").stdout);
  });

  it("--sheet names a sheet the workbook does not have: the sheets are listed", () => {
    const out = untouched(built, "summary", built, "--sheet", "Nope", "--lang", "en");
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('no sheet "Nope" (the sheets: 設定, KPI, 基本目標別まとめ)');
  });
});

test("inspect lists the rows not read: a subtotal skipped, a bad value refused by its cell", async () => {
  const file = await workbook("rows.xlsx", [
    ["基本目標", "指標名", "目標値_R6", "実績値_R6"],
    [1, "転入者数", 100, 95],
    [1, "観光客数", 200, "200見込み"],
    ["小計", "", "", ""],
  ]);
  const out = untouched(file, "inspect", file, "--lang", "en");
  expect(out.status).toBe(1);
  expect(out.stdout).toContain("rows not read:\n  Plan!A4 小計: skipped as a subtotal or average row\n  Plan!D3");
  expect(out.stdout).toContain("200見込み");
});

describe("bad input", () => {
  it("a text file named .xlsx is not a workbook", () => {
    const file = join(dir, "plan.xlsx");
    writeFileSync(file, "goal,name\n1,x\n");
    const out = untouched(file, "summary", file, "--lang", "en");
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('not an Excel workbook (.xlsx / .xlsm): it starts with "goal,nam"');
  });

  it("a password-protected workbook (an encrypted OLE container)", () => {
    const file = join(dir, "secret.xlsx");
    writeFileSync(file, encryptedContainer());
    for (const command of ["summary", "inspect"]) {
      const out = untouched(file, command, file, "--lang", "en");
      expect(out.status).toBe(2);
      expect(out.stderr).toContain("a password-protected workbook (an encrypted OLE container)");
    }
  });

  it("a zip that is not a workbook", () => {
    const file = join(dir, "broken.xlsx");
    writeFileSync(file, Buffer.from("504b0304", "hex"));
    const out = untouched(file, "summary", file, "--lang", "en");
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("cannot be read as a workbook");
  });

  it("no recognizable table: the nearest row and its headers are named", async () => {
    const file = await workbook("notable.xlsx", [["KPI list"], ["指標名", "単位", "目標値_R6"], ["x", "人", 5]]);
    const out = untouched(file, "summary", file, "--lang", "en");
    expect(out.status).toBe(2);
    expect(out.stderr).toContain(
      "no table with a goal and an indicator-name column found (sheets searched: Plan); the nearest is the row at Plan!A2, with the headers 指標名, 単位, 目標値_R6",
    );
  });

  it("two candidate tables: both are named", async () => {
    const table = [
      ["基本目標", "指標名", "目標値_R6", "実績値_R6"],
      [1, "x", 10, 9],
    ];
    const file = await workbook("two.xlsx", [...table, [], [], ...table]);
    const out = untouched(file, "summary", file, "--lang", "en");
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("2 candidate tables (Plan!A1, Plan!A5)");
  });

  it("--sheet is for workbooks", () => {
    const out = run("summary", atsugi, "--sheet", "KPI");
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("--sheet is for workbooks");
  });
});
