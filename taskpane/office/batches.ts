/**
 * Batching and syncing: queued steps are grouped into requests that stay under the byte budget
 * (Excel on the web rejects one above 5 MB), one context.sync each, with progress after each.
 */
import { operationOverhead } from "./payload";

/** One queued step of a plan with its estimated request bytes. */
export interface Op {
  readonly bytes: number;
  readonly queue: () => void;
}

/** A step that carries no bulk data: the overhead of one operation. */
export const smallOp = (queue: () => void): Op => ({ bytes: operationOverhead, queue });

/** Counts the context.sync calls one action makes (its result reports them). */
export class SyncCounter {
  count = 0;
  constructor(private readonly context: Excel.RequestContext) {}

  async sync(): Promise<void> {
    this.count++;
    await this.context.sync();
  }
}

/** The steps grouped in order: as many as fit the budget in each (a larger step goes alone). */
export function batchOps(ops: readonly Op[], budget: number): Op[][] {
  const batches: Op[][] = [[]];
  let bytes = 0;
  for (const op of ops) {
    const current = batches[batches.length - 1];
    if (current.length > 0 && bytes + op.bytes > budget) {
      batches.push([op]);
      bytes = op.bytes;
    } else {
      current.push(op);
      bytes += op.bytes;
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
    for (const op of batches[b]) op.queue();
    await syncs.sync();
    onProgress?.(b + 1, batches.length);
  }
}
