import { ROUND_1, ROUND_2, type Round } from '../../src/core/card';
import { readCardTable } from '../../src/core/card-table';
import { CellProblem, type CellValue, createDateReader } from '../../src/core/cells';
import { dayFromIso, fixedOffsetDayOf } from '../../src/core/dates';
import { decimalOfNumber, type ExactDecimal, fromScaled } from '../../src/core/decimal';
import { holidayCalendar } from '../../src/core/lateness';
import {
  isProblems,
  type LatenessRules,
  type RowProblems,
  type RowScore,
  readDaysLate,
  readMilestones,
  type ScoringRules,
  scoreCardRow,
  scoreRow,
} from '../../src/core/row';
import { DEFAULT_WEIGHT, exactWeightedScore, NOTHING_DONE } from '../../src/core/scoring';

/** A number as the exact decimal it shows. */
const decimalOf = (value: number) => decimalOfNumber(value) as ExactDecimal;

const rules: ScoringRules = { readDate: createDateReader(fixedOffsetDayOf(420)) };

function messages(result: unknown): string[] {
  if (!isProblems(result)) throw new Error(`expected problems, got ${JSON.stringify(result)}`);
  return result.map((problem) => problem.message);
}

function score(result: RowScore | RowProblems): RowScore {
  if (isProblems(result)) throw new Error(`expected a score, got ${messages(result).join(' | ')}`);
  return result;
}

describe('isProblems', () => {
  it('tells a list of problems from a reading', () => {
    expect(isProblems([new CellProblem('x')])).toBe(true);
    expect(isProblems(3)).toBe(false);
    expect(isProblems(NOTHING_DONE)).toBe(false);
  });
});

describe('readMilestones', () => {
  it('reads round 1 cells as review, plan, progress', () => {
    expect(readMilestones(ROUND_1, [true, 'ใช่', '60%'])).toEqual({
      flags: { ...NOTHING_DONE.flags, reviewDone: true, planDone: true },
      progress: 60,
    });
  });

  it('reads round 2 cells as progress, work flow/manual, training, forum, report', () => {
    expect(readMilestones(ROUND_2, [1, '✓', false, 'x', 'ไม่'])).toEqual({
      flags: { ...NOTHING_DONE.flags, workflowManualDone: true, forumDone: true },
      progress: 100,
    });
  });

  it('reads blank cells as nothing done', () => {
    expect(readMilestones(ROUND_2, ['', null, undefined, ' ', ''])).toEqual(NOTHING_DONE);
  });

  it('ignores cells beyond the round’s', () => {
    expect(readMilestones(ROUND_1, [false, false, 0.3, 'garbage', 150])).toEqual({
      flags: NOTHING_DONE.flags,
      progress: 30,
    });
  });

  it('accepts any array-like row', () => {
    expect(readMilestones(ROUND_1, { length: 3, 0: 1, 1: 0, 2: 0.5 })).toEqual({
      flags: { ...NOTHING_DONE.flags, reviewDone: true },
      progress: 50,
    });
  });

  it('collects every bad cell, left to right, naming its column', () => {
    expect(messages(readMilestones(ROUND_2, [150, 'maybe', true, 'x', 2]))).toEqual([
      'ความคืบหน้าต้องอยู่ระหว่าง 0–100%: 150',
      'ผังกระบวนการ/มาตรฐาน/คู่มือ (ระดับ 3 ส่วนแรก) ต้องเป็น ✓ / ใช่ / ไม่ใช่ / TRUE / FALSE / 1 / 0 หรือเว้นว่าง: "maybe"',
      'รายงานผลตามแบบฟอร์ม (ระดับ 5) ต้องเป็น ✓ / ใช่ / ไม่ใช่ / TRUE / FALSE / 1 / 0 หรือเว้นว่าง: 2',
    ]);
  });
});

