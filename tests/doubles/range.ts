/** The double's Excel.Range: values, formulas, formats, validations, and the ranges derived from it. */
import { cellAddress, columnLetter, rectAddress, sheetPrefix } from "../../src/formula/a1";
import { copyArea, CopyType } from "./copy";
import {
  FakeCell,
  FakeConditionalFormat,
  FakeSheet,
  fakeError,
  FakeWorkbook,
  Loaded,
  NotLoaded,
  parseRect,
  Rect,
  rectText,
} from "./workbook";

/** Estimated bytes of a 2D array (for the per-sync byte figures). */
function gridBytes(grid: unknown[][]): number {
  return Buffer.byteLength(JSON.stringify(grid), "utf8");
}

/** Where a range is when the queue runs. */
export interface Located {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

export class RangeProxy {
  private readonly loaded = new Loaded("range");
  readonly format: {
    font: { bold: boolean; size: number };
    fill: { color: string };
    wrapText: boolean;
    columnWidth: number;
    rowHeight: number;
  };
  readonly conditionalFormats: { add: (type: string) => unknown; clearAll: () => void };
  readonly dataValidation: { rule: unknown; errorAlert: unknown; clear: () => void };

  constructor(
    private readonly wb: FakeWorkbook,
    /** undefined for a null object (getUsedRangeOrNullObject on an empty sheet and the like). */
    private readonly find: () => Located | undefined,
  ) {
    const each = (fn: (c: FakeCell) => void) => () => {
      const { sheet, rect } = this.locate();
      for (let r = rect.r0; r <= Math.min(rect.r1, rect.r0 + 100000); r++) {
        for (let c = rect.c0; c <= rect.c1; c++) {
          const key = cellAddress(r, c);
          const cell = sheet.cells.get(key) ?? { value: "" };
          fn(cell);
          sheet.cells.set(key, cell);
        }
      }
    };
    const self = this;
    this.format = {
      font: {
        set bold(v: boolean) {
          wb.push(each((c) => (c.bold = v)));
        },
        get bold(): boolean {
          throw new NotLoaded("format.font.bold");
        },
        set size(v: number) {
          wb.push(each((c) => (c.fontSize = v)));
        },
        get size(): number {
          throw new NotLoaded("format.font.size");
        },
      },
      fill: {
        set color(v: string) {
          wb.push(each((c) => (c.fill = v)));
        },
        get color(): string {
          throw new NotLoaded("format.fill.color");
        },
      },
      set wrapText(v: boolean) {
        wb.push(each((c) => (c.wrap = v)));
      },
      get wrapText(): boolean {
        throw new NotLoaded("format.wrapText");
      },
      set columnWidth(v: number) {
        wb.push(() => {
          const { sheet, rect } = self.locate();
          for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths.set(columnLetter(c), v);
        });
      },
      get columnWidth(): number {
        throw new NotLoaded("format.columnWidth");
      },
      set rowHeight(v: number) {
        wb.push(() => {
          const { sheet, rect } = self.locate();
          for (let r = rect.r0; r <= rect.r1; r++) sheet.rowHeights.set(r + 1, v);
        });
      },
      get rowHeight(): number {
        throw new NotLoaded("format.rowHeight");
      },
    };
    /** Whether a format's or validation's range lies inside this range (the fake keeps them whole). */
    const within = (range: string): boolean => {
      const inner = parseRect(range);
      const { rect } = self.locate();
      return inner.r0 >= rect.r0 && inner.r1 <= rect.r1 && inner.c0 >= rect.c0 && inner.c1 <= rect.c1;
    };
    /** Queues removing the formats or rules of the sheet that lie inside this range. */
    const clearInside = (pick: (sheet: FakeSheet) => { range: string }[]) => () =>
      wb.push(() => {
        const list = pick(self.locate().sheet);
        const keep = list.filter((x) => !within(x.range));
        list.splice(0, list.length, ...keep);
      });
    this.conditionalFormats = {
      clearAll: clearInside((sheet) => sheet.conditionalFormats),
      add: (type: string) => {
        const record: FakeConditionalFormat = { range: "", type };
        wb.push(() => {
          const { sheet, rect } = self.locate();
          record.range = rectText(rect);
          sheet.conditionalFormats.push(record);
        });
        return {
          custom: {
            rule: {
              set formula(v: string) {
                wb.push(() => (record.formula = v));
              },
            },
            format: {
              fill: {
                set color(v: string) {
                  wb.push(() => (record.fill = v));
                },
              },
              font: {
                set color(v: string) {
                  wb.push(() => (record.fontColor = v));
                },
              },
            },
          },
        };
      },
    };
    this.dataValidation = {
      clear: clearInside((sheet) => sheet.validations),
      set rule(v: unknown) {
        wb.push(() => {
          const { sheet, rect } = self.locate();
          sheet.validations.push({ range: rectText(rect), rule: v });
        });
      },
      get rule(): unknown {
        throw new NotLoaded("dataValidation.rule");
      },
      /** Belongs to the rule set on the same range (set the rule first, as Excel needs). */
      set errorAlert(v: unknown) {
        wb.push(() => {
          const { sheet, rect } = self.locate();
          const rule = sheet.validations.find((x) => x.range === rectText(rect));
          if (rule === undefined) throw fakeError("InvalidOperation", "errorAlert without a rule");
          rule.errorAlert = v;
        });
      },
      get errorAlert(): unknown {
        throw new NotLoaded("dataValidation.errorAlert");
      },
    };
  }

