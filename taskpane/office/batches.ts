/**
 * Batching and syncing: queued steps are grouped into requests that stay under the byte budget
 * (Excel on the web rejects one above 5 MB), one context.sync each, with progress after each.
 */
import { chunkRows, operationOverhead } from "./payload";

/** One queued step of a plan with its estimated request bytes. */
export interface Step {
  readonly kind: "step";
  readonly bytes: number;
  readonly queue: () => void;
}

/**
 * A 2D write whose rows may go in several requests, never splitting a row: `queue` writes the
 * rows from `start`, `count` of them; each piece costs `overhead` and its rows' bytes.
 */
export interface RowsStep {
  readonly kind: "rows";
  readonly rowBytes: readonly number[];
  readonly overhead: number;
  readonly queue: (start: number, count: number) => void;
}

export type Op = Step | RowsStep;

export const step = (bytes: number, queue: () => void): Step => ({ kind: "step", bytes, queue });

/** A step that carries no bulk data: the overhead of one operation. */
export const smallOp = (queue: () => void): Step => step(operationOverhead, queue);

/** Counts the context.sync calls one action makes (its result reports them). */
export class SyncCounter {
  count = 0;
  constructor(private readonly context: Excel.RequestContext) {}

  async sync(): Promise<void> {
    this.count++;
    await this.context.sync();
  }
}

/** How many of the rows from `start` fit in `room` bytes. */
function rowsWithin(rowBytes: readonly number[], start: number, room: number): number {
  let bytes = 0;
  let n = 0;
  while (start + n < rowBytes.length && bytes + rowBytes[start + n] <= room) bytes += rowBytes[start + n++];
  return n;
}

/**
 * The steps grouped in order: as many as fit the budget in each (a larger step goes alone). Rows
 * fill what is left of the current request before the rest go in requests of their own.
 */
export function batchOps(ops: readonly Op[], budget: number): Step[][] {
  const batches: Step[][] = [[]];
  let bytes = 0;
  const add = (s: Step) => {
    const current = batches[batches.length - 1];
    if (current.length > 0 && bytes + s.bytes > budget) {
      batches.push([s]);
      bytes = s.bytes;
    } else {
      current.push(s);
      bytes += s.bytes;
    }
  };
  for (const op of ops) {
    switch (op.kind) {
      case "step":
        add(op);
        break;
      case "rows": {
        const { rowBytes, overhead } = op;
        const first = rowsWithin(rowBytes, 0, budget - bytes - overhead);
        const pieces = [...(first > 0 ? [first] : []), ...chunkRows(rowBytes.slice(first), budget - overhead)];
        let start = 0;
        for (const count of pieces) {
          const from = start;
          const b = rowBytes.slice(from, from + count).reduce((a, x) => a + x, overhead);
          add(step(b, () => op.queue(from, count)));
          start += count;
        }
        break;
      }
    }
  }
  return batches;
}

/** Queues and syncs the steps batch by batch; `onProgress` hears batches done and in all. */
export async function runBatches(
  ops: readonly Op[],
  budget: number,
  syncs: SyncCounter,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const batches = batchOps(ops, budget);
  for (let b = 0; b < batches.length; b++) {
    for (const s of batches[b]) s.queue();
    await syncs.sync();
    onProgress?.(b + 1, batches.length);
  }
}
