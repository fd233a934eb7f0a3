/** The departments' round as the workbook records it (src/departments/round.ts). */
import {
  decodeRound,
  encodeRound,
  returnedOfSent,
  roundAfterCollect,
  roundAfterSend,
  roundRecordLimit,
} from "../../../src/departments/round";
import { ReturnOutcome } from "../../../src/departments/outcome";

const outcome = (department: string, state: ReturnOutcome["state"], file = `${department}.xlsx`): ReturnOutcome => ({
  department,
  file,
  state,
  filled: 1,
  expected: 2,
  rejected: state === "rejected" ? 1 : 0,
  unverified: false,
});

test("sending starts the year's round; returns merged before it for the same year stay counted", () => {
  const sent = roundAfterSend(undefined, 2025, ["企画課", "防災課", "子育て支援課"]);
  expect(sent).toEqual({ year: 2025, sent: ["企画課", "防災課", "子育て支援課"], returned: [] });
  const collected = roundAfterCollect(sent, 2025, [outcome("企画課", "applied"), outcome("防災課", "missing", "")]);
  expect(collected).toEqual({ year: 2025, sent: sent.sent, returned: ["企画課"] });
  // sent again (a department asked for its file again): who has returned is kept
  expect(roundAfterSend(collected, 2025, ["企画課", "防災課"]).returned).toEqual(["企画課"]);
  // a new year starts afresh
  expect(roundAfterSend(collected, 2026, ["企画課"])).toEqual({ year: 2026, sent: ["企画課"], returned: [] });
});

test("returns that come in one by one add up; a return wholly rejected or unchanged still came back", () => {
  const sent = roundAfterSend(undefined, 2025, ["a", "b", "c", "d"]);
  const one = roundAfterCollect(sent, 2025, [outcome("a", "applied"), outcome("b", "missing", "")]);
  const two = roundAfterCollect(one, 2025, [outcome("b", "rejected"), outcome("a", "unchanged")]);
  expect(two.returned).toEqual(["a", "b"]);
  expect(returnedOfSent(two)).toBe(2);
  // a return of another year starts that year's round, with no send recorded
  const other = roundAfterCollect(two, 2024, [outcome("c", "applied")]);
  expect(other).toEqual({ year: 2024, sent: [], returned: ["c"] });
  expect(returnedOfSent(other)).toBe(1);
});

test("a department that returned without being sent a file is not counted among the sent ones", () => {
  const round = roundAfterCollect(roundAfterSend(undefined, 2025, ["a", "b"]), 2025, [
    outcome("a", "applied"),
    outcome("z", "applied"),
  ]);
  expect(round.returned).toEqual(["a", "z"]);
  expect(returnedOfSent(round)).toBe(1);
});

test("the record reads back as written, names with quotes and separators too", () => {
  const round = { year: 2025, sent: ['企画課 "A"', "a|b", "c,d"], returned: ["a|b"] };
  const text = encodeRound(round);
  expect(text).toBeDefined();
  expect(decodeRound(text as string)).toEqual(round);
});

test("text that is no record reads as none: edited by hand, another shape, not JSON", () => {
  for (const text of [
    "",
    "t1:5f3a0000:3",
    "{}",
    '{"year":"R7","sent":[],"returned":[]}',
    '{"year":2025.5,"sent":[],"returned":[]}',
    '{"year":2025,"sent":[1],"returned":[]}',
    "null",
    "[]",
  ])
    expect(decodeRound(text)).toBeUndefined();
});

test("a round too long for a workbook name is not encoded, one just under the limit is", () => {
  const names = (n: number, width: number) => Array.from({ length: n }, (_, i) => `${i}`.padStart(width, "課"));
  expect(encodeRound({ year: 2025, sent: names(400, 20), returned: [] })).toBeUndefined();
  const fits = encodeRound({ year: 2025, sent: names(100, 20), returned: names(100, 20) });
  expect(fits).toBeDefined();
  const quotes = (fits as string).split('"').length - 1;
  expect((fits as string).length + quotes + 3).toBeLessThanOrEqual(roundRecordLimit);
});
