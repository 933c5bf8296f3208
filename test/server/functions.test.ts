/**
 * The custom functions from TypeScript, run as Sheets runs them: in the
 * custom-function authorization mode, on the emulator's SpreadsheetApp, Session
 * and Utilities (the real calendar lookup, `Utilities.formatDate` included).
 */

import fc from 'fast-check';
import { type InstalledEmulator, installEmulator } from '../../emulator/install';
import * as functions from '../../src/server/functions';
import { expectedWeighted } from '../decimal-oracle';
import { bangkokDate as day } from '../golden';

let emulator: InstalledEmulator | undefined;

beforeAll(() => {
  emulator = installEmulator();
});

afterAll(() => {
  emulator?.uninstall();
});

/** A custom function as Sheets calls it: in AuthMode.CUSTOM_FUNCTION, on the installed emulator. */
function asSheets<Args extends unknown[]>(
  fn: (...args: Args) => functions.FunctionResult,
): (...args: Args) => functions.FunctionResult {
  return (...args) => {
    if (emulator === undefined) throw new Error('the emulator is not installed');
    return emulator.runAs('customFunction', () => fn(...args));
  };
}

const kpiLateDays = asSheets(functions.kpiLateDays);
const kpiLevel = asSheets(functions.kpiLevel);
const kpiNext = asSheets(functions.kpiNext);
const kpiPenalty = asSheets(functions.kpiPenalty);
const kpiScore = asSheets(functions.kpiScore);
const kpiWeighted = asSheets(functions.kpiWeighted);

const column = (...values: unknown[]) => values.map((value) => [value]);

describe('one call per column', () => {
  it('a range of N rows gives an N × 1 column, each row scored on its own', () => {
    const result = kpiScore(
      1,
      [
        [true, true, 0.6],
        [true, false, 0.6],
        [false, true, 1],
      ],
      column(day('2023-04-10'), day('2023-04-10'), day('2023-04-10')),
      column(day('2023-04-07'), day('2023-04-13'), day('2023-04-10')),
    );
    expect(result).toEqual([[5], [0.7], [0]]);
  });

  it('a single value given where others are ranges applies to every row', () => {
    const result = kpiLateDays(
      day('2023-04-10'),
      column('2023-04-11', '2023-04-13', '2023-04-20'),
      day('2023-04-15'),
    );
    expect(result).toEqual([[1], [3], [10]]);
  });

  it('a single due date does not make an empty row count as late: only the ranges decide blankness', () => {
    const result = kpiLateDays(day('2023-04-10'), column('2023-04-11', ''), day('2023-04-15'));
    expect(result).toEqual([[1], ['']]);
    // With the due dates as a column, a listed division that has not reported counts up to as-of.
    expect(
      kpiLateDays(column(day('2023-04-10'), day('2023-04-10')), column('2023-04-11', ''), day('2023-04-15')),
    ).toEqual([[1], [5]]);
  });

  it('one row, even given as a one-row range, gives a plain value', () => {
    expect(kpiLevel([[2]], [[1, true, true, true, false]])).toBe(4);
  });

  it('the round may differ row by row', () => {
    expect(
      kpiLevel(column(1, 'รอบ 2', '2/2566'), [
        [true, true, 0.5, 'extra', 'cells'],
        [1, true, true, true, true],
        [0.8, '', '', '', ''],
      ]),
    ).toEqual([[5], [5], [1]]);
  });

  it('ranges of different heights are a mistake in the call, named in Thai', () => {
    expect(() =>
      kpiLateDays(column('1/4/2566', '2/4/2566'), column('3/4/2566', '4/4/2566', '5/4/2566')),
    ).toThrow('ช่วงข้อมูลมีจำนวนแถวไม่เท่ากัน: วันครบกำหนด 2 แถว แต่วันที่ส่งรายงาน 3 แถว');
  });
});

