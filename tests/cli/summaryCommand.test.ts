import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The built bin, as `npx kpi-sheets` runs it (npm test builds it first).
const bin = join(__dirname, "../../dist/cli/cli/main.js");
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

const dir = mkdtempSync(join(tmpdir(), "kpi-cli-"));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const good = write(
  "good.csv",
  [
    "goal,goal_title,kind,name,direction,target_R3,actual_R3,target_R4,actual_R4",
    "1,Goal one,target,population,higher,100,95,100,未公表",
    "1,Goal one,kpi,crimes,lower,900,1131,810,1102",
    '1,Goal one,kpi,visitors,higher,220,275,"1,000",指標変更',
  ].join("\n"),
);

/**
 * Text as Shift_JIS bytes. Node has a Shift_JIS decoder but no encoder, so the table is built
 * by decoding every double-byte code once.
 */
function encodeShiftJis(text: string): Uint8Array {
  const decoder = new TextDecoder("shift_jis");
  const table = new Map<string, number[]>();
  for (const lead of [...range(0x81, 0x9f), ...range(0xe0, 0xfc)]) {
    for (const trail of range(0x40, 0xfc)) {
      const c = decoder.decode(new Uint8Array([lead, trail]));
      if (c.length === 1 && c !== "\ufffd" && !table.has(c)) table.set(c, [lead, trail]);
    }
  }
  return new Uint8Array(
    [...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? [0x3f]))),
  );
}
function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

describe("kpi-sheets summary", () => {
  it("prints the --json shape and exits 0", () => {
    const r = run("summary", good, "--json");
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.evaluationYear).toBe(2022);
    expect(json.goals).toEqual([
      {
        goal: 1,
        title: "Goal one",
        kpiCount: 2,
        ratedCount: 1,
        average: 0.735,
        grade: "やや遅れ",
        gradeCounts: { 順調: 0, おおむね順調: 0, やや遅れ: 1, 遅れ: 0 },
      },
    ]);
    expect(json.indicators[1]).toEqual({
      id: "G1-K1",
      goal: 1,
      kind: "kpi",
      name: "crimes",
      rates: { "2021": { capped: 0.796, uncapped: 0.796 }, "2022": { capped: 0.735, uncapped: 0.735 } },
      grade: "やや遅れ",
    });
    expect(json.indicators[2].rates).toEqual({ "2021": { capped: 1, uncapped: 1.25 }, "2022": null });
  });

  it("takes --year in any form and --lang en", () => {
    const r = run("summary", good, "--year", "令和3年度", "--lang", "en", "--json");
    const json = JSON.parse(r.stdout);
    expect(json.evaluationYear).toBe(2021);
    expect(json.goals[0]).toMatchObject({ average: 0.898, grade: "Mostly on track", ratedCount: 2 });
  });

  it("prints a readable table", () => {
    const r = run("summary", good, "--lang", "en");
    expect(r.stdout).toContain("Goal 1  Goal one");
    expect(r.stdout).toContain("KPI average 73.5%  grade Slightly behind");
  });

  it("reports a bad row by line and column, summarizes the rest, and exits 1", () => {
    const bad = write("bad.csv", "goal,kind,name,target_2024,actual_2024\n1,kpi,a,100,90\n1,kpi,b,100,ninety\n");
    const r = run("summary", bad, "--json", "--lang", "en");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('line 3 column "actual_2024": "ninety" is neither a number');
    expect(JSON.parse(r.stdout).goals[0]).toMatchObject({ kpiCount: 1, average: 0.9 });
  });

  it("exits 2 on usage and file errors", () => {
    expect(run("summary").status).toBe(2);
    expect(run("summary", join(dir, "missing.csv")).status).toBe(2);
    expect(run("summary", good, "--lang", "fr").status).toBe(2);
    expect(run("frobnicate").status).toBe(2);
  });

  it("exits 2 with a message, not a stack trace, when the plan is a directory", () => {
    const r = run("summary", dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("kpi-sheets:");
    expect(r.stderr).not.toContain("    at ");
  });

  it("exits 2 on a --year that is not a year, naming it", () => {
    const r = run("summary", good, "--year", "next");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--year "next" is not a year');
  });

  it("exits 2 when two columns give the same year (target_R3 and target_2021), naming both in the chosen language", () => {
    const dup = write("dup.csv", "goal,kind,name,target_R3,actual_R3,target_2021\n1,kpi,a,100,90,200\n");
    const en = run("summary", dup, "--json", "--lang", "en");
    expect(en.status).toBe(2);
    expect(en.stdout).toBe("");
    expect(en.stderr).toContain(
      'line 1 column "target_2021": the columns "target_R3" and "target_2021" name the same thing',
    );
    const ja = run("summary", dup);
    expect(ja.status).toBe(2);
    expect(ja.stderr).toContain("1行目「target_2021」列：列「target_R3」と列「target_2021」が同じ項目を指しています");
  });

  it("reads a plan saved as Shift_JIS by Excel on Japanese Windows", () => {
    const text =
      "基本目標,種別,指標名,目標値_R6,実績値_R6\r\n1,KPI,刑法犯認知件数,900,未公表\r\n1,KPI,転入者数,100,95\r\n";
    const path = join(dir, "sjis.csv");
    writeFileSync(path, encodeShiftJis(text));
    const r = run("summary", path, "--json");
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.indicators.map((i: { name: string }) => i.name)).toEqual(["刑法犯認知件数", "転入者数"]);
    expect(json.goals[0]).toMatchObject({ kpiCount: 2, ratedCount: 1, average: 0.95 });
  });
});

describe("the demo: the Atsugi plan", () => {
  it("prints the four goals with the report's averages and grades", () => {
    const r = run("summary", join(__dirname, "../../examples/atsugi-fy2024.csv"));
    expect(r.status).toBe(0);
    for (const average of ["89.5%", "81.8%", "96.5%", "89.7%"]) {
      expect(r.stdout).toContain(`KPI達成率平均 ${average}  評価 おおむね順調`);
    }
    expect(r.stdout).toContain("評価年度：令和6年度");
  });
});
