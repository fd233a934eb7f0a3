import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { merge } from "../../cli/merge";
import { UsageError } from "../../cli/options";
import { split } from "../../cli/split";
import { encryptedContainer } from "./oleContainer";

const fixtures = join(__dirname, "..", "fixtures");
const plan = join(fixtures, "departments-plan.csv");
const bin = join(__dirname, "../../dist/cli/cli/main.js");

function capture(): {
  io: { stdout: (t: string) => void; stderr: (t: string) => void; now: () => Date };
  out: string[];
  err: string[];
} {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t), now: () => new Date(0) }, out, err };
}

describe("kpi-sheets split and merge on the command line", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-split-"));

  test("split takes a plan CSV, writes DIR/<department>.xlsx, and leaves existing files alone without --force", async () => {
    const out = join(dir, "out");
    expect(await split([plan, "-o", out], capture().io)).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      ["企画課.xlsx", "商工観光課.xlsx", "子育て支援課.xlsx", "防災課.xlsx"].sort(),
    );
    const again = capture();
    expect(await split([plan, "-o", out], again.io)).toBe(2);
    expect(again.err.join("")).toContain("--force");
    expect(await split([plan, "-o", out, "--force"], capture().io)).toBe(0);
  });

  test("usage mistakes are usage errors (exit 2 through main)", async () => {
    await expect(split([plan], capture().io)).rejects.toBeInstanceOf(UsageError);
    await expect(split([plan, "-o", dir, "--year", "R12"], capture().io)).rejects.toThrow("not a year of the plan");
    const noDepartment = join(dir, "plain.csv");
    writeFileSync(noDepartment, "goal,name,target_R7\n1,a,1\n");
    await expect(split([noDepartment, "-o", dir], capture().io)).rejects.toThrow("担当課");
    await expect(merge([plan, "-o", join(dir, "m.xlsx")], capture().io)).rejects.toBeInstanceOf(UsageError);
    await expect(merge([plan, plan, "-o", join(dir, "m.csv")], capture().io)).rejects.toBeInstanceOf(UsageError);
    const run = spawnSync(process.execPath, [bin, "merge", plan], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("kpi-sheets merge MASTER.xlsx RETURN.xlsx");
  });

  test("merge refuses to write over the master or a return, and a return that is not a workbook is a file error", async () => {
    const out = join(dir, "returns");
    expect(await split([plan, "-o", out], capture().io)).toBe(0);
    const back = join(out, "企画課.xlsx");
    const c = capture();
    expect(await merge([plan, back, "-o", back, "--force"], c.io)).toBe(2);
    expect(c.err.join("")).toContain(back);
    const notXlsx = join(dir, "not.xlsx");
    writeFileSync(notXlsx, "goal,name\n");
    const d = capture();
    expect(await merge([plan, notXlsx, "-o", join(dir, "merged.xlsx"), "--lang", "en"], d.io)).toBe(2);
    expect(d.err.join("")).toContain(`${notXlsx}: not an Excel workbook (.xlsx / .xlsm): it starts with "goal,nam"`);
    // read as every workbook is: a password-protected return is named for what it is
    const locked = join(dir, "locked.xlsx");
    writeFileSync(locked, encryptedContainer());
    const e = capture();
    expect(await merge([plan, locked, "-o", join(dir, "merged.xlsx"), "--lang", "en"], e.io)).toBe(2);
    expect(e.err.join("")).toContain(`${locked}: a password-protected workbook`);
  });

  test("an untouched return merges with nothing applied: every indicator of the plan is pending, exit 0, said in text", async () => {
    const out = join(dir, "blank");
    expect(await split([plan, "-o", out, "--lang", "en"], capture().io)).toBe(0);
    const c = capture();
    expect(await merge([plan, join(out, "企画課.xlsx"), "-o", join(dir, "blank.xlsx"), "--lang", "en"], c.io)).toBe(0);
    const text = c.out.join("");
    expect(text).toContain("pending: 企画課  PLAN-1 オンライン申請件数  FY2025 actual");
    expect(text).toContain("0 applied, 0 rejected, 0 conflicts, 9 pending");
  });
});
