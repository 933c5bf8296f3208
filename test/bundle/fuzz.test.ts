/**
 * A seeded fuzz of the six custom functions through dist/ in a vm on the
 * emulator, as Sheets calls them (AuthMode.CUSTOM_FUNCTION), once with
 * `Utilities` and once without it (the Asia/Bangkok fallback): whatever the
 * cells hold, every call gives a number, `""`, a `⚠` text (KPINEXT: its Thai
 * text) or throws an Error with a Thai message, shaped one value for one row and
 * N × 1 for N rows. Nothing else: no NaN, no undefined, no English error.
 */

import fc from 'fast-check';
import { type AddOn, loadAddOn } from '../../emulator/apps-script/vm-host';
import { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { DIST } from './dist';

const SEED = 0x6b70_6910;
const CALLS_PER_RUN = 20_000;

// ---------------------------------------------------------------------------
// Cell values

/** Unicode format characters (Cf) that pasted text carries: direction marks, isolates, joiners, BOM, soft hyphen. */
const FORMAT_MARKS = [
  '\u200e',
  '\u200f',
  '\u061c',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u2066',
  '\u2069',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
];

const THAI_ZERO = 0x0e50;

/** A text as pasted: maybe Thai digits, maybe format marks anywhere. */
function pasted(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      text,
      fc.boolean(),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FORMAT_MARKS)), { maxLength: 3 }),
    )
    .map(([value, thaiDigits, marks]) => {
      const digits = thaiDigits
        ? value.replace(/[0-9]/g, (digit) => String.fromCharCode(THAI_ZERO + Number(digit)))
        : value;
      const chars = [...digits];
      for (const [place, mark] of marks) chars.splice(place % (chars.length + 1), 0, mark);
      return chars.join('');
    });
}

const flagText = pasted(
  fc.constantFrom(
    'TRUE',
    'false',
    'ใช่',
    'ไม่ใช่',
    'มี',
    'ไม่มี',
    'เสร็จ',
    'ไม่',
    'x',
    '✓',
    '✔️',
    '-',
    '1',
    '0',
    'yes',
    'N',
    'done?',
  ),
);
const progressText = pasted(
  fc.oneof(
    fc.constantFrom(
      '60%',
      '79.9',
      '79.999%',
      '80',
      '100%',
      'ร้อยละ 50',
      '0.5',
      '.5',
      '150%',
      '-5',
      'abc',
      '60 %',
    ),
    fc.integer({ min: 0, max: 10_000 }).map((units) => `${units / 100}%`),
  ),
);
const dateText = pasted(
  fc.oneof(
    fc.constantFrom(
      '10/4/2566',
      '13/04/2566',
      '2023-04-10',
      '31 มี.ค. 2566',
      '31 มีนาคม 2566',
      'วันจันทร์ที่ 10 เมษายน พ.ศ. 2566',
      '10 Apr 2023',
      '45026',
      '30/02/2566',
      '1/1/99999',
      '1/1/0001',
      '0000-01-01',
      '10000-01-01',
      'พรุ่งนี้',
    ),
    fc
      .tuple(
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 13 }),
        fc.integer({ min: 2400, max: 2900 }),
      )
      .map(([day, month, year]) => `${day}/${month}/${year}`),
  ),
);
const numberText = pasted(
  fc.constantFrom(
    '0x5',
    '0x1',
    '0b1',
    '0o7',
    '1e3',
    '5e-1',
    'Infinity',
    '-Infinity',
    'NaN',
    '0.1',
    '5',
    '1.00045',
    '4.99999999999999999999',
    '5.0000000000000000001',
    ' ',
    '',
    '1,5',
  ),
);
const roundText = pasted(
  fc.constantFrom('1', '2', 'รอบ 1', 'รอบที่ 2', '2/2566', 'round 1', '3', 'รอบ 3', '1.0'),
);

const MAX_TIME = 8.64e15;