describe('blank rows', () => {
  it('rows whose milestones and submitted date are empty stay empty, so open ranges leave no noise', () => {
    const result = kpiScore(
      1,
      [
        [true, '', ''],
        ['', '', ''],
        ['  ', null, undefined],
      ],
      day('2023-04-10'),
      column('', '', ''),
      day('2023-04-20'),
    );
    expect(result).toEqual([[0], [''], ['']]);
  });

  it('for days late, the row-wise cells are the due and submitted dates', () => {
    expect(kpiLateDays(column('10/4/2566', ''), column('', ''), '20/4/2566')).toEqual([[10], ['']]);
    expect(kpiPenalty(column('', '10/4/2566'), column('', '12/4/2566'))).toEqual([[''], [0.2]]);
  });

  it('a weighted score of a blank score is blank', () => {
    expect(kpiWeighted(column(5, '', 0.7))).toEqual([[0.25], [''], [0.035]]);
  });
});

describe('bad cells give their row a ⚠ text that names the column and the value', () => {
  it('progress above 100', () => {
    expect(kpiLevel(1, [[true, true, 250]])).toBe('⚠ ความคืบหน้าต้องอยู่ระหว่าง 0–100%: 250');
  });

  it('an unknown word in a flag column names that milestone', () => {
    expect(kpiLevel(1, [['done?', true, 1]])).toBe(
      '⚠ ทบทวนกระบวนการ (ระดับ 1) ต้องเป็น ✓ / ใช่ / ไม่ใช่ / TRUE / FALSE / 1 / 0 หรือเว้นว่าง: "done?"',
    );
  });

  it('an impossible date names the date column', () => {
    expect(kpiLateDays(day('2023-04-10'), '30/02/2566')).toBe(
      '⚠ วันที่ส่งรายงาน ไม่มีวันที่นี้ในปฏิทิน (ก.พ. มี 28 วัน): "30/02/2566"',
    );
  });

  it('every problem of the row is listed, and the other rows are still computed', () => {
    const result = kpiScore(
      1,
      [
        ['maybe', true, '120%'],
        [true, true, 0.5],
      ],
      column('soon', day('2023-04-10')),
      column('', day('2023-04-10')),
      day('2023-04-12'),
    ) as string[][];
    expect(result[1]).toEqual([5]);
    const problems = result[0]?.[0] ?? '';
    expect(problems.startsWith('⚠ ')).toBe(true);
    expect(problems).toContain('"maybe"');
    expect(problems).toContain('120%');
    expect(problems).toContain('วันครบกำหนด อ่านเป็นวันที่ไม่ได้');
    expect(problems).toContain('"soon"');
  });

  it('a bad round in a range of rounds marks only its row', () => {
    expect(
      kpiLevel(column(1, 3), [
        [true, false, 0],
        [true, false, 0],
      ]),
    ).toEqual([[1], ['⚠ รอบการประเมินต้องเป็น 1 หรือ 2 (เช่น "รอบ 1", "2/2566"): 3']]);
  });

  it('a due date is needed once there is a day to count to', () => {
    expect(kpiLateDays('', '12/4/2566')).toBe('⚠ วันครบกำหนดว่างอยู่ จึงนับวันที่ล่าช้าไม่ได้');
    expect(kpiScore(1, [[true, true, 1]], '', '')).toBe(5);
  });

  it('a weighted score passes on the ⚠ of the score it weighs, and flags a score out of range', () => {
    const warning = '⚠ ความคืบหน้าต้องอยู่ระหว่าง 0–100%: 250';
    expect(kpiWeighted(column(warning, 7, 'abc'))).toEqual([
      [warning],
      ['⚠ คะแนนต้องเป็นตัวเลข 0–5: 7'],
      ['⚠ คะแนนต้องเป็นตัวเลข 0–5: "abc"'],
    ]);
  });
});

