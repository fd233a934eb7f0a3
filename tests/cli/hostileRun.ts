/** Runs the built CLI (npm run build:cli) on a file of tests/fixtures/hostile and splits what it printed. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const bin = join(__dirname, "../../dist/cli/cli/main.js");
export const hostile = (name: string): string => join(__dirname, "../fixtures/hostile", name);

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  /** stderr, one entry per line, the file's path taken off the front. */
  readonly errors: readonly string[];
}

export function summary(file: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [bin, "summary", file, ...args], { encoding: "utf8", timeout: 30_000 });
  const errors = r.stderr
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => (l.startsWith(`${file}: `) ? l.slice(file.length + 2) : l));
  return { status: r.status, stdout: r.stdout, errors };
}

interface Json {
  readonly goals: { goal: number; kpiCount: number; average: number | null }[];
  readonly indicators: { name: string; rates: Record<string, { capped: number; uncapped: number } | null> }[];
}

/** The figures of the rows read: each indicator's FY2024 rate (capped, uncapped), and each goal's KPI count and average. */
export function figures(run: Run): {
  indicators: [string, number, number][];
  goals: [number, number, number | null][];
} {
  const json = JSON.parse(run.stdout) as Json;
  return {
    indicators: json.indicators.map((i) => [i.name, i.rates["2024"]?.capped ?? NaN, i.rates["2024"]?.uncapped ?? NaN]),
    goals: json.goals.map((g) => [g.goal, g.kpiCount, g.average]),
  };
}

/** The message of a value that is neither a number nor a missing marker, as the table reader words it. */
export const notANumber = (line: number, column: string, value: string): string =>
  `line ${line} column "${column}": "${value}" is neither a number nor a missing-value marker (-, 未公表, 指標変更); a number may carry only the row's unit or one of the listed units (人, 件, %, 円 …: README, "The plan file")`;

/** The figures of the three good rows most fixtures hold. */
export const threeRows = {
  indicators: [
    ["転入者数", 0.95, 0.95],
    ["出生数", 0.8, 0.8],
    ["刑法犯認知件数", 0.796, 0.796],
  ],
  goals: [
    [1, 2, 0.875],
    [2, 1, 0.796],
  ],
};