  /** Where the range is; a null object is not anywhere. */
  locate(): Located {
    const at = this.find();
    if (at === undefined) throw fakeError("InvalidOperation", "the range is a null object");
    return at;
  }

  private writeGrid(
    grid: unknown[][],
    apply: (cell: FakeCell | undefined, entry: unknown) => FakeCell | undefined,
  ): void {
    this.wb.stats.writes++;
    this.wb.push(() => {
      const { sheet, rect } = this.locate();
      if (sheet.isProtected) throw fakeError("AccessDenied", `the sheet ${sheet.name} is protected`);
      const rows = rect.r1 - rect.r0 + 1;
      const cols = rect.c1 - rect.c0 + 1;
      if (grid.length !== rows || grid.some((row) => row.length !== cols)) {
        throw fakeError("InvalidArgument", `a ${grid.length}×${grid[0]?.length} array for ${rectText(rect)}`);
      }
      grid.forEach((row, r) =>
        row.forEach((entry, c) => {
          const key = cellAddress(rect.r0 + r, rect.c0 + c);
          const next = apply(sheet.cells.get(key), entry);
          if (next === undefined) sheet.cells.delete(key);
          else sheet.cells.set(key, next);
        }),
      );
    }, gridBytes(grid));
  }

  /** Range.clear: "All" empties the cells of values, formulas and formats. */
  /** Range.merge (ExcelApi 1.2): the range is recorded as merged (across rows unless `across`). */
  merge(across = false): void {
    if (across) throw new Error("the double merges whole ranges only");
    this.wb.push(() => {
      const { sheet, rect } = this.locate();
      sheet.merges.push(rectAddress({ row: rect.r0, column: rect.c0 }, rect.r1 - rect.r0 + 1, rect.c1 - rect.c0 + 1));
    });
  }

  clear(applyTo: string): void {
    this.wb.push(() => {
      if (applyTo !== "All") throw fakeError("InvalidArgument", `the fake clears only All, not ${applyTo}`);
      const { sheet, rect } = this.locate();
      for (const key of [...sheet.cells.keys()]) {
        const at = parseRect(key);
        if (at.r0 >= rect.r0 && at.r0 <= rect.r1 && at.c0 >= rect.c0 && at.c0 <= rect.c1) sheet.cells.delete(key);
      }
    });
  }

  /**
   * Range.copyFrom (ExcelApi 1.9): pastes the source's formulas or formats here, repeated over a
   * destination that is a multiple of it (see copy.ts). The double copies from a Range only, and
   * without skipBlanks or transpose.
   */
  copyFrom(source: RangeProxy, copyType: CopyType, skipBlanks = false, transpose = false): void {
    if (!(source instanceof RangeProxy)) throw fakeError("NotImplemented", "the fake copies from a Range only");
    if (skipBlanks || transpose) throw fakeError("NotImplemented", "the fake copies without skipBlanks or transpose");
    // called from untyped code too: "All", "Values" and "Link" are not modelled
    if ((copyType as string) !== "Formulas" && (copyType as string) !== "Formats")
      throw fakeError("NotImplemented", `the fake does not copy ${String(copyType)}`);
    this.wb.push(() => copyArea(source.locate(), this.locate(), copyType));
  }

