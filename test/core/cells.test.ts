import fc from 'fast-check';
import {
  CellProblem,
  type CellValue,
  cleanText,
  createDateReader,
  describeValue,
  isBlank,
  isDateValue,
  readDayCountMode,
  readDecimal,
  readFlag,
  readProgress,
  readRate,
  readRound,
  readScore,
  readWeightFraction,
  readWholeNumber,
} from '../../src/core/cells';
import { type DayOf, dayFromCivil, dayFromIso, fixedOffsetDayOf } from '../../src/core/dates';
import { type ExactDecimal, formatDecimal, parseDecimal } from '../../src/core/decimal';
import { toThaiDigits } from '../../src/core/thai';

const COL = 'ทบทวนกระบวนการ (ระดับ 1)';
const bangkokDayOf = fixedOffsetDayOf(420);

/** The message of a problem, or a failure naming what came back instead. */
function problemMessage(result: unknown): string {
  if (!(result instanceof CellProblem)) throw new Error(`expected a CellProblem, got ${String(result)}`);
  return result.message;
}

describe('isBlank', () => {
  it.each([[''], ['   '], ['\u200b'], [' \u200b\ufeff '], ['\t\n'], [null], [undefined]])(
    'counts %p as blank',
    (value) => {
      expect(isBlank(value)).toBe(true);
    },
  );

  it.each([[0], [false], ['x'], ['0'], [Number.NaN], [[]], [new Date(0)]])(
    'does not count %p as blank',
    (value) => {
      expect(isBlank(value)).toBe(false);
    },
  );
});

describe('cleanText', () => {
  it('drops zero-width spaces, joiners, the word joiner and the BOM', () => {
    expect(cleanText('\u200bใ\u200cช\u200d่\u2060\ufeff')).toBe('ใช่');
  });

  it('trims and folds runs of white space', () => {
    expect(cleanText('  รอบ \t\n ที่   2  ')).toBe('รอบ ที่ 2');
  });

  it('keeps text that needs no cleaning', () => {
    expect(cleanText('31 มี.ค. 2566')).toBe('31 มี.ค. 2566');
  });
});

describe('isDateValue', () => {
  it('recognises a Date, even an invalid one', () => {
    expect(isDateValue(new Date(0))).toBe(true);
    expect(isDateValue(new Date(Number.NaN))).toBe(true);
  });

  it('does not take a number, a date text or an object with getTime for a Date', () => {
    expect(isDateValue(45026)).toBe(false);
    expect(isDateValue('2023-04-10')).toBe(false);
    expect(isDateValue({ getTime: () => 0 })).toBe(false);
    expect(isDateValue(null)).toBe(false);
  });
});

describe('describeValue', () => {
  it('quotes text', () => {
    expect(describeValue('done?')).toBe('"done?"');
    expect(describeValue('')).toBe('""');
  });

  it('cuts text longer than 40 characters with an ellipsis', () => {
    expect(describeValue('a'.repeat(41))).toBe(`"${'a'.repeat(40)}…"`);
    expect(describeValue('a'.repeat(40))).toBe(`"${'a'.repeat(40)}"`);
  });

  it('writes booleans as TRUE and FALSE', () => {
    expect(describeValue(true)).toBe('TRUE');
    expect(describeValue(false)).toBe('FALSE');
  });

  it('writes a Date as its Bangkok day in B.E.', () => {
    expect(describeValue(new Date('2023-04-09T17:30:00Z'))).toBe('10/04/2566');
  });

  it('writes a Date in the zone it is given', () => {
    expect(describeValue(new Date('2023-04-09T17:30:00Z'), fixedOffsetDayOf(0))).toBe('09/04/2566');
  });

  it('names an invalid Date', () => {
    expect(describeValue(new Date(Number.NaN))).toBe('วันที่ไม่ถูกต้อง');
  });

  it('writes numbers, null and undefined plainly', () => {
    expect(describeValue(150)).toBe('150');
    expect(describeValue(-0.5)).toBe('-0.5');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
  });

  it('lists the items of an array', () => {
    expect(describeValue([1, 'a', true])).toBe('1, "a", TRUE');
  });

  it('does not throw on an object that cannot be turned into text', () => {
    expect(describeValue(Object.create(null))).toBe('[object Object]');
    expect(describeValue({ toString: 0 })).toBe('[object Object]');
  });
});

