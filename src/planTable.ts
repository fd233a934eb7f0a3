import { Column, FieldKey, nearestYearColumn, readHeader } from "./columns";
import { readDirection } from "./direction";
import { localize, Messages, packs } from "./i18n";
import { Localized } from "./lang";
import { itemAt } from "./list";
import { assignIds, idKey } from "./indicatorIds";
import { Goal, Indicator, Plan } from "./plan";
import { Problem } from "./problem";
import { shortened } from "./read/lines";
import { clean } from "./text";
import { num, PlanValue, readValue } from "./value";
import { methodParts } from "./rate";
import { flagWords, goalPrefix, kindWords, methodWords } from "./vocabulary";
import { readYear } from "./year";
import { unreachable } from "./unreachable";

const goalPrefixPattern = new RegExp(`^${goalPrefix}`, "u");

/** Where a cell of the table is, for messages: a file line or a sheet address. Row -1 is the header. */
export type Locate = (row: number, column: number | undefined) => Localized;

/** Something the reader did with a column that the user should know about. */
export type ColumnNotice =
  | { readonly kind: "keptAsText"; readonly column: string }
  /** A header that holds a year but was not read as a year column; `nearest` may be "". */
  | { readonly kind: "yearColumnNotRead"; readonly column: string; readonly nearest: string };

export interface PlanRead {
  readonly plan: Plan;
  /** Columns kept as text or not read as years, in header order. */
  readonly notices: readonly ColumnNotice[];
  /** Rows left out, each with the reason. The rest of the plan is still read. */
  readonly problems: readonly Problem[];
  /** A problem that stops the whole table from being read (a required column is missing). */
  readonly fatal: Problem | undefined;
}

const text = (cell: unknown): string => {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  return typeof cell === "number" || typeof cell === "boolean" ? String(cell) : JSON.stringify(cell);
};

class RowError extends Error {
  constructor(
    readonly column: number | undefined,
    readonly localized: Localized,
  ) {
    super(localized.en);
  }
}

/** Stops reading a row; a function declaration, so TypeScript narrows after a call to it. */
function fail(column: number | undefined, message: (m: Messages) => string): never {
  throw new RowError(column, localize(message));
}

/** An indicator as its row gives it, and its id as written ("" when blank). */
interface RowRead {
  readonly givenId: string;
  readonly fields: Omit<Indicator, "id">;
}

/**
 * Reads a plan from a table: a header row and rows of cells (strings from a file, or the
 * numbers and strings of a sheet). Rows that cannot be read are reported and left out.
 */
