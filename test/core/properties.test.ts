import fc from 'fast-check';
import { type FlagId, ROUND_1, ROUND_2, type RoundCard } from '../../src/core/card';
import {
  CellProblem,
  createDateReader,
  describeValue,
  isBlank,
  readDayCountMode,
  readDecimal,
  readFlag,
  readProgress,
  readRate,
  readRound,
  readScore,
  readWeightFraction,
} from '../../src/core/cells';
import { readDateText } from '../../src/core/date-text';
import {
  civilFromDay,
  dayFromCivil,
  dayFromSerial,
  daysInMonth,
  FIRST_YEAR,
  fixedOffsetDayOf,
  isoFromDay,
  LAST_YEAR,
  SHEETS_SERIAL_OF_EPOCH,
  weekday,
} from '../../src/core/dates';
import {
  decimalOfNumber,
  decimalToNumber,
  divideRounded,
  type ExactDecimal,
  fromScaled,
  toScaled,
} from '../../src/core/decimal';
import { type DayCountRule, daysLate, holidayCalendar } from '../../src/core/lateness';
import { isProblems, readDaysLate, readMilestones, scoreRow } from '../../src/core/row';
import {
  DEFAULT_RATE,
  exactWeightedScore,
  isMet,
  levelReached,
  type MilestoneValues,
  netScore,
  penalty,
} from '../../src/core/scoring';
import { formatThaiDate, toThaiDigits } from '../../src/core/thai';

const MS_PER_DAY = 86_400_000;
const FIRST_DAY = dayFromCivil(FIRST_YEAR, 1, 1);
const LAST_DAY = dayFromCivil(LAST_YEAR, 12, 31);
const FLAG_IDS: readonly FlagId[] = [
  'reviewDone',
  'planDone',
  'workflowManualDone',
  'trainingDone',
  'forumDone',
  'reportSent',
];

// ---------------------------------------------------------------------------
// Arbitraries

const civilDate = fc
  .tuple(fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }), fc.integer({ min: 1, max: 12 }))
  .chain(([year, month]) =>
    fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => ({ year, month, day })),
  );

const acceptedDay = fc.integer({ min: FIRST_DAY, max: LAST_DAY });

/** Progress values around the card's thresholds, and anything in between. */
const progress = fc.oneof(
  fc.constantFrom(0, 49.9, 50, 79.9, 80, 99.9, 100),
  fc.double({ min: 0, max: 100, noNaN: true }),
);

const milestoneValues: fc.Arbitrary<MilestoneValues> = fc.record({
  flags: fc.record({
    reviewDone: fc.boolean(),
    planDone: fc.boolean(),
    workflowManualDone: fc.boolean(),
    trainingDone: fc.boolean(),
    forumDone: fc.boolean(),
    reportSent: fc.boolean(),
  }),
  progress,
});

const card = fc.constantFrom<RoundCard>(ROUND_1, ROUND_2);

/** Text built from the pieces dates, percentages, rounds and flags are typed with. */
const cellishText = fc.string({
  unit: fc.constantFrom(
    ...'0123456789๐๑๒๓๔๕๖๗๘๙/-.:% +'.split(''),
    ' ',
    'ร้อยละ',
    'รอบที่',
    'round',
    'มี.ค.',
    'เมษายน',
    'Apr',
    'พ.ศ.',
    'วันจันทร์ที่',
    'T',
    'Z',
    'น.',
    '\u200b',
    'ใช่',
    'yes',
    'x',
    '✓',
  ),
  maxLength: 20,
});

/** Anything a cell, a range or a careless caller can hand a reader. */
const anyCellValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withObjectString: true,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
  }),
  fc.string(),
  cellishText,
  fc.double(),
  fc.integer(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(
    '',
    ' ',
    '\u200b',
    null,
    undefined,
    true,
    false,
    'TRUE',
    'ใช่',
    '60%',
    '2/2566',
    '30/02/2566',
    45026,
  ),
);

// ---------------------------------------------------------------------------
// Calendar days