/** Dates of every kind: ordinary, at the edges of the accepted years, in year ≥ 10000 or before year 1, invalid. */
const dateValue: fc.Arbitrary<Date> = fc.oneof(
  {
    arbitrary: fc
      .integer({ min: Date.UTC(2022, 9, 1), max: Date.UTC(2024, 0, 1) })
      .map((time) => new Date(time)),
    weight: 6,
  },
  fc
    .constantFrom(
      Date.UTC(1899, 11, 31, 16, 59, 59),
      Date.UTC(1899, 11, 31, 17),
      Date.UTC(2300, 11, 31, 16, 59, 59),
      Date.UTC(2300, 11, 31, 17),
      Date.UTC(10000, 0, 1),
      Date.UTC(9999, 11, 31, 17),
      new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(0),
      new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(-1),
      MAX_TIME,
      -MAX_TIME,
      Number.NaN,
    )
    .map((time) => new Date(time)),
  fc.integer({ min: -MAX_TIME, max: MAX_TIME }).map((time) => new Date(time)),
);

/** Numbers of every kind: small integers, fractions, huge, tiny, negative, NaN and the infinities. */
const numberValue: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, 1, 2, 0.5, 0.6, 60, 79.999, 80, 100, 5, 1.00045, 5.555, 45026, -0, -1, 150),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e21,
    1e-7,
  ),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.double(),
);

const blankValue = fc.constantFrom<unknown>('', ' ', '\u200f', null, undefined);

/** Anything one cell can hold, weighted toward what a tracking sheet holds. */
const cell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: flagText, weight: 3 },
  { arbitrary: progressText, weight: 2 },
  { arbitrary: dateText, weight: 3 },
  { arbitrary: numberText, weight: 2 },
  { arbitrary: fc.boolean(), weight: 3 },
  { arbitrary: numberValue, weight: 3 },
  { arbitrary: dateValue, weight: 3 },
  { arbitrary: blankValue, weight: 2 },
  { arbitrary: roundText, weight: 1 },
);

/** A flag cell of a tracking sheet, mostly readable. */
const flagCell = fc.oneof(
  { arbitrary: fc.boolean(), weight: 8 },
  { arbitrary: flagText, weight: 3 },
  { arbitrary: cell, weight: 1 },
);
const progressCell = fc.oneof(
  { arbitrary: fc.double({ min: 0, max: 100, noNaN: true }), weight: 4 },
  { arbitrary: progressText, weight: 2 },
  { arbitrary: cell, weight: 1 },
);
const dateCell = fc.oneof(
  { arbitrary: dateValue, weight: 6 },
  { arbitrary: dateText, weight: 3 },
  { arbitrary: cell, weight: 1 },
);
const scoreCell = fc.oneof(
  { arbitrary: fc.double({ min: 0, max: 5, noNaN: true }), weight: 3 },
  { arbitrary: numberText, weight: 2 },
  { arbitrary: fc.constantFrom('⚠ ความคืบหน้าต้องอยู่ระหว่าง 0–100%: 150'), weight: 1 },
  { arbitrary: cell, weight: 1 },
);

// ---------------------------------------------------------------------------
// Arguments: single values, 1 × 1 and N × 1 ranges, ragged and mismatched ones

/**
 * A row-wise argument of `height` rows, each row from `row`, in any of the shapes
 * Sheets (or a script) passes: a single value, 1 × 1, a flat list, N rows; now and
 * then ragged rows or another height (a mistake in the call when another argument
 * is a range).
 */
