/** The double's request context: the workbook's collections and sync, over a FakeWorkbook. */
import { OfficeMockObject } from "office-addin-mock";
import { loader, NameProxy, SheetProxy, TableProxy } from "./collections";
import { RangeProxy } from "./range";
import { FakeName, FakeSheet, fakeError, FakeWorkbook, parseRect } from "./workbook";

/**
 * The seed of the request context: workbook.worksheets / names / tables with their functions,
 * and sync. Hand it to office-addin-mock's OfficeMockObject (tests) or use it as it is (bench).
 */
export function seed(wb: FakeWorkbook) {
  const sheetProxy = (find: () => FakeSheet | undefined) => new SheetProxy(wb, find);
  const byName = (name: string) => () => wb.sheet(name);
  const worksheets = loader(wb, () =>
    wb.sheets.map((s) => {
      const p = sheetProxy(() => s);
      p.fill(s);
      return p;
    }),
  );
  const names = loader(wb, () =>
    [...wb.names.values()].map((n) => {
      const p = new NameProxy(wb, () => n);
      p.fill(n);
      return p;
    }),
  );
  const tables = loader(wb, () =>
    wb.tables.map((t) => {
      const p = new TableProxy(wb, () => t);
      p.fill(t);
      return p;
    }),
  );
  return {
    workbook: {
      /** The selected range: wb.selection, else A1 of the active sheet (as a new workbook has it). */
      getSelectedRange() {
        wb.stats.operations++;
        return new RangeProxy(wb, () => {
          const sheet = wb.selection === undefined ? wb.active : wb.sheet(wb.selection.sheet);
          return sheet === undefined ? undefined : { sheet, rect: parseRect(wb.selection?.address ?? "A1") };
        });
      },
      worksheets: {
        load: worksheets,
        add(name: string) {
          const record: { sheet?: FakeSheet } = {};
          wb.push(() => {
            wb.checkSheetName(name);
            record.sheet = new FakeSheet(name);
            wb.sheets.push(record.sheet);
          });
          return sheetProxy(() => record.sheet);
        },
        getItem(name: string) {
          wb.stats.operations++;
          return sheetProxy(byName(name));
        },
        getItemOrNullObject(name: string) {
          wb.stats.operations++;
          return sheetProxy(byName(name));
        },
        onActivated: {
          add(handler: () => Promise<unknown>) {
            wb.push(() => wb.activatedHandlers.push(handler));
            return {};
          },
        },
        getActiveWorksheet() {
          wb.stats.operations++;
          let at: FakeSheet | undefined;
          return sheetProxy(() => (at ??= wb.active));
        },
      },
      names: {
        load: names,
        add(name: string, reference: string, comment = "") {
          const record: { n?: FakeName } = {};
          wb.push(() => {
            if (
              !/^[A-Za-z_\\\u0080-\uFFFF][A-Za-z0-9_.\\\u0080-\uFFFF]*$/.test(name) ||
              /^[A-Za-z]{1,3}\d+$/.test(name)
            ) {
              throw fakeError("InvalidArgument", `bad name ${name}`);
            }
            if (wb.identifierTaken(name)) throw fakeError("ItemAlreadyExists", `name ${name}`);
            record.n = { name, formula: reference, comment, visible: true };
            wb.names.set(name.toUpperCase(), record.n);
          });
          return new NameProxy(wb, () => {
            if (record.n === undefined) throw fakeError("ItemNotFound", name);
            return record.n;
          });
        },
        getItem(name: string) {
          wb.stats.operations++;
          return new NameProxy(wb, () => {
            const n = wb.names.get(name.toUpperCase());
            if (n === undefined) throw fakeError("ItemNotFound", `name ${name}`);
            return n;
          });
        },
        getItemOrNullObject(name: string) {
          return this.getItem(name);
        },
      },
      tables: {
        load: tables,
        getItem(name: string) {
          wb.stats.operations++;
          return new TableProxy(wb, () => {
            const t = wb.tables.find((x) => x.name.toUpperCase() === name.toUpperCase());
            if (t === undefined) throw fakeError("ItemNotFound", `table ${name}`);
            return t;
          });
        },
      },
    },
    sync: () => wb.sync(),
  };
}

/** The request context as the tests use it: office-addin-mock's object over the seed (collections live in the seed). */
export function mockContext(wb: FakeWorkbook): Excel.RequestContext {
  return new OfficeMockObject(seed(wb)) as unknown as Excel.RequestContext;
}

/** A fresh workbook with these sheets and the request context over it. */
export function fakeExcel(sheets: readonly string[] = ["Sheet1"]): { wb: FakeWorkbook; context: Excel.RequestContext } {
  const wb = new FakeWorkbook(sheets);
  return { wb, context: mockContext(wb) };
}
