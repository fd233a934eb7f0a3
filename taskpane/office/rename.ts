import { Block, Cell, SheetPlan, WorkbookPlan } from "../../src/sheets/sheetPlan";
import { quoteSheet } from "../../src/formula/a1";
import { FormulaPart, formulaParts } from "../../src/formula/tokens";
import { sameName } from "./inspect";

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

function lookup(map: ReadonlyMap<string, string>, name: string): string | undefined {
  for (const [from, to] of map) if (sameName(from, name)) return to;
  return undefined;
}

function renamePart(part: FormulaPart, renames: Renames): string {
  switch (part.kind) {
    case "sheet": {
      const to = lookup(renames.sheets, part.name);
      return to === undefined ? part.text : quoteSheet(to);
    }
    case "table":
      return lookup(renames.tables, part.name) ?? part.text;
    case "name":
      return lookup(renames.names, part.name) ?? part.text;
    case "text":
      return part.text;
    default: {
      const never: never = part;
      return never;
    }
  }
}

/**
 * Rewrites the references in one formula: a sheet before "!" (quoted or not), a table before "["
 * and any other name among the defined names; strings, structured-reference columns and
 * functions stay as they are.
 */
export function renameInFormula(formula: string, renames: Renames): string {
  if (renames.sheets.size + renames.tables.size + renames.names.size === 0) return formula;
  return formulaParts(formula)
    .map((part) => renamePart(part, renames))
    .join("");
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
    ...(sheet.customValidations === undefined
      ? {}
      : { customValidations: sheet.customValidations.map((v) => ({ ...v, formula: f(v.formula) })) }),
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
