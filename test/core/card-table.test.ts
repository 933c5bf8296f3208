import { BUILT_IN_CARD, ROUND_1, ROUND_2 } from '../../src/core/card';
import {
  BUILT_IN_CARD_TABLE,
  CARD_KINDS,
  CARD_TABLE_HEADER,
  readCardRound,
  readCardTable,
} from '../../src/core/card-table';
import { CellProblem } from '../../src/core/cells';
import { parseDecimal } from '../../src/core/decimal';
import { COLUMN, MILESTONE_TEXT } from '../../src/core/messages';
import { cardNextStepText, isProblems, readInputs } from '../../src/core/row';
import { cardLevel, interpolatedLevel } from '../../src/core/scoring';

const HEADER = CARD_TABLE_HEADER;

/** The card table's reading error, or `undefined` when it reads. */
function readError(rows: unknown): string | undefined {
  try {
    readCardTable(rows);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

const BUDGET = (thresholds: readonly (number | string)[], kind = 'ร้อยละ เทียบ') =>
  thresholds.map((threshold, index) => [
    1,
    index + 1,
    'ร้อยละการเบิกจ่าย',
    kind,
    threshold,
    '',
    `ระดับ ${index + 1}`,
  ]);

describe('the card table', () => {
  it('has the seven columns of PRODUCT.md §7 and the six kinds', () => {
    expect(HEADER).toEqual(['รอบ', 'ระดับ', 'ช่องข้อมูล', 'ชนิด', 'เกณฑ์', 'คะแนนบางส่วน', 'ข้อความ']);
    expect(CARD_KINDS).toEqual(['ทำแล้ว', 'ร้อยละ', 'ค่า', 'ค่าไม่เกิน', 'ร้อยละ เทียบ', 'ค่า เทียบ']);
  });

  it('writes the 2566 card as nine rows with its official wording and the sheet’s column names', () => {
    expect(BUILT_IN_CARD_TABLE.map((row) => row.slice(0, 6))).toEqual([
      [1, 1, COLUMN.reviewDone, 'ทำแล้ว', '', ''],
      [1, 3, COLUMN.planDone, 'ทำแล้ว', '', ''],
      [1, 5, COLUMN.progress, 'ร้อยละ', 50, ''],
      [2, 1, COLUMN.progress, 'ร้อยละ', 80, ''],
      [2, 2, COLUMN.progress, 'ร้อยละ', 100, ''],
      [2, 3, COLUMN.workflowManualDone, 'ทำแล้ว', '', 0.5],
      [2, 3, COLUMN.trainingDone, 'ทำแล้ว', '', 0.5],
      [2, 4, COLUMN.forumDone, 'ทำแล้ว', '', ''],
      [2, 5, COLUMN.reportSent, 'ทำแล้ว', '', ''],
    ]);
    expect(BUILT_IN_CARD_TABLE[5]?.[6]).toBe(MILESTONE_TEXT.workflowManualDone.official);
  });
});

describe('readCardTable', () => {
  it('reads the built-in card into the rounds the app knows', () => {
    expect(BUILT_IN_CARD.rounds.map((round) => round.inputs.map((input) => input.reading))).toEqual([
      ['flag', 'flag', 'percent'],
      ['percent', 'flag', 'flag', 'flag', 'flag'],
    ]);
    expect(ROUND_1.general).toBe(BUILT_IN_CARD.rounds[0]);
    expect(ROUND_2.inputs).toEqual([
      'progress',
      'workflowManualDone',
      'trainingDone',
      'forumDone',
      'reportSent',
    ]);
    expect(BUILT_IN_CARD.rounds[1]?.levels.map((level) => level.partialPoints)).toEqual([
      undefined,
      undefined,
      50,
      undefined,
      undefined,
    ]);
    expect(BUILT_IN_CARD.rounds[0]?.levels.map((level) => level.requirements.length)).toEqual([
      1, 0, 1, 0, 1,
    ]);
  });

  it('skips the header and blank rows, and reads the same card with them', () => {
    const withHeader = [
      [...HEADER],
      ['', '', '', '', '', '', ''],
      ...BUILT_IN_CARD_TABLE.map((row) => [...row]),
      [''],
    ];
    const withoutRows = (value: unknown) =>
      JSON.stringify(value, (key, item) => (key === 'row' ? undefined : item));
    expect(withoutRows(readCardTable(withHeader))).toBe(withoutRows(BUILT_IN_CARD));
    const card = readCardTable(withHeader);
    expect(card.rounds[0]?.levels[0]?.requirements[0]?.row).toBe(3);
    expect(cardLevel(card.rounds[1] as never, [100, true, false, true, true])).toBe(250);
  });

  it('takes the short wording where the add-on has one, the card’s own text otherwise', () => {
    expect(BUILT_IN_CARD.rounds[0]?.levels[0]?.requirements[0]?.short).toBe(MILESTONE_TEXT.reviewDone.short);
    const card = readCardTable(BUDGET([60, 70, 80, 90, 100]));
    expect(card.rounds[0]?.levels[3]?.requirements[0]?.short).toBe('ระดับ 4');
  });

  it('orders a round’s inputs by first appearance, whatever the levels', () => {
    const card = readCardTable([
      [1, 3, 'ข', 'ทำแล้ว', '', '', 'ข ทำแล้ว'],
      [1, 1, 'ก', 'ค่า', '5', '', 'ก อย่างน้อย 5'],
      [1, 2, 'ข', 'ทำแล้ว', '', '', 'ข อีกครั้ง'],
    ]);
    expect(card.rounds[0]?.inputs).toEqual([
      { name: 'ข', reading: 'flag' },
      { name: 'ก', reading: 'value' },
    ]);
    expect(card.rounds[0]?.levels[0]?.requirements[0]?.inputIndex).toBe(1);
  });

  it('reads percent thresholds as the progress column is read: 0.6, 60 and "60%" are all 60 %', () => {
    for (const threshold of [0.6, 60, '60%', 'ร้อยละ 60']) {
      const card = readCardTable([[1, 1, 'ก', 'ร้อยละ', threshold, '', 'ก']]);
      expect(card.rounds[0]?.levels[0]?.requirements[0]?.percent).toBe(60);
    }
  });

  it.each([
    ['an unknown kind', [[1, 1, 'ก', 'เปอร์เซ็นต์', 5, '', 'ก']], 'แถว 1 คอลัมน์ ชนิด', '"เปอร์เซ็นต์"'],
    ['level 6', [[...HEADER], [1, 6, 'ก', 'ทำแล้ว', '', '', 'ก']], 'แถว 2 คอลัมน์ ระดับ', ': 6'],
    ['a missing threshold', [[1, 1, 'ก', 'ค่า', '', '', 'ก']], 'แถว 1 คอลัมน์ เกณฑ์', 'ต้องมีเกณฑ์'],
    [
      'rounds 1 and 3 without 2',
      [
        [1, 1, 'ก', 'ทำแล้ว', '', '', 'ก'],
        [3, 1, 'ก', 'ทำแล้ว', '', '', 'ก'],
      ],
      'แถว 2 คอลัมน์ รอบ',
      'ไม่มีแถวของรอบ 2',
    ],
    ['round 5', [[5, 1, 'ก', 'ทำแล้ว', '', '', 'ก']], 'แถว 1 คอลัมน์ รอบ', ': 5'],
    ['an interpolation round of 4 rows', BUDGET([60, 70, 80, 90]), 'แถว 4 คอลัมน์ ระดับ', 'ไม่มีระดับ 5'],
    ['non-increasing thresholds', BUDGET([60, 70, 70, 90, 100]), 'แถว 3 คอลัมน์ เกณฑ์', 'ระดับก่อนหน้า 70'],
    [
      'an interpolation round mixed with another kind',
      [...BUDGET([60, 70, 80, 90, 100]), [1, 5, 'ก', 'ทำแล้ว', '', '', 'ก']],
      'แถว 6 คอลัมน์ ชนิด',
      'ทุกแถวของรอบ',
    ],
    ['a percent threshold above 100', [[1, 1, 'ก', 'ร้อยละ', 150, '', 'ก']], 'แถว 1 คอลัมน์ เกณฑ์', '150'],
    ['a threshold on a done-flag', [[1, 1, 'ก', 'ทำแล้ว', 5, '', 'ก']], 'แถว 1 คอลัมน์ เกณฑ์', 'เว้นว่าง'],
    ['no text', [[1, 1, 'ก', 'ทำแล้ว', '', '', '']], 'แถว 1 คอลัมน์ ข้อความ', 'ข้อความ'],
    ['no input', [[1, 1, ' ', 'ทำแล้ว', '', '', 'ก']], 'แถว 1 คอลัมน์ ช่องข้อมูล', 'ช่องข้อมูล'],
    ['partial points of 2', [[1, 1, 'ก', 'ทำแล้ว', '', 2, 'ก']], 'แถว 1 คอลัมน์ คะแนนบางส่วน', ': 2'],
    [
      'one input read as a flag and a number',
      [
        [1, 1, 'ก', 'ทำแล้ว', '', '', 'ก'],
        [1, 2, 'ก', 'ค่า', 3, '', 'ก'],
      ],
      'แถว 2 คอลัมน์ ชนิด',
      '"ก"',
    ],
  ])('refuses %s, naming the row and the column', (_name, rows, place, detail) => {
    const message = readError(rows);
    expect(message).toContain(`บัตรตัวชี้วัด ${place}:`);
    expect(message).toContain(detail);
  });

  it('refuses a card with no rows', () => {
    expect(readError([[...HEADER], ['', '']])).toBe('บัตรตัวชี้วัดไม่มีแถวเกณฑ์ (ต้องมีอย่างน้อย 1 แถว)');
  });
});

describe('interpolation (เทียบบัญญัติไตรยางศ์)', () => {
  const round = readCardTable(BUDGET([60, 70, 80, 90, 100])).rounds[0];
  if (round === undefined) throw new Error('no round');
  const levelOf = (cell: unknown) => {
    const values = readInputs(round, [cell]);
    if (isProblems(values)) throw new Error(values[0]?.message);
    return cardLevel(round, values);
  };

  it('scores §7’s example: 85 → 3.50, 72 → 2.20, 59 → 0, 100 → 5', () => {
    expect([85, 72, 59, 100, 60, 0.85, '72%', ''].map(levelOf)).toEqual([350, 220, 0, 500, 100, 350, 220, 0]);
  });

  it('rounds half up on exact decimals, where floating point would round down', () => {
    // (60.05 − 60) / 10 is 0.004999999999999716 in floating point: exactly 0.005, so 1.01.
    expect(levelOf(60.05)).toBe(101);
    expect(levelOf(60.04)).toBe(100);
    const thirds = ['0', '3', '6', '9', '12'].map((text) => parseDecimal(text) as never);
    expect(interpolatedLevel(thirds, 1)).toBe(133);
    expect(interpolatedLevel(thirds, 2)).toBe(167);
    expect(interpolatedLevel(thirds, undefined)).toBe(0);
  });

  it('names the next level’s threshold with the value so far', () => {
    const values = readInputs(round, [85]);
    if (isProblems(values)) throw new Error('unread');
    expect(cardNextStepText(round, values)).toBe('ระดับ 4: ระดับ 4 (ขณะนี้ 85%)');
    expect(cardNextStepText(round, [100])).toBe('');
  });
});

describe('value kinds', () => {
  const card = readCardTable([
    [...HEADER],
    ...[30, 25, 20, 15, 10].map((days, index) => [
      1,
      index + 1,
      'จำนวนวัน',
      'ค่าไม่เกิน',
      days,
      '',
      `ไม่เกิน ${days} วัน`,
    ]),
  ]);
  const round = card.rounds[0];
  if (round === undefined) throw new Error('no round');

  it('meets "no more than N" at N and below; a blank value meets nothing', () => {
    const level = (cell: unknown) => {
      const values = readInputs(round, [cell]);
      return isProblems(values) ? values[0]?.message : cardLevel(round, values);
    };
    expect([18, 20, 10, 9.5, '๓๐', 31, ''].map(level)).toEqual([300, 300, 500, 500, 100, 0, 0]);
    expect(level('สามวัน')).toBe('จำนวนวัน ต้องเป็นตัวเลข: "สามวัน"');
    expect(cardNextStepText(round, readInputs(round, [18]) as never)).toBe('ระดับ 4: ไม่เกิน 15 วัน (ขณะนี้ 18)');
  });

  it('names a percent input in its problem', () => {
    const budget = readCardTable(BUDGET([60, 70, 80, 90, 100], 'ร้อยละ')).rounds[0];
    if (budget === undefined) throw new Error('no round');
    const values = readInputs(budget, [150]);
    expect(isProblems(values) && values[0]?.message).toBe('ร้อยละการเบิกจ่าย ต้องอยู่ระหว่าง 0–100%: 150');
  });
});

describe('readCardRound', () => {
  const quarterly = readCardTable([1, 2, 3, 4].map((round) => [round, 1, 'ก', 'ทำแล้ว', '', '', 'ก']));

  it('reads 1 to the card’s rounds, as numbers or Thai text', () => {
    expect(
      [4, 'รอบ 3', 'รอบที่ ๒', '1/2570'].map(
        (value) => (readCardRound(value, quarterly) as { round: number }).round,
      ),
    ).toEqual([4, 3, 2, 1]);
  });

  it('refuses a round the card does not have', () => {
    const problem = readCardRound(5, quarterly);
    expect(problem).toBeInstanceOf(CellProblem);
    expect((problem as CellProblem).message).toBe('บัตรตัวชี้วัดมี 4 รอบ (1–4): 5');
  });
});