describe('calendar days (properties)', () => {
  it('civilFromDay(dayFromCivil(date)) gives back every date from 1900 to 2300', () => {
    fc.assert(
      fc.property(civilDate, (date) => {
        expect(civilFromDay(dayFromCivil(date.year, date.month, date.day))).toEqual(date);
      }),
    );
  });

  it('dayFromCivil agrees with Date.UTC', () => {
    fc.assert(
      fc.property(civilDate, ({ year, month, day }) => {
        expect(dayFromCivil(year, month, day)).toBe(Date.UTC(year, month - 1, day) / MS_PER_DAY);
      }),
    );
  });

  it('dayFromCivil(civilFromDay(n)) is n, and the day after n is the next calendar date', () => {
    fc.assert(
      fc.property(acceptedDay, (n) => {
        const { year, month, day } = civilFromDay(n);
        expect(dayFromCivil(year, month, day)).toBe(n);
        const next = civilFromDay(n + 1);
        if (day < daysInMonth(year, month)) expect(next).toEqual({ year, month, day: day + 1 });
        else if (month < 12) expect(next).toEqual({ year, month: month + 1, day: 1 });
        else expect(next).toEqual({ year: year + 1, month: 1, day: 1 });
      }),
    );
  });

  it('weekday agrees with Date.getUTCDay and moves one day at a time', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 200_000 }), (n) => {
        expect(weekday(n)).toBe(new Date(n * MS_PER_DAY).getUTCDay());
        expect(weekday(n + 1)).toBe((weekday(n) + 1) % 7);
      }),
    );
  });

  it('a Date at any minute of a Bangkok day falls on that day', () => {
    const bangkokDayOf = fixedOffsetDayOf(420);
    fc.assert(
      fc.property(acceptedDay, fc.integer({ min: 0, max: 24 * 60 - 1 }), (n, minute) => {
        const instant = new Date(n * MS_PER_DAY + minute * 60_000 - 7 * 3_600_000);
        expect(bangkokDayOf(instant)).toBe(n);
      }),
    );
  });

  it('a serial with any time of day, to the millisecond, is read as its day', () => {
    const readDate = createDateReader(fixedOffsetDayOf(420));
    fc.assert(
      fc.property(acceptedDay, fc.integer({ min: 0, max: MS_PER_DAY - 1 }), (n, ms) => {
        const serial = n + SHEETS_SERIAL_OF_EPOCH + ms / MS_PER_DAY;
        expect(dayFromSerial(serial)).toBe(n);
        expect(readDate(serial, 'x')).toBe(n);
      }),
    );
  });
});

// ---------------------------------------------------------------------------
// Date text

describe('date text (properties)', () => {
  it('reads back every day written the Thai way, long, short or numeric, in either digits', () => {
    fc.assert(
      fc.property(
        acceptedDay,
        fc.constantFrom<'long' | 'short' | 'numeric'>('long', 'short', 'numeric'),
        fc.boolean(),
        (n, style, thaiDigits) => {
          expect(readDateText(formatThaiDate(n, { style, thaiDigits }))).toEqual({ kind: 'day', day: n });
        },
      ),
    );
  });

  it('reads back every day written as ISO yyyy-mm-dd', () => {
    fc.assert(
      fc.property(acceptedDay, (n) => {
        expect(readDateText(isoFromDay(n))).toEqual({ kind: 'day', day: n });
      }),
    );
  });

  it('reads d/m/yyyy in C.E. or B.E. as the same day', () => {
    fc.assert(
      fc.property(civilDate, ({ year, month, day }) => {
        const expected = { kind: 'day', day: dayFromCivil(year, month, day) };
        expect(readDateText(`${day}/${month}/${year}`)).toEqual(expected);
        expect(readDateText(`${day}/${month}/${year + 543}`)).toEqual(expected);
      }),
    );
  });

  it('says a day past the end of its month is impossible', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 68 }),
        (year, month, beyond) => {
          const day = daysInMonth(year, month) + beyond;
          if (day > 99) return;
          expect(readDateText(`${day}/${month}/${year + 543}`)).toEqual({ kind: 'impossible', year, month });
        },
      ),
    );
  });

  it('says a year outside 1900–2300 (B.E. 2443–2843) is out of range, C.E. up to 2400 and B.E. above', () => {
    const outside = fc.oneof(
      fc.integer({ min: 1000, max: 1899 }),
      fc.integer({ min: 2301, max: 2442 }),
      fc.integer({ min: 2844, max: 9999 }),
    );
    fc.assert(
      fc.property(outside, (year) => {
        expect(readDateText(`1/1/${year}`)).toEqual({ kind: 'yearOutOfRange' });
      }),
    );
  });

  it('reads any text without throwing, and any day it gives is an accepted day', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), cellishText), (text) => {
        const reading = readDateText(text);
        if (reading.kind === 'day') {
          expect(Number.isInteger(reading.day)).toBe(true);
          expect(reading.day).toBeGreaterThanOrEqual(FIRST_DAY);
          expect(reading.day).toBeLessThanOrEqual(LAST_DAY);
        }
      }),
    );
  });
});

// ---------------------------------------------------------------------------
// Levels

