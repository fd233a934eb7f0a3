/** The limits of what a plan file may hold; the README lists them under "The plan file". */
import { localize } from "../i18n";
import { Localized } from "../lang";

/** Excel's limit on the characters of one cell. A longer cell cannot have come from a sheet. */
export const maxCellLength = 32_767;

/**
 * The largest plan file read: 50 MB, over two thousand times the 62-indicator example plan. Checked
 * before the file is read, so a huge or endless input is refused at once.
 */
export const maxPlanBytes = 50 * 1024 * 1024;

/** Why a file over the size limit is not read, without "file:" before it (the CLI names the file). */
export const tooLargeMessage = (size: number): Localized => localize((m) => m.read.tooLarge(size, maxPlanBytes));
