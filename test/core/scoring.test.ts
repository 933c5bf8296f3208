import {
  cardOf,
  type FlagId,
  inputColumnName,
  MAX_LEVEL,
  type Requirement,
  ROUND_1,
  ROUND_2,
  requirementText,
} from '../../src/core/card';
import { readCardTable } from '../../src/core/card-table';
import { type ExactDecimal, formatDecimal, fromScaled, parseDecimal } from '../../src/core/decimal';
import {
  cardLevel,
  DEFAULT_RATE,
  DEFAULT_WEIGHT,
  exactWeightedScore,
  isMet,
  levelReached,
  type MilestoneValues,
  NOTHING_DONE,
  netScore,
  nextStep,
  penalty,
  requirementMet,
} from '../../src/core/scoring';

/** Milestone values with the given flags done and the given progress. */
function done(flags: readonly FlagId[], progress = 0): MilestoneValues {
  const all = { ...NOTHING_DONE.flags };
  for (const flag of flags) all[flag] = true;
  return { flags: all, progress };
}

/** A requirement as a short label, to compare lists of them. */
function label(requirement: Requirement): string {
  return requirement.kind === 'flag' ? requirement.input : `${requirement.atLeastPercent}%`;
}

const ALL_ROUND_2: readonly FlagId[] = ['workflowManualDone', 'trainingDone', 'forumDone', 'reportSent'];

describe('the card as data', () => {
  it('orders round 1 cells as review, plan, progress', () => {
    expect(cardOf(1)).toBe(ROUND_1);
    expect(ROUND_1.inputs).toEqual(['reviewDone', 'planDone', 'progress']);
  });

  it('orders round 2 cells as progress, work flow/manual, training, forum, report', () => {
    expect(cardOf(2)).toBe(ROUND_2);
    expect(ROUND_2.inputs).toEqual([
      'progress',
      'workflowManualDone',
      'trainingDone',
      'forumDone',
      'reportSent',
    ]);
  });

  it('has no milestone at levels 2 and 4 of round 1', () => {
    expect(ROUND_1.levels.map((rule) => rule.requirements.map(label))).toEqual([
      ['reviewDone'],
      [],
      ['planDone'],
      [],
      ['50%'],
    ]);
  });

  it('splits level 3 of round 2 into two halves of 0.5', () => {
    expect(ROUND_2.levels.map((rule) => rule.requirements.map(label))).toEqual([
      ['80%'],
      ['100%'],
      ['workflowManualDone', 'trainingDone'],
      ['forumDone'],
      ['reportSent'],
    ]);
    expect(ROUND_2.levels[2]?.partialPoints).toBe(50);
  });

  it('tops out at 5 points', () => {
    expect(MAX_LEVEL).toBe(500);
  });

  it('names columns and milestones in Thai', () => {
    expect(inputColumnName('progress')).toBe('ความคืบหน้าตามแผน');
    const fiftyPercent = ROUND_1.levels[4]?.requirements[0];
    if (fiftyPercent === undefined) throw new Error('round 1 level 5 has no requirement');
    expect(requirementText(fiftyPercent, 'official')).toBe('ดำเนินการตามแผนฯ ได้ร้อยละ 50');
  });
});

describe('isMet', () => {
  const fifty: Requirement = { kind: 'progress', atLeastPercent: 50, text: 'progress50' };
  const review: Requirement = { kind: 'flag', input: 'reviewDone', text: 'reviewDone' };

  it('meets a percent milestone at the threshold and above, not below', () => {
    expect(isMet(fifty, done([], 50))).toBe(true);
    expect(isMet(fifty, done([], 100))).toBe(true);
    expect(isMet(fifty, done([], 49.99))).toBe(false);
  });

  it('meets a flag milestone when its flag is done', () => {
    expect(isMet(review, done(['reviewDone']))).toBe(true);
    expect(isMet(review, done(['planDone']))).toBe(false);
  });
});

describe('levelReached, round 1', () => {
  it.each([
    ['nothing done scores 0', done([], 0), 0],
    ['a review alone scores 1', done(['reviewDone']), 100],
    ['a review and a plan score 3', done(['reviewDone', 'planDone']), 300],
    ['a review, a plan and 50 % score 5', done(['reviewDone', 'planDone'], 50), 500],
    ['a review, a plan and 100 % score 5', done(['reviewDone', 'planDone'], 100), 500],
    ['a review, a plan and 49.9 % score 3', done(['reviewDone', 'planDone'], 49.9), 300],
    ['a review and 100 % without a plan score 1', done(['reviewDone'], 100), 100],
    ['a plan and 100 % without a review score 0', done(['planDone'], 100), 0],
    ['progress alone scores 0', done([], 100), 0],
    ['round 2 milestones do not count in round 1', done(ALL_ROUND_2, 100), 0],
  ])('%s', (_name, values, level) => {
    expect(levelReached(ROUND_1, values)).toBe(level);
  });

  it('never scores 2 or 4', () => {
    const seen = new Set<number>();
    for (const review of [false, true])
      for (const plan of [false, true])
        for (const progress of [0, 49.9, 50, 100]) {
          const flags: FlagId[] = [];
          if (review) flags.push('reviewDone');
          if (plan) flags.push('planDone');
          seen.add(levelReached(ROUND_1, done(flags, progress)));
        }
    expect([...seen].sort((a, b) => a - b)).toEqual([0, 100, 300, 500]);
  });
});

