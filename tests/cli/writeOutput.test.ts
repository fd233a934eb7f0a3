import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { copyFileSync, linkSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { build } from "../../cli/build";
import { UsageError } from "../../cli/options";
import { OutputFs, writeOutputFile } from "../../cli/writeOutput";

const plan = join(__dirname, "..", "fixtures", "sharing-plan.csv");
// the built command line, as `npx kpi-sheets` runs it (npm test builds it first)
const dist = join(__dirname, "../../dist/cli/cli");
const bin = join(dist, "main.js");

jest.setTimeout(60_000);

function capture(): { io: { stdout: (t: string) => void; stderr: (t: string) => void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, out, err };
}

const fresh = (): string => mkdtempSync(join(tmpdir(), "kpi-out-"));
const sheetsOf = async (file: string): Promise<string[]> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
};
const enospc = (): Error =>
  Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", errno: -28 });

describe("kpi-sheets build: the output file", () => {
  test("refuses to write over the plan it reads, by name, through a symbolic link or a hard link, even with --force", async () => {
    const dir = fresh();
    // a plan whose name ends in .xlsx passes the name check, so only the same-file check stops it
    const input = join(dir, "plan.xlsx");
    copyFileSync(plan, input);
    symlinkSync(input, join(dir, "soft.xlsx"));
    linkSync(input, join(dir, "hard.xlsx"));
    const before = readFileSync(input);
    for (const output of [input, join(dir, "soft.xlsx"), join(dir, "hard.xlsx"), `${dir}/./plan.xlsx`]) {
      for (const force of [[], ["--force"]]) {
        const c = capture();
        expect({ output, force, code: await build([input, "-o", output, ...force, "--lang", "en"], c.io) }).toEqual({
          output,
          force,
          code: 2,
        });
        expect(c.err.join("")).toContain("is the plan file being read");
      }
    }
    expect(readFileSync(input)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(["hard.xlsx", "plan.xlsx", "soft.xlsx"]);
  });

  test("refuses an existing output without --force, in the chosen language, and replaces it with --force", async () => {
    const dir = fresh();
    const output = join(dir, "book.xlsx");
    writeFileSync(output, "actuals typed by staff");
    const en = capture();
    expect(await build([plan, "-o", output, "--lang", "en"], en.io)).toBe(2);
    expect(en.err.join("")).toBe(`kpi-sheets: ${output} already exists; add --force to replace it\n`);
    expect(en.out).toEqual([]);
    const ja = capture();
    expect(await build([plan, "-o", output], ja.io)).toBe(2);
    expect(ja.err.join("")).toContain("はすでにあります。置き換えてよければ --force を付けてください");
    expect(readFileSync(output, "utf8")).toBe("actuals typed by staff");

    fs.chmodSync(output, 0o640);
    expect(await build([plan, "-o", output, "--force"], capture().io)).toBe(0);
    expect(await sheetsOf(output)).toEqual(["設定", "KPI", "基本目標別まとめ"]);
    expect(fs.statSync(output).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["book.xlsx"]);
  });

  test("--force through a symbolic link replaces the file it points to and keeps the link", async () => {
    const dir = fresh();
    fs.mkdirSync(join(dir, "shared"));
    const real = join(dir, "shared", "book.xlsx");
    writeFileSync(real, "old");
    symlinkSync(real, join(dir, "link.xlsx"));
    expect(await build([plan, "-o", join(dir, "link.xlsx"), "--force"], capture().io)).toBe(0);
    expect(fs.lstatSync(join(dir, "link.xlsx")).isSymbolicLink()).toBe(true);
    expect(await sheetsOf(real)).toContain("KPI");
    expect(readdirSync(join(dir, "shared"))).toEqual(["book.xlsx"]);
  });

  test("-o - and a name that is not .xlsx are usage errors with a clear message, and write nothing", async () => {
    const dir = fresh();
    await expect(build([plan, "-o", "-"], capture().io)).rejects.toThrow(
      new UsageError("build writes a workbook file, not to standard output: give -o NAME.xlsx"),
    );
    await expect(build([plan, "-o", join(dir, "out.csv")], capture().io)).rejects.toThrow(
      /the workbook is an \.xlsx file, so its name must end in \.xlsx/,
    );
    await expect(build([plan, "-o", join(dir, "out.xlsx.bak")], capture().io)).rejects.toBeInstanceOf(UsageError);
    expect(readdirSync(dir)).toEqual([]);
    expect(await build([plan, "-o", join(dir, "UPPER.XLSX")], capture().io)).toBe(0);
  });

  test("from the command line: exit 2, the message and the usage, no stack trace, no file named -", () => {
    const dir = fresh();
    const run = spawnSync(process.execPath, [bin, "build", plan, "-o", "-"], { cwd: dir, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("kpi-sheets: build writes a workbook file, not to standard output");
    expect(run.stderr).toContain("Usage:");
    expect(run.stderr).not.toContain("    at ");
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a folder in the way or a missing folder: exit 2, a message naming the output, nothing left behind", () => {
    const dir = fresh();
    fs.mkdirSync(join(dir, "book.xlsx"));
    for (const [output, force] of [
      [join(dir, "book.xlsx"), ["--force"]],
      [join(dir, "missing", "book.xlsx"), []],
    ] as const) {
      const run = spawnSync(process.execPath, [bin, "build", plan, "-o", output, ...force], { encoding: "utf8" });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`kpi-sheets: cannot write ${output}; nothing was changed (`);
      expect(run.stderr).not.toContain("    at ");
    }
    expect(readdirSync(dir)).toEqual(["book.xlsx"]);
    expect(readdirSync(join(dir, "book.xlsx"))).toEqual([]);
  });

  test("two builds at once leave one whole workbook and no temporary file", async () => {
    const dir = fresh();
    const output = join(dir, "book.xlsx");
    const runs = [0, 1, 2].map(
      () =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, [bin, "build", plan, "-o", output, "--force"], {
            stdio: "ignore",
          });
          child.on("exit", resolve);
        }),
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0]);
    expect(await sheetsOf(output)).toEqual(["設定", "KPI", "基本目標別まとめ"]);
    expect(readdirSync(dir)).toEqual(["book.xlsx"]);
  });
});

