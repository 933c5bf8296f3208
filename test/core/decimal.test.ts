import { decimalNoise, divideRounded, fromScaled, toScaled } from '../../src/core/decimal';

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