describe('readFlag', () => {
  const TRUE_WORDS = ['TRUE', 'yes', 'y', 'x', '✓', '✔', 'ใช่', 'มี', 'เสร็จ', '1'];
  const FALSE_WORDS = ['FALSE', 'no', 'n', 'ไม่ใช่', 'ไม่มี', 'ไม่', '-', '0'];

  it('takes booleans as they are', () => {
    expect(readFlag(true, COL)).toBe(true);
    expect(readFlag(false, COL)).toBe(false);
  });

  it('reads the numbers 1 and 0', () => {
    expect(readFlag(1, COL)).toBe(true);
    expect(readFlag(0, COL)).toBe(false);
  });

  it.each([[''], ['  '], ['\u200b'], [null], [undefined]])('reads the blank %p as not done', (value) => {
    expect(readFlag(value, COL)).toBe(false);
  });

  it.each(TRUE_WORDS)('reads %s as done', (word) => {
    expect(readFlag(word, COL)).toBe(true);
  });

  it.each(FALSE_WORDS)('reads %s as not done', (word) => {
    expect(readFlag(word, COL)).toBe(false);
  });

  it.each([
    ...TRUE_WORDS.map((word) => [word, true] as const),
    ...FALSE_WORDS.map((word) => [word, false] as const),
  ])('reads %s in upper case, lower case, padded and with zero-width spaces', (word, done) => {
    for (const variant of [
      word.toUpperCase(),
      word.toLowerCase(),
      `  ${word}  `,
      `\t${word}\n`,
      `\u200b${word}\u200b`,
      `\ufeff ${word}`,
    ]) {
      expect([variant, readFlag(variant, COL)]).toEqual([variant, done]);
    }
  });

  it('reads mixed case: Yes, yEs, TrUe, No', () => {
    expect(readFlag('Yes', COL)).toBe(true);
    expect(readFlag('yEs', COL)).toBe(true);
    expect(readFlag('TrUe', COL)).toBe(true);
    expect(readFlag('No', COL)).toBe(false);
  });

  it.each([
    [2],
    [-1],
    [0.5],
    [Number.NaN],
    ['done'],
    ['ok'],
    ['yes!'],
    ['ใช่ครับ'],
    ['✅'],
    ['2'],
    ['tru'],
    [new Date(0)],
    [[true]],
    [{}],
  ])('gives a problem for %p', (value) => {
    expect(readFlag(value, COL)).toBeInstanceOf(CellProblem);
  });

  it('names the column and the value in its message', () => {
    expect(problemMessage(readFlag('done?', COL))).toBe(
      'ทบทวนกระบวนการ (ระดับ 1) ต้องเป็น ✓ / ใช่ / ไม่ใช่ / TRUE / FALSE / 1 / 0 หรือเว้นว่าง: "done?"',
    );
    expect(problemMessage(readFlag(2, 'X'))).toBe(
      'X ต้องเป็น ✓ / ใช่ / ไม่ใช่ / TRUE / FALSE / 1 / 0 หรือเว้นว่าง: 2',
    );
  });
});

