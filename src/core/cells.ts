/**
 * Reading what people type into cells: done-flags, progress, rounds and dates.
 *
 * A reader returns the value it understood or a {@link CellProblem} whose Thai
 * message names the column and the value; it never throws on a cell's content.
 */

import type { Round } from './card';
import { readDateText } from './date-text';
import {
  BANGKOK_OFFSET_MINUTES,
  type DayNumber,
  type DayOf,
  dayFromSerial,
  daysInMonth,
  fixedOffsetDayOf,
  type Instant,
  isInAcceptedYears,
  isNearAcceptedYears,
} from './dates';
import {
  compareDecimals,
  decimalOfNumber,
  decimalToNumber,
  type ExactDecimal,
  parseDecimal,
  shiftDecimal,
  truncateDecimal,
} from './decimal';
import type { DayCountMode } from './lateness';
import { CALL, CELL, DAY_COUNT_NAME, THAI_MONTHS_SHORT, VALUE } from './messages';
import type { RatePerDay, WeightBasisPoints } from './scoring';
import { formatThaiDate, toArabicDigits } from './thai';

/** What was wrong with one cell, in Thai for the user. */
export class CellProblem {
  constructor(readonly message: string) {}
}

/** A value a cell can hold, as Sheets passes it to a custom function. */
export type CellValue = unknown;

/** Progress of the plan in percent points, 0–100 (79.9 is 79.9 %). */
export type Percent = number;

/**
 * Whether a cell counts as empty: `''`, only spaces, `null` or `undefined`.
 *
 * @example isBlank('  ') // true
 * @example isBlank(0) // false
 */
export function isBlank(value: CellValue): boolean {
  if (value === '' || value === null || value === undefined) return true;
  return typeof value === 'string' && cleanText(value) === '';
}

// Every format character (Unicode category Cf: zero-width spaces and joiners, the
// direction marks and isolates other apps paste around text, the BOM, the soft
// hyphen) and the emoji variation selector (✔️ from a phone keyboard).
const INVISIBLE = /\p{Cf}|\ufe0f/gu;

/**
 * A cell's text with invisible characters dropped (pasted Thai text often carries
 * zero-width spaces, text from other apps direction marks), runs of spaces folded
 * and the ends trimmed.
 *
 * @example cleanText(' ใช่\u200b ') // 'ใช่'
 * @example cleanText('\u200e10/\u200e4/\u200e2566') // '10/4/2566'
 */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether a value is a `Date` from any realm (Apps Script passes its own).
 */
export function isDateValue(value: CellValue): value is Instant {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const MAX_SHOWN_TEXT = 40;
const bangkokDayOf = fixedOffsetDayOf(BANGKOK_OFFSET_MINUTES);

/**
 * A value as a message shows it: text in quotes, a date in B.E.
 *
 * @example describeValue('done?') // '"done?"'
 */
export function describeValue(value: CellValue, dayOf: DayOf = bangkokDayOf): string {
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN_TEXT ? value.slice(0, MAX_SHOWN_TEXT) + VALUE.ellipsis : value;
    return `"${shown}"`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDateValue(value)) {
    return Number.isNaN(value.getTime())
      ? VALUE.invalidDate
      : formatThaiDate(safeDayOf(value, dayOf), { style: 'numeric' });
  }
  if (Array.isArray(value)) return value.map((item) => describeValue(item, dayOf)).join(', ');
  try {
    return String(value);
  } catch {
    // An object without a usable toString (no prototype, or a non-function toString).
    return Object.prototype.toString.call(value);
  }
}

/**
 * The day of an instant for a message: through the zone when it can answer,
 * else (a year it cannot write, a lookup that fails) its Bangkok day.
 */
function safeDayOf(instant: Instant, dayOf: DayOf): DayNumber {
  if (!isNearAcceptedYears(instant)) return bangkokDayOf(instant);
  try {
    return dayOf(instant);
  } catch {
    return bangkokDayOf(instant);
  }
}

const FLAG_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['false', false],
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
  ['1', true],
  ['0', false],
  ['๑', true],
  ['๐', false],
]);