export function readPlanTable(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  locate: Locate,
): PlanRead {
  const columns: Column[] = header.map((h) => readHeader(text(h)));
  const fieldAt = new Map<FieldKey, number>();
  columns.forEach((c, i) => {
    if (c.kind === "field" && !fieldAt.has(c.field)) fieldAt.set(c.field, i);
  });
  const headerName = (i: number | undefined): string => (i === undefined ? "" : text(header[i]));
  const empty: Plan = { goals: [], years: [], indicators: [], textColumns: [] };
  const duplicate = duplicateColumn(columns);
  if (duplicate !== undefined) {
    const first = headerName(duplicate[0]);
    const second = headerName(duplicate[1]);
    return {
      plan: empty,
      notices: [],
      problems: [],
      fatal: {
        where: locate(-1, duplicate[1]),
        column: second,
        message: localize((m) => m.read.duplicateColumns(first, second)),
      },
    };
  }
  for (const required of ["goal", "name"] as const) {
    if (!fieldAt.has(required)) {
      return {
        plan: empty,
        notices: [],
        problems: [],
        fatal: {
          where: locate(-1, undefined),
          column: "",
          message: localize((m) => m.read.missingColumn(required)),
        },
      };
    }
  }
  const years = [...new Set(columns.flatMap((c) => (c.kind === "target" || c.kind === "actual" ? [c.year] : [])))].sort(
    (a, b) => a - b,
  );
  const textAt = columns.flatMap((c, i) => (c.kind === "unknown" && text(header[i]) !== "" ? [i] : []));
  const notices: ColumnNotice[] = textAt.map((i) => {
    const column = text(header[i]);
    const nearest = nearestYearColumn(column);
    return nearest === undefined ? { kind: "keptAsText", column } : { kind: "yearColumnNotRead", column, nearest };
  });
  const goals = new Map<number, string>();
  const read: RowRead[] = [];
  const problems: Problem[] = [];
  /** The row of each id read so far, by idKey: a second row with one is a problem naming both. */
  const idRows = new Map<string, number>();

  rows.forEach((row, r) => {
    if (row.every((cell) => text(cell) === "")) return;
    const cell = (field: FieldKey): unknown => {
      const i = fieldAt.get(field);
      return i === undefined ? undefined : row[i];
    };
    try {
      const one = readRow(r);
      read.push(one);
      if (one.givenId !== "") idRows.set(idKey(one.givenId), r);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      problems.push({ where: locate(r, error.column), column: headerName(error.column), message: error.localized });
    }

    function readRow(r: number): RowRead {
      const givenId = text(cell("id"));
      const firstRow = idRows.get(idKey(givenId));
      if (givenId !== "" && firstRow !== undefined) {
        const first = locate(firstRow, undefined);
        throw new RowError(fieldAt.get("id"), {
          ja: packs.ja.read.duplicateId(givenId, first.ja),
          en: packs.en.read.duplicateId(givenId, first.en),
        });
      }
      const goalCell = text(cell("goal")).replace(goalPrefixPattern, "");
      const goalValue = readValue(goalCell);
      if (goalValue.kind !== "number" || !Number.isInteger(goalValue.value) || goalValue.value < 1) {
        fail(fieldAt.get("goal"), (m) => m.read.goalNotWhole(goalCell));
      }
      const goal = goalValue.value;
      const name = text(cell("name"));
      if (name === "") fail(fieldAt.get("name"), (m) => m.read.noName);
      const kindText = clean(text(cell("kind"))).toLowerCase();
      const kind = kindWords.get(kindText);
      if (kind === undefined) fail(fieldAt.get("kind"), (m) => m.read.badKind(kindText));
      const directionText = text(cell("direction"));
      const direction = readDirection(directionText);
      if (direction === undefined) fail(fieldAt.get("direction"), (m) => m.read.badDirection(directionText));
      const cumulativeText = clean(text(cell("cumulative"))).toLowerCase();
      const cumulative = flagWords.get(cumulativeText);
      if (cumulative === undefined) fail(fieldAt.get("cumulative"), (m) => m.read.badCumulative(cumulativeText));
      const methodText = clean(text(cell("method"))).toLowerCase();
      const method = methodWords.get(methodText);
      if (method === undefined) fail(fieldAt.get("method"), (m) => m.read.badMethod(methodText));
      const weightText = text(cell("weight"));
      const weightValue = weightText === "" ? num(1) : readValue(weightText);
      const weight = weightValue.kind === "number" ? weightValue.value : NaN;
      if (!(weight >= 0)) fail(fieldAt.get("weight"), (m) => m.read.badWeight(weightText));

      const unit = text(cell("unit"));
      const value = (i: number): PlanValue => {
        const v = readValue(row[i], unit);
        if (v.kind === "unreadable") fail(i, (m) => m.read.notAValue(shortened(v.text)));
        return v;
      };
      const baselineAt = fieldAt.get("baseline");
      const baseline: PlanValue = baselineAt === undefined ? { kind: "missing", reason: "blank" } : value(baselineAt);
      const baselineYearLabel = text(cell("baselineYear"));
      // s flag: ".*$" then always matches, so a cell of many brackets is not rescanned from each one
      const baselineYearRead = readYear(clean(baselineYearLabel).replace(/\(.*$/su, "").trim() || baselineYearLabel);
      const baselineYear = baselineYearRead.kind === "year" ? baselineYearRead.year : undefined;
      // the straight line (path, pathProgress) runs from the baseline's year
      const onPath = method !== undefined && methodParts(method).against === "path";
      if (onPath && baselineYear === undefined) {
        fail(fieldAt.get("baselineYear"), (m) => m.read.pathNeedsBaselineYear(baselineYearLabel));
      }
      const targets = new Map<number, PlanValue>();
      const actuals = new Map<number, PlanValue>();
      const reports = { status: new Map<number, string>(), next: new Map<number, string>() };
      columns.forEach((c, i) => {
        if (c.kind === "target") targets.set(c.year, value(i));
        if (c.kind === "actual") actuals.set(c.year, value(i));
        if (c.kind === "report") reports[c.part].set(c.year, text(row[i]));
      });
      if (onPath && baselineYear !== undefined) {
        const finalYear = Math.max(-Infinity, ...[...targets].flatMap(([y, v]) => (v.kind === "number" ? [y] : [])));
        if (Number.isFinite(finalYear) && finalYear <= baselineYear) {
          fail(fieldAt.get("baselineYear"), (m) => m.read.pathBaselineAfterFinal(baselineYearLabel));
        }
      }
      const title = text(cell("goalTitle"));
      if (!goals.has(goal) || (goals.get(goal) === "" && title !== "")) goals.set(goal, title);
      const fields = {
        goal,
        kind,
        policy: text(cell("policy")),
        initiative: text(cell("initiative")),
        name,
        unit: unit || (baseline.kind === "number" ? baseline.unit : ""),
        direction,
        cumulative,
        baseline,
        baselineYearLabel,
        baselineYear,
        targets,
        actuals,
        method,
        weight,
        notes: text(cell("notes")),
        department: text(cell("department")),
        reports,
        texts: textAt.map((i) => text(row[i])),
        source: locate(r, undefined).en,
      };
      return { givenId, fields };
    }
  });
  const ids = assignIds(read.map((r) => ({ goal: r.fields.goal, kind: r.fields.kind, given: r.givenId })));
  const indicators = read.map((row, i): Indicator => ({ id: itemAt(ids, i), ...row.fields }));
  const goalList: Goal[] = [...goals].map(([goal, title]) => ({ goal, title })).sort((a, b) => a.goal - b.goal);
  return {
    plan: { goals: goalList, years, indicators, textColumns: textAt.map((i) => text(header[i])) },
    notices,
    problems,
    fatal: undefined,
  };
}

/**
 * The first two columns that name the same field or the same year's target or actual
 * (target_R3 and target_2021, or 指標 and 指標名). Reading one and dropping the other would lose
 * what the user wrote without a word. Several notes columns (備考) are
 * allowed: the first is kept as the indicator's notes, and nothing is computed from them.
 */
/** What a column stands for, for the duplicate check; undefined for columns that may repeat. */
function columnIdentity(c: Column): string | undefined {
  switch (c.kind) {
    case "field":
      return c.field === "notes" ? undefined : c.field;
    case "target":
    case "actual":
      return `${c.kind}:${c.year}`;
    case "report":
      return `${c.part}:${c.year}`;
    case "computed":
    case "unknown":
      return undefined;
    default:
      return unreachable(c);
  }
}

function duplicateColumn(columns: readonly Column[]): [number, number] | undefined {
  const seen = new Map<string, number>();
  for (const [i, c] of columns.entries()) {
    const key = columnIdentity(c);
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first !== undefined) return [first, i];
    seen.set(key, i);
  }
  return undefined;
}