describe('levelReached, round 2', () => {
  it.each([
    ['nothing done scores 0', done([], 0), 0],
    ['79.9 % with everything else done scores 0', done(ALL_ROUND_2, 79.9), 0],
    ['80 % scores 1', done([], 80), 100],
    ['99.9 % scores 1', done([], 99.9), 100],
    ['90 % with the forum and the report still scores 1', done(['forumDone', 'reportSent'], 90), 100],
    ['100 % scores 2', done([], 100), 200],
    ['100 % and the work flow/manual half of level 3 score 2.5', done(['workflowManualDone'], 100), 250],
    ['100 % and the training half of level 3 score 2.5', done(['trainingDone'], 100), 250],
    ['100 % and both halves of level 3 score 3', done(['workflowManualDone', 'trainingDone'], 100), 300],
    [
      'a forum without both halves of level 3 scores 2.5',
      done(['workflowManualDone', 'forumDone', 'reportSent'], 100),
      250,
    ],
    ['a forum with neither half of level 3 scores 2', done(['forumDone'], 100), 200],
    ['both halves and a forum score 4', done(['workflowManualDone', 'trainingDone', 'forumDone'], 100), 400],
    [
      'both halves and a report without a forum score 3',
      done(['workflowManualDone', 'trainingDone', 'reportSent'], 100),
      300,
    ],
    ['everything done scores 5', done(ALL_ROUND_2, 100), 500],
    ['both halves at 80 % do not count: 1', done(['workflowManualDone', 'trainingDone'], 80), 100],
    ['round 1 milestones do not count in round 2', done(['reviewDone', 'planDone'], 0), 0],
  ])('%s', (_name, values, level) => {
    expect(levelReached(ROUND_2, values)).toBe(level);
  });
});

describe('nextStep', () => {
  const next = (card: typeof ROUND_1, values: MilestoneValues) => {
    const step = nextStep(card, values);
    return step === undefined ? undefined : { level: step.level, missing: step.missing.map(label) };
  };

  it.each([
    ['nothing done: level 1, the review', done([]), { level: 1, missing: ['reviewDone'] }],
    [
      'review done: level 3, the plan (level 2 has no milestone)',
      done(['reviewDone']),
      { level: 3, missing: ['planDone'] },
    ],
    [
      'review and plan: level 5, 50 %',
      done(['reviewDone', 'planDone'], 49.9),
      { level: 5, missing: ['50%'] },
    ],
    ['a plan without a review: level 1', done(['planDone'], 100), { level: 1, missing: ['reviewDone'] }],
  ])('round 1, %s', (_name, values, expected) => {
    expect(next(ROUND_1, values)).toEqual(expected);
  });

  it('round 1, all done: nothing next', () => {
    expect(nextStep(ROUND_1, done(['reviewDone', 'planDone'], 50))).toBeUndefined();
  });

  it.each([
    ['nothing done: level 1, 80 %', done([]), { level: 1, missing: ['80%'] }],
    ['85 %: level 2, 100 %', done([], 85), { level: 2, missing: ['100%'] }],
    ['85 % with the forum held: still level 2', done(['forumDone'], 85), { level: 2, missing: ['100%'] }],
    [
      '100 %: level 3, both halves',
      done([], 100),
      { level: 3, missing: ['workflowManualDone', 'trainingDone'] },
    ],
    [
      '100 % and the manual: level 3, the training',
      done(['workflowManualDone'], 100),
      { level: 3, missing: ['trainingDone'] },
    ],
    [
      'both halves: level 4, the forum',
      done(['workflowManualDone', 'trainingDone'], 100),
      { level: 4, missing: ['forumDone'] },
    ],
    [
      'forum held: level 5, the report',
      done(['workflowManualDone', 'trainingDone', 'forumDone'], 100),
      { level: 5, missing: ['reportSent'] },
    ],
  ])('round 2, %s', (_name, values, expected) => {
    expect(next(ROUND_2, values)).toEqual(expected);
  });

  it('round 2, all done: nothing next', () => {
    expect(nextStep(ROUND_2, done(ALL_ROUND_2, 100))).toBeUndefined();
  });
});