describe('mistakes in the call itself throw a Thai error', () => {
  it.each([
    ['round 3 given for every row', () => kpiLevel(3, [[true, true, 1]]), 'รอบการประเมินต้องเป็น 1 หรือ 2'],
    ['too few milestone cells', () => kpiLevel(2, [[1, true]]), 'รอบ 2 ต้องมีช่องผลการดำเนินงาน 5 ช่อง'],
    ['one milestone cell', () => kpiNext(1, true), 'รอบ 1 ต้องมีช่องผลการดำเนินงาน 3 ช่อง'],
    ['an unknown day count', () => kpiLateDays('1/4/2566', '3/4/2566', '', 'weekly'), 'วิธีนับวันต้องเป็น'],
    ['a negative rate', () => kpiPenalty('1/4/2566', '3/4/2566', '', -0.1), 'อัตราหักคะแนนต่อวันต้องเป็นตัวเลข'],
    ['a weight above 100 %', () => kpiWeighted(5, 150), 'น้ำหนักตัวชี้วัดต้องอยู่ระหว่าง 0–100%: 150'],
    ['an unreadable as-of date', () => kpiLateDays('1/4/2566', '', 'tomorrow'), 'วันที่นับถึง อ่านเป็นวันที่ไม่ได้'],
    [
      'a range where one value is expected',
      () => kpiPenalty('1/4/2566', '3/4/2566', '', [[0.1], [0.2]]),
      'ต้องเป็นค่าเดียว',
    ],
    [
      'an unreadable holiday in working-day mode',
      () => kpiLateDays('1/4/2566', '3/4/2566', '', 'วันทำการ', [['13/4/2566'], ['สงกรานต์']]),
      'วันหยุด อ่านเป็นวันที่ไม่ได้ (ใช้ 31/3/2566, 31 มี.ค. 2566 หรือ 2023-03-31): "สงกรานต์"',
    ],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(message);
  });
});

describe('options', () => {
  it('a custom rate per day, still exact to the hundredth', () => {
    expect(kpiPenalty('10/4/2566', '13/4/2566', '', 0.05)).toBe(0.15);
    expect(kpiPenalty('10/4/2566', '11/4/2566', '', 0.125)).toBe(0.13);
    expect(kpiScore(1, [[true, false, 0]], '10/4/2566', '19/4/2566')).toBe(0.1);
  });

  it('working days in Thai, with holidays given as a block of cells in any shape', () => {
    const holidays = [
      ['13/4/2566', '14/4/2566'],
      ['', '15/4/2566'],
    ];
    expect(kpiLateDays('10/4/2566', '18/4/2566', '', 'วันทำการ', holidays)).toBe(4);
    expect(kpiLateDays('10/4/2566', '18/4/2566', '', 'วันปฏิทิน', holidays)).toBe(8);
  });

  it('an unsubmitted report is late up to the as-of date only when one is given', () => {
    expect(kpiLateDays('10/10/2566', '')).toBe(0);
    expect(kpiLateDays('10/10/2566', '', '30/11/2566')).toBe(51);
    expect(kpiPenalty('10/10/2566', '', '30/11/2566')).toBe(5.1);
  });

  it('weight as a fraction, as percent points and as text', () => {
    expect(kpiWeighted(0.7)).toBe(0.035);
    expect(kpiWeighted(3, 0.1)).toBe(0.3);
    expect(kpiWeighted(3, '10%')).toBe(0.3);
    expect(kpiWeighted(2.3, 2.5)).toBe(0.0575);
  });
});

