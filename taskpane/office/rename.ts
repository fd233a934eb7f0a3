import { Block, Cell, SheetPlan, WorkbookPlan } from "../../src/sheets/sheetPlan";
import { quoteSheet } from "../../src/formula/a1";
import { FormulaPart, formulaParts } from "../../src/formula/tokens";
import { nameKey } from "./inspect";

/**
 * Rewriting a plan under new names for its sheets, tables and defined names (chosen in names.ts):
 * every reference inside the plan follows, so the new sheets point at each other, never at the
 * user's.
 */
export interface Renames {
  readonly sheets: ReadonlyMap<string, string>;
  readonly tables: ReadonlyMap<string, string>;
  readonly names: ReadonlyMap<string, string>;
}

/** Renames keyed as Excel compares names (nameKey, without regard to case): one lookup a name. */
type Keyed = Renames;

function keyed(renames: Renames): Keyed {
  const by = (map: ReadonlyMap<string, string>) => new Map([...map].map(([from, to]) => [nameKey(from), to]));
  return { sheets: by(renames.sheets), tables: by(renames.tables), names: by(renames.names) };
}

function renamePart(part: FormulaPart, renames: Keyed): string {
  switch (part.kind) {
    case "sheet": {
      const to = renames.sheets.get(nameKey(part.name));
      return to === undefined ? part.text : quoteSheet(to);
    }
    case "table":
      return renames.tables.get(nameKey(part.name)) ?? part.text;
    case "name":
      return renames.names.get(nameKey(part.name)) ?? part.text;
    case "text":
      return part.text;
    default: {
      const never: never = part;
      return never;
    }
  }
}

function renameKeyed(formula: string, renames: Keyed): string {
  if (renames.sheets.size + renames.tables.size + renames.names.size === 0) return formula;
  return formulaParts(formula)
    .map((part) => renamePart(part, renames))
    .join("");
}

/**
 * Rewrites the references in one formula: a sheet before "!" (quoted or not), a table before "["
 * and any other name among the defined names; strings, structured-reference columns and
 * functions stay as they are.
 */
export function renameInFormula(formula: string, renames: Renames): string {
  return renameKeyed(formula, keyed(renames));
}

function renameBlock(block: Block, f: (formula: string) => string): Block {
  const cell = (c: Cell): Cell => (c.kind === "formula" ? { kind: "formula", formula: f(c.formula) } : c);
  return { ...block, cells: block.cells.map((row) => row.map(cell)) };
}

function renameSheet(sheet: SheetPlan, renames: Renames, f: (formula: string) => string): SheetPlan {
  return {
    ...sheet,
    name: renames.sheets.get(sheet.name) ?? sheet.name,
    blocks: sheet.blocks.map((b) => renameBlock(b, f)),
    tables: sheet.tables.map((t) => ({ ...t, name: renames.tables.get(t.name) ?? t.name })),
    conditionalFormats: sheet.conditionalFormats.map((c) => ({ ...c, formula: f(c.formula) })),
    validations: sheet.validations.map((v) => ({
      ...v,
      source: typeof v.source === "string" ? f(v.source) : v.source,
    })),
    ...(sheet.customValidations === undefined
      ? {}
      : { customValidations: sheet.customValidations.map((v) => ({ ...v, formula: f(v.formula) })) }),
  };
}

/** The plan with its own sheets, tables and names renamed and every reference to them rewritten. */
export function renamePlan(plan: WorkbookPlan, renames: Renames): WorkbookPlan {
  const keys = keyed(renames);
  const f = (formula: string): string => renameKeyed(formula, keys);
  return {
    sheets: plan.sheets.map((s) => renameSheet(s, renames, f)),
    names: plan.names.map((d) => ({ name: renames.names.get(d.name) ?? d.name, refersTo: f(d.refersTo) })),
  };
}
