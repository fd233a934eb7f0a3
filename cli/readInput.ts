/**
 * Reads a plan file's bytes, refusing what cannot be a plan before reading it: anything but a
 * regular file (a FIFO or /dev/zero would be read without end, a directory not at all) and files
 * over the size limit. The file is opened without blocking, so a FIFO with no writer is refused
 * rather than waited on, and its size is read from the open file, not from a second lookup.
 */
import { closeSync, constants, fstatSync, openSync, readSync, Stats } from "node:fs";
import { Localized, maxPlanBytes, tooLargeMessage } from "../src";
import { localize } from "../src/i18n";
import type { FileKind } from "../src/i18n/messages";

export type Input =
  { readonly kind: "bytes"; readonly bytes: Uint8Array } | { readonly kind: "refused"; readonly why: Localized };

function whatItIs(stats: Stats): FileKind {
  if (stats.isDirectory()) return "directory";
  if (stats.isFIFO()) return "fifo";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "device";
  if (stats.isSocket()) return "socket";
  return "special";
}

/** Throws the system's error (ENOENT, EACCES) for a file that cannot be opened; main reports it. */
export function readInput(file: string): Input {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      const it = whatItIs(stats);
      return { kind: "refused", why: localize((m) => m.cli.notRegularFile(m.cli.fileKinds[it])) };
    }
    if (stats.size > maxPlanBytes) return { kind: "refused", why: tooLargeMessage(stats.size) };
    // read to the end, not to the size first seen: a file still growing is refused past the limit
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1 << 20, maxPlanBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxPlanBytes) return { kind: "refused", why: tooLargeMessage(total) };
    }
    return { kind: "bytes", bytes: Buffer.concat(chunks, total) };
  } finally {
    closeSync(fd);
  }
}