/**
 * A done-flag: `TRUE`/`FALSE`, `1`/`0` (or Thai `๑`/`๐`), blank (not done), or
 * one of the words yes, no, y, n, x, ✓, ✔, ใช่, ไม่ใช่, มี, ไม่มี, เสร็จ, ไม่, -
 * (any case).
 *
 * @example readFlag('ใช่', 'ทบทวนกระบวนการ') // true
 * @example readFlag('done?', 'ทบทวนกระบวนการ') // CellProblem
 */
export function readFlag(value: CellValue, column: string): boolean | CellProblem {
  if (typeof value === 'boolean') return value;
  if (value === '' || value === null || value === undefined) return false;
  if (typeof value === 'number') {
    if (value === 1) return true;
    if (value === 0) return false;
  } else if (typeof value === 'string') {
    const word = FLAG_WORDS.get(cleanText(value).toLowerCase());
    if (word !== undefined) return word;
    if (isBlank(value)) return false;
  }
  return new CellProblem(CELL.flagUnknown(column, describeValue(value)));
}

/**
 * The one reader of a number in a cell: a finite number as it shows, or text in
 * plain decimal notation (`5`, `0.125`, `-3`, `.5`; Thai digits, spaces and
 * invisible characters allowed). Not `0x5`, `0b1`, `1e3`, `Infinity` or `NaN`,
 * which JavaScript's `Number` would read: a person does not type those as a number.
 *
 * @example readDecimal(' ๐.๗ ') // 0.7 exactly
 * @example readDecimal('0x5') // undefined
 */
export function readDecimal(value: CellValue): ExactDecimal | undefined {
  if (typeof value === 'number') return decimalOfNumber(value);
  if (typeof value === 'string') return parseDecimal(toArabicDigits(cleanText(value)));
  return undefined;
}

/**
 * A whole number in a cell (a fiscal year, a count), through {@link readDecimal}:
 * `2566`, `"๒๕๖๖"`, `"2566.0"`; `undefined` for a fraction or anything else.
 *
 * @example readWholeNumber(' ๒๕๖๖ ') // 2566
 * @example readWholeNumber('0x9E9') // undefined
 */
export function readWholeNumber(value: CellValue): number | undefined {
  const decimal = readDecimal(value);
  return decimal !== undefined && decimal.exponent >= 0 ? decimalToNumber(decimal) : undefined;
}

