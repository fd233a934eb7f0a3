/**
 * Merge: the departments' returns into the master plan, as a pure function. Rows are matched by
 * id, never by position or name. A value is applied when the department changed it and the
 * master still holds what was split; it is rejected (with its reason) when it is not a value,
 * changes a protected cell, comes from another master or year, names an unknown id, or
 * disagrees with an earlier return of the same department; it is a conflict when the master
 * changed it too. Merging what is already in the master changes nothing, and says so.
 */
import { columnLetter } from "../formula/a1";
import { idKey } from "../indicatorIds";
import { Indicator, Plan } from "../plan";
import { PlanValue, readValue } from "../value";
import { fingerprintValue, masterIdentity, sameValue, valueText } from "./fingerprint";
import { FingerprintEntry } from "./fingerprint";
import { MergeEntry, MergeResult, RejectReason, ReturnField, ReturnOutcome, ReturnState } from "./outcome";
import { departmentsOf, splitYear } from "./split";
import { ReturnTable } from "./returnTable";

export interface Merged extends MergeResult {
  readonly year: number;
  /** The master with every applied value in it. */
  readonly plan: Plan;
}

type Fill = "actual" | "status" | "next";

/** What the master holds now, updated as returns are applied. */
interface Working {
  readonly actuals: Map<number, PlanValue>;
  readonly status: Map<number, string>;
  readonly next: Map<number, string>;
}

const blank: PlanValue = { kind: "missing", reason: "blank" };
const cellText = (cell: unknown): string =>
  typeof cell === "string" ? cell.trim() : typeof cell === "number" ? String(cell) : "";
const fpKey = (id: string, field: ReturnField, year: number): string => `${idKey(id)}\u0001${field}\u0001${year}`;

/** The year of the merge: as asked, else the year the first return was split for, else splitYear. */
function mergeYear(master: Plan, returns: readonly ReturnTable[], year: number | undefined): number {
  const said = returns.find((r) => r.meta.kind === "sealed");
  return year ?? (said?.meta.kind === "sealed" ? said.meta.meta.year : undefined) ?? splitYear(master) ?? 0;
}