describe('KPINEXT', () => {
  it('names the next level and what it still needs, with progress so far', () => {
    expect(kpiNext(2, [[0.5, true, true, true, true]])).toBe('ระดับ 1: ดำเนินการตามแผนฯ ได้ร้อยละ 80 (ขณะนี้ 50%)');
    expect(kpiNext(1, [[true, false, 0]])).toBe('ระดับ 3: จัดทำแผนและแนวทางการปรับปรุงกระบวนการ 1 กระบวนการ');
  });

  it('at 2.5 it names only the missing half of level 3', () => {
    expect(kpiNext(2, [[1, true, false, true, true]])).toBe(
      'ระดับ 3: อบรม/ชี้แจงผู้ปฏิบัติงานให้ทำงานได้ตามคู่มือและมาตรฐาน (0.5 คะแนน)',
    );
  });

  it('with neither half, it names both', () => {
    expect(kpiNext(2, [['100%', '', '', '', '']])).toBe(
      'ระดับ 3: จัดทำผังกระบวนการ (Work Flow) มาตรฐานคุณภาพงาน และคู่มือการปฏิบัติงาน (0.5 คะแนน) และ อบรม/ชี้แจงผู้ปฏิบัติงานให้ทำงานได้ตามคู่มือและมาตรฐาน (0.5 คะแนน)',
    );
  });

  it('is blank at level 5', () => {
    expect(kpiNext(2, [[1, true, true, true, true]])).toBe('');
  });
});

describe('the emulator is really there', () => {
  it('a call reads the zone through SpreadsheetApp and each date through Utilities.formatDate', () => {
    emulator?.serviceCalls.reset();
    expect(kpiLateDays(day('2023-04-10'), day('2023-04-13'))).toBe(3);
    const calls = Object.keys(emulator?.serviceCalls.snapshot() ?? {});
    expect(calls).toEqual(expect.arrayContaining(['Utilities.Utilities.formatDate']));
    expect(calls.some((key) => key.startsWith('Spreadsheet.'))).toBe(true);
  });
});

