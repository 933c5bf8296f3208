/**
 * An exact decimal oracle on BigInt, independent of src/core/decimal.ts, for the
 * tests that check "exact product, one rounding, half up".
 */

/** A decimal as `mantissa × 10^exponent`. */
export interface BigDecimal {
  readonly mantissa: bigint;
  readonly exponent: number;
}

/**
 * The exact decimal a numeral stands for: plain (`-1.25`, `.5`) or with an
 * exponent (`1e-7`, `1.5e+21`, as `String(number)` writes it).
 */
export function bigDecimalOf(numeral: string | number): BigDecimal {
  const text = String(numeral);
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!match || `${match[2]}${match[3] ?? ''}` === '') throw new Error(`not a numeral: ${text}`);
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  const mantissa = BigInt(`${whole}${fraction}` || '0');
  return { mantissa: sign === '-' ? -mantissa : mantissa, exponent: Number(exponent) - fraction.length };
}

/** `a × b`, exactly. */
export function bigProduct(a: BigDecimal, b: BigDecimal): BigDecimal {
  return { mantissa: a.mantissa * b.mantissa, exponent: a.exponent + b.exponent };
}

/** `value × 10^places`, exactly. */
export function bigShift(value: BigDecimal, places: number): BigDecimal {
  return { mantissa: value.mantissa, exponent: value.exponent + places };
}

/** A non-negative decimal as whole units of 10^-decimals, rounded half up. */
export function bigRoundHalfUp(value: BigDecimal, decimals: number): bigint {
  if (value.mantissa < BigInt(0)) throw new Error('the oracle rounds non-negative values only');
  const shift = value.exponent + decimals;
  if (shift >= 0) return value.mantissa * BigInt(10) ** BigInt(shift);
  const divisor = BigInt(10) ** BigInt(-shift);
  const quotient = value.mantissa / divisor;
  const remainder = value.mantissa - quotient * divisor;
  return remainder * BigInt(2) >= divisor ? quotient + BigInt(1) : quotient;
}

/** A non-negative decimal as whole units of 10^-decimals, rounded down. */
export function bigRoundDown(value: BigDecimal, decimals: number): bigint {
  if (value.mantissa < BigInt(0)) throw new Error('the oracle rounds non-negative values only');
  const shift = value.exponent + decimals;
  if (shift >= 0) return value.mantissa * BigInt(10) ** BigInt(shift);
  return value.mantissa / BigInt(10) ** BigInt(-shift);
}

/** `a` compared with `b`: negative, zero or positive. */
export function bigCompare(a: BigDecimal, b: BigDecimal): number {
  const exponent = Math.min(a.exponent, b.exponent);
  const left = a.mantissa * BigInt(10) ** BigInt(a.exponent - exponent);
  const right = b.mantissa * BigInt(10) ** BigInt(b.exponent - exponent);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * What `KPIWEIGHTED(score, weight)` must give: the exact product of the score and
 * the weight as a fraction (a weight above 1, or written with `%`, is percent
 * points), rounded half up once, to 4 decimals.
 */
export function expectedWeighted(score: string | number, weight: string | number): number {
  const percentWritten = typeof weight === 'string' && weight.endsWith('%');
  const weightValue = bigDecimalOf(percentWritten ? (weight as string).slice(0, -1) : weight);
  const isFraction = !percentWritten && bigCompare(weightValue, bigDecimalOf(1)) <= 0;
  const fraction = isFraction ? weightValue : bigShift(weightValue, -2);
  const units = bigRoundHalfUp(bigProduct(bigDecimalOf(score), fraction), 4);
  return Number(units) / 10_000;
}
