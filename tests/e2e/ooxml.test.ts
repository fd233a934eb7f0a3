/**
 * Every workbook `kpi-sheets build` writes, in both formula styles and both languages, from
 * every plan among the examples and fixtures (and a plan of hostile text), is checked the way
 * Excel would see it: each XML part against the ECMA-376 schemas (validate_parts.py) and the
 * rules Excel enforces on load (check_excel_rules.py), the project's copies in tests/ooxml/.
 *
 * Findings not fixed yet, and notes that are no defect, are listed below by name. Each must
 * still occur somewhere (so the list shrinks when one is fixed) and nothing else may occur: a
 * new finding fails.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { build } from "../../cli/build";
import { decodeCsv, readPlanCsv } from "../../src";
import { hostilePlanCsv } from "../cli/hostilePlan";

jest.setTimeout(300_000);

const root = join(__dirname, "..", "..");
const checks = join(root, "tests", "ooxml");

/**
 * The `functions` style stores KPI.* as Excel saves a JavaScript custom function,
 * _xldudf_KPI_RATE(...) (cli/fileFormula.ts): no FX-ADDIN warning any more, and the checker
 * notes each add-in function it calls (INFO, not a defect).
 */
const knownInFunctionsStyle = [
  "INFO FX-UDF cell calls user-defined / add-in function _xldudf_KPI_RATE",
  "INFO FX-UDF cell calls user-defined / add-in function _xldudf_KPI_GRADE",
  "INFO FX-UDF cell calls user-defined / add-in function _xldudf_KPI_AVERAGE",
];

/**
 * Text that looked like _x0041_ is stored as Excel stores it, _x005F_x0041_; the check flags
 * any _xHHHH_, the _x005F_ escape it recommends itself included.
 */
const knownInHostileText = [
  "WARN SST-XESC text contains _x005F_, which Excel decodes as an escaped character (write _x005F_x005F_ to keep it): '_x005F_x0041_ literal'",
  "WARN SST-XESC text contains _x005F_, which Excel decodes as an escaped character (write _x005F_x005F_ to keep it): '_x005F_x0041_x005F_x0042_'",
];

interface Finding {
  readonly severity: string;
  readonly rule: string;
  readonly where: string;
  readonly message: string;
}

/** A finding without its place: the function an FX-ADDIN names, else the whole message. */
function key(f: Finding): string {
  const subject = f.rule === "FX-ADDIN" ? (/calls (\S+),/.exec(f.message)?.[1] ?? f.message) : f.message;
  return `${f.severity} ${f.rule} ${subject}`;
}

interface Book {
  readonly file: string;
  readonly plan: string;
  readonly style: "native" | "functions";
  readonly lang: "ja" | "en";
}

const dir = mkdtempSync(join(tmpdir(), "kpi-ooxml-"));
const hostile = join(dir, "hostile-text.csv");
writeFileSync(hostile, hostilePlanCsv());

/** Every CSV among the examples and fixtures the command line builds a workbook from. */
const plans = [join(root, "examples"), join(root, "tests", "fixtures")]
  .flatMap((folder) =>
    readdirSync(folder)
      .filter((f) => f.endsWith(".csv"))
      .map((f) => join(folder, f)),
  )
  .filter((file) => readPlanCsv(decodeCsv(readFileSync(file))).fatal === undefined)
  .concat(hostile);

const books: readonly Book[] = plans.flatMap((plan) =>
  (["native", "functions"] as const).flatMap((style) =>
    (["ja", "en"] as const).map((lang) => ({
      file: join(dir, `${basename(plan, ".csv")}-${style}-${lang}.xlsx`),
      plan,
      style,
      lang,
    })),
  ),
);

function python(script: string, args: readonly string[]): ReturnType<typeof spawnSync> {
  const run = spawnSync("python3", [join(checks, script), ...args], { encoding: "utf8", maxBuffer: 256 << 20 });
  if (run.error !== undefined) throw new Error(`python3 could not run ${script}: ${run.error.message}`);
  return run;
}

describe("every workbook the command line builds opens in Excel without a repair", () => {
  let schemaReport = "";
  let schemaStatus: number | null = null;
  let findings: Record<string, Finding[]> = {};

  beforeAll(async () => {
    expect(spawnSync("xmllint", ["--version"]).error).toBeUndefined(); // Debian: libxml2-utils
    for (const b of books) {
      const io = { stdout: () => undefined, stderr: () => undefined };
      const code = await build([b.plan, "-o", b.file, "--style", b.style, "--lang", b.lang], io);
      // 1: some rows rejected (sharing-plan-bad.csv), the rest built
      expect({ book: b.file, code: code <= 1 }).toEqual({ book: b.file, code: true });
    }
    const files = books.map((b) => b.file);
    const schema = python("validate_parts.py", files);
    schemaReport = String(schema.stdout);
    schemaStatus = schema.status;
    const rules = python("check_excel_rules.py", ["--json", ...files]);
    expect(rules.stderr).toBe("");
    findings = JSON.parse(String(rules.stdout));
  });

  test("the plans include the examples, the fixtures and the hostile text", () => {
    const names = plans.map((p) => basename(p));
    expect(names).toEqual(expect.arrayContaining(["atsugi-fy2024.csv", "sharing-plan.csv", "hostile-text.csv"]));
    expect(books.length).toBe(plans.length * 4);
  });

  test("every XML part of every workbook is valid against the ECMA-376 Transitional schemas", () => {
    const sections = schemaReport.split(/^== /m).slice(1);
    expect(sections.length).toBe(books.length);
    for (const section of sections) {
      const [book, ...lines] = section.trimEnd().split("\n");
      const parts = lines.filter((l) => /^ {2}\S/.test(l) && !l.includes("->"));
      const bad = parts.filter((l) => !/ (valid \(|skipped \(not XML\))/.test(l));
      expect({ book, bad, detail: lines.filter((l) => l.startsWith("    ")) }).toEqual({ book, bad: [], detail: [] });
      expect(parts.some((l) => l.startsWith("  xl/worksheets/sheet"))).toBe(true);
      expect(lines[lines.length - 1]).toBe("  -> 0 part(s) with errors");
    }
    expect(schemaStatus).toBe(0);
  });

  test.each(books.map((b) => [basename(b.file), b] as const))("%s: only the known findings", (_name, b) => {
    const known = [
      ...(b.style === "functions" ? knownInFunctionsStyle : []),
      ...(b.plan === hostile ? knownInHostileText : []),
    ];
    const own = findings[b.file];
    expect(own).toBeDefined();
    const unexpected = own.filter((f) => !known.includes(key(f)));
    expect({ book: b.file, unexpected: unexpected.slice(0, 10) }).toEqual({ book: b.file, unexpected: [] });
    expect(own.filter((f) => f.severity === "ERROR")).toEqual([]);
  });

  test("each known finding still occurs (remove it from the list once fixed)", () => {
    const seen = (filter: (b: Book) => boolean): Set<string> =>
      new Set(books.filter(filter).flatMap((b) => findings[b.file].map(key)));
    const functions = seen((b) => b.style === "functions");
    for (const k of knownInFunctionsStyle) expect({ k, seen: functions.has(k) }).toEqual({ k, seen: true });
    const text = seen((b) => b.plan === hostile);
    for (const k of knownInHostileText) expect({ k, seen: text.has(k) }).toEqual({ k, seen: true });
  });
});
