import fc from 'fast-check';
import {
  compareDecimals,
  decimalNoise,
  decimalOfNumber,
  decimalToNumber,
  divideRounded,
  type ExactDecimal,
  formatDecimal,
  fromScaled,
  multiplyDecimals,
  parseDecimal,
  roundDecimal,
  shiftDecimal,
  toScaled,
  truncateDecimal,
} from '../../src/core/decimal';
import { bigCompare, bigDecimalOf, bigProduct, bigRoundDown, bigRoundHalfUp } from '../decimal-oracle';

describe('decimalNoise', () => {
  it('turns 0.57 * 100 back into 57', () => {
    expect(0.57 * 100).not.toBe(57);
    expect(decimalNoise(0.57 * 100)).toBe(57);
  });

  it('turns 0.1 + 0.2 into 0.3', () => {
    expect(decimalNoise(0.1 + 0.2)).toBe(0.3);
  });

  it('turns 0.799 * 100 into 79.9', () => {
    expect(decimalNoise(0.799 * 100)).toBe(79.9);
  });

  it('turns 1.005 * 100 into 100.5', () => {
    expect(decimalNoise(1.005 * 100)).toBe(100.5);
  });

  it('keeps the sign: -0.57 * 100 is -57', () => {
    expect(decimalNoise(-0.57 * 100)).toBe(-57);
  });

  it('keeps whole numbers and exact decimals as they are', () => {
    expect(decimalNoise(19457)).toBe(19457);
    expect(decimalNoise(79.9)).toBe(79.9);
    expect(decimalNoise(0)).toBe(0);
  });
});

describe('toScaled', () => {
  it.each([
    [0.7, 2, 70],
    [0.3, 2, 30],
    [2.5, 2, 250],
    [5, 2, 500],
    [0, 2, 0],
    [0.035, 4, 350],
    [5, 4, 50_000],
    [0.1, 6, 100_000],
    [0.15, 6, 150_000],
    [1.005, 2, 101],
    [0.125, 2, 13],
    [0.124, 2, 12],
    [0.135, 2, 14],
    [2.675, 2, 268],
    [7, 0, 7],
    [7.5, 0, 8],
  ])('scales %p to %i decimals as %i, half up', (value, decimals, expected) => {
    expect(toScaled(value, decimals)).toBe(expected);
  });

  it('rounds negative halves away from zero: -1.005 is -101, -0.125 is -13', () => {
    expect(toScaled(-1.005, 2)).toBe(-101);
    expect(toScaled(-0.125, 2)).toBe(-13);
    expect(toScaled(-0.124, 2)).toBe(-12);
  });
});

describe('divideRounded', () => {
  it.each([
    [125, 10, 13],
    [124, 10, 12],
    [126, 10, 13],
    [120, 10, 12],
    [5, 10, 1],
    [4, 10, 0],
    [0, 10, 0],
    [1, 3, 0],
    [2, 3, 1],
    [300_000, 10_000, 30],
    [125_000, 10_000, 13],
    [3_500_000, 10_000, 350],
  ])('divides %i by %i as %i, half up', (numerator, denominator, expected) => {
    expect(divideRounded(numerator, denominator)).toBe(expected);
  });

  it('rounds negative halves away from zero', () => {
    expect(divideRounded(-125, 10)).toBe(-13);
    expect(divideRounded(-124, 10)).toBe(-12);
    expect(divideRounded(-5, 10)).toBe(-1);
  });
});

describe('fromScaled', () => {
  it('gives exactly 0.3 for 30 hundredths, not 0.30000000000000004', () => {
    expect(3 * 0.1).toBe(0.30000000000000004);
    expect(fromScaled(30, 2)).toBe(0.3);
  });

  it.each([
    [10, 2, 0.1],
    [70, 2, 0.7],
    [230, 2, 2.3],
    [250, 2, 2.5],
    [510, 2, 5.1],
    [0, 2, 0],
    [-30, 2, -0.3],
    [350, 4, 0.035],
    [1150, 4, 0.115],
    [2500, 4, 0.25],
    [100_000, 6, 0.1],
  ])('turns %i at %i decimals into %p', (units, decimals, expected) => {
    expect(fromScaled(units, decimals)).toBe(expected);
  });

  it('gives the decimals typed when the value went through toScaled', () => {
    for (const value of [0.1, 0.2, 0.3, 0.7, 1.1, 2.3, 4.9, 0.035, 0.115]) {
      expect(fromScaled(toScaled(value, 4), 4)).toBe(value);
    }
  });
});

/** The exact decimal of a plain numeral, for building expectations. */
function exact(text: string): ExactDecimal {
  const decimal = parseDecimal(text);
  if (decimal === undefined) throw new Error(`not a decimal: ${text}`);
  return decimal;
}

