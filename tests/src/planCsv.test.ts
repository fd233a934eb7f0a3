import { decodeCsv, readPlanBytes, readPlanCsv } from "../../src/planCsv";
import { describeProblem } from "../../src/problem";

/** What the message of an unreadable value says after naming it: which units a number may carry. */
const unitsEn =
  ' a number may carry only the row\'s unit or one of the listed units (人, 件, %, 円 …: README, "The plan file")';
const unitsJa =
  "数値の後に書けるのは、その行の単位か一覧にある単位（人、件、%、円 など。README の「The plan file」）だけです";

const header =
  "goal,goal_title,kind,policy,initiative,name,unit,direction,cumulative,baseline,baseline_year,target_R3,target_R4,actual_R3,actual_R4,method,weight,notes";

describe("readPlanCsv", () => {
  it("reads indicators, years and goals", () => {
    const csv = [
      header,
      '1,活気に満ちたまち,target,,,20・30歳代の転入者数,人,higher,0,"6,439",令和元年,6455,6463,6149,6765,ratio,1,',
      "1,活気に満ちたまち,kpi,1 施策,① 取組,刑法犯認知件数,件,lower,0,1259,令和元年度,900,810,1131,1102,,,note",
    ].join("\n");
    const { plan, problems, fatal } = readPlanCsv(csv);
    expect(fatal).toBeUndefined();
    expect(problems).toEqual([]);
    expect(plan.years).toEqual([2021, 2022]);
    expect(plan.goals).toEqual([{ goal: 1, title: "活気に満ちたまち" }]);
    const [target, kpi] = plan.indicators;
    expect(target).toMatchObject({
      kind: "target",
      name: "20・30歳代の転入者数",
      baseline: { kind: "number", value: 6439 },
      baselineYear: 2019,
    });
    expect(target.actuals.get(2022)).toEqual({ kind: "number", value: 6765, unit: "" });
    expect(kpi).toMatchObject({
      kind: "kpi",
      direction: "lower",
      policy: "1 施策",
      initiative: "① 取組",
      notes: "note",
      weight: 1,
      method: "ratio",
    });
    expect(kpi.source).toBe("line 3");
  });

  it("accepts Japanese headers, year forms and a BOM", () => {
    const csv =
      "\uFEFF基本目標,種別,指標名,方向,累計,現状値,目標値_令和3年度,実績値_2021,目標値_R4,実績値_FY2022\n2,数値目標,事業所数,増加,累計,11758,12079,未公表,12187,指標変更\n";
    const { plan, problems } = readPlanCsv(csv);
    expect(problems).toEqual([]);
    expect(plan.years).toEqual([2021, 2022]);
    const [i] = plan.indicators;
    expect(i).toMatchObject({ goal: 2, kind: "target", cumulative: true, direction: "higher" });
    expect(i.actuals.get(2021)).toEqual({ kind: "missing", reason: "unpublished" });
    expect(i.actuals.get(2022)).toEqual({ kind: "missing", reason: "indicatorChanged" });
  });

  it("reports a bad row with its line and column and keeps the rest", () => {
    const csv = [
      header,
      "1,t,kpi,,,good,件,higher,0,1,,1,2,1,2,,,",
      "1,t,kpi,,,bad actual,件,higher,0,1,,1,2,abc,2,,,",
      "x,t,kpi,,,bad goal,件,higher,0,1,,1,2,1,2,,,",
      "1,t,kpi,,,bad direction,件,sideways,0,1,,1,2,1,2,,,",
      "",
      "1,t,kpi,,,also good,件,lower,0,1,,1,2,1,2,,,",
    ].join("\r\n");
    const { plan, problems } = readPlanCsv(csv);
    expect(plan.indicators.map((i) => i.name)).toEqual(["good", "also good"]);
    expect(problems.map((p) => describeProblem(p, "en"))).toEqual([
      `line 3 column "actual_R3": "abc" is neither a number nor a missing-value marker (-, 未公表, 指標変更);${unitsEn}`,
      'line 4 column "goal": the goal must be a whole number from 1 ("x")',
      'line 5 column "direction": direction "sideways" must be higher or lower',
    ]);
    expect(describeProblem(problems[0], "ja")).toBe(
      `3行目「actual_R3」列：「abc」は数値でも欠測の印（-、未公表、指標変更）でもありません。${unitsJa}`,
    );
  });

  it("counts lines inside quoted line breaks", () => {
    const csv = `${header}\n1,t,kpi,,,"two\nlines",件,higher,0,1,,1,2,1,2,,,\n1,t,kpi,,,bad,件,higher,0,1,,1,2,zzz,2,,,\n`;
    const { problems } = readPlanCsv(csv);
    expect(problems[0].where.en).toBe("line 4");
  });

  it("is fatal without the goal or name columns", () => {
    const { fatal } = readPlanCsv("kind,unit\nkpi,件\n");
    expect(fatal?.message.en).toBe('the required column "goal" is missing');
  });

  it("keeps text that looks like a formula as text", () => {
    const { plan } = readPlanCsv(
      `${header}\n1,t,kpi,,,"=HYPERLINK(""http://example.com"",""x"")",件,higher,0,1,,1,2,1,2,,,@SUM(A1)`,
    );
    expect(plan.indicators[0].name).toBe('=HYPERLINK("http://example.com","x")');
    expect(plan.indicators[0].notes).toBe("@SUM(A1)");
  });
});