describe("writeOutputFile: a temporary file beside the output, then one rename", () => {
  const bytes = Buffer.alloc(64 * 1024, 7);

  test("a write that fails halfway (disk full) leaves the old file as it was and no partial file", () => {
    const dir = fresh();
    const output = join(dir, "book.xlsx");
    writeFileSync(output, "old workbook");
    let calls = 0;
    const failing: OutputFs = {
      ...fs,
      writeSync: ((fd: number, buffer: Uint8Array, offset: number) => {
        calls++;
        if (calls > 1) throw enospc();
        return fs.writeSync(fd, buffer, offset, 1000);
      }) as typeof fs.writeSync,
    };
    for (const replace of [true, false]) {
      calls = 0;
      expect(() => writeOutputFile(output, bytes, replace, failing)).toThrow(/ENOSPC/);
      expect(calls).toBe(2);
      expect(readFileSync(output, "utf8")).toBe("old workbook");
      expect(readdirSync(dir)).toEqual(["book.xlsx"]);
    }
  });

  test("a new output that fails to write leaves nothing under its name", () => {
    const dir = fresh();
    const failing: OutputFs = {
      ...fs,
      fsyncSync: () => {
        throw Object.assign(new Error("EIO: i/o error, fsync"), { code: "EIO" });
      },
    };
    expect(() => writeOutputFile(join(dir, "new.xlsx"), bytes, false, failing)).toThrow(/EIO/);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a rename that fails leaves the old file and removes the temporary one", () => {
    const dir = fresh();
    const output = join(dir, "book.xlsx");
    writeFileSync(output, "old workbook");
    const failing: OutputFs = {
      ...fs,
      renameSync: () => {
        throw Object.assign(new Error("EBUSY: resource busy or locked, rename"), { code: "EBUSY" });
      },
    };
    expect(() => writeOutputFile(output, bytes, true, failing)).toThrow(/EBUSY/);
    expect(readFileSync(output, "utf8")).toBe("old workbook");
    expect(readdirSync(dir)).toEqual(["book.xlsx"]);
  });

  test("without replace, a file that appeared meanwhile is kept and reported", () => {
    const dir = fresh();
    const output = join(dir, "book.xlsx");
    writeFileSync(output, "made by another build");
    expect(writeOutputFile(output, bytes, false)).toBe("exists");
    expect(readFileSync(output, "utf8")).toBe("made by another build");
    expect(readdirSync(dir)).toEqual(["book.xlsx"]);
  });

  test("on a file system without hard links, a new file is still written, an existing one still kept", () => {
    const dir = fresh();
    const noLinks: OutputFs = {
      ...fs,
      linkSync: () => {
        throw Object.assign(new Error("EPERM: operation not permitted, link"), { code: "EPERM" });
      },
    };
    expect(writeOutputFile(join(dir, "a.xlsx"), bytes, false, noLinks)).toBe("written");
    expect(readFileSync(join(dir, "a.xlsx"))).toEqual(bytes);
    writeFileSync(join(dir, "b.xlsx"), "kept");
    expect(writeOutputFile(join(dir, "b.xlsx"), bytes, false, noLinks)).toBe("exists");
    expect(readFileSync(join(dir, "b.xlsx"), "utf8")).toBe("kept");
    expect(readdirSync(dir).sort()).toEqual(["a.xlsx", "b.xlsx"]);
  });

  test("a process killed in the middle of the write leaves the old file whole under its name", () => {
    const dir = fresh();
    const output = join(dir, "book.xlsx");
    writeFileSync(output, "old workbook");
    const module = join(dist, "writeOutput.js");
    const script = `
      const fs = require("node:fs");
      const { writeOutputFile } = require(${JSON.stringify(module)});
      let calls = 0;
      const dying = { ...fs, writeSync: (fd, b, o) => { if (++calls > 1) process.kill(process.pid, "SIGKILL"); return fs.writeSync(fd, b, o, 1000); } };
      writeOutputFile(${JSON.stringify(output)}, Buffer.alloc(65536, 7), true, dying);
    `;
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(run.signal).toBe("SIGKILL");
    expect(readFileSync(output, "utf8")).toBe("old workbook");
    // what a kill leaves is the temporary file, named for the output, never the output itself
    expect(readdirSync(dir).filter((n) => n !== "book.xlsx")).toEqual([
      expect.stringMatching(/^\.book\.xlsx\.\d+-[0-9a-f]{8}\.tmp$/),
    ]);
  });
});
