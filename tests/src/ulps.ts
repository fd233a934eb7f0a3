/** The double `steps` units in the last place from `x` (toward +Infinity when steps > 0). */
export function ulpsFrom(x: number, steps: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  // for a positive double, the next one up is the next integer of its bits
  view.setBigInt64(0, x >= 0 ? bits + BigInt(steps) : bits - BigInt(steps));
  return view.getFloat64(0);
}