  set formulas(grid: unknown[][]) {
    this.writeGrid(grid, FakeWorkbook.write);
  }
  set values(grid: unknown[][]) {
    this.writeGrid(grid, FakeWorkbook.write);
  }
  set numberFormat(grid: unknown[][]) {
    this.writeGrid(grid, (cell, entry) =>
      entry === null ? cell : { ...(cell ?? { value: "" }), numberFormat: String(entry) },
    );
  }

  get values(): unknown[][] {
    return this.loaded.get("values");
  }
  get formulas(): unknown[][] {
    return this.loaded.get("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.loaded.get("numberFormat");
  }
  // the read-only properties, each readable once loaded and synced
  declare readonly address: string;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly isNullObject: boolean;
  static {
    for (const key of ["address", "rowCount", "columnCount", "rowIndex", "columnIndex", "isNullObject"]) {
      Object.defineProperty(RangeProxy.prototype, key, {
        get(this: RangeProxy) {
          return this.loaded.get(key);
        },
      });
    }
  }

  load(props: string): this {
    this.wb.push(() => {
      const at = this.find();
      this.loaded.set("isNullObject", at === undefined);
      if (at === undefined) return;
      const { sheet, rect } = at;
      for (const p of props.split(",").map((s) => s.trim())) {
        const grid = (pick: (c: FakeCell | undefined) => unknown) => {
          const out: unknown[][] = [];
          for (let r = rect.r0; r <= rect.r1; r++) {
            const row: unknown[] = [];
            for (let c = rect.c0; c <= rect.c1; c++) row.push(pick(sheet.cells.get(cellAddress(r, c))));
            out.push(row);
          }
          // the 2D arrays are what makes a response large
          this.wb.respond(gridBytes(out));
          return out;
        };
        if (p === "values")
          this.loaded.set(
            p,
            grid((c) => c?.value ?? ""),
          );
        else if (p === "formulas")
          this.loaded.set(
            p,
            grid((c) => c?.formula ?? c?.value ?? ""),
          );
        else if (p === "numberFormat")
          this.loaded.set(
            p,
            grid((c) => c?.numberFormat ?? "General"),
          );
        else if (p === "address") this.loaded.set(p, `${sheetPrefix(sheet.name)}${rectText(rect)}`);
        else if (p === "rowCount") this.loaded.set(p, rect.r1 - rect.r0 + 1);
        else if (p === "columnCount") this.loaded.set(p, rect.c1 - rect.c0 + 1);
        else if (p === "rowIndex") this.loaded.set(p, rect.r0);
        else if (p === "columnIndex") this.loaded.set(p, rect.c0);
        else if (p === "isNullObject") continue;
        else throw new Error(`fake range cannot load ${p}`);
      }
    });
    return this;
  }

  /** The range an array formula in the top-left cell spills over (FakeSheet.spills), or a null object. */
  getSpillingToRangeOrNullObject(): RangeProxy {
    this.wb.stats.operations++;
    return new RangeProxy(this.wb, () => {
      const { sheet, rect } = this.locate();
      const spill = sheet.spills.get(cellAddress(rect.r0, rect.c0));
      if (spill === undefined) return undefined;
      return { sheet, rect: { ...rect, r1: rect.r0 + spill.rows - 1, c1: rect.c0 + spill.columns - 1 } };
    });
  }

  getRow(i: number): RangeProxy {
    this.wb.stats.operations++;
    return new RangeProxy(this.wb, () => {
      const { sheet, rect } = this.locate();
      return { sheet, rect: { r0: rect.r0 + i, r1: rect.r0 + i, c0: rect.c0, c1: rect.c1 } };
    });
  }

  getResizedRange(rows: number, columns: number): RangeProxy {
    this.wb.stats.operations++;
    return new RangeProxy(this.wb, () => {
      const { sheet, rect } = this.locate();
      return { sheet, rect: { ...rect, r1: rect.r1 + rows, c1: rect.c1 + columns } };
    });
  }

  getIntersection(other: RangeProxy): RangeProxy {
    this.wb.stats.operations++;
    return new RangeProxy(this.wb, () => {
      const a = this.locate();
      const b = other.locate();
      const rect = {
        r0: Math.max(a.rect.r0, b.rect.r0),
        c0: Math.max(a.rect.c0, b.rect.c0),
        r1: Math.min(a.rect.r1, b.rect.r1),
        c1: Math.min(a.rect.c1, b.rect.c1),
      };
      if (a.sheet !== b.sheet || rect.r0 > rect.r1 || rect.c0 > rect.c1)
        throw fakeError("InvalidArgument", "no intersection");
      return { sheet: a.sheet, rect };
    });
  }
}
