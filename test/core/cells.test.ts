import {
  CellProblem,
  cleanText,
  createDateReader,
  describeValue,
  isBlank,
  isDateValue,
  readDayCountMode,
  readFlag,
  readProgress,
  readRate,
  readRound,
  readScore,
  readWeight,
} from '../../src/core/cells';
import { dayFromCivil, dayFromIso, fixedOffsetDayOf } from '../../src/core/dates';

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
    expect(problemMessage(readDate('30/02/2566', DUE))).toBe('วันครบกำหนด ไม่มีวันนี้ในปฏิทิน: "30/02/2566"');
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
    expect(problemMessage(read('30/02/2566', 'A'))).toBe('A ไม่มีวันนี้ในปฏิทิน: "30/02/2566"');
    expect(problemMessage(read('30/02/2566', 'B'))).toBe('B ไม่มีวันนี้ในปฏิทิน: "30/02/2566"');
  });

  it('gives the same day for a remembered good text', () => {
    const read = createDateReader(bangkokDayOf);
    expect(read('31 มี.ค. 2566', DUE)).toBe(dayFromCivil(2023, 3, 31));
    expect(read('31 มี.ค. 2566', DUE)).toBe(dayFromCivil(2023, 3, 31));
  });
});

describe('readRate', () => {
  const FALLBACK = 123_456;

  it.each([[''], ['  '], [null], [undefined], ['\u200b']])('gives the fallback for the blank %p', (value) => {
    expect(readRate(value, FALLBACK)).toBe(FALLBACK);
  });

  it.each([
    [0.1, 100_000],
    ['0.1', 100_000],
    ['0.10', 100_000],
    ['๐.๑', 100_000],
    [0.15, 150_000],
    [0.125, 125_000],
    [0.2, 200_000],
    [0, 0],
    [5, 5_000_000],
    [' 0.05 ', 50_000],
  ])('reads %p as %i millionths of a point a day', (value, millionths) => {
    expect(readRate(value, FALLBACK)).toBe(millionths);
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

describe('readWeight', () => {
  const FALLBACK = 777;

  it.each([[''], [' '], [null], [undefined]])('gives the fallback for the blank %p', (value) => {
    expect(readWeight(value, FALLBACK)).toBe(FALLBACK);
  });

  it.each([
    [0.05, 500],
    [5, 500],
    ['5%', 500],
    ['5', 500],
    ['0.05', 500],
    ['ร้อยละ 5', 500],
    ['๕%', 500],
    [0.1, 1000],
    [10, 1000],
    [2.5, 250],
    [1, 10_000],
    [100, 10_000],
    [0, 0],
    [0.125, 1250],
  ])('reads %p as %i hundredths of a percent (≤ 1 a fraction, above it percent points)', (value, basis) => {
    expect(readWeight(value, FALLBACK)).toBe(basis);
  });

  it.each([[101], [-5], ['abc'], [true]])('gives a weight problem for %p', (value) => {
    expect(problemMessage(readWeight(value, FALLBACK))).toMatch(/^น้ำหนักตัวชี้วัดต้องอยู่ระหว่าง 0–100%: /);
  });

  it('names the setting and the value', () => {
    expect(problemMessage(readWeight(101, FALLBACK))).toBe('น้ำหนักตัวชี้วัดต้องอยู่ระหว่าง 0–100%: 101');
  });
});

describe('readDayCountMode', () => {
  it.each([[''], [' '], [null], [undefined]])('counts calendar days when %p is blank', (value) => {
    expect(readDayCountMode(value)).toBe('calendar');
  });

  it.each([['calendar'], ['Calendar'], ['CALENDAR'], [' calendar '], ['วันปฏิทิน'], ['\u200bวันปฏิทิน']])(
    'reads %p as calendar days',
    (value) => {
      expect(readDayCountMode(value)).toBe('calendar');
    },
  );

  it.each([['working'], ['Working'], ['WORKING'], ['วันทำการ'], [' วันทำการ\u200b ']])(
    'reads %p as working days',
    (value) => {
      expect(readDayCountMode(value)).toBe('working');
    },
  );

  it.each([['work'], ['weekdays'], ['วัน'], [1], [true], [new Date(0)]])('gives a problem for %p', (value) => {
    expect(readDayCountMode(value)).toBeInstanceOf(CellProblem);
  });

  it('names the setting and the value', () => {
    expect(problemMessage(readDayCountMode('work'))).toBe(
      'วิธีนับวันต้องเป็น "calendar" หรือ "วันปฏิทิน", "working" หรือ "วันทำการ": "work"',
    );
  });
});

describe('readScore', () => {
  it.each([
    [0.7, 7000],
    [5, 50_000],
    [0, 0],
    [2.5, 25_000],
    [2.3, 23_000],
    [0.1, 1000],
    [0.035, 350],
    ['0.7', 7000],
    ['๐.๗', 7000],
    [' 2.5 ', 25_000],
  ])('reads %p as %i ten-thousandths', (value, scaled) => {
    expect(readScore(value)).toBe(scaled);
  });

  it.each([[5.0001], [6], [-0.01], ['abc'], [true], [null], [Number.NaN], [new Date(0)]])(
    'gives a problem for %p',
    (value) => {
      expect(readScore(value)).toBeInstanceOf(CellProblem);
    },
  );

  it('names the value', () => {
    expect(problemMessage(readScore(6))).toBe('คะแนนต้องเป็นตัวเลข 0–5: 6');
  });
});
