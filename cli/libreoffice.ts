/**
 * LibreOffice headless, with a throwaway user profile that recalculates every formula on load:
 * LibreOffice keeps the cached values of an .xlsx unless its registrymodifications.xcu sets
 * /org.openoffice.Office.Calc/Formula/Load OOXMLRecalcMode to 0 ("always"). The tests convert
 * to .xlsx to read the values back; `kpi-sheets report -o report.pdf` converts to PDF.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

const registry = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh directory under the system temp dir. */
export function scratchDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export type Conversion =
  | { readonly kind: "converted"; readonly files: string[] }
  | { readonly kind: "missing" }
  | { readonly kind: "failed"; readonly why: string };

/**
 * Opens each file in LibreOffice, recalculates every formula and saves it in `format` ("xlsx",
 * "pdf") into a new directory; the output paths in the order given. One soffice run converts
 * several files (it starts slowly, so batch).
 */
export function convertWithLibreOffice(files: readonly string[], format: string, soffice = "soffice"): Conversion {
  const work = scratchDir("kpi-lo-");
  const profile = join(work, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), registry);
  const out = join(work, "out");
  mkdirSync(out);
  const run = spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      out,
      ...files,
    ],
    { encoding: "utf8", timeout: 180_000 },
  );
  if (run.error !== undefined)
    return (run.error as NodeJS.ErrnoException).code === "ENOENT"
      ? { kind: "missing" }
      : { kind: "failed", why: run.error.message };
  if (run.status !== 0) return { kind: "failed", why: `exit ${run.status}: ${run.stderr}` };
  return { kind: "converted", files: files.map((f) => join(out, basename(f).replace(/\.[^.]+$/, `.${format}`))) };
}