describe('readProgress', () => {
  it.each([
    [0, 0],
    [0.5, 50],
    [0.6, 60],
    [0.799, 79.9],
    [0.8, 80],
    [0.57, 57],
    [0.999, 99.9],
    [1, 100],
  ])('reads the fraction %p as %p percent', (value, percent) => {
    expect(readProgress(value)).toBe(percent);
  });

  it.each([
    [1.5, 1.5],
    [2, 2],
    [50, 50],
    [60, 60],
    [79.9, 79.9],
    [80, 80],
    [100, 100],
  ])('reads %p above 1 as percent points: %p', (value, percent) => {
    expect(readProgress(value)).toBe(percent);
  });

  it.each([
    ['60%', 60],
    ['60', 60],
    ['60 %', 60],
    [' 60% ', 60],
    ['79.9%', 79.9],
    ['100%', 100],
    ['0%', 0],
    ['1%', 1],
    ['0.5%', 0.5],
    ['+60', 60],
    ['60.%', 60],
    ['ร้อยละ 60', 60],
    ['ร้อยละ60', 60],
    ['ร้อยละ 79.9', 79.9],
    ['๖๐%', 60],
    ['๑๐๐%', 100],
    ['ร้อยละ ๕๐', 50],
    ['\u200b60%\u200b', 60],
  ])('reads the text %p as %p percent', (text, percent) => {
    expect(readProgress(text)).toBe(percent);
  });

  it.each([
    ['0.6', 60],
    ['.5', 50],
    ['1', 100],
    ['0.799', 79.9],
  ])('reads the text %p without a percent sign like the number: %p', (text, percent) => {
    expect(readProgress(text)).toBe(percent);
  });

  it.each([[''], ['  '], ['\u200b'], [null], [undefined]])('reads the blank %p as 0', (value) => {
    expect(readProgress(value)).toBe(0);
  });

  it.each([
    [-1, '-1'],
    [-0.01, '-0.01'],
    [100.01, '100.01'],
    [150, '150'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    ['150%', '"150%"'],
    ['-5%', '"-5%"'],
    ['-0.5', '"-0.5"'],
    ['ร้อยละ 101', '"ร้อยละ 101"'],
  ])('says %p is out of range', (value, shown) => {
    expect(problemMessage(readProgress(value))).toBe(`ความคืบหน้าต้องอยู่ระหว่าง 0–100%: ${shown}`);
  });

  it('quotes the value of the card: ⚠ ความคืบหน้าต้องอยู่ระหว่าง 0–100%: 150', () => {
    expect(problemMessage(readProgress(150))).toBe('ความคืบหน้าต้องอยู่ระหว่าง 0–100%: 150');
  });

  it.each([
    ['sixty', '"sixty"'],
    ['60 percent', '"60 percent"'],
    ['60%%', '"60%%"'],
    ['%60', '"%60"'],
    ['6 0', '"6 0"'],
    [true, 'TRUE'],
    [[60], '60'],
  ])('says %p is not a number', (value, shown) => {
    expect(problemMessage(readProgress(value))).toBe(`ความคืบหน้าต้องเป็นตัวเลขหรือร้อยละ เช่น 60%: ${shown}`);
  });

  it('never reads a progress typed below a threshold as reaching it, however many 9s it has', () => {
    expect(readProgress('79.99999999999999999%')).toBeLessThan(80);
    expect(readProgress('0.4999999999999999999999')).toBeLessThan(50);
    fc.assert(
      fc.property(
        fc.constantFrom(50, 80, 100),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (threshold, nines, asText) => {
          const below = `${threshold - 1}.${'9'.repeat(nines)}`;
          expect(readProgress(asText ? `${below}%` : below)).toBeLessThan(threshold);
        },
      ),
    );
  });

  it('says a Date is not a progress', () => {
    expect(readProgress(new Date('2023-04-10T00:00:00Z'))).toBeInstanceOf(CellProblem);
  });
});

describe('readRound', () => {
  it.each([
    [1, 1],
    [2, 2],
    ['1', 1],
    ['2', 2],
    [' 2 ', 2],
    ['1.0', 1],
    ['รอบ 1', 1],
    ['รอบ1', 1],
    ['รอบที่ 2', 2],
    ['รอบที่2', 2],
    ['รอบที่ ๒', 2],
    ['๑', 1],
    ['2/2566', 2],
    ['2 / 2566', 2],
    ['1/66', 1],
    ['รอบ 1/2566', 1],
    ['round 2', 2],
    ['Round 1', 1],
    ['ROUND 2', 2],
    ['\u200bรอบที่ 1\u200b', 1],
  ])('reads %p as round %p', (value, round) => {
    expect(readRound(value)).toBe(round);
  });

  it.each([
    [3],
    [0],
    [1.5],
    [-1],
    ['3'],
    ['รอบ 3'],
    ['3/2566'],
    ['12'],
    ['21'],
    ['1/2'],
    [''],
    [null],
    [undefined],
    [true],
    ['รอบ'],
    [new Date(0)],
  ])('gives a problem for %p', (value) => {
    expect(readRound(value)).toBeInstanceOf(CellProblem);
  });

  it('says round 3 is a problem and shows the value', () => {
    expect(problemMessage(readRound(3))).toBe('รอบการประเมินต้องเป็น 1 หรือ 2 (เช่น "รอบ 1", "2/2566"): 3');
    expect(problemMessage(readRound('รอบ 3'))).toBe(
      'รอบการประเมินต้องเป็น 1 หรือ 2 (เช่น "รอบ 1", "2/2566"): "รอบ 3"',
    );
  });
});

describe('createDateReader', () => {
  const DUE = 'วันครบกำหนด';
  const readDate = createDateReader(bangkokDayOf);

  it('reads a Date at 00:30 Bangkok time as that Bangkok day', () => {
    expect(readDate(new Date('2023-04-09T17:30:00Z'), DUE)).toBe(dayFromCivil(2023, 4, 10));
  });

  it('reads a Date at 23:59 Bangkok time as the same day, and midnight as the next', () => {
    expect(readDate(new Date('2023-04-10T16:59:00Z'), DUE)).toBe(dayFromCivil(2023, 4, 10));
    expect(readDate(new Date('2023-04-10T17:00:00Z'), DUE)).toBe(dayFromCivil(2023, 4, 11));
  });

  it('reads a Date in the zone of the dayOf it is given', () => {
    expect(createDateReader(fixedOffsetDayOf(0))(new Date('2023-04-09T17:30:00Z'), DUE)).toBe(
      dayFromCivil(2023, 4, 9),
    );
  });

  it.each([
    [45026, '2023-04-10'],
    [45026.99, '2023-04-10'],
    [45351, '2024-02-29'],
    [2, '1900-01-01'],
    ['45026', '2023-04-10'],
    [' 45026.5 ', '2023-04-10'],
  ])('reads the serial %p as %s', (serial, iso) => {
    expect(readDate(serial, DUE)).toBe(dayFromIso(iso));
  });

  it.each([
    ['2023-04-10', '2023-04-10'],
    ['10/04/2566', '2023-04-10'],
    ['31 มี.ค. 2566', '2023-03-31'],
    ['31 มีนาคม 2566', '2023-03-31'],
    ['๓๑/๓/๒๕๖๖', '2023-03-31'],
    ['วันศุกร์ที่ 31 มีนาคม พ.ศ. 2566', '2023-03-31'],
    ['\u200b31/3/66 ', '2023-03-31'],
  ])('reads the text %p as %s', (text, iso) => {
    expect(readDate(text, DUE)).toBe(dayFromIso(iso));
  });

  it('says 30/02/2566 does not exist, naming the column', () => {
    expect(problemMessage(readDate('30/02/2566', DUE))).toBe(
      'วันครบกำหนด ไม่มีวันที่นี้ในปฏิทิน (ก.พ. มี 28 วัน): "30/02/2566"',
    );
  });

  it.each([
    ['31/9/2566', 'วันครบกำหนด ไม่มีวันที่นี้ในปฏิทิน (ก.ย. มี 30 วัน): "31/9/2566"'],
    ['31 เม.ย. 2566', 'วันครบกำหนด ไม่มีวันที่นี้ในปฏิทิน (เม.ย. มี 30 วัน): "31 เม.ย. 2566"'],
    // February by the year: 2567 (2024 C.E.) is a leap year.
    ['30/2/2567', 'วันครบกำหนด ไม่มีวันที่นี้ในปฏิทิน (ก.พ. มี 29 วัน): "30/2/2567"'],
    ['10/13/2566', 'วันครบกำหนด ไม่มีเดือนนี้ในปฏิทิน (เดือนมี 1–12): "10/13/2566"'],
  ])('says %s does not exist with the month and its number of days', (text, message) => {
    expect(problemMessage(readDate(text, DUE))).toBe(message);
  });

  it('says an unreadable text cannot be read as a date', () => {
    expect(problemMessage(readDate('soon', DUE))).toBe(
      'วันครบกำหนด อ่านเป็นวันที่ไม่ได้ (ใช้ 31/3/2566, 31 มี.ค. 2566 หรือ 2023-03-31): "soon"',
    );
  });

  it('says an invalid Date cannot be read', () => {
    expect(problemMessage(readDate(new Date(Number.NaN), DUE))).toBe(
      'วันครบกำหนด อ่านเป็นวันที่ไม่ได้ (ใช้ 31/3/2566, 31 มี.ค. 2566 หรือ 2023-03-31): วันที่ไม่ถูกต้อง',
    );
  });

  it.each([[true], [Number.NaN], [Number.POSITIVE_INFINITY], [[45026]], [{}]])(
    'cannot read %p as a date',
    (value) => {
      expect(problemMessage(readDate(value, DUE))).toMatch(/^วันครบกำหนด อ่านเป็นวันที่ไม่ได้/);
    },
  );

  it('rejects a text year out of range', () => {
    expect(problemMessage(readDate('1/1/2844', DUE))).toBe(
      'วันครบกำหนด มีปีอยู่นอกช่วงที่ใช้ได้ (พ.ศ. 2443–2843): "1/1/2844"',
    );
  });

  it('rejects serials before 1900: 1 is 1899-12-31', () => {
    expect(problemMessage(readDate(1, DUE))).toBe('วันครบกำหนด มีปีอยู่นอกช่วงที่ใช้ได้ (พ.ศ. 2443–2843): 1');
    expect(readDate(0, DUE)).toBeInstanceOf(CellProblem);
    expect(readDate(-5, DUE)).toBeInstanceOf(CellProblem);
    expect(readDate('00001', DUE)).toBeInstanceOf(CellProblem);
  });

  it('rejects serials after 2300', () => {
    const lastSerial = dayFromCivil(2300, 12, 31) + 25569;
    expect(readDate(lastSerial, DUE)).toBe(dayFromCivil(2300, 12, 31));
    expect(readDate(lastSerial + 1, DUE)).toBeInstanceOf(CellProblem);
    expect(readDate(1e300, DUE)).toBeInstanceOf(CellProblem);
  });

  it('takes the first Bangkok day of 1900 and rejects the instant just before it', () => {
    expect(readDate(new Date('1899-12-31T17:00:00Z'), DUE)).toBe(dayFromCivil(1900, 1, 1));
    expect(problemMessage(readDate(new Date('1899-12-31T16:59:59Z'), DUE))).toBe(
      'วันครบกำหนด มีปีอยู่นอกช่วงที่ใช้ได้ (พ.ศ. 2443–2843): 31/12/2442',
    );
  });

  it('asks the time zone once per distinct instant', () => {
    const dayOf = jest.fn(bangkokDayOf);
    const read = createDateReader(dayOf);
    const time = Date.UTC(2023, 3, 9, 17, 30);
    expect(read(new Date(time), DUE)).toBe(dayFromCivil(2023, 4, 10));
    expect(read(new Date(time), 'x')).toBe(dayFromCivil(2023, 4, 10));
    expect(read(new Date(time + 1), DUE)).toBe(dayFromCivil(2023, 4, 10));
    expect(dayOf).toHaveBeenCalledTimes(2);
  });

  it('names the column of each call even for a remembered bad text', () => {
    const read = createDateReader(bangkokDayOf);
    expect(problemMessage(read('30/02/2566', 'A'))).toBe('A ไม่มีวันที่นี้ในปฏิทิน (ก.พ. มี 28 วัน): "30/02/2566"');
    expect(problemMessage(read('30/02/2566', 'B'))).toBe('B ไม่มีวันที่นี้ในปฏิทิน (ก.พ. มี 28 วัน): "30/02/2566"');
  });

  it('gives the same day for a remembered good text', () => {
    const read = createDateReader(bangkokDayOf);
    expect(read('31 มี.ค. 2566', DUE)).toBe(dayFromCivil(2023, 3, 31));
    expect(read('31 มี.ค. 2566', DUE)).toBe(dayFromCivil(2023, 3, 31));
  });
});

describe('readRate', () => {
  const FALLBACK = parseDecimal('1.23456') as ExactDecimal;

  it.each([[''], ['  '], [null], [undefined], ['\u200b']])('gives the fallback for the blank %p', (value) => {
    expect(readRate(value, FALLBACK)).toBe(FALLBACK);
  });

  it.each([
    [0.1, '0.1'],
    ['0.1', '0.1'],
    ['0.10', '0.1'],
    ['๐.๑', '0.1'],
    [0.15, '0.15'],
    [0.125, '0.125'],
    [0.2, '0.2'],
    [0, '0'],
    [5, '5'],
    [' 0.05 ', '0.05'],
    // Exactly as set, not rounded to millionths (issue 10, finding 10: one rounding, after multiplying).
    [0.0049995, '0.0049995'],
    ['0.00000005', '0.00000005'],
  ])('reads %p as exactly %s points a day', (value, points) => {
    expect(formatOrProblem(readRate(value, FALLBACK))).toBe(points);
  });

  it.each([
    [5.000001],
    [-0.1],
    ['abc'],
    ['0.1%'],
    [true],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [new Date(0)],
  ])('gives a problem for %p', (value) => {
    expect(readRate(value, FALLBACK)).toBeInstanceOf(CellProblem);
  });

  it('names the setting and the value', () => {
    expect(problemMessage(readRate('abc', FALLBACK))).toBe(
      'อัตราหักคะแนนต่อวันต้องเป็นตัวเลขตั้งแต่ 0 ถึง 5 คะแนน: "abc"',
    );
  });
});

describe('readWeightFraction as a setting', () => {
  const FALLBACK = 777;

  it.each([[''], [' '], [null], [undefined]])('gives the fallback for the blank %p', (value) => {
    expect(formatOrProblem(readWeightFraction(value, FALLBACK))).toBe('0.0777');
  });

  it.each([
    [0.05, '0.05'],
    [5, '0.05'],
    ['5%', '0.05'],
    ['5', '0.05'],
    ['0.05', '0.05'],
    ['ร้อยละ 5', '0.05'],
    ['๕%', '0.05'],
    [0.1, '0.1'],
    [10, '0.1'],
    [2.5, '0.025'],
    [1, '1'],
    [100, '1'],
    [0, '0'],
    [0.125, '0.125'],
    // Exactly as set, not rounded to 0.01 % (issue 10, finding 10).
    [5.555, '0.05555'],
  ])('reads %p as the fraction %s (≤ 1 a fraction, above it percent points)', (value, fraction) => {
    expect(formatOrProblem(readWeightFraction(value, FALLBACK))).toBe(fraction);
  });

  it.each([[101], [-5], ['abc'], [true]])('gives a weight problem for %p', (value) => {
    expect(problemMessage(readWeightFraction(value, FALLBACK))).toMatch(/^น้ำหนักตัวชี้วัดต้องอยู่ระหว่าง 0–100%: /);
  });

  it('names the setting and the value', () => {
    expect(problemMessage(readWeightFraction(101, FALLBACK))).toBe('น้ำหนักตัวชี้วัดต้องอยู่ระหว่าง 0–100%: 101');
  });
});

// ---------------------------------------------------------------------------
// Issue 10: edge inputs. Each rule holds for every kind of cell.

const READ_DATE = createDateReader(bangkokDayOf);
const RATE_FALLBACK = parseDecimal('1.23') as ExactDecimal;

/** Every reader of a cell, with a name for the test title. */
const READERS: readonly (readonly [string, (value: CellValue) => unknown])[] = [
  ['flag', (value) => readFlag(value, COL)],
  ['progress', readProgress],
  ['round', readRound],
  ['date', (value) => READ_DATE(value, 'วันครบกำหนด')],
  ['rate', (value) => formatOrProblem(readRate(value, RATE_FALLBACK))],
  ['weight fraction', (value) => formatOrProblem(readWeightFraction(value, 777))],
  ['day count', readDayCountMode],
  ['score', (value) => formatOrProblem(readScore(value))],
];

/** A decimal as text, so two readings compare with toEqual. */
function formatOrProblem(reading: ExactDecimal | CellProblem): string | CellProblem {
  return reading instanceof CellProblem ? reading : formatDecimal(reading);
}

/** Texts each reader accepts, as people type them. */
const VALID_TEXTS: Readonly<Record<string, readonly string[]>> = {
  flag: ['ใช่', 'ไม่ใช่', '1', '0', 'TRUE', '✓', '-'],
  progress: ['60%', '79.9', 'ร้อยละ 50', '0.6', '100%'],
  round: ['รอบ 1', 'รอบที่ 2', '2/2566', '1'],
  date: ['10/4/2566', '31 มี.ค. 2566', '2023-04-10', '45026', 'วันจันทร์ที่ 10 เมษายน พ.ศ. 2566'],
  rate: ['0.1', '0.05', '5', '0'],
  'weight fraction': ['5%', '0.05', '5.555', 'ร้อยละ 10'],
  'day count': ['วันทำการ', 'working', 'calendar', 'วันปฏิทิน'],
  score: ['0.7', '5', '1.00045', '2.5'],
};

/** Every code point of Unicode's category Cf (format characters: direction marks, joiners, BOM, …). */
const FORMAT_CHARACTERS: readonly string[] = (() => {
  const found: string[] = [];
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCodePoint(code);
    if (/\p{Cf}/u.test(char)) found.push(char);
  }
  return found;
})();

