/** Lists whose length the code relies on, made explicit for noUncheckedIndexedAccess. */

/** A list with at least one item. */
export type NonEmpty<T> = readonly [T, ...T[]];

export function isNonEmpty<T>(list: readonly T[]): list is NonEmpty<T> {
  return list.length > 0;
}

/** The item at `index`; an index outside the list is a bug in the caller, not a missing value. */
export function itemAt<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new RangeError(`index ${index} outside a list of ${list.length}`);
  return item;
}

export function firstOf<T>(list: readonly T[]): T {
  return itemAt(list, 0);
}

export function lastOf<T>(list: readonly T[]): T {
  return itemAt(list, list.length - 1);
}