/** The card's levels written out by hand, in points. */
function cardLevel(round: 1 | 2, values: MilestoneValues): number {
  const { flags, progress: percent } = values;
  if (round === 1) {
    if (!flags.reviewDone) return 0;
    if (!flags.planDone) return 1;
    return percent >= 50 ? 5 : 3;
  }
  if (percent < 80) return 0;
  if (percent < 100) return 1;
  const halves = (flags.workflowManualDone ? 1 : 0) + (flags.trainingDone ? 1 : 0);
  if (halves < 2) return 2 + halves / 2;
  if (!flags.forumDone) return 3;
  return flags.reportSent ? 5 : 4;
}

describe('levels (properties)', () => {
  it('equal the card’s rules written out by hand', () => {
    fc.assert(
      fc.property(card, milestoneValues, (roundCard, values) => {
        expect(levelReached(roundCard, values)).toBe(cardLevel(roundCard.round, values) * 100);
      }),
    );
  });

  it('never exceed what the milestones allow: a level L implies every milestone of every level up to L', () => {
    fc.assert(
      fc.property(card, milestoneValues, (roundCard, values) => {
        const reached = levelReached(roundCard, values);
        for (const rule of roundCard.levels) {
          if (rule.level * 100 > reached) continue;
          for (const requirement of rule.requirements) expect(isMet(requirement, values)).toBe(true);
        }
      }),
    );
  });

  it('stop below the first level whose milestones are not all met', () => {
    fc.assert(
      fc.property(card, milestoneValues, (roundCard, values) => {
        const reached = levelReached(roundCard, values);
        const firstUnmet = roundCard.levels.find((rule) => !rule.requirements.every((r) => isMet(r, values)));
        if (firstUnmet === undefined) expect(reached).toBe(500);
        else expect(reached).toBeLessThan(firstUnmet.level * 100);
      }),
    );
  });

  it('are only the card’s levels: 0, 1, 3, 5 in round 1; 0, 1, 2, 2.5, 3, 4, 5 in round 2', () => {
    fc.assert(
      fc.property(milestoneValues, (values) => {
        expect([0, 100, 300, 500]).toContain(levelReached(ROUND_1, values));
        expect([0, 100, 200, 250, 300, 400, 500]).toContain(levelReached(ROUND_2, values));
      }),
    );
  });

  it('never go down when one more flag is ticked', () => {
    fc.assert(
      fc.property(card, milestoneValues, fc.constantFrom(...FLAG_IDS), (roundCard, values, flag) => {
        const ticked = { ...values, flags: { ...values.flags, [flag]: true } };
        expect(levelReached(roundCard, ticked)).toBeGreaterThanOrEqual(levelReached(roundCard, values));
      }),
    );
  });

  it('never go down when progress rises', () => {
    fc.assert(
      fc.property(card, milestoneValues, progress, (roundCard, values, other) => {
        const higher = { ...values, progress: Math.max(values.progress, other) };
        expect(levelReached(roundCard, higher)).toBeGreaterThanOrEqual(levelReached(roundCard, values));
      }),
    );
  });
});

// ---------------------------------------------------------------------------
// Lateness and the net score

/** A number as the exact decimal it shows. */
const decimalOf = (value: number) => decimalOfNumber(value) as ExactDecimal;
const rate = fc.oneof(
  fc.constant(DEFAULT_RATE),
  fc.integer({ min: 0, max: 5_000_000_000 }).map((billionths) => decimalOf(billionths / 1e9)),
);
const level = fc.constantFrom(0, 100, 200, 250, 300, 400, 500);

/** Working days late counted one day at a time. */
function countWorkingDays(due: number, end: number, holidays: readonly number[]): number {
  const off = new Set(holidays);
  let count = 0;
  for (let day = due + 1; day <= end; day++) {
    const dayOfWeek = weekday(day);
    if (dayOfWeek !== 0 && dayOfWeek !== 6 && !off.has(day)) count++;
  }
  return count;
}

const lateCase = fc
  .tuple(
    fc.integer({ min: dayFromCivil(2020, 1, 1), max: dayFromCivil(2027, 12, 31) }),
    fc.integer({ min: -30, max: 400 }),
  )
  .chain(([due, length]) =>
    fc.record({
      due: fc.constant(due),
      end: fc.constant(due + length),
      holidays: fc.array(fc.integer({ min: due - 20, max: due + 420 }), { maxLength: 40 }),
    }),
  );