describe('edge inputs (issue 10)', () => {
  describe('finding 10: KPIWEIGHTED multiplies exactly and rounds once, half up', () => {
    it('KPIWEIGHTED(1.00045, 10) is 0.1 and KPIWEIGHTED(5, 5.555) is 0.2778', () => {
      expect(kpiWeighted(1.00045, 10)).toBe(0.1);
      expect(kpiWeighted(5, 5.555)).toBe(0.2778);
      expect(kpiWeighted('1.00045', '10%')).toBe(0.1);
      expect(kpiWeighted(column(5, 1.00045), 0.05555)).toEqual([[0.2778], [0.0556]]);
    });

    it('every score and weight, as numbers or typed text, gives the exact product rounded once (BigInt oracle)', () => {
      const digits = (unit: string[], maxLength: number) =>
        fc.string({ unit: fc.constantFrom(...unit), maxLength });
      const scoreText = fc
        .tuple(fc.constantFrom('0', '1', '2', '3', '4'), digits(['0', '1', '4', '5', '9'], 12))
        .map(([whole, fraction]) => (fraction === '' ? whole : `${whole}.${fraction}`));
      const weightText = fc
        .tuple(fc.integer({ min: 0, max: 99 }), digits(['0', '5', '4', '9', '1'], 10), fc.boolean())
        .map(
          ([whole, fraction, percent]) =>
            `${whole}${fraction === '' ? '' : `.${fraction}`}${percent ? '%' : ''}`,
        );
      const score = fc.oneof(fc.double({ min: 0, max: 5, noNaN: true }), scoreText);
      const weight = fc.oneof(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 0, max: 100_000 }).map((units) => units / 1000),
        weightText,
      );
      fc.assert(
        fc.property(score, weight, (scoreValue, weightValue) => {
          expect(kpiWeighted(scoreValue, weightValue)).toBe(expectedWeighted(scoreValue, weightValue));
        }),
        { seed: 10_10, numRuns: 3000 },
      );
    });
  });

  it('finding 11: direction marks pasted from other apps are ignored in every argument', () => {
    const rtl = '\u200f';
    const ltr = '\u200e';
    expect(kpiLevel(`${rtl}รอบ 1`, [[`${rtl}ใช่`, `${ltr}✓${ltr}`, `${rtl}60%`]])).toBe(5);
    expect(kpiLateDays(`${ltr}10/${ltr}4/${ltr}2566`, `\u2066${ltr}13/4/2566\u2069`)).toBe(3);
    expect(kpiPenalty('10/4/2566', '13/4/2566', '', `${rtl}0.1`, `${rtl}วันปฏิทิน`)).toBe(0.3);
    expect(kpiWeighted(`${rtl}0.7`, `${ltr}5%`)).toBe(0.035);
    expect(kpiScore(`${rtl}1`, [[true, 'ใช่', `0.6${rtl}`]], '10/4/2566', `${ltr}13/4/2566`)).toBe(4.7);
    expect(kpiLateDays('10/4/2566', '18/4/2566', '', `${rtl}วันทำการ`, [[`${ltr}13/4/2566`]])).toBe(5);
  });

  it('finding 12: ๑ and ๐ in a done-flag mean done and not done', () => {
    expect(kpiLevel(1, [['๑', '๑', '๖๐%']])).toBe(5);
    expect(kpiLevel(1, [['๑', '๐', '๖๐%']])).toBe(1);
    expect(kpiLevel('รอบ ๒', [['๑๐๐', '๑', '๑', '๑', '๐']])).toBe(4);
  });

  it('finding 13: "0x5" is no score and "0x1" no rate; only decimal notation is a number', () => {
    expect(kpiWeighted('0x5')).toBe('⚠ คะแนนต้องเป็นตัวเลข 0–5: "0x5"');
    expect(kpiWeighted('5e-1')).toBe('⚠ คะแนนต้องเป็นตัวเลข 0–5: "5e-1"');
    expect(kpiWeighted(column('0b1', 'Infinity', '0.5'))).toEqual([
      ['⚠ คะแนนต้องเป็นตัวเลข 0–5: "0b1"'],
      ['⚠ คะแนนต้องเป็นตัวเลข 0–5: "Infinity"'],
      [0.025],
    ]);
    expect(() => kpiPenalty('10/4/2566', '13/4/2566', '', '0x1')).toThrow(
      'อัตราหักคะแนนต่อวันต้องเป็นตัวเลขตั้งแต่ 0 ถึง 5 คะแนน: "0x1"',
    );
    expect(() => kpiScore(1, [[1, 1, 1]], '10/4/2566', '13/4/2566', '', '1e-1')).toThrow('"1e-1"');
    expect(() => kpiWeighted(5, '0x5')).toThrow('น้ำหนักตัวชี้วัดต้องอยู่ระหว่าง 0–100%: "0x5"');
    expect(kpiLevel(1, [['0x1', true, '0x32']])).toMatch(/^⚠ /);
  });

  describe('finding 14: a date cell in year 10000 or before year 1 is a ⚠ of its row', () => {
    const inYear = (year: number) => {
      const date = new Date(Date.UTC(2000, 3, 10));
      date.setUTCFullYear(year);
      return date;
    };

    it.each([[10000], [275759], [0], [-1], [-271820]])(
      'year %i: that row gets a Thai ⚠, the others are computed',
      (year) => {
        const far = inYear(year);
        expect(
          kpiLateDays(column(far, day('2023-04-10')), column(day('2023-04-12'), day('2023-04-12'))),
        ).toEqual([[expect.stringMatching(/^⚠ วันครบกำหนด มีปีอยู่นอกช่วงที่ใช้ได้/)], [2]]);
        expect(
          kpiScore(
            1,
            [
              [true, true, 1],
              [true, true, 1],
            ],
            day('2023-04-10'),
            column(far, day('2023-04-12')),
          ),
        ).toEqual([[expect.stringMatching(/^⚠ วันที่ส่งรายงาน มีปีอยู่นอกช่วงที่ใช้ได้/)], [4.8]]);
      },
    );

    it('as a single as-of date or a holiday it is a Thai error of the call', () => {
      expect(() => kpiLateDays('10/4/2566', '', inYear(10000))).toThrow(/^วันที่นับถึง มีปีอยู่นอกช่วงที่ใช้ได้/);
      expect(() => kpiLateDays('10/4/2566', '13/4/2566', '', 'วันทำการ', [[inYear(-5)]])).toThrow(
        /^วันหยุด มีปีอยู่นอกช่วงที่ใช้ได้/,
      );
    });
  });

  describe('finding 15: KPINEXT never shows a progress rounded up to a threshold not reached', () => {
    it('79.999 % is shown as 79.99 %, not 80 %, while the level is 0', () => {
      expect(kpiLevel(2, [[79.999, true, true, true, true]])).toBe(0);
      expect(kpiNext(2, [[79.999, true, true, true, true]])).toBe(
        'ระดับ 1: ดำเนินการตามแผนฯ ได้ร้อยละ 80 (ขณะนี้ 79.99%)',
      );
      expect(kpiNext(2, [['99.9999%', true, true, true, true]])).toBe(
        'ระดับ 2: ดำเนินการตามแผนฯ ได้ร้อยละ 100 (ขณะนี้ 99.99%)',
      );
      expect(kpiNext(1, [[true, true, 0.49999]])).toBe('ระดับ 5: ดำเนินการตามแผนฯ ได้ร้อยละ 50 (ขณะนี้ 49.99%)');
    });

    it('for any progress, the percent shown is below the threshold still missing', () => {
      fc.assert(
        fc.property(
          fc.double({ min: 0, max: 100, noNaN: true }),
          fc.constantFrom<1 | 2>(1, 2),
          (progress, round) => {
            const cells = round === 1 ? [[true, true, progress]] : [[progress, true, true, true, true]];
            const text = kpiNext(round, cells) as string;
            const shown = /\(ขณะนี้ ([\d.]+)%\)$/.exec(text);
            const threshold = /ร้อยละ (\d+)/.exec(text);
            if (shown === null || threshold === null) return;
            expect(Number(shown[1])).toBeLessThan(Number(threshold[1]));
          },
        ),
        { seed: 15, numRuns: 2000 },
      );
    });
  });
});