describe("decodeCsv", () => {
  it("decodes UTF-8 with and without BOM", () => {
    const text = "基本目標,指標名\n";
    const bytes = new TextEncoder().encode(text);
    expect(decodeCsv(bytes)).toBe(text);
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe(text);
  });
  it("decodes Shift_JIS, as Excel saves plain CSV on Japanese Windows", () => {
    // 目標 in Shift_JIS
    expect(decodeCsv(new Uint8Array([0x96, 0xda, 0x95, 0x57]))).toBe("目標");
  });
});

describe("readPlanCsv headers and columns that would lose data", () => {
  it("is fatal when two columns give the same year's target (target_R3 and target_2021), naming both", () => {
    const read = readPlanCsv("goal,name,target_R3,actual_R3,target_2021\n1,a,100,90,200\n");
    expect(read.plan.indicators).toEqual([]);
    expect(read.fatal).toBeDefined();
    const fatal = read.fatal!;
    expect(describeProblem(fatal, "en")).toBe(
      'line 1 column "target_2021": the columns "target_R3" and "target_2021" name the same thing; remove or rename one, as either could be the right value',
    );
    expect(describeProblem(fatal, "ja")).toContain(
      "1行目「target_2021」列：列「target_R3」と列「target_2021」が同じ項目を指しています",
    );
  });

  it("is fatal for a fixed field written twice (指標 and 指標名), but allows several notes columns", () => {
    expect(readPlanCsv("goal,指標,指標名\n1,a,b\n").fatal?.message.en).toContain('"指標" and "指標名"');
    expect(readPlanCsv("goal,actual_R3,実績値_令和3年度,name\n1,1,2,a\n").fatal?.column).toBe("実績値_令和3年度");
    const notes = readPlanCsv("goal,name,notes,備考\n1,a,first,second\n");
    expect(notes.fatal).toBeUndefined();
    expect(notes.plan.indicators[0].notes).toBe("first");
  });

  it("reads a header with a BOM and spaces around the names", () => {
    const { plan, fatal, problems } = readPlanCsv("\uFEFF goal , name ,　目標値_R3　, actual_R3 \n1,a,100,90\n");
    expect(fatal).toBeUndefined();
    expect(problems).toEqual([]);
    expect(plan.indicators[0].targets.get(2021)).toEqual({ kind: "number", value: 100, unit: "" });
    expect(plan.indicators[0].actuals.get(2021)).toEqual({ kind: "number", value: 90, unit: "" });
  });

  it("names an unknown kind in both languages", () => {
    const [problem] = readPlanCsv("goal,kind,name\n1,施策,a\n").problems;
    expect(describeProblem(problem, "en")).toBe('line 2 column "kind": kind "施策" must be target or kpi');
    expect(describeProblem(problem, "ja")).toBe("2行目「kind」列：種別「施策」は 数値目標 か KPI です");
  });

  it("rejects a qualified number (100以上) in a target cell with its line and column", () => {
    const [problem] = readPlanCsv("goal,name,target_R3,actual_R3\n1,a,100以上,120\n").problems;
    expect(describeProblem(problem, "en")).toBe(
      `line 2 column "target_R3": "100以上" is neither a number nor a missing-value marker (-, 未公表, 指標変更);${unitsEn}`,
    );
  });

  it("quotes an unreadable value of 32,767 characters by its first 24, line breaks and all", () => {
    const value = `1\n${"x".repeat(32_765)}`;
    const [problem] = readPlanCsv(`goal,name,actual_R3\n1,a,"${value}"\n`).problems;
    expect(describeProblem(problem, "en")).toBe(
      `line 2 column "actual_R3": "1\n${"x".repeat(22)}…" is neither a number nor a missing-value marker (-, 未公表, 指標変更);${unitsEn}`,
    );
  });

  it("rejects a path row whose baseline year is not before its final target's year", () => {
    const csv = [
      "goal,name,method,baseline,baseline_year,target_R3,target_R8,actual_R3",
      "1,late,path,100,R8,,200,150",
      "1,after,path,100,R9,,200,150",
      "1,fine,path,100,R2,,200,150",
      "1,no target yet,path,100,R9,-,-,150",
    ].join("\n");
    const { plan, problems } = readPlanCsv(csv);
    expect(plan.indicators.map((i) => i.name)).toEqual(["fine", "no target yet"]);
    expect(problems.map((p) => describeProblem(p, "en"))).toEqual([
      `line 2 column "baseline_year": the path method needs the baseline's year ("R8") before the final target's year`,
      `line 3 column "baseline_year": the path method needs the baseline's year ("R9") before the final target's year`,
    ]);
    expect(describeProblem(problems[0], "ja")).toContain("2行目「baseline_year」列：path の算出には");
  });
});