describe('lateness and the net score (properties)', () => {
  it('more days late never raise the net score', () => {
    fc.assert(
      fc.property(level, rate, fc.nat(1000), fc.nat(1000), (reached, perDay, a, b) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        expect(netScore(reached, penalty(more, perDay))).toBeLessThanOrEqual(
          netScore(reached, penalty(fewer, perDay)),
        );
      }),
    );
  });

  it('the net score is always within [0, level]', () => {
    fc.assert(
      fc.property(level, rate, fc.nat(100_000), (reached, perDay, days) => {
        const net = netScore(reached, penalty(days, perDay));
        expect(net).toBeGreaterThanOrEqual(0);
        expect(net).toBeLessThanOrEqual(reached);
      }),
    );
  });

  it('working days late are never more than calendar days late', () => {
    fc.assert(
      fc.property(lateCase, ({ due, end, holidays }) => {
        const working: DayCountRule = { mode: 'working', holidays: holidayCalendar(holidays) };
        const workingDays = daysLate(due, end, working);
        expect(workingDays).toBeGreaterThanOrEqual(0);
        expect(workingDays).toBeLessThanOrEqual(daysLate(due, end));
      }),
    );
  });

  it('working days late equal a day-by-day count skipping weekends and holidays', () => {
    fc.assert(
      fc.property(lateCase, ({ due, end, holidays }) => {
        const working: DayCountRule = { mode: 'working', holidays: holidayCalendar(holidays) };
        expect(daysLate(due, end, working)).toBe(countWorkingDays(due, end, holidays));
      }),
    );
  });

  it('calendar days late are end − due when positive, whatever the holidays', () => {
    fc.assert(
      fc.property(lateCase, ({ due, end, holidays }) => {
        const calendar: DayCountRule = { mode: 'calendar', holidays: holidayCalendar(holidays) };
        expect(daysLate(due, end, calendar)).toBe(Math.max(0, end - due));
      }),
    );
  });

  it('the order and repeats of holidays do not matter', () => {
    fc.assert(
      fc.property(lateCase, ({ due, end, holidays }) => {
        const shuffled = [...holidays].reverse().concat(holidays);
        const rule = (days: readonly number[]): DayCountRule => ({
          mode: 'working',
          holidays: holidayCalendar(days),
        });
        expect(daysLate(due, end, rule(shuffled))).toBe(daysLate(due, end, rule(holidays)));
      }),
    );
  });
});

// ---------------------------------------------------------------------------
// Exact decimals

/** Whether a number prints with at most this many decimals. */
function hasAtMostDecimals(value: number, decimals: number): boolean {
  return new RegExp(`^-?\\d+(\\.\\d{1,${decimals}})?$`).test(String(value));
}

describe('exact decimals (properties)', () => {
  it('the penalty for n days at 0.10 is exactly n / 10', () => {
    fc.assert(
      fc.property(fc.nat(100_000), (days) => {
        expect(fromScaled(penalty(days, DEFAULT_RATE), 2)).toBe(days / 10);
      }),
    );
  });

  it('net scores print with at most 2 decimals and match level − penalty to the cent', () => {
    fc.assert(
      fc.property(level, rate, fc.nat(1000), (reached, perDay, days) => {
        const deducted = penalty(days, perDay);
        const net = fromScaled(netScore(reached, deducted), 2);
        expect(hasAtMostDecimals(net, 2)).toBe(true);
        expect(hasAtMostDecimals(fromScaled(deducted, 2), 2)).toBe(true);
        expect(net).toBe(Math.max(0, Number((reached / 100 - deducted / 100).toFixed(2))));
      }),
    );
  });

  it('weighted scores print with at most 4 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 10_000 }), (net, weight) => {
        const weighted = fromScaled(exactWeightedScore(decimalOf(net / 100), decimalOf(weight / 10_000)), 4);
        expect(hasAtMostDecimals(weighted, 4)).toBe(true);
        expect(weighted).toBeLessThanOrEqual(net / 100);
      }),
    );
  });

  it('toScaled(fromScaled(k, d), d) is k', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 6 }),
        (k, d) => {
          expect(toScaled(fromScaled(k, d), d)).toBe(k);
        },
      ),
    );
  });

  it('divideRounded rounds half away from zero, like an exact big-integer division', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (n, d) => {
          const magnitude = BigInt(Math.abs(n));
          const big = BigInt(d);
          const two = BigInt(2);
          const rounded = Number((two * magnitude + big) / (two * big));
          expect(divideRounded(n, d)).toBe(n < 0 ? -rounded : rounded);
        },
      ),
    );
  });

  it('a progress fraction with up to three decimals reads as its exact percent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (k) => {
        expect(readProgress(k / 1000)).toBe(k / 10);
        expect(readProgress(`${k / 10}%`)).toBe(k / 10);
        expect(readProgress(`ร้อยละ ${toThaiDigits(String(k / 10))}`)).toBe(k / 10);
      }),
    );
  });
});

