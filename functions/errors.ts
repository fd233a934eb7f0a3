import { Lang } from "../src/lang";
import { ArgName, messages } from "./messages";

/**
 * Cell errors. Every error a function returns is built here with `new CustomFunctions.Error`,
 * as the runtime expects; nothing is thrown (a thrown error loses its message on some hosts,
 * and inside an array it would take the whole spill down).
 *
 * The codes are written as the strings the runtime's ErrorCode enum holds, so no code reads
 * the enum object at run time.
 */
export type CellError = CustomFunctions.Error;

export const codes = {
  invalidValue: "#VALUE!" as CustomFunctions.ErrorCode,
  notAvailable: "#N/A" as CustomFunctions.ErrorCode,
  invalidNumber: "#NUM!" as CustomFunctions.ErrorCode,
  divisionByZero: "#DIV/0!" as CustomFunctions.ErrorCode,
  nullReference: "#NULL!" as CustomFunctions.ErrorCode,
};

/** Codes a function may return; only #VALUE! and #N/A carry a message Excel shows (tooLarge sets one anyway). */
export const outputCodes: readonly string[] = Object.values(codes);
const withMessage: readonly string[] = [codes.invalidValue, codes.notAvailable];

/** A message in the display language, built lazily so nothing is formatted for cells that are fine. */
export type Message = (lang: Lang) => string;

export function cellError(code: CustomFunctions.ErrorCode, message: Message | undefined, lang: Lang): CellError {
  if (message === undefined || !withMessage.includes(code)) return new CustomFunctions.Error(code);
  return new CustomFunctions.Error(code, message(lang));
}

/** #VALUE!: the input cannot be read. */
export const invalid = (message: Message, lang: Lang): CellError => cellError(codes.invalidValue, message, lang);
/** #N/A: the input is missing (未公表, -, 指標変更). */
export const notAvailable = (message: Message, lang: Lang): CellError => cellError(codes.notAvailable, message, lang);
/** #NUM!: the result does not fit in a number (Excel allows no message here). */
export const overflow = (lang: Lang): CellError => cellError(codes.invalidNumber, undefined, lang);

/**
 * #NUM!: the result would be too large to build. Excel documents no message for #NUM! and shows
 * its own text (office-js issue 2885); the message goes with it for hosts that show one, and
 * the README states the limit.
 */
export const tooLarge = (message: Message, lang: Lang): CellError =>
  new CustomFunctions.Error(codes.invalidNumber, message(lang));

/**
 * An error value arriving as input (a range holding #N/A, or another add-in's error object).
 * Recognized by shape, not by class: it may come from the host, not from our constructor.
 */
export function isErrorValue(value: unknown): value is { code: string; message?: unknown } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#");
}

/**
 * Passes an input error on as a fresh error of ours. #REF! and #NAME? may be inputs but not
 * outputs, and unknown codes are not ours to return: those become #VALUE! naming them.
 */
export function passError(value: { code: string; message?: unknown }, arg: ArgName, lang: Lang): CellError {
  const code = value.code as CustomFunctions.ErrorCode;
  if (!outputCodes.includes(code)) return invalid(messages.inputError(arg, value.code), lang);
  const message = typeof value.message === "string" && value.message !== "" ? value.message : undefined;
  return cellError(code, message === undefined ? messages.inputError(arg, value.code) : () => message, lang);
}

export function isCellError(value: unknown): value is CellError {
  return typeof CustomFunctions !== "undefined" && value instanceof CustomFunctions.Error;
}
