/**
 * Small modules (issue 8): no product module over 300 lines, no test file over 500. Fixtures and
 * data are not code and are not counted; the test helpers (doubles, fakes) are.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { productRoots, root, sourceFiles } from "./files";

const limits = { product: 300, tests: 500 };

/** Lines as `wc -l` counts them, a last line without its newline included. */
function lineCount(text: string): number {
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

const over = (files: readonly string[], limit: number): string[] =>
  files.flatMap((file) => {
    const lines = lineCount(readFileSync(join(root, file), "utf8"));
    return lines > limit ? [`${file}: ${lines} lines (limit ${limit})`] : [];
  });

test("lines are counted as wc -l counts them", () => {
  expect([lineCount(""), lineCount("a"), lineCount("a\n"), lineCount("a\nb"), lineCount("a\n\n")]).toEqual([
    0, 1, 1, 2, 2,
  ]);
});

test(`no product module over ${limits.product} lines`, () => {
  const files = sourceFiles(productRoots);
  expect(files.length).toBeGreaterThan(50);
  expect(over(files, limits.product)).toEqual([]);
});

test(`no test file over ${limits.tests} lines`, () => {
  const files = sourceFiles(["tests"], ["tests/fixtures", "tests/e2e/output"]);
  expect(files).toContain("tests/architecture/sizes.test.ts");
  expect(over(files, limits.tests)).toEqual([]);
});