describe('readDaysLate', () => {
  it('counts the days from the due date to the day the report was sent', () => {
    expect(readDaysLate('10/04/2566', '13/04/2566', rules)).toBe(3);
  });

  it('is 0 for a report sent early or on the due day', () => {
    expect(readDaysLate('2023-04-10', '2023-04-07', rules)).toBe(0);
    expect(readDaysLate('2023-04-10', '2023-04-10', rules)).toBe(0);
  });

  it('does not count a report not sent yet when there is no "as of" day', () => {
    expect(readDaysLate('2023-10-10', '', rules)).toBe(0);
  });

  it('counts a report not sent yet up to the "as of" day', () => {
    expect(readDaysLate('2023-10-10', '', { ...rules, asOf: dayFromIso('2023-11-30') })).toBe(51);
  });

  it('counts a report not sent yet as on time while the "as of" day is not past the due day', () => {
    expect(readDaysLate('2023-10-10', null, { ...rules, asOf: dayFromIso('2023-10-01') })).toBe(0);
  });

  it('counts to the day the report was sent, not the "as of" day, once it is in', () => {
    expect(readDaysLate('2023-10-10', '2023-10-12', { ...rules, asOf: dayFromIso('2023-11-30') })).toBe(2);
  });

  it('reads due and sent Dates as Bangkok days: sent at 00:30 the next day is 1 day late', () => {
    const due = new Date('2023-04-09T17:30:00Z'); // 10 April 00:30 in Bangkok
    expect(readDaysLate(due, new Date('2023-04-10T16:59:00Z'), rules)).toBe(0); // 10 April 23:59
    expect(readDaysLate(due, new Date('2023-04-10T17:30:00Z'), rules)).toBe(1); // 11 April 00:30
  });

  it('mixes Dates, serials and Thai text', () => {
    expect(readDaysLate(45026, '๑๓ เม.ย. ๒๕๖๖', rules)).toBe(3);
    expect(readDaysLate(new Date('2023-04-10T00:00:00Z'), 45029, rules)).toBe(3);
  });

  it('counts working days when told, skipping weekends and holidays', () => {
    const working: LatenessRules = {
      ...rules,
      dayCount: {
        mode: 'working',
        holidays: holidayCalendar([dayFromIso('2023-04-13'), dayFromIso('2023-04-14')]),
      },
    };
    expect(readDaysLate('2023-04-12', '2023-04-18', working)).toBe(2);
  });

  it('needs no due date when there is nothing to count to', () => {
    expect(readDaysLate('', '', rules)).toBe(0);
  });

  it('asks for the due date when a report was sent', () => {
    expect(messages(readDaysLate('', '2023-04-13', rules))).toEqual(['วันครบกำหนดว่างอยู่ จึงนับวันที่ล่าช้าไม่ได้']);
  });

  it('asks for the due date when an unsent report is counted to an "as of" day', () => {
    expect(messages(readDaysLate(null, '', { ...rules, asOf: dayFromIso('2023-11-30') }))).toEqual([
      'วันครบกำหนดว่างอยู่ จึงนับวันที่ล่าช้าไม่ได้',
    ]);
  });

  it('reports a bad due date even when there is nothing to count to', () => {
    expect(messages(readDaysLate('30/02/2566', '', rules))).toEqual([
      'วันครบกำหนด ไม่มีวันที่นี้ในปฏิทิน (ก.พ. มี 28 วัน): "30/02/2566"',
    ]);
  });

  it('reports a bad due date before a bad sent date', () => {
    expect(messages(readDaysLate('soon', '30/02/2566', rules))).toEqual([
      'วันครบกำหนด อ่านเป็นวันที่ไม่ได้ (ใช้ 31/3/2566, 31 มี.ค. 2566 หรือ 2023-03-31): "soon"',
      'วันที่ส่งรายงาน ไม่มีวันที่นี้ในปฏิทิน (ก.พ. มี 28 วัน): "30/02/2566"',
    ]);
  });
});

