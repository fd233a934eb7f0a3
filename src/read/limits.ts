/** The limits of what a plan file may hold; the README lists them under "The plan file". */
import { Localized } from "../lang";

/** Excel's limit on the characters of one cell. A longer cell cannot have come from a sheet. */
export const maxCellLength = 32_767;

/**
 * The largest plan file read: 50 MB, about a thousand times the largest real plan. Checked
 * before the file is read, so a huge or endless input is refused at once.
 */
export const maxPlanBytes = 50 * 1024 * 1024;

/** A count as the messages print it: 32,767. */
export const count = (n: number): string => n.toLocaleString("en-US");

/** Why a file over the size limit is not read, without "file:" before it (the CLI names the file). */
export const tooLargeMessage = (size: number): Localized => ({
  ja: `${count(size)} バイトあります。計画ファイルは ${count(maxPlanBytes)} バイト（50 MB）までしか読みません`,
  en: `the file holds ${count(size)} bytes; plan files over ${count(maxPlanBytes)} bytes (50 MB) are not read`,
});