// ---------------------------------------------------------------------------
// Readers never throw

/** Whether a value is a reader's answer of the expected kind, or a problem. */
function isAnswer(value: unknown, check: (answer: unknown) => boolean): boolean {
  return value instanceof CellProblem
    ? typeof value.message === 'string' && value.message !== ''
    : check(value);
}

const isIntegerIn = (min: number, max: number) => (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

describe('cell readers (properties)', () => {
  it('every reader answers any cell value with a value of its kind or a CellProblem, never a throw', () => {
    const readDate = createDateReader(fixedOffsetDayOf(420));
    fc.assert(
      fc.property(anyCellValue, (value) => {
        expect(isAnswer(readFlag(value, 'c'), (answer) => typeof answer === 'boolean')).toBe(true);
        expect(
          isAnswer(
            readProgress(value),
            (answer) => typeof answer === 'number' && answer >= 0 && answer <= 100,
          ),
        ).toBe(true);
        expect(isAnswer(readRound(value), (answer) => answer === 1 || answer === 2)).toBe(true);
        expect(isAnswer(readDate(value, 'c'), isIntegerIn(FIRST_DAY, LAST_DAY))).toBe(true);
        expect(
          isAnswer(readRate(value, DEFAULT_RATE), (answer) => {
            const perDay = decimalToNumber(answer as ExactDecimal);
            return !(answer as ExactDecimal).negative && perDay >= 0 && perDay <= 5;
          }),
        ).toBe(true);
        expect(
          isAnswer(readDayCountMode(value), (answer) => answer === 'calendar' || answer === 'working'),
        ).toBe(true);
        expect(
          isAnswer(readScore(value), (answer) => {
            const score = decimalToNumber(answer as ExactDecimal);
            return !(answer as ExactDecimal).negative && score >= 0 && score <= 5;
          }),
        ).toBe(true);
        expect(
          isAnswer(readWeightFraction(value, 500), (answer) => {
            const weight = decimalToNumber(answer as ExactDecimal);
            return !(answer as ExactDecimal).negative && weight >= 0 && weight <= 1;
          }),
        ).toBe(true);
        const decimal = readDecimal(value);
        if (decimal !== undefined) expect(Number.isFinite(decimalToNumber(decimal))).toBe(true);
        expect(typeof isBlank(value)).toBe('boolean');
        expect(typeof describeValue(value)).toBe('string');
      }),
    );
  });

  it('a whole row of any values scores or lists its problems, never throws', () => {
    const rules = { readDate: createDateReader(fixedOffsetDayOf(420)), asOf: dayFromCivil(2023, 11, 30) };
    fc.assert(
      fc.property(
        fc.constantFrom<1 | 2>(1, 2),
        fc.array(anyCellValue, { minLength: 5, maxLength: 6 }),
        anyCellValue,
        anyCellValue,
        (round, cells, due, submitted) => {
          const milestones = readMilestones(round === 1 ? ROUND_1 : ROUND_2, cells);
          if (isProblems(milestones))
            for (const problem of milestones) expect(problem).toBeInstanceOf(CellProblem);
          const late = readDaysLate(due, submitted, rules);
          if (isProblems(late)) expect(late.length).toBeGreaterThan(0);
          else expect(late).toBeGreaterThanOrEqual(0);
          const result = scoreRow(round, cells, due, submitted, rules);
          if (isProblems(result)) expect(result.length).toBeGreaterThan(0);
          else {
            expect(result.net).toBeGreaterThanOrEqual(0);
            expect(result.net).toBeLessThanOrEqual(result.level);
          }
        },
      ),
    );
  });

  it('a flag word reads the same in any case, padded and with zero-width characters', () => {
    const words: readonly [string, boolean][] = [
      ['TRUE', true],
      ['FALSE', false],
      ['yes', true],
      ['no', false],
      ['y', true],
      ['n', false],
      ['x', true],
      ['✓', true],
      ['✔', true],
      ['ใช่', true],
      ['ไม่ใช่', false],
      ['มี', true],
      ['ไม่มี', false],
      ['เสร็จ', true],
      ['ไม่', false],
      ['-', false],
    ];
    const padding = fc.string({
      unit: fc.constantFrom(' ', '\t', '\n', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        padding,
        padding,
        ([word, done], upper, before, after) => {
          const cased = [...word]
            .map((char, index) => (upper[index] ? char.toUpperCase() : char.toLowerCase()))
            .join('');
          expect(readFlag(`${before}${cased}${after}`, 'c')).toBe(done);
        },
      ),
    );
  });
});
