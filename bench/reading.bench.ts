/**
 * Reading is linear: the number and year readers on the worst cells of Excel's largest size
 * (32,767 characters), the 100,000-space cell of issue 9 (11 s before, from quadratic patterns),
 * and a plan file of 5 MB. The goal is under 50 ms per 32,767-character cell, the time a custom
 * function may take in Excel before recalculation feels stuck.
 */
import { readPlanCsv } from "../src/planCsv";
import { maxCellLength } from "../src/read/limits";
import { readValue } from "../src/value";
import { readYear } from "../src/year";

const goalMs = 50;
const spaces = (n: number): string => " ".repeat(n);
/** A cell of exactly 32,767 characters: head, filler, tail. */
const cell = (head: string, filler: string, tail: string): string =>
  head +
  filler.repeat(Math.ceil(maxCellLength / filler.length)).slice(0, maxCellLength - head.length - tail.length) +
  tail;

/** Each the slowest of the patterns before: runs of spaces (or digits) that two parts of a pattern competed for. */
const numberCells: [string, string][] = [
  ["digits, spaces, digits", cell("1", " ", "2")],
  ["digits, spaces, a unit and a letter", cell("1", " ", "人x")],
  ["a sign, spaces, a digit, spaces, a letter", cell("▲", " ", "1x")],
  ["digits with thousands commas, then a letter", cell("1", ",234", "x")],
  ["all digits", cell("", "9", "")],
  ["ideographic spaces between digits", cell("1", "\u3000", "2")],
];
const yearCells: [string, string][] = [
  ["an era year, spaces, a letter", cell("R1", " ", "x")],
  ["an era year, spaces, a western year, spaces, a letter", cell("令和元", " ", `(2019)${spaces(8)}x`)],
  ["FY, spaces, a year, a letter", cell("FY", " ", "2021x")],
];

/**
 * The median of `times` runs, after one to warm up the JIT and the regular expression compiler:
 * the machine is shared, and a run the garbage collector or another process interrupts says
 * nothing about the reader.
 */
function ms(run: () => unknown, times = 7): number {
  run();
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    run();
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return runs.sort((x, y) => x - y)[Math.floor(times / 2)];
}

function report(label: string, time: number, goal = goalMs): boolean {
  const ok = time < goal;
  console.log(`  ${time.toFixed(2).padStart(8)} ms  ${ok ? "ok  " : "SLOW"}  ${label}`);
  return ok;
}

export async function run(): Promise<void> {
  let ok = true;
  console.log(
    `readValue, one ${maxCellLength.toLocaleString("en-US")}-character cell (median of 7; goal under ${goalMs} ms):`,
  );
  for (const [label, text] of numberCells)
    ok =
      report(
        label,
        ms(() => readValue(text, "団地")),
      ) && ok;
  console.log(`readYear, one ${maxCellLength.toLocaleString("en-US")}-character cell:`);
  for (const [label, text] of yearCells)
    ok =
      report(
        label,
        ms(() => readYear(text)),
      ) && ok;

  console.log("issue 9's cell of 100,000 spaces between digits (11 s before):");
  const wide = `1${spaces(100_000)}2`;
  ok =
    report(
      "readValue",
      ms(() => readValue(wide)),
    ) && ok;
  ok =
    report(
      "readYear",
      ms(() => readYear(`R1${spaces(100_000)}x`)),
    ) && ok;
  const header = "goal,name,baseline_year,target_R6,actual_R6";
  ok =
    report(
      "in a plan file: refused as over 32,767 characters",
      ms(() => readPlanCsv(`${header}\n1,a,R1,100,${wide}\n`)),
    ) && ok;
  // a baseline year of many brackets over many lines: the bracket strip before readYear was quadratic
  const brackets = `"${cell("R1", "(a\n", "")}"`;
  ok =
    report(
      "a 32,767-character baseline year of brackets",
      ms(() => readPlanCsv(`${header}\n1,a,${brackets},100,90\n`)),
    ) && ok;

  // papaparse trims from each stray quote to the next delimiter: quadratic without read/csv.ts's cut runs
  const stray = cell('"', 'x"', spaces(16_000));
  ok =
    report(
      "a 32,767-character cell of stray quotes before 16,000 spaces: refused",
      ms(() => readPlanCsv(`${header}\n1,a,R1,${stray},90\n`)),
    ) && ok;

  // a whole file, to show reading stays linear past one cell: far larger than any real plan
  const row = '1,転入者数,令和元年度,"6,439人",6149,"出典: 住基; 推計\n速報"\n';
  const rows = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(row));
  const plan = `goal,name,baseline_year,target_R6,actual_R6,notes\n${row.repeat(rows)}`;
  const planMs = ms(() => readPlanCsv(plan), 1);
  const perSecond = Math.round((rows / planMs) * 1000).toLocaleString("en-US");
  console.log(
    `a plan file of 5 MB (${rows.toLocaleString("en-US")} rows): ${planMs.toFixed(0)} ms, ${perSecond} rows/s`,
  );
  if (!ok) {
    console.log(`reading: a cell took ${goalMs} ms or more`);
    process.exitCode = 1;
  }
}
