/** The collection sheet merged into again: earlier rows read back and carried (src/departments/collectionSheet.ts). */
import { collectionSheet, readCollectionRows } from "../../../src/departments/collectionSheet";
import { ReturnOutcome } from "../../../src/departments/outcome";
import { departmentMessages } from "../../../src/i18n/departments";

const missing = (department: string): ReturnOutcome => ({
  department,
  file: "",
  state: "missing",
  filled: 0,
  expected: 2,
  rejected: 0,
  unverified: false,
});
const applied = (department: string, file: string): ReturnOutcome => ({
  ...missing(department),
  file,
  state: "applied",
  filled: 2,
});

/** The cells of a collection sheet plan as values, header first. */
function values(sheet: ReturnType<typeof collectionSheet>): unknown[][] {
  return sheet.blocks.flatMap((b) =>
    b.cells.map((row) => row.map((c) => (c.kind === "text" ? c.text : c.kind === "number" ? c.value : undefined))),
  );
}

test.each(["ja", "en"] as const)(
  "an earlier sheet in %s: who returned keeps the row; who had not, and returns now, is updated",
  (lang) => {
    const first = collectionSheet(
      [applied("企画課", "a.xlsx"), missing("防災課"), missing("福祉課")],
      "2026-11-01 09:00",
      lang,
    );
    const earlier = readCollectionRows(values(first));
    expect(earlier.map((r) => [r.department, r.returned])).toEqual([
      ["企画課", true],
      ["防災課", false],
      ["福祉課", false],
    ]);
    const second = values(
      collectionSheet(
        [missing("企画課"), applied("防災課", "b.xlsx"), missing("福祉課")],
        "2026-11-20 17:30",
        lang,
        undefined,
        earlier,
      ),
    );
    const m = departmentMessages(lang);
    expect(second.slice(1).map((row) => [row[0], row[1], row[2], row[5]])).toEqual([
      ["企画課", "a.xlsx", "2026-11-01 09:00", m.states.applied],
      ["防災課", "b.xlsx", "2026-11-20 17:30", m.states.applied],
      ["福祉課", undefined, undefined, m.states.missing],
    ]);
  },
);

test("a department no longer in the plan keeps its rows; a state typed over is not read as a return", () => {
  const m = departmentMessages("ja");
  const rows = [
    ["title typed above"],
    [...m.collectionHeaders],
    ["旧課", "old.xlsx", "2026-10-01 10:00", "3 / 3", 0, m.states.applied, ""],
    ["防災課", "", "", "0 / 2", 0, "電話で督促済み", ""],
    [],
  ];
  const earlier = readCollectionRows(rows);
  expect(earlier.map((r) => [r.department, r.returned])).toEqual([
    ["旧課", true],
    ["防災課", false],
  ]);
  const sheet = values(collectionSheet([missing("防災課")], "2026-11-20 17:30", "ja", undefined, earlier));
  expect(sheet.slice(1).map((row) => [row[0], row[5]])).toEqual([
    ["防災課", m.states.missing],
    ["旧課", m.states.applied],
  ]);
  expect(readCollectionRows([["no header here"], ["企画課"]])).toEqual([]);
});
