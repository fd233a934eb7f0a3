/**
 * A stand-in for the custom functions runtime's globals, which jest does not have:
 * CustomFunctions.Error keeps a code and an optional message, as the runtime's class does,
 * and associate records what a bundle registers. Importing this module installs it.
 */
export class ErrorDouble {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    this.code = code;
    if (message !== undefined) this.message = message;
  }
}

export const associated = new Map<string, Function>();

export const runtime = {
  Error: ErrorDouble,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate(id: string, fn: Function): void {
    associated.set(id, fn);
  },
};

(globalThis as unknown as { CustomFunctions: typeof runtime }).CustomFunctions = runtime;

/** Sets the Office display language the functions read, or removes Office when undefined. */
export function setDisplayLanguage(tag: string | undefined): void {
  const g = globalThis as unknown as { Office?: unknown };
  if (tag === undefined) delete g.Office;
  else g.Office = { context: { displayLanguage: tag } };
}

export function isError(value: unknown): value is ErrorDouble {
  return value instanceof ErrorDouble;
}
