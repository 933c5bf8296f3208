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

/**
 * A decimal number exactly as written, with no binary rounding:
 * `(negative ? -1 : 1) × digits × 10^exponent`. `digits` are ASCII digits
 * without leading zeros (`'0'` for zero, which is never negative), so 1.00045
 * is `{ negative: false, digits: '100045', exponent: -5 }`.
 */
export interface ExactDecimal {
  readonly negative: boolean;
  readonly digits: string;
  readonly exponent: number;
}

// The one notation a person types for a number: digits, one optional decimal point,
// an optional sign. Not hex (0x5), binary (0b1), octal (0o7), exponents (1e3),
// Infinity or NaN, all of which JavaScript's Number reads.
const DECIMAL_NOTATION = /^([+-]?)(\d*)(?:\.(\d*))?$/;

// How String(number) writes a finite double: plain, or with an exponent (1e-7, 1.5e+21).
const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * The decimal a text writes in plain decimal notation (`5`, `-0.125`, `.5`, `5.`),
 * `undefined` for anything else, spaces and Thai digits included: callers clean
 * cell text first (see `readDecimal` in cells.ts).
 *
 * @example parseDecimal('1.00045') // { negative: false, digits: '100045', exponent: -5 }
 * @example parseDecimal('0x5') // undefined
 */
export function parseDecimal(text: string): ExactDecimal | undefined {
  const match = DECIMAL_NOTATION.exec(text);
  if (match === null) return undefined;
  const whole = match[2] ?? '';
  const fraction = match[3] ?? '';
  if (whole === '' && fraction === '') return undefined;
  return makeDecimal(match[1] === '-', whole + fraction, -fraction.length);
}

/**
 * The decimal a finite number shows (its shortest round-trip form, as Sheets
 * displays a typed 1.00045), `undefined` for NaN and the infinities.
 *
 * @example decimalOfNumber(1.00045) // 1.00045 exactly, not the double 1.000449999…
 */
export function decimalOfNumber(value: number): ExactDecimal | undefined {
  if (!Number.isFinite(value)) return undefined;
  const match = NUMBER_TEXT.exec(String(value));
  if (match === null) return undefined;
  const fraction = match[3] ?? '';
  return makeDecimal(match[1] === '-', (match[2] ?? '') + fraction, Number(match[4] ?? 0) - fraction.length);
}

function makeDecimal(negative: boolean, rawDigits: string, exponent: number): ExactDecimal {
  let start = 0;
  let end = rawDigits.length;
  while (start < end && rawDigits.charCodeAt(start) === ZERO_CODE) start++;
  if (start === end) return { negative: false, digits: '0', exponent: 0 };
  // Trailing zeros go into the exponent, so equal values have one form.
  while (rawDigits.charCodeAt(end - 1) === ZERO_CODE) end--;
  const digits = start === 0 && end === rawDigits.length ? rawDigits : rawDigits.slice(start, end);
  return { negative, digits, exponent: exponent + rawDigits.length - end };
}

const ZERO_CODE = 48;
/** Whole numbers up to 15 digits, and powers of ten up to 10^22, are exact doubles. */
const EXACT_DIGITS = 15;
const EXACT_POWERS = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
];

/**
 * The nearest JavaScript number to a decimal (exact for every decimal a number
 * cell can hold).
 *
 * @example decimalToNumber(parseDecimal('79.9')) // 79.9
 */
export function decimalToNumber(decimal: ExactDecimal): number {
  const { digits, exponent } = decimal;
  let value: number;
  const power = EXACT_POWERS[Math.abs(exponent)];
  if (digits.length <= EXACT_DIGITS && power !== undefined) {
    // Both operands exact, so the one division or product is correctly rounded.
    const whole = Number(digits);
    value = exponent < 0 ? whole / power : whole * power;
  } else {
    value = Number(`${digits}e${exponent}`);
  }
  return decimal.negative ? -value : value;
}

/**
 * `decimal × 10^places`, exactly: a percent as a fraction is `shiftDecimal(p, -2)`.
 *
 * @example shiftDecimal(parseDecimal('5.555'), -2) // 0.05555
 */
export function shiftDecimal(decimal: ExactDecimal, places: number): ExactDecimal {
  return decimal.digits === '0' ? decimal : { ...decimal, exponent: decimal.exponent + places };
}