function rowWise(height: number, row: fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown> {
  const rows = (count: number) => fc.array(row, { minLength: count, maxLength: count });
  const shapes: fc.Arbitrary<unknown>[] = [rows(height)];
  if (height === 1)
    shapes.push(
      row.map((cells) => cells[0]),
      row,
      fc.constant([]),
      fc.constant([[]]),
    );
  return fc.oneof(
    { arbitrary: fc.oneof(...shapes), weight: 20 },
    {
      arbitrary: fc.array(fc.array(cell, { maxLength: 7 }), { minLength: height, maxLength: height }),
      weight: 1,
    },
    { arbitrary: fc.integer({ min: 1, max: 4 }).chain(rows), weight: 1 },
  );
}

/** One cell as a row of a one-column range. */
const oneCell = (item: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> => item.map((value) => [value]);

/**
 * A row of milestone cells laid out for `round` (round 1: review, plan, progress;
 * round 2: progress and four flags), with extra cells now and then; sometimes
 * any cells of any width (too few is a mistake in the call).
 */
function milestoneCells(round: 1 | 2): fc.Arbitrary<unknown[]> {
  const laidOut =
    round === 1
      ? fc
          .tuple(flagCell, flagCell, progressCell, fc.array(cell, { maxLength: 2 }))
          .map(([a, b, c, extra]) => [a, b, c, ...extra])
      : fc
          .tuple(progressCell, flagCell, flagCell, flagCell, flagCell, fc.array(cell, { maxLength: 1 }))
          .map(([p, a, b, c, d, extra]) => [p, a, b, c, d, ...extra]);
  return fc.oneof(
    { arbitrary: laidOut, weight: 12 },
    { arbitrary: fc.array(fc.oneof(flagCell, progressCell), { minLength: 2, maxLength: 6 }), weight: 1 },
  );
}

/** A round cell: mostly `round` written some way, now and then anything. */
function roundCell(round: 1 | 2): fc.Arbitrary<unknown> {
  const written = pasted(
    fc.constantFrom(`${round}`, `รอบ ${round}`, `รอบที่ ${round}`, `${round}/2566`, `round ${round}`),
  );
  return fc.oneof(
    { arbitrary: fc.constant(round), weight: 12 },
    { arbitrary: written, weight: 4 },
    { arbitrary: roundText, weight: 1 },
    { arbitrary: cell, weight: 1 },
  );
}

/** A value given for all rows: mostly one cell, sometimes a range where one value belongs. */
function single(item: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: item, weight: 12 },
    { arbitrary: item.map((value) => [[value]]), weight: 3 },
    {
      arbitrary: fc.array(fc.array(item, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }),
      weight: 1,
    },
  );
}

const rateValue = single(
  fc.oneof(
    { arbitrary: fc.constantFrom<unknown>('', 0.1, 0.05, '0.1', 5, 0, 0.125), weight: 8 },
    { arbitrary: numberText, weight: 1 },
    { arbitrary: cell, weight: 1 },
  ),
);
const dayCountValue = single(
  fc.oneof(
    { arbitrary: fc.constantFrom<unknown>('', 'calendar', 'working'), weight: 6 },
    { arbitrary: pasted(fc.constantFrom('วันปฏิทิน', 'วันทำการ', 'weekly')), weight: 3 },
    { arbitrary: cell, weight: 1 },
  ),
);
const ordinaryDate = fc
  .integer({ min: Date.UTC(2022, 9, 1), max: Date.UTC(2024, 0, 1) })
  .map((time) => new Date(time));
const asOfValue = single(
  fc.oneof(
    { arbitrary: fc.constantFrom<unknown>(''), weight: 3 },
    { arbitrary: ordinaryDate, weight: 3 },
    { arbitrary: dateCell, weight: 1 },
  ),
);
const holidaysValue = fc.oneof(
  fc.constant<unknown>(''),
  fc.array(fc.array(dateCell, { minLength: 1, maxLength: 2 }), { maxLength: 4 }),
  dateCell,
);
const weightValue = single(
  fc.oneof(
    { arbitrary: fc.constantFrom<unknown>('', 5, 0.05, '5%', 5.555, 10, 100, 101), weight: 8 },
    { arbitrary: numberText, weight: 1 },
    { arbitrary: cell, weight: 1 },
  ),
);