describe('the card argument (PRODUCT.md §7)', () => {
  const header = ['รอบ', 'ระดับ', 'ช่องข้อมูล', 'ชนิด', 'เกณฑ์', 'คะแนนบางส่วน', 'ข้อความ'];
  const budget = [
    header,
    ...[60, 70, 80, 90, 100].map((percent, index) => [
      1,
      index + 1,
      'ร้อยละการเบิกจ่าย',
      'ร้อยละ เทียบ',
      percent,
      '',
      `เบิกจ่ายได้ร้อยละ ${percent}`,
    ]),
  ];

  it('reads the card once per call, not once per row', () => {
    const cardTable =
      jest.requireActual<typeof import('../../src/core/card-table')>('../../src/core/card-table');
    const spy = jest.spyOn(cardTable, 'readCardTable');
    try {
      const rows = Array.from({ length: 50 }, (_row, index) => [60 + (index % 41)]);
      const dates = column(...rows.map(() => '2023-04-10'));
      expect(kpiScore(1, rows, dates, dates, '', '', '', '', budget)).toHaveLength(50);
      expect(kpiLevel(1, rows, budget)).toHaveLength(50);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });

  it('scores a row on the card passed, and the built-in card without one', () => {
    expect(kpiLevel(1, [85], budget)).toBe(3.5);
    expect(kpiLevel(1, [true, true, 85])).toBe(5);
    expect(kpiNext(1, [72], budget)).toBe('ระดับ 3: เบิกจ่ายได้ร้อยละ 80 (ขณะนี้ 72%)');
    expect(kpiScore(1, [85], '2023-04-10', '2023-04-12', '', '', '', '', budget)).toBe(3.3);
  });

  it('throws a Thai error naming the card row and column for a card it cannot read, and for a round it lacks', () => {
    expect(() => kpiLevel(1, [85], [header, [1, 1, 'ก', 'ร้อยละ', '', '', 'ก']])).toThrow(
      'บัตรตัวชี้วัด แถว 2 คอลัมน์ เกณฑ์: ชนิด ร้อยละ ต้องมีเกณฑ์',
    );
    expect(() => kpiLevel(2, [85], budget)).toThrow('บัตรตัวชี้วัดมี 1 รอบ (1–1): 2');
  });
});