describe('scoreRow: the card’s worked examples', () => {
  interface Example {
    readonly name: string;
    readonly round: Round;
    readonly cells: readonly CellValue[];
    readonly due: string;
    readonly submitted: string;
    readonly asOf?: string;
    readonly level: number;
    readonly daysLate: number;
    readonly penalty: number;
    readonly net: number;
    readonly weighted: number;
  }

  const examples: readonly Example[] = [
    {
      name: 'round 1, review ✓, plan ✓, 60 %, sent early',
      round: 1,
      cells: [true, true, 0.6],
      due: '2023-04-10',
      submitted: '2023-04-07',
      level: 5,
      daysLate: 0,
      penalty: 0,
      net: 5,
      weighted: 0.25,
    },
    {
      name: 'round 1, review ✓, plan ✗, 60 %, 3 days late',
      round: 1,
      cells: [true, false, 0.6],
      due: '2023-04-10',
      submitted: '2023-04-13',
      level: 1,
      daysLate: 3,
      penalty: 0.3,
      net: 0.7,
      weighted: 0.035,
    },
    {
      name: 'round 1, review ✗, plan ✓, 100 %, on time',
      round: 1,
      cells: [false, true, 1],
      due: '2023-04-10',
      submitted: '2023-04-10',
      level: 0,
      daysLate: 0,
      penalty: 0,
      net: 0,
      weighted: 0,
    },
    {
      name: 'round 2, 100 %, (a) ✓, (b) ✗, forum ✓, report ✓, 2 days late',
      round: 2,
      cells: [1, true, false, true, true],
      due: '2023-10-10',
      submitted: '2023-10-12',
      level: 2.5,
      daysLate: 2,
      penalty: 0.2,
      net: 2.3,
      weighted: 0.115,
    },
    {
      name: 'round 2, 79.9 %, everything else ✓, on time',
      round: 2,
      cells: [0.799, true, true, true, true],
      due: '2023-10-10',
      submitted: '2023-10-10',
      level: 0,
      daysLate: 0,
      penalty: 0,
      net: 0,
      weighted: 0,
    },
    {
      name: 'round 2, 100 %, all ✓, not sent, as of 2023-11-30',
      round: 2,
      cells: [1, true, true, true, true],
      due: '2023-10-10',
      submitted: '',
      asOf: '2023-11-30',
      level: 5,
      daysLate: 51,
      penalty: 5.1,
      net: 0,
      weighted: 0,
    },
  ];

  it.each(examples)('$name: level $level, $daysLate days late, net $net, weighted $weighted', (example) => {
    const exampleRules: ScoringRules =
      example.asOf === undefined ? rules : { ...rules, asOf: dayFromIso(example.asOf) };
    const result = score(
      scoreRow(example.round, example.cells, example.due, example.submitted, exampleRules),
    );
    expect(result.round).toBe(example.round);
    expect(fromScaled(result.level, 2)).toBe(example.level);
    expect(result.daysLate).toBe(example.daysLate);
    expect(fromScaled(result.penalty, 2)).toBe(example.penalty);
    expect(fromScaled(result.net, 2)).toBe(example.net);
    expect(
      fromScaled(
        exactWeightedScore(decimalOf(fromScaled(result.net, 2)), decimalOf(DEFAULT_WEIGHT / 10_000)),
        4,
      ),
    ).toBe(example.weighted);
  });

  it('scores the examples the same when typed the Thai way', () => {
    const thai = [
      scoreRow(1, ['ใช่', '✓', '60%'], '10 เม.ย. 2566', '7/4/2566', rules),
      scoreRow(1, ['✔', 'ไม่', 'ร้อยละ 60'], 'วันจันทร์ที่ 10 เมษายน พ.ศ. 2566', '๑๓/๔/๖๖', rules),
      scoreRow(1, ['ไม่มี', 'มี', '100%'], '10/04/2566', '10 เมษายน 2566', rules),
      scoreRow(2, ['100%', 'เสร็จ', '-', 'x', 'Y'], '10 ต.ค. 2566', '12 ต.ค. 2566', rules),
      scoreRow(2, ['79.9%', 'TRUE', 'true', 'Yes', '1'], '10/10/66', '10/10/66', rules),
      scoreRow(2, [100, 1, 1, 1, 1], '10/10/2566', '', { ...rules, asOf: dayFromIso('2023-11-30') }),
    ].map((result) => fromScaled(score(result).net, 2));
    expect(thai).toEqual([5, 0.7, 0, 2.3, 0, 0]);
  });
});

