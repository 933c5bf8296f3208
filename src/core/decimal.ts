/**
 * Exact decimal arithmetic on scaled integers.
 *
 * Scores are kept as whole hundredths of a point (2.5 points is 250) and only turned
 * into a JavaScript number at the very end, by one division by a power of ten. An
 * integer divided by a power of ten is correctly rounded, so 30 / 100 is exactly the
 * number the literal `0.3` denotes: no `0.30000000000000004`.
 */

/** Points in whole hundredths: 2.5 points is `250`. */
export type Hundredths = number;

/** Ten-thousandths: the unit of a weighted score (0.035 is `350`). */
export type TenThousandths = number;

/**
 * The number a spreadsheet user typed, without binary residue: `0.57 * 100` is
 * `56.99999999999999` in floating point but the user meant 57.
 *
 * @example decimalNoise(0.57 * 100) // 57
 */
export function decimalNoise(value: number): number {
  return Number(value.toPrecision(15));
}

/**
 * A decimal number as a whole count of `1 / 10^decimals`, rounded half up.
 *
 * @example toScaled(0.7, 2) // 70
 * @example toScaled(1.005, 2) // 101 (the user's 1.005, not the float 1.00499…)
 */
export function toScaled(value: number, decimals: number): number {
  const scaled = decimalNoise(value * 10 ** decimals);
  return value < 0 ? -Math.round(-scaled) : Math.round(scaled);
}

/**
 * `numerator / denominator` rounded half up, for whole numbers with a positive
 * denominator.
 *
 * @example divideRounded(125, 10) // 13
 */
export function divideRounded(numerator: number, denominator: number): number {
  if (numerator < 0) return -divideRounded(-numerator, denominator);
  const quotient = Math.floor(numerator / denominator);
  const remainder = numerator - quotient * denominator;
  return remainder * 2 >= denominator ? quotient + 1 : quotient;
}

/**
 * A scaled integer back to the number it stands for.
 *
 * @example fromScaled(30, 2) // 0.3
 */
export function fromScaled(units: number, decimals: number): number {
  return units / 10 ** decimals;
}
