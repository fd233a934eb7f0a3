/**
 * Request sizes. Excel on the web rejects a request or response above 5 MB, so the adapter
 * estimates the bytes of what it queues and syncs before a batch would pass a budget.
 */

/** Excel on the web's limit for one request or response. */
export const excelWebPayloadLimit = 5 * 1024 * 1024;

/** What the adapter aims to stay under: a margin for the request envelope and JSON escaping. */
export const defaultRequestBudget = 4 * 1024 * 1024;

/** The per-operation overhead of a queued action in the request (object paths, ids, names). */
export const operationOverhead = 160;

/** UTF-8 length of a string, without allocating (Japanese text is 3 bytes a character). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4; // a surrogate pair
      i++;
    } else n += 3;
    // quotes and backslashes are escaped in JSON
    if (c === 0x22 || c === 0x5c) n += 1;
  }
  return n;
}

/** Estimated JSON bytes of one array element: quotes and comma included. */
export function entryBytes(entry: string | number | null): number {
  if (entry === null) return 5;
  if (typeof entry === "number") return String(entry).length + 1;
  return utf8Length(entry) + 3;
}

/** Estimated JSON bytes of a value read back: a number, text, boolean or empty. */
export function valueBytes(value: unknown): number {
  switch (typeof value) {
    case "number":
    case "string":
      return entryBytes(value);
    case "boolean":
      return value ? 5 : 6;
    default:
      return entryBytes(null);
  }
}

/**
 * Rows per chunk so that each chunk of a block stays within the budget, given each row's bytes.
 * Returns the row counts of consecutive chunks (at least one row each).
 */
export function chunkRows(rowBytes: readonly number[], budget: number): number[] {
  const chunks: number[] = [];
  let rows = 0;
  let bytes = 0;
  for (const b of rowBytes) {
    if (rows > 0 && bytes + b > budget) {
      chunks.push(rows);
      rows = 0;
      bytes = 0;
    }
    rows++;
    bytes += b;
  }
  if (rows > 0) chunks.push(rows);
  return chunks;
}