describe('scoreRow', () => {
  it('charges a custom rate per day', () => {
    const result = score(
      scoreRow(1, [true, true, 1], '2023-04-10', '2023-04-13', { ...rules, rate: decimalOf(0.15) }),
    );
    expect(result.penalty).toBe(45);
    expect(result.net).toBe(455);
  });

  it('lets the net score go below 0 when the floor is off', () => {
    const result = score(
      scoreRow(2, [1, true, true, true, true], '2023-10-10', '', {
        ...rules,
        asOf: dayFromIso('2023-11-30'),
        floorAtZero: false,
      }),
    );
    expect(result.net).toBe(-10);
  });

  it('counts working days when told', () => {
    // Due Friday 7 April 2023, sent Monday 10 April: 3 calendar days, 1 working day.
    const calendar = score(scoreRow(1, [true, true, 1], '2023-04-07', '2023-04-10', rules));
    const working = score(
      scoreRow(1, [true, true, 1], '2023-04-07', '2023-04-10', {
        ...rules,
        dayCount: { mode: 'working', holidays: holidayCalendar([]) },
      }),
    );
    expect(calendar.daysLate).toBe(3);
    expect(working.daysLate).toBe(1);
    expect(working.net).toBe(490);
  });

  it('keeps the milestones it read', () => {
    const result = score(scoreRow(1, [true, false, '60%'], '2023-04-10', '2023-04-07', rules));
    expect(result.values).toEqual({ flags: { ...NOTHING_DONE.flags, reviewDone: true }, progress: 60 });
  });

  it('reports milestone problems before date problems', () => {
    expect(messages(scoreRow(1, ['maybe', true, 150], '30/02/2566', '2023-04-10', rules))).toEqual([
      'ทบทวนกระบวนการ (ระดับ 1) ต้องเป็น ✓ / ใช่ / ไม่ใช่ / TRUE / FALSE / 1 / 0 หรือเว้นว่าง: "maybe"',
      'ความคืบหน้าต้องอยู่ระหว่าง 0–100%: 150',
      'วันครบกำหนด ไม่มีวันที่นี้ในปฏิทิน (ก.พ. มี 28 วัน): "30/02/2566"',
    ]);
  });

  it('reports only the date problem when the milestones are fine', () => {
    expect(messages(scoreRow(2, [1, true, true, true, true], '2023-10-10', 'tomorrow', rules))).toEqual([
      'วันที่ส่งรายงาน อ่านเป็นวันที่ไม่ได้ (ใช้ 31/3/2566, 31 มี.ค. 2566 หรือ 2023-03-31): "tomorrow"',
    ]);
  });

  it('reports only the milestone problem when the dates are fine', () => {
    expect(
      messages(scoreRow(2, ['lots', true, true, true, true], '2023-10-10', '2023-10-10', rules)),
    ).toEqual(['ความคืบหน้าต้องเป็นตัวเลขหรือร้อยละ เช่น 60%: "lots"']);
  });
});

describe('scoreCardRow on a card read from a table', () => {
  const round = readCardTable([
    [1, 1, 'รายงาน', 'ทำแล้ว', '', '', 'ส่งรายงาน'],
    [1, 5, 'วันให้บริการ', 'ค่าไม่เกิน', 7, '', 'ไม่เกิน 7 วัน'],
  ]).rounds[0];
  if (round === undefined) throw new Error('no round');

  it('scores the level from the card and takes off the penalty, as scoreRow does', () => {
    const score = scoreCardRow(round, ['ใช่', '๗'], '10/04/2566', '13/04/2566', rules);
    if (isProblems(score)) throw new Error(score[0]?.message);
    expect([score.level, score.daysLate, score.penalty, score.net]).toEqual([500, 3, 30, 470]);
  });

  it('reports a bad value cell by the card’s input name, with the date problems after it', () => {
    expect(messages(scoreCardRow(round, [true, 'เจ็ด'], 'soon', '', rules))).toEqual([
      'วันให้บริการ ต้องเป็นตัวเลข: "เจ็ด"',
      'วันครบกำหนด อ่านเป็นวันที่ไม่ได้ (ใช้ 31/3/2566, 31 มี.ค. 2566 หรือ 2023-03-31): "soon"',
    ]);
  });
});