/** Optional trailing arguments: each given or left off (and then every later one too). */
function optionals(...items: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown[]> {
  return fc
    .tuple(fc.integer({ min: 0, max: items.length }), fc.tuple(...items))
    .map(([given, values]) => values.slice(0, given));
}

const FUNCTION_NAMES = [
  'KPILEVEL',
  'KPINEXT',
  'KPILATEDAYS',
  'KPIPENALTY',
  'KPISCORE',
  'KPIWEIGHTED',
] as const;
type FunctionName = (typeof FUNCTION_NAMES)[number];

interface Call {
  readonly name: FunctionName;
  readonly args: readonly unknown[];
  /** Indexes of the row-wise arguments, which decide the result's height. */
  readonly rowWise: readonly number[];
}

const call: fc.Arbitrary<Call> = fc
  .tuple(
    fc.constantFrom(...FUNCTION_NAMES),
    fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 6 })),
    fc.constantFrom<1 | 2>(1, 2),
  )
  .chain(([name, height, roundNumber]): fc.Arbitrary<Call> => {
    const round = fc.oneof(
      { arbitrary: single(roundCell(roundNumber)), weight: 3 },
      { arbitrary: rowWise(height, oneCell(roundCell(roundNumber))), weight: 1 },
    );
    const milestones = rowWise(height, milestoneCells(roundNumber));
    const due = rowWise(height, oneCell(dateCell));
    const submitted = rowWise(height, oneCell(fc.oneof(dateCell, blankValue)));
    switch (name) {
      case 'KPILEVEL':
      case 'KPINEXT':
        return fc.tuple(round, milestones).map((args) => ({ name, args, rowWise: [0, 1] }));
      case 'KPILATEDAYS':
        return fc
          .tuple(due, submitted, optionals(asOfValue, dayCountValue, holidaysValue))
          .map(([d, s, rest]) => ({ name, args: [d, s, ...rest], rowWise: [0, 1] }));
      case 'KPIPENALTY':
        return fc
          .tuple(due, submitted, optionals(asOfValue, rateValue, dayCountValue, holidaysValue))
          .map(([d, s, rest]) => ({ name, args: [d, s, ...rest], rowWise: [0, 1] }));
      case 'KPISCORE':
        return fc
          .tuple(
            round,
            milestones,
            due,
            submitted,
            optionals(asOfValue, rateValue, dayCountValue, holidaysValue),
          )
          .map(([r, m, d, s, rest]) => ({ name, args: [r, m, d, s, ...rest], rowWise: [0, 1, 2, 3] }));
      case 'KPIWEIGHTED':
        return fc
          .tuple(rowWise(height, oneCell(scoreCell)), optionals(weightValue))
          .map(([score, rest]) => ({ name, args: [score, ...rest], rowWise: [0] }));
    }
  });

// ---------------------------------------------------------------------------
// What a result may be

/** The rows an argument covers, as the add-on reads it: a range of rows, else one. */
function heightOf(value: unknown): number {
  if (!Array.isArray(value) || value.length === 0) return 1;
  return Array.isArray(value[0]) ? value.length : 1;
}

const THAI = /[\u0e00-\u0e7f]/;
const LEVELS = new Set([0, 1, 2, 2.5, 3, 4, 5]);

/** Why one row's value is not what `name` may give, or undefined when it is. */
function badValue(name: FunctionName, value: unknown, passedOn: readonly unknown[]): string | undefined {
  if (value === '') return undefined;
  if (typeof value === 'string') {
    if (value.startsWith('⚠ ') && THAI.test(value.slice(2, 3))) return undefined;
    if (name === 'KPIWEIGHTED' && passedOn.includes(value)) return undefined; // the score column's own ⚠
    if (name === 'KPINEXT' && /^ระดับ [1-5]: \S/.test(value)) return undefined;
    return `text that is neither "", a Thai ⚠ nor a next step: ${JSON.stringify(value)}`;
  }
  if (typeof value !== 'number') return `a ${typeof value}: ${String(value)}`;
  if (!Number.isFinite(value)) return `the number ${value}`;
  if (name === 'KPINEXT') return `a number from KPINEXT: ${value}`;
  const decimals = (String(value).split('.')[1] ?? '').length;
  switch (name) {
    case 'KPILEVEL':
      return LEVELS.has(value) ? undefined : `level ${value}`;
    case 'KPILATEDAYS':
      return Number.isInteger(value) && value >= 0 ? undefined : `days late ${value}`;
    case 'KPIPENALTY':
      return value >= 0 && decimals <= 2 && !String(value).includes('e') ? undefined : `penalty ${value}`;
    case 'KPISCORE':
      return value >= 0 && value <= 5 && decimals <= 2 ? undefined : `score ${value}`;
    case 'KPIWEIGHTED':
      return value >= 0 && value <= 5 && decimals <= 4 && !String(value).includes('e')
        ? undefined
        : `weighted ${value}`;
  }
}

/** The kinds of outcome seen, to show the fuzz reaches every branch. */
interface Tally {
  calls: number;
  numbers: number;
  blanks: number;
  warnings: number;
  nextSteps: number;
  errors: number;
  columns: number;
}