describe("readPlanCsv on text that would lose or invent values", () => {
  it("takes the delimiter from the header: tabs, with commas and semicolons in the cells", () => {
    const { plan, problems } = readPlanCsv("goal\tname\ttarget_R3\tactual_R3\tnotes\n1\ta, b; c\t1,000\t900\tx; y\n");
    expect(problems).toEqual([]);
    expect(plan.indicators[0]).toMatchObject({ name: "a, b; c", notes: "x; y" });
    expect(plan.indicators[0].targets.get(2021)).toEqual({ kind: "number", value: 1000, unit: "" });
  });

  it("lists row problems from the file and from the table in line order", () => {
    const csv = [
      "goal,name,target_R3,actual_R3",
      "1,bad value,100,abc",
      "1,extra,100,90,lost",
      "1,long,100,90",
      `1,too long,100,${"9".repeat(32_768)}`,
      "x,bad goal,100,90",
    ].join("\n");
    const { plan, problems } = readPlanCsv(csv);
    expect(plan.indicators.map((i) => i.name)).toEqual(["long"]);
    expect(problems.map((p) => `${p.where.en} ${p.column}`)).toEqual([
      "line 2 actual_R3",
      "line 3 ",
      "line 5 actual_R3",
      "line 6 goal",
    ]);
  });

  it("is fatal for a header cell over 32,767 characters, and for a quote error in the header", () => {
    expect(readPlanCsv(`goal,name,${"n".repeat(32_768)}\n1,a,b\n`).fatal?.message.en).toMatch(
      /^the cell holds 32,768 characters/u,
    );
    const quoted = readPlanCsv('goal,"name\n1,a\n').fatal;
    expect(quoted && describeProblem(quoted, "en")).toMatch(/^line 1: the quote opening "name" is never closed/u);
  });

  it("words quote and size problems in Japanese", () => {
    const quote = readPlanCsv('goal,name\n1,"a\n2,b\n').fatal;
    expect(quote && describeProblem(quote, "ja")).toMatch(/^2行目「name」列：「a」の引用符 " が閉じられていません/u);
    const [long] = readPlanCsv(`goal,name,notes\n1,a,${"備".repeat(40_000)}\n`).problems;
    expect(describeProblem(long, "ja")).toBe(
      `2行目「notes」列：セルが 40,000 文字あります（「${"備".repeat(24)}…」）。Excel のセルは 32,767 文字までなので、このセルは読みません`,
    );
  });

  it("names a bad cell after a quoted line break by the line it is on", () => {
    const [problem] = readPlanCsv('goal,notes,name,actual_R3\n1,"one\ntwo",a,bad\n').problems;
    expect(problem.where.en).toBe("line 3");
    expect(readPlanCsv('goal,notes,name,actual_R3\n1,"one\ntwo",a,1\n').plan.indicators[0].source).toBe("line 2");
  });
});

describe("readPlanBytes", () => {
  it("reads UTF-16 with a BOM and reports undecodable bytes as the file's problem", () => {
    const text = "goal\tname\tactual_R3\r\n1\t転入者数\t95\r\n";
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(readPlanBytes(le).plan.indicators[0].actuals.get(2021)).toEqual({ kind: "number", value: 95, unit: "" });
    const bad = readPlanBytes(new Uint8Array([...new TextEncoder().encode("goal,name\n1,a"), 0xff]));
    expect(bad.fatal?.where.en).toBe("line 2");
    expect(bad.plan.indicators).toEqual([]);
  });

  it("decodeCsv, for files known to be good, throws with the problem otherwise", () => {
    expect(() => decodeCsv(new Uint8Array([0x61, 0xff]))).toThrow(/^line 1: the byte 0xFF at offset 1/u);
  });
});
