/**
 * The card as data (PRODUCT.md §7) through dist/ on the emulator, as Sheets calls
 * the custom functions (AuthMode.CUSTOM_FUNCTION): the 2566 card written as a
 * table gives the built-in results; §7's interpolation example; a "no more than"
 * card; a quarterly card; bad cards are call errors naming the row and column.
 */

import fc from 'fast-check';
import { loadAddOn } from '../../emulator/apps-script/vm-host';
import { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { BUILT_IN_CARD_TABLE, CARD_TABLE_HEADER } from '../../src/core/card-table';
import { DIST } from './dist';

const addOn = loadAddOn({ distDir: DIST, spreadsheet: new FakeSpreadsheet() });

/** What a call gives: its value, or `{ error }` with the thrown message. */
function outcome(name: string, ...args: unknown[]): unknown {
  try {
    return JSON.parse(JSON.stringify(addOn.callAs('customFunction', name, ...args)));
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const TABLE_2566 = [[...CARD_TABLE_HEADER], ...BUILT_IN_CARD_TABLE.map((row) => [...row])];

/** §7's budget card: one round, level thresholds 60/70/80/90/100 % of the budget spent. */
const BUDGET = [
  [...CARD_TABLE_HEADER],
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

describe('the 2566 card written as a table', () => {
  const flag = fc.constantFrom(true, false, 1, 0, '', 'ใช่', 'x', '✓', 'ไม่', '-', 'maybe');
  const progress = fc.constantFrom(0.6, 60, '60%', '๑๐๐%', 'ร้อยละ 80', '', 0.5, 49.9, 79.9, 100, 150, 'abc');
  const round = fc.constantFrom(1, 2, '1', 'รอบ 1', 'รอบที่ 2', '2/2566', 3);
  const row = fc.oneof(
    fc.tuple(flag, flag, progress, flag, flag),
    fc.tuple(progress, flag, flag, flag, flag),
  );
  const date = fc.constantFrom('', '10/04/2566', '2023-04-13', '13 เม.ย. 2566', 'soon', 45026);

  it('gives the built-in card’s KPILEVEL, KPINEXT and KPISCORE on random rows', () => {
    fc.assert(
      fc.property(
        round,
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(date, date), { minLength: 8, maxLength: 8 }),
        (roundValue, rows, dates) => {
          const milestones = rows.map((cells) => [...cells]);
          const due = rows.map((_row, index) => [dates[index]?.[0] ?? '']);
          const submitted = rows.map((_row, index) => [dates[index]?.[1] ?? '']);
          for (const name of ['KPILEVEL', 'KPINEXT']) {
            expect(outcome(name, roundValue, milestones, TABLE_2566)).toEqual(
              outcome(name, roundValue, milestones),
            );
          }
          const args = [roundValue, milestones, due, submitted, '2023-05-01', 0.1, 'calendar', ''];
          expect(outcome('KPISCORE', ...args, TABLE_2566)).toEqual(outcome('KPISCORE', ...args));
        },
      ),
      { seed: 0x6b70_6912, numRuns: 300 },
    );
  });

  it('gives the card’s worked examples (rows without the header read the same)', () => {
    const rows = BUILT_IN_CARD_TABLE.map((row) => [...row]);
    expect(outcome('KPILEVEL', 2, [100, true, false, true, true], rows)).toBe(2.5);
    expect(outcome('KPISCORE', 1, [true, false, 0.6], '2023-04-10', '2023-04-13', '', '', '', '', rows)).toBe(
      0.7,
    );
    expect(outcome('KPINEXT', 2, [50, false, false, false, false], TABLE_2566)).toBe(
      'ระดับ 1: ดำเนินการตามแผนฯ ได้ร้อยละ 80 (ขณะนี้ 50%)',
    );
  });
});

describe('an interpolation card (เทียบบัญญัติไตรยางศ์)', () => {
  it('scores §7’s example: 85 → 3.50, 72 → 2.20, 59 → 0', () => {
    expect(outcome('KPILEVEL', 1, [[85], [72], [59], ['100%'], [0.6], [''], ['lots']], BUDGET)).toEqual([
      [3.5],
      [2.2],
      [0],
      [5],
      [1],
      [''],
      ['⚠ ร้อยละการเบิกจ่าย ต้องเป็นตัวเลขหรือร้อยละ เช่น 60%: "lots"'],
    ]);
  });

  it('takes the late penalty off the interpolated level', () => {
    expect(
      outcome('KPISCORE', 1, [[85], [72]], [['2023-04-10']], [['2023-04-13'], ['']], '', 0.1, '', '', BUDGET),
    ).toEqual([[3.2], [2.2]]);
    expect(outcome('KPINEXT', 1, 85, BUDGET)).toBe('ระดับ 4: เบิกจ่ายได้ร้อยละ 90 (ขณะนี้ 85%)');
  });
});

describe('a "no more than N days" card (ค่าไม่เกิน)', () => {
  const card = [
    [...CARD_TABLE_HEADER],
    [1, 1, 'ส่งรายงานแล้ว', 'ทำแล้ว', '', '', 'ส่งรายงานผลการให้บริการ'],
    ...[30, 25, 20, 15].map((days, index) => [
      1,
      index + 2,
      'ระยะเวลาให้บริการ (วัน)',
      'ค่าไม่เกิน',
      days,
      '',
      `ให้บริการเสร็จภายใน ${days} วัน`,
    ]),
  ];

  it('meets each level at N days and fewer, in order after the done-flag', () => {
    expect(
      outcome(
        'KPILEVEL',
        1,
        [
          [true, 18],
          [true, 15],
          [true, 30],
          [false, 10],
          [true, ''],
          [true, 'สิบ'],
        ],
        card,
      ),
    ).toEqual([[4], [5], [2], [0], [1], ['⚠ ระยะเวลาให้บริการ (วัน) ต้องเป็นตัวเลข: "สิบ"']]);
    expect(outcome('KPINEXT', 1, [true, 18], card)).toBe('ระดับ 5: ให้บริการเสร็จภายใน 15 วัน (ขณะนี้ 18)');
  });

  it('wants both milestone cells', () => {
    expect(outcome('KPILEVEL', 1, [[true]], card)).toEqual({
      error: 'รอบ 1 ต้องมีช่องผลการดำเนินงาน 2 ช่อง (ส่งรายงานแล้ว, ระยะเวลาให้บริการ (วัน)) แต่ส่งมา 1 ช่อง',
    });
  });
});

describe('a quarterly card with 4 rounds', () => {
  const card = [
    [...CARD_TABLE_HEADER],
    ...[1, 2, 3, 4].flatMap((quarter) => [
      [quarter, 1, 'ส่งแผนไตรมาส', 'ทำแล้ว', '', '', `ส่งแผนไตรมาส ${quarter}`],
      [quarter, 3, 'ร้อยละการเบิกจ่ายสะสม', 'ร้อยละ', quarter * 20, '', `เบิกจ่ายสะสมร้อยละ ${quarter * 20}`],
      [quarter, 5, 'ร้อยละการเบิกจ่ายสะสม', 'ร้อยละ', quarter * 25, '', `เบิกจ่ายสะสมร้อยละ ${quarter * 25}`],
    ]),
  ];

  it('scores rounds 3 and 4, by number or Thai text, each on its own thresholds', () => {
    expect(
      outcome(
        'KPILEVEL',
        [[3], ['รอบ 4'], ['รอบที่ 4'], [1], ['3/2570']],
        [
          [true, 75],
          [true, 75],
          [true, 100],
          [true, 25],
          [false, 100],
        ],
        card,
      ),
    ).toEqual([[5], [1], [5], [5], [0]]);
    expect(outcome('KPISCORE', 4, [true, 100], '2023-10-10', '2023-10-12', '', '', '', '', card)).toBe(4.8);
  });

  it('refuses a fifth round: as a single value a call error, in a range that row’s problem', () => {
    expect(outcome('KPILEVEL', 5, [true, 80], card)).toEqual({ error: 'บัตรตัวชี้วัดมี 4 รอบ (1–4): 5' });
    expect(
      outcome(
        'KPILEVEL',
        [[5], [2]],
        [
          [true, 80],
          [true, 80],
        ],
        card,
      ),
    ).toEqual([['⚠ บัตรตัวชี้วัดมี 4 รอบ (1–4): 5'], [5]]);
  });
});

describe('a card that cannot be read is a call error naming its row and column', () => {
  const good = (round: number, level: number) => [round, level, 'ก', 'ทำแล้ว', '', '', 'ทำ ก แล้ว'];
  it.each([
    ['an unknown kind', [[1, 1, 'ก', 'ร้อยละเทียบบัญญัติ', 5, '', 'ก']], 'แถว 1 คอลัมน์ ชนิด'],
    ['level 6', [[...CARD_TABLE_HEADER], good(1, 1), [1, 6, 'ก', 'ทำแล้ว', '', '', 'ก']], 'แถว 3 คอลัมน์ ระดับ'],
    ['a missing threshold', [good(1, 1), [1, 2, 'ข', 'ร้อยละ', '', '', 'ข']], 'แถว 2 คอลัมน์ เกณฑ์'],
    ['rounds 1 and 3', [[...CARD_TABLE_HEADER], good(1, 1), ['', ''], good(3, 1)], 'แถว 4 คอลัมน์ รอบ'],
    ['an interpolation round of 4 rows', BUDGET.slice(0, 5), 'แถว 5 คอลัมน์ ระดับ'],
    [
      'non-increasing interpolation thresholds',
      BUDGET.map((row, index) => (index === 4 ? [1, 4, 'ร้อยละการเบิกจ่าย', 'ร้อยละ เทียบ', 75, '', 'x'] : row)),
      'แถว 5 คอลัมน์ เกณฑ์',
    ],
  ])('%s', (_name, card, place) => {
    for (const call of [
      () => outcome('KPILEVEL', 1, [true], card),
      () => outcome('KPINEXT', 1, [true], card),
      () => outcome('KPISCORE', 1, [true], '', '', '', '', '', '', card),
    ]) {
      const result = call() as { error?: string };
      expect(result.error).toMatch(new RegExp(`^บัตรตัวชี้วัด ${place}: `));
    }
  });
});