const PERCENT_TEXT = /^(ร้อยละ\s*)?([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(%)?$/;
const ZERO = parseDecimal('0') as ExactDecimal;
/** Decimals of a progress kept: up to 100 with 12 decimals is 15 digits, exact in a double. */
const PROGRESS_DECIMALS = 12;
const ONE = parseDecimal('1') as ExactDecimal;
const HUNDRED = parseDecimal('100') as ExactDecimal;

/** A percentage as read: exact percent points, or why it is not one. */
type PercentReading = ExactDecimal | 'blank' | 'notNumber' | 'outOfRange';

/**
 * A progress or weight cell in exact percent points: a number from 0 to 1 is a
 * fraction, above 1 up to 100 percent points; text with `%` or `ร้อยละ` is
 * percent points.
 */
function readPercent(value: CellValue): PercentReading {
  if (typeof value === 'number') return percentOf(decimalOfNumber(value), false);
  if (value === '' || value === null || value === undefined) return 'blank';
  if (typeof value !== 'string') return 'notNumber';
  const text = toArabicDigits(cleanText(value));
  if (text === '') return 'blank';
  const match = PERCENT_TEXT.exec(text);
  const number = match ? parseDecimal(match[2] ?? '') : undefined;
  if (match === null || number === undefined) return 'notNumber';
  return percentOf(number, match[1] !== undefined || match[3] !== undefined);
}

function percentOf(number: ExactDecimal | undefined, isPercentPoints: boolean): PercentReading {
  if (number === undefined || number.negative || compareDecimals(number, HUNDRED) > 0) return 'outOfRange';
  if (isPercentPoints || compareDecimals(number, ONE) > 0) return number;
  return shiftDecimal(number, 2);
}

/**
 * Progress of the plan, in percent points. A number from 0 to 1 is a fraction
 * (0.6 is 60 %), above 1 up to 100 is percent points; text `60%`, `60`,
 * `ร้อยละ 60` works too; blank is 0.
 *
 * @example readProgress(0.6) // 60
 * @example readProgress('๑๐๐%') // 100
 * @example readProgress(150) // CellProblem
 */
export function readProgress(value: CellValue): Percent | CellProblem {
  if (typeof value === 'number' && value > 1 && value <= 100) return value; // percent points, as they are
  const percent = readPercent(value);
  if (percent === 'blank') return 0;
  if (percent === 'outOfRange') return new CellProblem(CELL.progressOutOfRange(describeValue(value)));
  if (percent === 'notNumber') return new CellProblem(CELL.progressNotNumber(describeValue(value)));
  // Cut, not rounded, to what a double holds exactly: 79.99999999999999999 % typed
  // must stay below the 80 % threshold, where the nearest double is 80.
  return decimalToNumber(
    percent.exponent < -PROGRESS_DECIMALS ? truncateDecimal(percent, PROGRESS_DECIMALS) : percent,
  );
}

const ROUND_TEXT = /^(?:รอบ\s*(?:ที่)?|round)?\s*([12])(?:\.0+)?(?:\s*\/\s*\d{2,4})?$/i;

/**
 * An evaluation round: `1`, `2`, `"1"`, `"รอบ 1"`, `"รอบที่ 2"`, `"2/2566"`.
 *
 * @example readRound('รอบที่ ๒') // 2
 */
export function readRound(value: CellValue): Round | CellProblem {
  if (value === 1 || value === 2) return value;
  if (typeof value === 'string') {
    const match = ROUND_TEXT.exec(toArabicDigits(cleanText(value)));
    if (match) return match[1] === '1' ? 1 : 2;
  }
  return new CellProblem(CELL.roundUnknown(describeValue(value)));
}

/** Reads a non-blank date cell into a calendar day. */
export type DateReader = (value: CellValue, column: string) => DayNumber | CellProblem;

/**
 * A date reader for one custom-function call. It accepts a `Date` (its calendar
 * day in the spreadsheet's zone, through `dayOf`), a Sheets date serial, or text
 * (see {@link readDateText}). It remembers what each distinct date and text
 * turned into, so a column of repeated dates asks the time zone once per date.
 *
 * @example createDateReader(dayOf)('10/04/2566', 'วันครบกำหนด') // dayFromCivil(2023, 4, 10)
 */
export function createDateReader(dayOf: DayOf): DateReader {
  const dayByTime = new Map<number, DayNumber>();
  const readingByText = new Map<string, ReturnType<typeof readDateText>>();

  return (value, column) => {
    let day: DayNumber;
    if (isDateValue(value)) {
      const time = value.getTime();
      if (Number.isNaN(time)) return new CellProblem(CELL.dateUnreadable(column, VALUE.invalidDate));
      // Years the zone cannot write (10000 and on, before 1) are out of range in any zone.
      if (!isNearAcceptedYears(value)) return dateProblem('yearOutOfRange', column, value, dayOf);
      let known = dayByTime.get(time);
      if (known === undefined) {
        try {
          known = dayOf(value);
        } catch {
          // The zone lookup failed (an unexpected answer from Utilities.formatDate):
          // this cell cannot be read, the other rows still can.
          return dateProblem('unreadable', column, value, dayOf);
        }
        dayByTime.set(time, known);
      }
      day = known;
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      day = dayFromSerial(value);
    } else if (typeof value === 'string') {
      let reading = readingByText.get(value);
      if (reading === undefined) {
        reading = textReading(value);
        readingByText.set(value, reading);
      }
      if (reading.kind === 'impossible') return impossibleDate(reading, column, value, dayOf);
      if (reading.kind !== 'day') return dateProblem(reading.kind, column, value, dayOf);
      return reading.day;
    } else {
      return dateProblem('unreadable', column, value, dayOf);
    }
    return isInAcceptedYears(day) ? day : dateProblem('yearOutOfRange', column, value, dayOf);
  };
}

function textReading(text: string): ReturnType<typeof readDateText> {
  const cleaned = toArabicDigits(cleanText(text));
  // A serial number typed as text, as some pasted exports have it.
  const serial = /^\d{5}(\.\d+)?$/.test(cleaned) ? parseDecimal(cleaned) : undefined;
  if (serial !== undefined) {
    const day = dayFromSerial(decimalToNumber(serial));
    return isInAcceptedYears(day) ? { kind: 'day', day } : { kind: 'yearOutOfRange' };
  }
  return readDateText(cleaned);
}

function dateProblem(
  kind: 'unreadable' | 'yearOutOfRange',
  column: string,
  value: CellValue,
  dayOf: DayOf,
): CellProblem {
  const shown = describeValue(value, dayOf);
  if (kind === 'yearOutOfRange') return new CellProblem(CELL.dateYearOutOfRange(column, shown));
  return new CellProblem(CELL.dateUnreadable(column, shown));
}

/** A date that does not exist: the month's number of days (by the year, for February), or that there is no such month. */
function impossibleDate(
  reading: { readonly year: number; readonly month: number },
  column: string,
  value: CellValue,
  dayOf: DayOf,
): CellProblem {
  const shown = describeValue(value, dayOf);
  const { year, month } = reading;
  const monthName = Number.isInteger(month) ? THAI_MONTHS_SHORT[month - 1] : undefined;
  if (monthName === undefined) return new CellProblem(CELL.monthImpossible(column, shown));
  return new CellProblem(CELL.dateImpossible(column, shown, monthName, daysInMonth(year, month)));
}

/** The most a day can cost: a whole level's worth of points is already absurd. */
const MAX_RATE = parseDecimal('5') as ExactDecimal;

/**
 * The penalty per day in points, exactly as set: a number or numeric text from 0
 * to 5; blank is `fallback` (the card's 0.10). Nothing is rounded, so a penalty is
 * rounded once, after multiplying by the days.
 *
 * @example readRate(0.0049995, DEFAULT_RATE) // 0.0049995 exactly
 */
export function readRate(value: CellValue, fallback: RatePerDay): RatePerDay | CellProblem {
  if (isBlank(value)) return fallback;
  const rate = readDecimal(value);
  if (rate !== undefined && !rate.negative && compareDecimals(rate, MAX_RATE) <= 0) return rate;
  return new CellProblem(CALL.rateInvalid(describeValue(value)));
}

/**
 * The indicator's weight as an exact fraction: a number up to 1 is a fraction
 * (0.05), above 1 percent points (5, 5.555), text `5%` works too; blank is
 * `fallback` (in hundredths of a percent). Nothing is rounded, so a weighted score
 * is rounded once, after multiplying.
 *
 * @example readWeightFraction(5.555, 500) // 0.05555 exactly
 */
export function readWeightFraction(
  value: CellValue,
  fallback: WeightBasisPoints,
): ExactDecimal | CellProblem {
  const percent = isBlank(value) ? 'blank' : readPercent(value);
  if (percent === 'blank') return shiftDecimal(decimalOfNumber(fallback) ?? ZERO, -4);
  if (typeof percent === 'string') return new CellProblem(CALL.weightInvalid(describeValue(value)));
  return shiftDecimal(percent, -2);
}

const DAY_COUNT_WORDS: ReadonlyMap<string, DayCountMode> = new Map([
  ['calendar', 'calendar'],
  [DAY_COUNT_NAME.calendar, 'calendar'],
  ['working', 'working'],
  [DAY_COUNT_NAME.working, 'working'],
]);

/**
 * How days late are counted: blank, `calendar` or `วันปฏิทิน` (the default);
 * `working` or `วันทำการ`.
 *
 * @example readDayCountMode('วันทำการ') // 'working'
 */
export function readDayCountMode(value: CellValue): DayCountMode | CellProblem {
  if (isBlank(value)) return 'calendar';
  const mode = typeof value === 'string' ? DAY_COUNT_WORDS.get(cleanText(value).toLowerCase()) : undefined;
  return mode ?? new CellProblem(CALL.dayCountUnknown(describeValue(value)));
}

const MAX_SCORE = parseDecimal('5') as ExactDecimal;

/**
 * A score typed or computed into a cell, exactly as it shows: a number or numeric
 * text from 0 to 5.
 *
 * @example readScore(1.00045) // 1.00045 exactly
 * @example readScore('0x5') // CellProblem
 */
export function readScore(value: CellValue): ExactDecimal | CellProblem {
  const score = readDecimal(value);
  if (score !== undefined && !score.negative && compareDecimals(score, MAX_SCORE) <= 0) return score;
  return new CellProblem(CELL.scoreNotNumber(describeValue(value)));
}
