/**
 * The Excel double for the browser: bundled by excelDouble.ts into the script the test page gets
 * in place of office.js, after the Office stand-in. Excel.run hands each batch a request context
 * over one fake workbook (tests/doubles), as Office hands the open workbook; the test reads the
 * workbook back through window.kpiDouble.
 */
import { seed } from "../doubles/context";
import { FakeWorkbook } from "../doubles/workbook";

// the double counts the bytes of what it is sent with Node's Buffer; in the page, with TextEncoder
const encoder = new TextEncoder();
Object.assign(globalThis, { Buffer: { byteLength: (text: string) => encoder.encode(text).length } });

const wb = new FakeWorkbook(["Sheet1"]);
Object.assign(window, {
  Excel: {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
      batch(seed(wb) as unknown as Excel.RequestContext),
  },
  kpiDouble: {
    sheets: () => wb.sheets.map((s) => s.name),
    active: () => wb.active?.name,
  },
});
