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
