import { Block, Cell, SheetPlan, WorkbookPlan } from "../../src/sheets/sheetPlan";
import { quoteSheet } from "../../src/formula/a1";

/**
 * Renaming what a plan defines (its sheets, tables and defined names) when the workbook already
 * uses the name: the user's sheet keeps its name and the plan's copy becomes "KPI (2)", and every
 * reference inside the plan follows, so the new sheets point at each other, never at the user's.
 */
export interface Renames {
  readonly sheets: ReadonlyMap<string, string>;
  readonly tables: ReadonlyMap<string, string>;
  readonly names: ReadonlyMap<string, string>;
}

const key = (name: string): string => name.toLocaleUpperCase("en-US");

/** Excel's own pattern for a copy: KPI → KPI (2) → KPI (3); sheet names hold at most 31 characters. */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const used = new Set([...taken].map(key));
  if (!used.has(key(wanted))) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(key(candidate))) return candidate;
  }
}

/**
 * Tables and defined names share one namespace and allow no spaces: KpiTable → KpiTable_2.
 * The first suffix ("", "_2", "_3" …) under which none of `wanted` is in use, so identifiers
 * made together keep one suffix and can be found together.
 */
export function commonSuffix(wanted: readonly string[], taken: ReadonlySet<string>): string {
  const used = new Set([...taken].map(key));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `_${n}`;
    if (!wanted.some((w) => used.has(key(w + suffix)))) return suffix;
  }
}

/** The suffix a table or name was given by `commonSuffix`: "_2" for KpiTable_2, "" for KpiTable. */
export function suffixOf(identifier: string, base: string): string {
  return identifier.length > base.length && key(identifier).startsWith(key(base)) ? identifier.slice(base.length) : "";
}

const identStart = /[A-Za-z_\\\u0080-\uFFFF]/u;
const identPart = /[A-Za-z0-9_.\\\u0080-\uFFFF]/u;

function lookup(map: ReadonlyMap<string, string>, name: string): string | undefined {
  if (map.size === 0) return undefined;
  for (const [from, to] of map) if (key(from) === key(name)) return to;
  return undefined;
}

/**
 * Rewrites the references in one formula. String literals and the inside of structured
 * references ([...]) are copied as they are; a quoted or plain name before "!" is a sheet, a
 * name before "[" is a table, a name before "(" is a function, and any other name is looked up
 * among the defined names.
 */
export function renameInFormula(formula: string, renames: Renames): string {
  if (renames.sheets.size + renames.tables.size + renames.names.size === 0) return formula;
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const c = formula[i];
    if (c === '"') {
      // string literal, "" is an escaped quote
      let j = i + 1;
      while (j < n) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (c === "'") {
      // quoted sheet name, '' is an escaped apostrophe
      let j = i + 1;
      while (j < n) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") j += 2;
          else break;
        } else j++;
      }
      const name = formula.slice(i + 1, j).replace(/''/g, "'");
      const to = formula[j + 1] === "!" ? lookup(renames.sheets, name) : undefined;
      out += to === undefined ? formula.slice(i, j + 1) : quoteSheet(to);
      i = j + 1;
    } else if (c === "[") {
      // structured reference body: nested brackets, ' escapes the next character
      let depth = 0;
      let j = i;
      while (j < n) {
        const d = formula[j];
        if (d === "'") j++;
        else if (d === "[") depth++;
        else if (d === "]") {
          depth--;
          if (depth === 0) break;
        }
        j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (identStart.test(c) && !(i > 0 && /[A-Za-z0-9_.$]/.test(formula[i - 1]))) {
      let j = i + 1;
      while (j < n && identPart.test(formula[j])) j++;
      const name = formula.slice(i, j);
      const next = formula[j];
      let to: string | undefined;
      if (next === "!") {
        const sheet = lookup(renames.sheets, name);
        to = sheet === undefined ? undefined : quoteSheet(sheet);
      } else if (next === "[") to = lookup(renames.tables, name);
      else if (next !== "(") to = lookup(renames.names, name);
      out += to ?? name;
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function renameCell(cell: Cell, renames: Renames): Cell {
  return cell.kind === "formula" ? { kind: "formula", formula: renameInFormula(cell.formula, renames) } : cell;
}

function renameBlock(block: Block, renames: Renames): Block {
  return { ...block, cells: block.cells.map((row) => row.map((cell) => renameCell(cell, renames))) };
}

function renameSheet(sheet: SheetPlan, renames: Renames): SheetPlan {
  const f = (formula: string): string => renameInFormula(formula, renames);
  return {
    ...sheet,
    name: renames.sheets.get(sheet.name) ?? sheet.name,
    blocks: sheet.blocks.map((b) => renameBlock(b, renames)),
    tables: sheet.tables.map((t) => ({ ...t, name: renames.tables.get(t.name) ?? t.name })),
    conditionalFormats: sheet.conditionalFormats.map((c) => ({ ...c, formula: f(c.formula) })),
    validations: sheet.validations.map((v) => ({
      ...v,
      source: typeof v.source === "string" ? f(v.source) : v.source,
    })),
  };
}

/** The plan with its own sheets, tables and names renamed and every reference to them rewritten. */
export function renamePlan(plan: WorkbookPlan, renames: Renames): WorkbookPlan {
  return {
    sheets: plan.sheets.map((s) => renameSheet(s, renames)),
    names: plan.names.map((d) => ({
      name: renames.names.get(d.name) ?? d.name,
      refersTo: renameInFormula(d.refersTo, renames),
    })),
  };
}
