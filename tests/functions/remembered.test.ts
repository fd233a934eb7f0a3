/**
 * An argument's cells read once per distinct value in a call (functions/cells.ts, remembered):
 * the same answers as reading every cell, fewer reads, and an error never shared between cells.
 */
import "./customFunctionsDouble";
import { readDirectionCell, remembered } from "../../functions/cells";
import { isCellError } from "../../functions/errors";
import { rate } from "../../functions/functions";

test("a column of a few words gives what reading every cell gives, each word read once", () => {
  const cells: unknown[] = ["lower", "higher", null, "減少", " Lower ", "lower", null, "higher", 3, "up?"];
  let reads = 0;
  const counted = (cell: unknown, lang: "en" | "ja") => {
    reads++;
    return readDirectionCell(cell, lang);
  };
  const read = remembered(counted, "en");
  const column = [...cells, ...cells, ...cells];
  const shown = (v: unknown) => (isCellError(v) ? `error ${v.code} ${v.message ?? ""}` : v);
  expect(column.map((c) => shown(read(c)))).toEqual(column.map((c) => shown(readDirectionCell(c, "en"))));
  // the 5 distinct readable cells once each; the two that are errors (3, "up?") every time
  expect(reads).toBe(5 + 2 * 3);
});

test("an error is a fresh error in each cell, and an object cell is read each time", () => {
  const read = remembered(readDirectionCell, "en");
  const first = read("sideways");
  expect(isCellError(first) && first.message).toContain('"sideways"');
  expect(read("sideways")).not.toBe(first);
  let reads = 0;
  const counting = remembered((cell: unknown) => {
    reads++;
    return String(cell);
  }, "en");
  const object = { code: "none" };
  counting(object);
  counting(object);
  expect(reads).toBe(2);
});

test("KPI.RATE over a column of directions and a column of caps gives the per-cell rates", () => {
  const rows = 40;
  const targets = Array.from({ length: rows }, (_, i) => [100 + i]);
  const actuals = Array.from({ length: rows }, (_, i) => [90 + 3 * i]);
  const directions = Array.from({ length: rows }, (_, i) => [["lower", "higher", "減少", "bad"][i % 4]]);
  const caps = Array.from({ length: rows }, (_, i) => [i % 5 === 0 ? "FALSE" : i % 2 === 0]);
  const column = rate(targets, actuals, directions, caps);
  const perCell = targets.map((_, i) => rate([targets[i]], [actuals[i]], [directions[i]], [caps[i]])[0]);
  expect(JSON.stringify(column)).toBe(JSON.stringify(perCell));
  expect(column.filter(([v]) => isCellError(v))).toHaveLength(rows / 4);
});
