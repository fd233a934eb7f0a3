/**
 * Standard output that cannot be written: a full disk (`summary > /dev/full`) or a pipe whose
 * reader has gone (`| head -c 10`). Node reports either as an 'error' event on the stream,
 * which unhandled is a stack trace and exit 1, read as "rows rejected". This makes it one
 * clear line on stderr and exit 2, a file error.
 */

const reasons: Readonly<Record<string, string>> = {
  EPIPE: "the program reading it stopped reading (the pipe is closed)",
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
};

export function stdoutFailure(error: NodeJS.ErrnoException): string {
  const reason = reasons[error.code ?? ""] ?? error.message;
  return `kpi-sheets: cannot write to standard output: ${reason}\n`;
}

/** Reports a failed write to `stream` once, on stderr, and ends the process with exit code 2. */
export function exitOnStdoutFailure(
  stream: NodeJS.WritableStream,
  stderr: (text: string) => void = (t) => process.stderr.write(t),
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  let reported = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (reported) return;
    reported = true;
    try {
      stderr(stdoutFailure(error));
    } catch {
      // stderr is gone too: the exit code still tells
    }
    exit(2);
  });
}