describe('penalty', () => {
  it('costs 0.10 points a day by default', () => {
    expect(formatDecimal(DEFAULT_RATE)).toBe('0.1');
    expect(penalty(0)).toBe(0);
    expect(penalty(1)).toBe(10);
    expect(penalty(3)).toBe(30);
    expect(penalty(51)).toBe(510);
  });

  it.each([
    [3, '0.15', 45],
    [1, '0.125', 13],
    [2, '0.125', 25],
    [1, '0.05', 5],
    [10, '0', 0],
    [4, '0.001', 0],
    [5, '0.001', 1],
    [365, '0.1', 3650],
    // The exact product, rounded once (issue 10, finding 10): the rate is not rounded to millionths first.
    [1, '0.0049995', 0],
    [1, '0.00499999999', 0],
    [10_000, '0.00000005', 0],
    [10_000, '0.0000005', 1],
  ])('costs %i days at %s points a day %i hundredths, half up', (days, rate, hundredths) => {
    expect(penalty(days, parseDecimal(rate) as ExactDecimal)).toBe(hundredths);
  });

  it('makes 3 days late cost exactly 0.3, not 0.30000000000000004', () => {
    expect(fromScaled(penalty(3), 2)).toBe(0.3);
  });
});

describe('netScore', () => {
  it.each([
    [500, 0, 500],
    [100, 30, 70],
    [250, 20, 230],
    [100, 90, 10],
    [100, 100, 0],
    [500, 510, 0],
    [0, 0, 0],
    [0, 30, 0],
  ])('takes %i − %i hundredths as %i, never below 0', (level, deducted, net) => {
    expect(netScore(level, deducted)).toBe(net);
  });

  it('goes below 0 when the floor is off', () => {
    expect(netScore(500, 510, false)).toBe(-10);
    expect(netScore(100, 30, false)).toBe(70);
  });

  it('gives 1 − 9 × 0.10 as exactly 0.1', () => {
    expect(1 - 9 * 0.1).not.toBe(0.1);
    expect(fromScaled(netScore(100, penalty(9)), 2)).toBe(0.1);
  });
});

describe('exactWeightedScore', () => {
  const weightOf = (basisPoints: number) => parseDecimal(String(basisPoints / 10_000)) as ExactDecimal;
  const scoreOf = (text: string) => parseDecimal(text) as ExactDecimal;

  it('weighs 5 points at 5 % as 0.25', () => {
    expect(DEFAULT_WEIGHT).toBe(500);
    expect(exactWeightedScore(scoreOf('5'), weightOf(DEFAULT_WEIGHT))).toBe(2500);
    expect(fromScaled(exactWeightedScore(scoreOf('5'), weightOf(DEFAULT_WEIGHT)), 4)).toBe(0.25);
  });

  it('weighs 0.7 at 5 % as exactly 0.035', () => {
    expect(fromScaled(exactWeightedScore(scoreOf('0.7'), weightOf(500)), 4)).toBe(0.035);
  });

  it.each([
    ['2.3', 500, 1150],
    ['0', 500, 0],
    ['5', 1000, 5000],
    ['5', 10_000, 50_000],
    ['2.5', 250, 625],
    ['0.0001', 500, 0],
    ['0.0001', 5000, 1],
    ['0.0003', 5000, 2],
    ['5', 555.5, 2778],
  ])('weighs %s at %i hundredths of a percent as %i ten-thousandths, half up', (score, weight, expected) => {
    expect(exactWeightedScore(scoreOf(score), weightOf(weight))).toBe(expected);
  });
});

describe('cardLevel and requirementMet on a general card', () => {
  const card = readCardTable([
    [1, 1, 'ก', 'ทำแล้ว', '', '', 'ก ทำแล้ว'],
    [1, 2, 'ข', 'ค่า', '2.5', '', 'ข อย่างน้อย 2.5'],
    [1, 3, 'ค', 'ทำแล้ว', '', 0.25, 'ค ทำแล้ว'],
    [1, 3, 'ง', 'ทำแล้ว', '', 0.25, 'ง ทำแล้ว'],
    [1, 4, 'จ', 'ค่าไม่เกิน', 10, '', 'จ ไม่เกิน 10'],
  ]);
  const round = card.rounds[0];
  if (round === undefined) throw new Error('no round');
  const two = parseDecimal('2.5') as ExactDecimal;
  const ten = parseDecimal('10') as ExactDecimal;

  it.each([
    ['nothing', [false, undefined, false, false, undefined], 0],
    ['level 1 only', [true, parseDecimal('2.49'), true, true, ten], 100],
    ['level 2 at the threshold', [true, two, false, false, ten], 200],
    ['one quarter of level 3', [true, two, false, true, ten], 225],
    ['level 3 and a value at most 10', [true, two, true, true, ten], 400],
    ['a value above 10 stops at level 3', [true, two, true, true, parseDecimal('10.01')], 300],
  ])('%s', (_name, values, level) => {
    expect(cardLevel(round, values as never)).toBe(level);
  });

  it('stops level 5 at "–": a card with no level 5 tops out at 4', () => {
    expect(cardLevel(round, [true, two, true, true, ten])).toBe(400);
    expect(requirementMet(round.levels[3]?.requirements[0] as never, undefined)).toBe(false);
  });
});