/** `text` with `marks` put in at the given places (each place taken modulo the length + 1). */
function withMarks(text: string, marks: readonly (readonly [number, string])[]): string {
  const chars = [...text];
  for (const [place, mark] of marks) chars.splice(place % (chars.length + 1), 0, mark);
  return chars.join('');
}

describe('invisible format characters (Unicode Cf) are ignored in every cell (issue 10, finding 11)', () => {
  it('there are many of them: direction marks, isolates, joiners, the BOM, the soft hyphen, tags', () => {
    expect(FORMAT_CHARACTERS).toEqual(
      expect.arrayContaining([
        '\u200e',
        '\u200f',
        '\u061c',
        '\u202a',
        '\u202e',
        '\u2066',
        '\u2069',
        '\u00ad',
      ]),
    );
    expect(FORMAT_CHARACTERS.length).toBeGreaterThan(150);
  });

  it('the pasted texts of the finding read as typed: "\u200fใช่" is done, "\u200e10/\u200e4/\u200e2566" is 10 April 2023', () => {
    expect(readFlag('\u200fใช่', COL)).toBe(true);
    expect(READ_DATE('\u200e10/\u200e4/\u200e2566', 'วันครบกำหนด')).toBe(dayFromCivil(2023, 4, 10));
  });

  it('cleanText drops every one of them', () => {
    expect(cleanText(FORMAT_CHARACTERS.join(''))).toBe('');
    expect(cleanText(`\u202bใ${FORMAT_CHARACTERS.join('')}ช่\u202c`)).toBe('ใช่');
  });

  it('a text with only format characters is blank', () => {
    expect(isBlank('\u200e\u200f')).toBe(true);
    expect(readProgress('\u200f')).toBe(0);
    expect(readRate('\u2066\u2069', RATE_FALLBACK)).toBe(RATE_FALLBACK);
  });

  it.each(READERS)('a %s cell reads the same with format characters anywhere in it', (kind, read) => {
    const texts = VALID_TEXTS[kind] ?? [];
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FORMAT_CHARACTERS)), { minLength: 1, maxLength: 4 }),
        (text, marks) => {
          const clean = read(text);
          expect(clean).not.toBeInstanceOf(CellProblem);
          expect(read(withMarks(text, marks))).toEqual(clean);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('Thai digits are read like Arabic ones in every cell (issue 10, finding 12)', () => {
  it('๑ and ๐ are done and not done, like 1 and 0', () => {
    expect(readFlag('๑', COL)).toBe(true);
    expect(readFlag('๐', COL)).toBe(false);
    expect(readFlag(' ๑ ', COL)).toBe(true);
  });

  it.each(READERS)('a %s cell reads the same written in Thai digits', (kind, read) => {
    for (const text of VALID_TEXTS[kind] ?? []) {
      const clean = read(text);
      expect([text, clean]).not.toEqual([text, expect.any(CellProblem)]);
      expect([toThaiDigits(text), read(toThaiDigits(text))]).toEqual([toThaiDigits(text), clean]);
    }
  });
});

/** Texts JavaScript's Number reads but a person does not type as a number. */
const NOT_DECIMAL_NOTATION = [
  '0x5',
  '0x1',
  '0X0',
  '0b1',
  '0o7',
  '1e3',
  '1E-2',
  '5e-1',
  'Infinity',
  '-Infinity',
  '+Infinity',
  'NaN',
  '0x๕',
  '๑e๒',
] as const;

describe('only the decimal notation a person types is a number (issue 10, finding 13)', () => {
  it.each(NOT_DECIMAL_NOTATION)('"%s" is not a number in any numeric cell', (text) => {
    expect(readDecimal(text)).toBeUndefined();
    expect(readScore(text)).toBeInstanceOf(CellProblem);
    expect(readRate(text, RATE_FALLBACK)).toBeInstanceOf(CellProblem);
    expect(readProgress(text)).toBeInstanceOf(CellProblem);
    expect(readWeightFraction(text, 777)).toBeInstanceOf(CellProblem);
    expect(readFlag(text, COL)).toBeInstanceOf(CellProblem);
    expect(readRound(text)).toBeInstanceOf(CellProblem);
    expect(READ_DATE(text, 'วันครบกำหนด')).toBeInstanceOf(CellProblem);
  });

  it('"0x5" is not score 5 and "0x1" is not rate 1', () => {
    expect(problemMessage(readScore('0x5'))).toBe('คะแนนต้องเป็นตัวเลข 0–5: "0x5"');
    expect(problemMessage(readRate('0x1', RATE_FALLBACK))).toBe(
      'อัตราหักคะแนนต่อวันต้องเป็นตัวเลขตั้งแต่ 0 ถึง 5 คะแนน: "0x1"',
    );
  });

  it('a whole number (a fiscal year) is read the same way: 2566, "๒๕๖๖", "2566.0", but not "0x9E9" or 2566.5', () => {
    expect(readWholeNumber(2566)).toBe(2566);
    expect(readWholeNumber(' ๒๕๖๖\u200e')).toBe(2566);
    expect(readWholeNumber('2566.0')).toBe(2566);
    for (const value of ['0x9E9', '2.566e3', 2566.5, '2566.5', '', ' ', true, Number.NaN, new Date(0)]) {
      expect([value, readWholeNumber(value)]).toEqual([value, undefined]);
    }
  });

  it('a number cell is read whatever its size; NaN and the infinities are not numbers', () => {
    expect(formatDecimal(readDecimal(1e-300) as ExactDecimal)).toBe(`0.${'0'.repeat(299)}1`);
    expect(formatDecimal(readDecimal(1e21) as ExactDecimal)).toBe(`1${'0'.repeat(21)}`);
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(readDecimal(value)).toBeUndefined();
      expect(readScore(value)).toBeInstanceOf(CellProblem);
      expect(readRate(value, RATE_FALLBACK)).toBeInstanceOf(CellProblem);
    }
  });

  it('any text a numeric reader takes is decimal notation once cleaned, and reads as that decimal', () => {
    const decimalNotation = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
    const numericText = fc.string({
      unit: fc.constantFrom(
        '0',
        '1',
        '5',
        '๕',
        '.',
        '-',
        '+',
        'e',
        'x',
        'b',
        'o',
        'E',
        'X',
        ' ',
        '\u200e',
        'I',
        'n',
      ),
      maxLength: 8,
    });
    fc.assert(
      fc.property(numericText, (text) => {
        const decimal = readDecimal(text);
        const cleaned = cleanText(text).replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));
        if (decimal !== undefined) expect(cleaned).toMatch(decimalNotation);
        else expect(decimalNotation.test(cleaned)).toBe(false);
        for (const reading of [readScore(text), readRate(text, RATE_FALLBACK)]) {
          if (!(reading instanceof CellProblem) && !isBlank(text)) expect(decimal).toBeDefined();
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a date cell far outside the accepted years is a problem of its row (issue 10, finding 14)', () => {
  /** A zone lookup like Utilities.formatDate's: it cannot write a year of five digits or before year 1. */
  const strictDayOf: DayOf = (instant) => {
    const year = new Date(instant.getTime()).getUTCFullYear();
    if (year > 9999 || year < 1)
      throw new Error('Utilities.formatDate gave an unexpected day for Asia/Bangkok');
    return bangkokDayOf(instant);
  };

  it.each([
    ['year 10000', Date.UTC(10000, 0, 1)],
    ['year 275760, the last a Date holds', 8.64e15],
    ['year 0', new Date(Date.UTC(2000, 5, 1)).setUTCFullYear(0)],
    ['year 1', new Date(Date.UTC(2000, 5, 1)).setUTCFullYear(1)],
    ['year 1 BC and before', -8.64e15],
    ['year 9999', Date.UTC(9999, 11, 31)],
  ])('a Date in %s is out of the accepted years, in Thai, without asking the zone', (_name, time) => {
    const date = new Date(time);
    const dayOf = jest.fn(strictDayOf);
    const reading = createDateReader(dayOf)(date, 'วันครบกำหนด');
    expect(problemMessage(reading)).toMatch(/^วันครบกำหนด มีปีอยู่นอกช่วงที่ใช้ได้ \(พ\.ศ\. 2443–2843\): /);
    expect(dayOf).not.toHaveBeenCalled();
    expect(typeof describeValue(date, strictDayOf)).toBe('string');
  });

  it('a zone lookup that throws on an accepted year gives an unreadable-date problem, not an English error', () => {
    const failing: DayOf = () => {
      throw new Error('Utilities.formatDate gave an unexpected day for Mars/Olympus');
    };
    expect(problemMessage(createDateReader(failing)(new Date(Date.UTC(2023, 3, 10)), 'วันครบกำหนด'))).toMatch(
      /^วันครบกำหนด อ่านเป็นวันที่ไม่ได้/,
    );
    expect(describeValue(new Date(Date.UTC(2023, 3, 10)), failing)).toBe('10/04/2566');
  });

  it('the first and last accepted instants still read, through the zone', () => {
    const dayOf = jest.fn(strictDayOf);
    const read = createDateReader(dayOf);
    expect(read(new Date('1899-12-31T17:00:00Z'), 'd')).toBe(dayFromCivil(1900, 1, 1));
    expect(read(new Date('2300-12-31T16:59:59Z'), 'd')).toBe(dayFromCivil(2300, 12, 31));
    expect(read(new Date('2300-12-31T17:00:00Z'), 'd')).toBeInstanceOf(CellProblem);
  });
});
