/**
 * Where `build` writes its workbook: never over the plan it read (through a link included),
 * never over an existing file without --force (staff may have typed actuals into it), and
 * never half-written. The bytes go to a temporary file in the same folder, which then takes
 * the final name in one step, so a full disk, a kill or two builds at once leave the old file
 * or a whole new one under that name, and no partial file.
 */
import { randomBytes } from "node:crypto";
import * as nodeFs from "node:fs";
import { basename, dirname, join } from "node:path";
import { Lang } from "../src";
import { messagesFor } from "../src/i18n";
import { UsageError } from "./options";

/** The file operations used here; tests hand in failing ones. */
export type OutputFs = Pick<
  typeof nodeFs,
  | "openSync"
  | "writeSync"
  | "fsyncSync"
  | "fchmodSync"
  | "closeSync"
  | "renameSync"
  | "linkSync"
  | "unlinkSync"
  | "statSync"
  | "lstatSync"
  | "realpathSync"
>;

/** -o names an .xlsx file: not "-" (standard output), not a name another program would misread. */
export function checkOutputName(output: string): void {
  if (output === "-") {
    throw new UsageError("build writes a workbook file, not to standard output: give -o NAME.xlsx");
  }
  if (!/\.xlsx$/i.test(output)) {
    throw new UsageError(`-o "${output}": the workbook is an .xlsx file, so its name must end in .xlsx`);
  }
}

export type OutputRefusal =
  | { readonly kind: "input"; readonly output: string; readonly input: string }
  | { readonly kind: "exists"; readonly output: string };

/** Whether two paths name one file: the same file id (hard and symbolic links), or the same real path. */
function sameFile(a: string, b: string, fs: OutputFs): boolean {
  const sa = fs.statSync(a, { bigint: true, throwIfNoEntry: false });
  const sb = fs.statSync(b, { bigint: true, throwIfNoEntry: false });
  if (sa === undefined || sb === undefined) return false;
  // some file systems report no file id (0); the real path still tells
  if (sa.ino !== BigInt(0) && sa.dev === sb.dev && sa.ino === sb.ino) return true;
  return fs.realpathSync(a) === fs.realpathSync(b);
}

const exists = (path: string, fs: OutputFs): boolean => fs.lstatSync(path, { throwIfNoEntry: false }) !== undefined;

/** Why the workbook may not be written to `output`, or undefined when it may. */
export function outputRefusal(
  output: string,
  input: string,
  force: boolean,
  fs: OutputFs = nodeFs,
): OutputRefusal | undefined {
  if (sameFile(output, input, fs)) return { kind: "input", output, input };
  if (!force && exists(output, fs)) return { kind: "exists", output };
  return undefined;
}

export function describeRefusal(refusal: OutputRefusal, lang: Lang): string {
  switch (refusal.kind) {
    case "input": {
      const { output, input } = refusal;
      return messagesFor(lang).cli.outputIsInput(output, input);
    }
    case "exists": {
      return messagesFor(lang).cli.outputExists(refusal.output);
    }
    default: {
      const unknown: never = refusal;
      return unknown;
    }
  }
}

/** The file a name stands for: a symbolic link's target, so that the link stays a link. */
function targetOf(output: string, fs: OutputFs): string {
  if (fs.lstatSync(output, { throwIfNoEntry: false })?.isSymbolicLink() !== true) return output;
  try {
    return fs.realpathSync(output);
  } catch {
    return output; // a dangling link: it is what exists under the name
  }
}

function writeAll(fd: number, bytes: Uint8Array, fs: OutputFs): void {
  for (let offset = 0; offset < bytes.length;) {
    const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw new Error("the file system accepted no more bytes");
    offset += written;
  }
}

function removeQuietly(path: string, fs: OutputFs): void {
  try {
    fs.unlinkSync(path);
  } catch {
    // already gone (renamed) or never made
  }
}

/** Hard links are missing on some file systems (FAT and exFAT on a USB stick): their errors. */
const noHardLinks = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);

/** Gives the written temporary file the final name unless that name exists (one step where the file system allows). */
function placeNew(temp: string, target: string, fs: OutputFs): "written" | "exists" {
  try {
    fs.linkSync(temp, target); // fails when the name exists: a build started meanwhile is never overwritten
    return "written";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code === "EEXIST") return "exists";
    if (!noHardLinks.has(code)) throw error;
  }
  if (exists(target, fs)) return "exists";
  fs.renameSync(temp, target);
  return "written";
}

/**
 * Writes the bytes under `output` through a temporary file beside it. With `replace`, an
 * existing file is replaced; without, "exists" is returned and nothing is changed. On any
 * error the file under `output` is as it was and the temporary file is removed.
 */
export function writeOutputFile(
  output: string,
  bytes: Uint8Array,
  replace: boolean,
  fs: OutputFs = nodeFs,
): "written" | "exists" {
  try {
    return writeThroughTemporary(output, bytes, replace, fs);
  } catch (error) {
    throw namingOutput(output, error);
  }
}

/** A system error that names the output, not the temporary file, and says nothing changed (its code kept). */
function namingOutput(output: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string") return error;
  const message = `cannot write ${output}; nothing was changed (${(error as Error).message})`;
  return Object.assign(new Error(message), { code });
}

function writeThroughTemporary(
  output: string,
  bytes: Uint8Array,
  replace: boolean,
  fs: OutputFs,
): "written" | "exists" {
  const target = targetOf(output, fs);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  const fd = fs.openSync(temp, "wx");
  let result: "written" | "exists";
  try {
    try {
      // a replaced file keeps its permissions
      const old = fs.statSync(target, { throwIfNoEntry: false });
      if (old !== undefined) fs.fchmodSync(fd, old.mode & 0o7777);
      writeAll(fd, bytes, fs);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (replace) {
      fs.renameSync(temp, target);
      return "written";
    }
    result = placeNew(temp, target, fs);
  } catch (error) {
    removeQuietly(temp, fs);
    throw error;
  }
  removeQuietly(temp, fs); // linked under the final name, or refused
  return result;
}