/** Runs one call and says what is wrong with its outcome, if anything. */
function check(addOn: AddOn, fuzzCall: Call, tally: Tally): string | undefined {
  tally.calls++;
  const heights = fuzzCall.rowWise.map((index) => heightOf(fuzzCall.args[index]));
  const ranges = heights.filter((height) => height > 1);
  const mismatched = ranges.some((height) => height !== ranges[0]);
  const height = ranges[0] ?? 1;
  let result: unknown;
  try {
    result = addOn.callAs('customFunction', fuzzCall.name, ...fuzzCall.args);
  } catch (error) {
    tally.errors++;
    if (Object.prototype.toString.call(error) !== '[object Error]')
      return `threw a non-Error: ${String(error)}`;
    const { name, message } = error as Error;
    if (name !== 'Error') return `threw a ${name}: ${message}`;
    if (typeof message !== 'string' || !THAI.test(message.slice(0, 1)))
      return `threw an error not in Thai: ${message}`;
    return undefined;
  }
  if (mismatched) return `ranges of heights ${heights.join(', ')} gave a result instead of an error`;
  const passedOn = fuzzCall.name === 'KPIWEIGHTED' ? [fuzzCall.args[0]].flat(2) : [];
  let values: unknown[];
  if (height === 1) {
    if (Array.isArray(result)) return `one row gave an array: ${JSON.stringify(result)}`;
    values = [result];
  } else {
    if (!Array.isArray(result) || result.length !== height)
      return `${height} rows gave ${JSON.stringify(result)}`;
    if (!result.every((row) => Array.isArray(row) && row.length === 1))
      return `not N × 1: ${JSON.stringify(result)}`;
    values = result.map((row) => (row as unknown[])[0]);
    tally.columns++;
  }
  for (const value of values) {
    const problem = badValue(fuzzCall.name, value, passedOn);
    if (problem !== undefined) return problem;
    if (value === '') tally.blanks++;
    else if (typeof value === 'number') tally.numbers++;
    else if (typeof value === 'string' && value.startsWith('⚠ ')) tally.warnings++;
    else tally.nextSteps++;
  }
  return undefined;
}

/** The arguments, printable in a failure message (Dates as ISO, special numbers by name). */
function printable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(printable);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Date(NaN)' : `Date(${value.getTime()})`;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (value === undefined) return 'undefined';
  return value;
}

function fuzz(addOn: AddOn): Tally {
  const tally: Tally = { calls: 0, numbers: 0, blanks: 0, warnings: 0, nextSteps: 0, errors: 0, columns: 0 };
  fc.assert(
    fc.property(call, (fuzzCall) => {
      const problem = check(addOn, fuzzCall, tally);
      if (problem !== undefined) {
        throw new Error(`${fuzzCall.name}(${JSON.stringify(printable(fuzzCall.args))}): ${problem}`);
      }
    }),
    { seed: SEED, numRuns: CALLS_PER_RUN, endOnFailure: true },
  );
  return tally;
}

/** Every kind of outcome turns up, so the fuzz reaches past the argument checks. */
function expectEveryOutcome(tally: Tally): void {
  expect(tally.calls).toBeGreaterThanOrEqual(CALLS_PER_RUN);
  for (const kind of ['numbers', 'blanks', 'warnings', 'nextSteps', 'errors', 'columns'] as const) {
    expect([kind, tally[kind]]).toEqual([kind, expect.any(Number)]);
    expect(tally[kind]).toBeGreaterThan(CALLS_PER_RUN / 100);
  }
}

describe('fuzzing the six custom functions through dist/ in a vm on the emulator (seeded)', () => {
  it(`with Utilities: ${CALLS_PER_RUN} calls, each a number, "", a ⚠ text or a Thai Error, shaped by its rows`, () => {
    const addOn = loadAddOn({ distDir: DIST, spreadsheet: new FakeSpreadsheet() });
    // Arguments reach the add-on rebuilt in its realm: its own Dates and Arrays, as Apps Script passes them.
    expect(addOn.inRealm(new Date(0))).toBeInstanceOf(addOn.realm.Date);
    expect(addOn.inRealm([[new Date(0)]])).toBeInstanceOf(addOn.realm.Array);
    const tally = fuzz(addOn);
    expectEveryOutcome(tally);
    expect(addOn.serviceCalls.snapshot()['Utilities.Utilities.formatDate']).toBeGreaterThan(0);
  }, 60_000);

  it(`without Utilities (the Asia/Bangkok fallback): ${CALLS_PER_RUN} calls, the same guarantees`, () => {
    const addOn = loadAddOn({ distDir: DIST, spreadsheet: new FakeSpreadsheet(), omit: ['Utilities'] });
    expect(addOn.evaluate('typeof Utilities')).toBe('undefined');
    expectEveryOutcome(fuzz(addOn));
  }, 60_000);
});
