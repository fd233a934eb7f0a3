/**
 * Decimal rounding as Excel's ROUND does it.
 *
 * Excel reads a double at 15 significant digits before rounding, so 0.7 / 1.6
 * (stored as 0.43749999999999994) is 0.4375 and rounds to 0.438, where
 * `Math.round(x * 1000) / 1000` gives 0.437. We do the same: take the 15
 * significant digits as an exact integer and round that half away from zero.
 */

/** `x` rounded half away from zero to `digits` decimals, scaled by 10^digits (an exact integer). */
export function roundScaled(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return 0;
  const negative = x < 0;
  const [mantissa = "0", exponentText = "0"] = Math.abs(x).toExponential(14).split("e");
  const significand = BigInt(mantissa.replace(".", ""));
  // |x| = significand * 10^(exponent - 14); scaled = |x| * 10^digits
  const shift = Number(exponentText) - 14 + digits;
  let scaled: bigint;
  if (shift >= 0) {
    scaled = significand * 10n ** BigInt(shift);
  } else if (shift < -16) {
    scaled = 0n; // far below half a unit
  } else {
    const divisor = 10n ** BigInt(-shift);
    scaled = (significand * 2n + divisor) / (2n * divisor);
  }
  const result = Number(scaled);
  return negative && result !== 0 ? -result : result;
}

/** `x` rounded half away from zero to `digits` decimals, as Excel's ROUND(x, digits). */
export function roundHalfUp(x: number, digits: number): number {
  const scaled = roundScaled(x, digits);
  return scaled === 0 ? 0 : Number(`${scaled}e-${digits}`);
}

/** Integer division rounded half up: the exact mean of integers without binary error. */
export function divideHalfUp(numerator: number, denominator: number): number {
  if (denominator === 0) return 0;
  const sign = numerator < 0 !== denominator < 0 ? -1 : 1;
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  return sign * Math.floor((2 * n + d) / (2 * d));
}
