/**
 * The default branch of an exhaustive switch: TypeScript proves it is never reached, so adding a
 * member to a union fails to compile wherever that union is switched on.
 */
export function unreachable(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
