/**
 * Decimal rounding as Excel's ROUND does it.
 *
 * Excel reads a double at 15 significant digits before rounding, so 0.7 / 1.6
 * (stored as 0.43749999999999994) is 0.4375 and rounds to 0.438, where
 * `Math.round(x * 1000) / 1000` gives 0.437. We do the same: take the 15
 * significant digits as an exact integer and round that half away from zero.
 */

/**
 * How far the double `|x| * 10^digits` can be from the exact scaled 15-digit value, relative to it:
 * the 15 digits move |x| by up to 5e-15 of itself (half a unit in the 15th digit), the product adds
 * one rounding (1.1e-16). Twice that sum, so a value this far from a .5 rounds as the exact path does.
 */
const fastMargin = 1.1e-14;
/** Past this the margin reaches 0.5: every scaled value is "near" a .5 and takes the exact path. */
const fastLimit = 4e13;
/** 10^0 … 10^22, the powers of ten a double holds exactly. */
const exactPowers = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** `x` rounded half away from zero to `digits` decimals, scaled by 10^digits (an exact integer). */
export function roundScaled(x: number, digits: number): number {
  // the fast path: far from a .5, rounding the double itself gives what the 15 digits give
  const power = exactPowers[digits];
  if (power !== undefined) {
    const scaled = Math.abs(x) * power;
    if (scaled < fastLimit) {
      const whole = Math.floor(scaled);
      const fraction = scaled - whole; // exact: both share the double's exponent
      if (Math.abs(fraction - 0.5) > scaled * fastMargin) {
        const result = fraction > 0.5 ? whole + 1 : whole;
        return x < 0 && result !== 0 ? -result : result;
      }
    }
  }
  return roundScaledExact(x, digits);
}

/** roundScaled by the 15 significant digits as an exact integer, for every value (the reference). */
export function roundScaledExact(x: number, digits: number): number {
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

/**
 * `x` truncated toward zero to `digits` decimals, scaled by 10^digits, as Excel's ROUNDDOWN(x, digits):
 * read at 15 significant digits first, so 0.57 (569.999… thousandths in binary) is 570, not 569.
 */
export function truncateScaled(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return 0;
  const [mantissa = "0", exponentText = "0"] = Math.abs(x).toExponential(14).split("e");
  const significand = BigInt(mantissa.replace(".", ""));
  const shift = Number(exponentText) - 14 + digits;
  const scaled =
    shift >= 0 ? significand * 10n ** BigInt(shift) : shift < -16 ? 0n : significand / 10n ** BigInt(-shift);
  const result = Number(scaled);
  return x < 0 && result !== 0 ? -result : result;
}

/** Integer division truncated toward zero: the exact mean of integers, as ROUNDDOWN takes it. */
export function divideDown(numerator: number, denominator: number): number {
  if (denominator === 0) return 0;
  const sign = numerator < 0 !== denominator < 0 ? -1 : 1;
  return sign * Math.floor(Math.abs(numerator) / Math.abs(denominator));
}