export function mergeReturns(master: Plan, returns: readonly ReturnTable[], asked?: number): Merged {
  const year = mergeYear(master, returns, asked);
  const identity = masterIdentity(master);
  const byId = new Map(master.indicators.map((i) => [idKey(i.id.text), i]));
  const working = new Map<string, Working>(
    master.indicators.map((i) => [
      idKey(i.id.text),
      { actuals: new Map(i.actuals), status: new Map(i.reports.status), next: new Map(i.reports.next) },
    ]),
  );
  const applied: MergeEntry[] = [];
  const rejected: MergeEntry[] = [];
  const conflicts: MergeEntry[] = [];
  const outcomes: ReturnOutcome[] = [];
  /** Each department's first return: the values it filled, by id and field. */
  const firsts = new Map<string, { file: string; values: Map<string, string> }>();

  for (const table of returns) {
    const meta = table.meta.kind === "missing" ? undefined : table.meta.meta;
    const trusted = table.meta.kind === "sealed" ? table.meta.meta.fingerprint : undefined;
    const column = (kind: (c: ReturnTable["columns"][number]) => boolean): number => table.columns.findIndex(kind);
    const idAt = column((c) => c.kind === "field" && c.field === "id");
    const unitAt = column((c) => c.kind === "field" && c.field === "unit");
    const ids = table.rows.map((row) => cellText(row[idAt]));
    const department =
      meta?.department ?? ids.map((id) => byId.get(idKey(id))?.department ?? "").find((d) => d !== "") ?? "";
    const expected = master.indicators.filter((i) => i.department === department).length;
    const base = { department, file: table.file, year };
    const whole = (reason: RejectReason): void => {
      rejected.push({ ...base, id: "", name: "", field: "", old: "", new: "", cell: "", reason });
      outcomes.push({
        department,
        file: table.file,
        state: "rejected",
        filled: 0,
        expected,
        rejected: 1,
        unverified: false,
      });
    };
    if (meta !== undefined && meta.master !== identity) {
      whole("otherMaster");
      continue;
    }
    if (meta !== undefined && meta.year !== year) {
      whole("otherYear");
      continue;
    }
    const fingerprint = new Map((trusted ?? []).map((e: FingerprintEntry) => [fpKey(e.id, e.field, e.year), e.value]));
    const inFile = new Set((trusted ?? []).map((e) => idKey(e.id)));
    const first = firsts.get(department);
    const mine = new Map<string, string>();
    let filled = 0;
    let rejectedHere = 0;
    let appliedHere = 0;

    table.rows.forEach((row, r) => {
      const id = ids[r] ?? "";
      const cell = (c: number): string => `${table.sheet}!${columnLetter(c)}${table.headerRow + 1 + r}`;
      if (id === "") return;
      const indicator = byId.get(idKey(id));
      const entry = (field: ReturnField, y: number, c: number, old: string, now: string): MergeEntry => ({
        ...base,
        id,
        name: indicator?.name ?? "",
        year: y,
        field,
        old,
        new: now,
        cell: cell(c),
      });
      const reject = (e: MergeEntry, reason: RejectReason): void => {
        rejected.push({ ...e, reason });
        rejectedHere++;
      };
      if (indicator === undefined || (trusted !== undefined && !inFile.has(idKey(id)))) {
        reject(entry("actual", year, idAt, "", id), "unknownId");
        return;
      }
      const state = working.get(idKey(id)) as Working;
      const unit = unitAt < 0 ? indicator.unit : cellText(row[unitAt]) || indicator.unit;

      table.columns.forEach((c, i) => {
        const raw = row[i];
        // protected: targets, the baseline, other years' actuals and texts, checked against the fingerprint
        const guarded = (field: ReturnField, y: number, now: string, same: (split: string) => boolean): void => {
          const split = fingerprint.get(fpKey(id, field, y));
          if (split !== undefined && !same(split)) reject(entry(field, y, i, split, now), "protectedChanged");
        };
        const asValue = (split: string): boolean => {
          const v = readValue(raw, unit);
          return v.kind !== "unreadable" && sameValue(v, fingerprintValue(split));
        };
        const shown = (): string => {
          const v = readValue(raw, unit);
          return v.kind === "unreadable" ? v.text : valueText(v);
        };
        if (c.kind === "field" && c.field === "baseline") guarded("baseline", 0, shown(), asValue);
        else if (c.kind === "target") guarded("target", c.year, shown(), asValue);
        else if (c.kind === "actual" && c.year !== year) guarded("actual", c.year, shown(), asValue);
        else if (c.kind === "report" && c.year !== year)
          guarded(c.part, c.year, cellText(raw), (split) => split === cellText(raw));
        else if (c.kind === "actual" || c.kind === "report") {
          const field: Fill = c.kind === "report" ? c.part : "actual";
          fill(field, i, raw);
        }
      });

      /** A value the department fills: applied, already there, a conflict, or disagreeing with its first return. */
      function fill(field: Fill, i: number, raw: unknown): void {
        let value: PlanValue | string;
        if (field === "actual") {
          const v = readValue(raw, unit);
          if (v.kind === "unreadable") return reject(entry(field, year, i, "", v.text), "notAValue");
          value = v;
        } else value = cellText(raw);
        const text = typeof value === "string" ? value : valueText(value);
        if (text === "") return;
        if (field === "actual") filled++;
        mine.set(fpKey(id, field, year), text);
        const earlier = first?.values.get(fpKey(id, field, year));
        if (first !== undefined) {
          if (earlier !== text) reject(entry(field, year, i, earlier ?? "", text), "disagrees");
          return;
        }
        const same = (a: PlanValue | string, b: PlanValue | string): boolean =>
          typeof a === "string" || typeof b === "string" ? a === b : sameValue(a, b);
        const now: PlanValue | string =
          field === "actual" ? (state.actuals.get(year) ?? blank) : (state[field].get(year) ?? "");
        const nowText = typeof now === "string" ? now : valueText(now);
        const splitText = fingerprint.get(fpKey(id, field, year));
        const split: PlanValue | string =
          splitText === undefined ? now : field === "actual" ? fingerprintValue(splitText) : splitText;
        if (same(value, now) || same(value, split)) return;
        if (!same(split, now)) {
          conflicts.push({ ...entry(field, year, i, nowText, text), reason: "conflict", split: splitText ?? "" });
          rejectedHere++;
          return;
        }
        if (typeof value === "string") state[field as "status" | "next"].set(year, value);
        else state.actuals.set(year, value);
        applied.push(entry(field, year, i, nowText, text));
        appliedHere++;
      }
    });
    if (first === undefined) firsts.set(department, { file: table.file, values: mine });
    // a return with nothing filled is as good as none; one whose values are all in the master already was merged before
    const stateOf: ReturnState =
      appliedHere > 0 ? "applied" : rejectedHere > 0 ? "rejected" : filled === 0 ? "missing" : "unchanged";
    outcomes.push({
      department,
      file: table.file,
      state: stateOf,
      filled,
      expected,
      rejected: rejectedHere,
      unverified: trusted === undefined,
    });
  }

  const plan: Plan = {
    ...master,
    indicators: master.indicators.map((i): Indicator => {
      const w = working.get(idKey(i.id.text)) as Working;
      return { ...i, actuals: w.actuals, reports: { status: w.status, next: w.next } };
    }),
  };
  const pending = plan.indicators
    .filter((i) => i.department !== "" && valueText(i.actuals.get(year)) === "")
    .map((i): MergeEntry => ({
      department: i.department,
      id: i.id.text,
      name: i.name,
      year,
      field: "actual",
      old: "",
      new: "",
      file: firsts.get(i.department)?.file ?? "",
      cell: "",
    }));
  const returned = new Set(outcomes.filter((o) => o.state !== "rejected").map((o) => o.department));
  const missingOnes = departmentsOf(master.indicators)
    .filter((d) => !returned.has(d))
    .map((department): ReturnOutcome => ({
      department,
      file: "",
      state: "missing",
      filled: 0,
      expected: master.indicators.filter((i) => i.department === department).length,
      rejected: 0,
      unverified: false,
    }));
  return { year, plan, applied, rejected, conflicts, pending, returns: [...outcomes, ...missingOnes] };
}
