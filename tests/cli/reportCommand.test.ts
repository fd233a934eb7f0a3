import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertWithLibreOffice } from "../../cli/libreoffice";
import { report } from "../../cli/report";
import { messagesFor } from "../../src/i18n";

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), "kpi-report-cli-"));
const plan = join(__dirname, "..", "fixtures", "sharing-plan.csv");

function capture() {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t) } };
}

describe("kpi-sheets report", () => {
  test("writes the report workbook with its chart parts; refuses an existing file without --force", async () => {
    const file = join(dir, "report.xlsx");
    const first = capture();
    expect(await report([plan, "-o", file, "--lang", "en"], first.io)).toBe(0);
    expect(first.out.stdout).toMatch(/^wrote .*report\.xlsx \(\d+ goals\)\n$/);
    expect(readFileSync(file).includes(Buffer.from("xl/charts/chart1.xml"))).toBe(true);
    const again = capture();
    expect(await report([plan, "-o", file], again.io)).toBe(2);
    expect(again.out.stderr).toContain("--force");
  });

  test("asks for an .xlsx or .pdf output", async () => {
    await expect(report([plan, "-o", join(dir, "report.csv")], capture().io)).rejects.toThrow(
      "report needs -o REPORT.xlsx or -o REPORT.pdf",
    );
  });

  test("without LibreOffice the conversion says so, and the message says how to get it", () => {
    const input = join(dir, "x.xlsx");
    writeFileSync(input, "");
    expect(convertWithLibreOffice([input], "pdf", "kpi-sheets-no-such-soffice")).toEqual({ kind: "missing" });
    expect(messagesFor("en").reportSheet.noLibreOffice).toContain("apt-get install libreoffice-calc");
    expect(messagesFor("ja").reportSheet.noLibreOffice).toContain("ファイル > エクスポート > PDF");
  });
});
