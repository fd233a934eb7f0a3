/**
 * The round trip of issue 12 with real files: a master with four departments is split; three
 * departments fill their files (one re-saved by LibreOffice headless, one with a tampered
 * target), a fourth never answers, and a return split from another master comes back too. The
 * merge applies every filled actual by id, rejects and lists the tampered and the foreign
 * values, leaves the missing department pending, and never touches the master.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { build } from "../../cli/build";
import { merge } from "../../cli/merge";
import { split } from "../../cli/split";
import { readPlanCsv, summarize } from "../../src";
import { recalculate, readValues, scratchDir } from "./libreoffice-recalc";

jest.setTimeout(300_000);

const fixtures = join(__dirname, "..", "fixtures");
const checks = join(__dirname, "..", "ooxml");
const quiet = { stdout: () => undefined, stderr: () => undefined };
const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

function capture(): {
  io: { stdout: (t: string) => void; stderr: (t: string) => void; now: () => Date };
  out: string[];
  err: string[];
} {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t), now: () => new Date("2026-12-01T12:00:00Z") },
    out,
    err,
  };
}

/** Types values into a department file as its staff would: by header and id, then saves it. */
async function fill(
  file: string,
  values: readonly [id: string, header: string, value: string | number][],
  to = file,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("KPI");
  if (ws === undefined) throw new Error(`no KPI sheet in ${file}`);
  const header = (ws.getRow(4).values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
  for (const [id, name, value] of values) {
    let row = 0;
    ws.eachRow((r, n) => {
      if (n > 4 && r.getCell(header.indexOf("指標ID")).value === id) row = n;
    });
    if (row === 0 || header.indexOf(name) < 0) throw new Error(`no ${name} for ${id}`);
    ws.getCell(row, header.indexOf(name)).value = value;
  }
  await wb.xlsx.writeFile(to);
}

describe("send to departments, collect their returns (kpi-sheets split and merge)", () => {
  const dir = scratchDir("kpi-departments-");
  const master = join(dir, "master.xlsx");
  const out = join(dir, "out");
  const file = (department: string): string => join(out, `${department}.xlsx`);
  let masterHash = "";

  beforeAll(async () => {
    expect(await build([join(fixtures, "departments-plan.csv"), "-o", master], quiet)).toBe(0);
    masterHash = sha(master);
  });

  test("split writes one protected file per department, the inputs unlocked, the metadata in a hidden sheet", async () => {
    const c = capture();
    expect(await split([master, "-o", out, "--year", "R7"], c.io)).toBe(0);
    expect(c.out.join("")).toContain("4 件");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("防災課"));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["設定", "visible"],
      ["KPI", "visible"],
      ["KpiReturn", "hidden"],
    ]);
    for (const ws of wb.worksheets)
      expect({
        sheet: ws.name,
        protected: (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet,
      }).toEqual({ sheet: ws.name, protected: true });
    const kpi = wb.getWorksheet("KPI") as ExcelJS.Worksheet;
    // S: 実績値_R7, AH/AI: this year's texts; R: 目標値_R7 and everything else locked
    expect([kpi.getCell("S4").value, kpi.getCell("AH4").value, kpi.getCell("AI4").value]).toEqual([
      "実績値_R7",
      "取組状況_R7",
      "今後の方向性_R7",
    ]);
    for (const address of ["S5", "S6", "AH5", "AI6"])
      expect({ address, locked: kpi.getCell(address).protection?.locked }).toEqual({ address, locked: false });
    for (const address of ["R5", "P5", "F5", "T5", "S7"])
      expect({ address, locked: kpi.getCell(address).protection?.locked }).not.toEqual({ address, locked: false });
    expect((kpi.getCell("S5").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFF2CC");
    expect(kpi.getCell("A1").value).toBe("防災課：令和7年度の実績入力");
    expect(sha(master)).toBe(masterHash);
  });

  test("every split file passes the OOXML checks (schemas and Excel's load rules)", () => {
    const files = ["商工観光課", "子育て支援課", "防災課", "企画課"].map(file);
    const schema = spawnSync("python3", [join(checks, "validate_parts.py"), ...files], { encoding: "utf8" });
    expect(schema.status).toBe(0);
    expect(schema.stdout.match(/-> 0 part\(s\) with errors/g)?.length).toBe(4);
    const rules = spawnSync("python3", [join(checks, "check_excel_rules.py"), "--json", ...files], {
      encoding: "utf8",
    });
    const findings = JSON.parse(rules.stdout) as Record<string, unknown[]>;
    expect(Object.values(findings).map((f) => f.length)).toEqual([0, 0, 0, 0]);
  });

  test("merge applies every filled actual by id, rejects and lists the tampered and foreign values, leaves the missing department pending", async () => {
    // 商工観光課 fills in and its file is re-saved by LibreOffice
    const shoko = join(dir, "shoko-filled.xlsx");
    await fill(
      file("商工観光課"),
      [
        ["JOB-1", "実績値_R7", 92800],
        ["JOB-2", "実績値_R7", 7],
        ["G1-K2", "実績値_R7", "未公表"],
        ["JOB-1", "取組状況_R7", "工業団地へ2社を誘致"],
      ],
      shoko,
    );
    const [resaved] = recalculate([shoko]);
    // 子育て支援課 also "corrects" its target
    await fill(file("子育て支援課"), [
      ["KID-1", "実績値_R7", 4],
      ["KID-2", "実績値_R7", 920],
      ["KID-1", "目標値_R7", 3],
    ]);
    await fill(file("企画課"), [
      ["PLAN-1", "実績値_R7", 2700],
      ["PLAN-2", "実績値_R7", 6100],
    ]);
    // a file split from another master, filled in too
    const otherCsv = join(dir, "other.csv");
    writeFileSync(otherCsv, "goal,name,department,target_R7,actual_R7,id\n1,x,企画課,10,,PLAN-1\n");
    const otherOut = join(dir, "other");
    expect(await split([otherCsv, "-o", otherOut], quiet)).toBe(0);
    await fill(join(otherOut, "企画課.xlsx"), [["PLAN-1", "実績値_R7", 9]], join(dir, "foreign.xlsx"));

    const merged = join(dir, "merged.xlsx");
    const c = capture();
    const returns = [resaved, file("子育て支援課"), file("企画課"), join(dir, "foreign.xlsx")];
    expect(await merge([master, ...returns, "-o", merged, "--json"], c.io)).toBe(1);
    expect(c.err).toEqual([]);
    const json = JSON.parse(c.out.join("")) as Record<string, Record<string, unknown>[]>;
    expect(json.applied.map((e) => [e.department, e.id, e.field, e.old, e.new])).toEqual([
      ["商工観光課", "JOB-1", "actual", "", "92800"],
      ["商工観光課", "JOB-1", "status", "", "工業団地へ2社を誘致"],
      ["商工観光課", "JOB-2", "actual", "", "7"],
      ["商工観光課", "G1-K2", "actual", "", "未公表"],
      ["子育て支援課", "KID-1", "actual", "", "4"],
      ["子育て支援課", "KID-2", "actual", "", "920"],
      ["企画課", "PLAN-1", "actual", "", "2700"],
      ["企画課", "PLAN-2", "actual", "", "6100"],
    ]);
    expect(json.rejected).toEqual([
      {
        department: "子育て支援課",
        id: "KID-1",
        name: "待機児童数",
        year: 2025,
        field: "target",
        old: "5",
        new: "3",
        file: file("子育て支援課"),
        cell: "KPI!R5",
        reason: "protectedChanged",
      },
      {
        department: "企画課",
        id: "",
        name: "",
        year: 2025,
        old: "",
        new: "",
        file: join(dir, "foreign.xlsx"),
        reason: "otherMaster",
      },
    ]);
    expect(json.conflicts).toEqual([]);
    expect(json.pending.map((e) => [e.department, e.id])).toEqual([
      ["防災課", "SAFE-1"],
      ["防災課", "SAFE-2"],
    ]);
    expect(sha(master)).toBe(masterHash);

    // the merged workbook: its rates (as written, and as LibreOffice computes them), its summary, its collection sheet
    const plan = readPlanCsv(readFileSync(join(fixtures, "departments-plan.csv"), "utf8")).plan;
    const withActuals = {
      ...plan,
      indicators: plan.indicators.map((i) => {
        const typed = json.applied.find((e) => e.id === i.id.text && e.field === "actual");
        const value = typed === undefined ? undefined : Number(typed.new);
        return value === undefined || Number.isNaN(value)
          ? i
          : { ...i, actuals: new Map([...i.actuals, [2025, { kind: "number" as const, value, unit: "" }]]) };
      }),
    };
    const expected = summarize(withActuals, { year: 2025 });
    const [recalculated] = recalculate([merged]);
    for (const book of [merged, recalculated]) {
      const values = await readValues(book);
      const kpi = values.get("KPI") as Map<string, unknown>;
      const header = [...kpi].filter(([a]) => /^[A-Z]+4$/.test(a)).map(([a, v]) => [a.replace("4", ""), v] as const);
      const col = (name: string): string => header.find(([, v]) => v === name)?.[0] ?? "?";
      const rateOf = (id: string): unknown => {
        const row = [...kpi]
          .find(([a, v]) => a.startsWith(col("指標ID")) && /\d+$/.test(a) && v === id)?.[0]
          .replace(/^[A-Z]+/, "");
        return kpi.get(`${col("達成率_R7")}${row}`);
      };
      for (const goal of expected.goals)
        for (const k of [...goal.kpis, ...goal.targets]) {
          const want = k.rate.kind === "rate" ? k.rate.capped : "-";
          const got = rateOf(k.indicator.id.text);
          expect({
            book,
            id: k.indicator.id.text,
            rate: typeof got === "number" ? Math.round(got * 1000) / 1000 : got,
          }).toEqual({ book, id: k.indicator.id.text, rate: want });
        }
      const summary = values.get("基本目標別まとめ") as Map<string, unknown>;
      const shown = [...summary.values()]
        .filter((v): v is number => typeof v === "number")
        .map((v) => Math.round(v * 1000) / 1000);
      const averages = expected.goals.map((g) => g.average);
      // goal 3 is the missing department's: no rate yet
      expect(averages).toEqual([1, 0.984, undefined, 0.95]);
      for (const average of averages) if (average !== undefined) expect(shown).toContain(average);
      const collection = values.get("回収状況") as Map<string, unknown>;
      expect([...collection.values()]).toEqual(expect.arrayContaining(["防災課", "未返送", "取込済", "却下"]));
    }

    // the same returns merged into the merged workbook again: nothing changes, and it says so
    const again = capture();
    expect(await merge([merged, resaved, file("企画課"), "-o", join(dir, "merged-again.xlsx")], again.io)).toBe(0);
    expect(again.out.join("")).toContain("変更なし（取込済み）");
    expect(again.out.join("")).toContain("取込 0 件");
    // 子育て支援課 returned in the first merge only: its row (file, time, state) is carried, not 未返送
    const carried = (await readValues(join(dir, "merged-again.xlsx"))).get("回収状況") as Map<string, unknown>;
    const row = [...carried].find(([a, v]) => a.startsWith("A") && v === "子育て支援課")?.[0].slice(1);
    expect(["B", "F"].map((c) => carried.get(`${c}${row}`))).toEqual([file("子育て支援課"), "取込済"]);
    expect([...carried].filter(([a, v]) => a.startsWith("A") && v === "子育て支援課")).toHaveLength(1);
  });
});
