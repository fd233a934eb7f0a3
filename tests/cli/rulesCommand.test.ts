/**
 * The rules on the command line (issue 14): `summary --help` lists every option, and each bad
 * value gets a message naming the value or the line, with exit code 2 (1 for a plan row).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The built bin, as `npx kpi-sheets` runs it (npm test builds it first).
const bin = join(__dirname, "../../dist/cli/cli/main.js");
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
const atsugi = join(__dirname, "../../examples/atsugi-fy2024.csv");

const dir = mkdtempSync(join(tmpdir(), "kpi-rules-"));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

test("summary --help lists every option", () => {
  const help = run("summary", "--help");
  expect(help.status).toBe(0);
  for (const option of [
    "--year",
    "--lang",
    "--scale",
    "--rounding",
    "--lag",
    "--tolerance",
    "--rule",
    "--count-targets",
    "--sheet",
    "--json",
    "--help",
  ])
    expect(help.stdout).toMatch(new RegExp(`^  ${option} `, "m"));
});

test.each([
  ["--lag -1", ["--lag", "-1"], /--lag must be a whole number of years from 0 to 10, not "-1"/],
  ["--rounding ROUNDUP", ["--rounding", "ROUNDUP"], /ROUNDUP/],
  ["--rule median", ["--rule", "median"], /median/],
])("%s is refused, naming the value", (_name, args, message) => {
  const result = run("summary", atsugi, "--lang", "en", ...args);
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stdout).toBe("");
});

test("a scale file with thresholds out of order names the line", () => {
  const file = write("order.csv", "80%,B\n100%,A\n,C\n");
  const result = run("summary", atsugi, "--scale", file);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain(`--scale ${file}:2: `);
});

test("a scale file with a level without a label names the line", () => {
  const file = write("label.csv", "100%,A\n80%,\n,C\n");
  const result = run("summary", atsugi, "--lang", "en", "--scale", file);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain(`--scale ${file}:2: level 2 has no label`);
});

test("an unknown method names the line and the value; the other rows are still summarized", () => {
  const plan = write(
    "method.csv",
    [
      "goal,kind,name,direction,method,target_R6,actual_R6",
      "1,kpi,x,higher,median,10,9",
      "1,kpi,y,higher,ratio,10,9",
    ].join("\n"),
  );
  const result = run("summary", plan, "--lang", "en", "--json");
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/line 2.*method.*"?median"?/);
  expect(JSON.parse(result.stdout).goals[0].average).toBe(0.9);
});
