import { spawnSync } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { join } from "node:path";
import { exitOnStdoutFailure, stdoutFailure } from "../../cli/stdoutErrors";
import { EventEmitter } from "node:events";

// the built command line, as `npx kpi-sheets` runs it (npm test builds it first)
const bin = join(__dirname, "../../dist/cli/cli/main.js");
const atsugi = join(__dirname, "../../examples/atsugi-fy2024.csv");

jest.setTimeout(60_000);

describe("kpi-sheets summary when standard output cannot be written", () => {
  test("> /dev/full: one clear line on stderr, exit 2, no stack trace", () => {
    for (const json of [[], ["--json"]]) {
      const full = openSync("/dev/full", "w");
      const run = spawnSync(process.execPath, [bin, "summary", atsugi, ...json], {
        stdio: ["ignore", full, "pipe"],
        encoding: "utf8",
      });
      closeSync(full);
      expect({ json, status: run.status }).toEqual({ json, status: 2 });
      expect(run.stderr).toBe("kpi-sheets: cannot write to standard output: no space left on the device\n");
    }
  });

  test("a pipe whose reader has gone (EPIPE, as with | head -c 10): one clear line on stderr, exit 2", () => {
    // Python makes the pipe and closes its reading end before the command starts, so every
    // write fails, whatever the timing (`| head -c 10` would race the writer)
    const script = [
      "import os, subprocess, sys",
      "r, w = os.pipe()",
      "os.close(r)",
      "sys.exit(subprocess.call(sys.argv[1:], stdout=w))",
    ].join("\n");
    const run = spawnSync("python3", ["-c", script, process.execPath, bin, "summary", atsugi], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "kpi-sheets: cannot write to standard output: the program reading it stopped reading (the pipe is closed)\n",
    );
  });
});

describe("exitOnStdoutFailure", () => {
  test("reports the first failure once and exits 2; an unknown error keeps its own message", () => {
    const stream = new EventEmitter() as unknown as NodeJS.WritableStream;
    const err: string[] = [];
    const codes: number[] = [];
    exitOnStdoutFailure(
      stream,
      (t) => err.push(t),
      (c) => codes.push(c),
    );
    const failure = (code: string, message: string): NodeJS.ErrnoException =>
      Object.assign(new Error(message), { code });
    stream.emit("error", failure("EIO", "EIO: i/o error, write"));
    stream.emit("error", failure("EPIPE", "write EPIPE"));
    expect(err).toEqual(["kpi-sheets: cannot write to standard output: EIO: i/o error, write\n"]);
    expect(codes).toEqual([2]);
    expect(stdoutFailure(failure("EDQUOT", "quota"))).toContain("the disk quota is used up");
  });
});