/**
 * Negative, zero or positive as `a` is less than, equal to or greater than `b`.
 *
 * @example compareDecimals(parseDecimal('5.0000000000000000001'), parseDecimal('5')) // 1
 */
export function compareDecimals(a: ExactDecimal, b: ExactDecimal): number {
  if (a.negative !== b.negative) return a.negative ? -1 : 1;
  const magnitude = compareMagnitudes(a, b);
  return a.negative ? -magnitude : magnitude;
}

function compareMagnitudes(a: ExactDecimal, b: ExactDecimal): number {
  if (a.digits === '0' || b.digits === '0') return a.digits === b.digits ? 0 : a.digits === '0' ? -1 : 1;
  // The place of the leading digit decides, then the digits themselves.
  const leadA = a.digits.length + a.exponent;
  const leadB = b.digits.length + b.exponent;
  if (leadA !== leadB) return leadA < leadB ? -1 : 1;
  const length = Math.max(a.digits.length, b.digits.length);
  const left = a.digits.padEnd(length, '0');
  const right = b.digits.padEnd(length, '0');
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * `a × b`, exactly (long multiplication on the digits, no rounding at all).
 *
 * @example multiplyDecimals(parseDecimal('5'), parseDecimal('0.05555')) // 0.27775
 */
export function multiplyDecimals(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const left = [...a.digits].map(Number).reverse();
  const right = [...b.digits].map(Number).reverse();
  const product = new Array<number>(left.length + right.length).fill(0);
  for (let i = 0; i < left.length; i++) {
    let carry = 0;
    for (let j = 0; j < right.length; j++) {
      const sum = (product[i + j] as number) + (left[i] as number) * (right[j] as number) + carry;
      product[i + j] = sum % 10;
      carry = Math.floor(sum / 10);
    }
    let place = i + right.length;
    while (carry > 0) {
      const sum = (product[place] as number) + carry;
      product[place] = sum % 10;
      carry = Math.floor(sum / 10);
      place++;
    }
  }
  return makeDecimal(a.negative !== b.negative, product.reverse().join(''), a.exponent + b.exponent);
}

/**
 * A decimal as a whole count of `1 / 10^decimals`, rounded half up (halves of a
 * negative value away from zero, as {@link toScaled}). The one rounding of an
 * exact result.
 *
 * @example roundDecimal(parseDecimal('0.27775'), 4) // 2778
 * @example roundDecimal(parseDecimal('0.100045'), 4) // 1000
 */
export function roundDecimal(decimal: ExactDecimal, decimals: number): number {
  const { kept, firstDropped } = splitAt(decimal, decimals);
  const units = Number(kept) + (firstDropped >= 5 ? 1 : 0);
  return decimal.negative ? -units : units;
}

/**
 * A decimal cut to at most `decimals` decimals, toward zero: never more than it was.
 *
 * @example truncateDecimal(parseDecimal('79.999'), 2) // 79.99
 */
export function truncateDecimal(decimal: ExactDecimal, decimals: number): ExactDecimal {
  const { kept } = splitAt(decimal, decimals);
  return makeDecimal(decimal.negative, kept, -decimals);
}

/** The digits of `decimal × 10^decimals` before the point, and the first digit after it. */
function splitAt(decimal: ExactDecimal, decimals: number): { kept: string; firstDropped: number } {
  const shift = decimal.exponent + decimals;
  if (shift >= 0) return { kept: decimal.digits + '0'.repeat(shift), firstDropped: 0 };
  const keep = decimal.digits.length + shift;
  if (keep < 0) return { kept: '0', firstDropped: 0 };
  return {
    kept: keep === 0 ? '0' : decimal.digits.slice(0, keep),
    firstDropped: Number(decimal.digits[keep]),
  };
}

/**
 * A decimal written out in plain notation, with no exponent and no trailing zeros.
 *
 * @example formatDecimal(parseDecimal('79.90')) // '79.9'
 */
export function formatDecimal(decimal: ExactDecimal): string {
  const sign = decimal.negative ? '-' : '';
  if (decimal.exponent >= 0) return `${sign}${decimal.digits}${'0'.repeat(decimal.exponent)}`;
  const places = -decimal.exponent;
  const padded = decimal.digits.padStart(places + 1, '0');
  return `${sign}${padded.slice(0, -places)}.${padded.slice(-places)}`;
}