/** Decimal numerals as a person types them, many digits long, some past a double's precision. */
const numeral = fc
  .tuple(
    fc.string({ unit: fc.constantFrom('0', '1', '2', '4', '5', '9'), minLength: 1, maxLength: 12 }),
    fc.option(fc.string({ unit: fc.constantFrom('0', '1', '4', '5', '9'), maxLength: 25 }), {
      nil: undefined,
    }),
  )
  .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`));

/** Finite doubles of every size, the values a number cell can hold. */
const finiteNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: 0 }),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.integer({ min: 0, max: 1_000_000 }).map((units) => units / 1000),
);

describe('parseDecimal: only the decimal notation a person types', () => {
  it.each([
    ['5', '5'],
    ['0', '0'],
    ['007', '7'],
    ['1.00045', '1.00045'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['+2.50', '2.5'],
    ['-0.125', '-0.125'],
    ['-0', '0'],
    ['123456789012345678901234.5', '123456789012345678901234.5'],
  ])('reads %p as %s', (text, shown) => {
    expect(formatDecimal(exact(text))).toBe(shown);
  });

  it.each([
    ['0x5'],
    ['0X1F'],
    ['0b1'],
    ['0o7'],
    ['1e3'],
    ['1E-2'],
    ['Infinity'],
    ['-Infinity'],
    ['NaN'],
    [''],
    [' '],
    [' 5'],
    ['5 '],
    ['.'],
    ['+'],
    ['-'],
    ['1.2.3'],
    ['1,5'],
    ['5_000'],
    ['๕'],
    ['５'],
    ['1n'],
  ])('refuses %p', (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });
});

describe('decimalOfNumber', () => {
  it('is the decimal a number shows, exponent notation included', () => {
    expect(formatDecimal(decimalOfNumber(1.00045) as ExactDecimal)).toBe('1.00045');
    expect(formatDecimal(decimalOfNumber(1e-7) as ExactDecimal)).toBe('0.0000001');
    expect(formatDecimal(decimalOfNumber(1.5e21) as ExactDecimal)).toBe('1500000000000000000000');
    expect(formatDecimal(decimalOfNumber(-0) as ExactDecimal)).toBe('0');
    expect(formatDecimal(decimalOfNumber(0.1 + 0.2) as ExactDecimal)).toBe('0.30000000000000004');
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY]])(
    'has none for %p',
    (value) => {
      expect(decimalOfNumber(value)).toBeUndefined();
    },
  );

  it('turns back into the same number, for every finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(decimalToNumber(decimalOfNumber(value) as ExactDecimal)).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});

describe('exact decimal arithmetic, checked against a BigInt oracle', () => {
  it('multiplies exactly and rounds once, half up: 1.00045 × 0.1 is 0.1000, 5 × 0.05555 is 0.2778', () => {
    expect(roundDecimal(multiplyDecimals(exact('1.00045'), exact('0.1')), 4)).toBe(1000);
    expect(roundDecimal(multiplyDecimals(exact('5'), exact('0.05555')), 4)).toBe(2778);
    expect(roundDecimal(multiplyDecimals(exact('0.7'), exact('0.05')), 4)).toBe(350);
  });

  it('a product rounded to n decimals is what the oracle gives, for typed numerals and for doubles', () => {
    fc.assert(
      fc.property(
        fc.oneof(numeral, finiteNumber.map(String)),
        fc.oneof(numeral, finiteNumber.map(String)),
        fc.integer({ min: 0, max: 8 }),
        (left, right, decimals) => {
          const a = parseDecimal(left) ?? (decimalOfNumber(Number(left)) as ExactDecimal);
          const b = parseDecimal(right) ?? (decimalOfNumber(Number(right)) as ExactDecimal);
          const expected = bigRoundHalfUp(bigProduct(bigDecimalOf(left), bigDecimalOf(right)), decimals);
          if (expected > BigInt(Number.MAX_SAFE_INTEGER)) return;
          expect(roundDecimal(multiplyDecimals(a, b), decimals)).toBe(Number(expected));
        },
      ),
    );
  });

  it('rounds half up and truncates as the oracle does', () => {
    fc.assert(
      fc.property(numeral, fc.integer({ min: 0, max: 6 }), (text, decimals) => {
        const half = bigRoundHalfUp(bigDecimalOf(text), decimals);
        const down = bigRoundDown(bigDecimalOf(text), decimals);
        if (half > BigInt(Number.MAX_SAFE_INTEGER)) return;
        expect(roundDecimal(exact(text), decimals)).toBe(Number(half));
        expect(roundDecimal(truncateDecimal(exact(text), decimals), decimals)).toBe(Number(down));
      }),
    );
  });

  it('compares as the oracle does', () => {
    fc.assert(
      fc.property(numeral, numeral, fc.boolean(), (left, right, negate) => {
        const signed = negate ? `-${left}` : left;
        expect(Math.sign(compareDecimals(exact(signed), exact(right)))).toBe(
          Math.sign(bigCompare(bigDecimalOf(signed), bigDecimalOf(right))),
        );
      }),
    );
  });

  it('shifts by powers of ten without touching a digit', () => {
    expect(formatDecimal(shiftDecimal(exact('5.555'), -2))).toBe('0.05555');
    expect(formatDecimal(shiftDecimal(exact('0.799'), 2))).toBe('79.9');
    expect(decimalToNumber(shiftDecimal(exact('0.57'), 2))).toBe(57);
  });

  it('rounds negative halves away from zero, as toScaled does', () => {
    expect(roundDecimal(exact('-1.005'), 2)).toBe(-101);
    expect(roundDecimal(exact('-0.124'), 2)).toBe(-12);
  });
});
