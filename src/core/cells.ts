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
  fixedOffsetDayOf,
  type Instant,
  isInAcceptedYears,
} from './dates';
import { decimalNoise, toScaled } from './decimal';
import type { DayCountMode } from './lateness';
import { CALL, CELL, DAY_COUNT_NAME, VALUE } from './messages';
import type { RateMillionths, WeightBasisPoints } from './scoring';
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

// Zero-width characters and the emoji variation selector (✔️ from a phone keyboard).
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]|\ufe0f/g;

/**
 * A cell's text with invisible characters dropped (pasted Thai text often carries
 * zero-width spaces), runs of spaces folded and the ends trimmed.
 *
 * @example cleanText(' ใช่\u200b ') // 'ใช่'
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
      : formatThaiDate(dayOf(value), { style: 'numeric' });
  }
  if (Array.isArray(value)) return value.map((item) => describeValue(item, dayOf)).join(', ');
  try {
    return String(value);
  } catch {
    // An object without a usable toString (no prototype, or a non-function toString).
    return Object.prototype.toString.call(value);
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
]);

/**
 * A done-flag: `TRUE`/`FALSE`, `1`/`0`, blank (not done), or one of the words
 * yes, no, y, n, x, ✓, ✔, ใช่, ไม่ใช่, มี, ไม่มี, เสร็จ, ไม่, - (any case).
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

const PERCENT_TEXT = /^(ร้อยละ\s*)?([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(%)?$/;

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
  if (typeof value === 'number') return percentOfNumber(value, false) ?? progressOutOfRange(value);
  if (value === '' || value === null || value === undefined) return 0;
  if (typeof value === 'string') {
    const text = toArabicDigits(cleanText(value));
    if (text === '') return 0;
    const match = PERCENT_TEXT.exec(text);
    if (match) {
      const percentWritten = match[1] !== undefined || match[3] !== undefined;
      return percentOfNumber(Number(match[2]), percentWritten) ?? progressOutOfRange(value);
    }
  }
  return new CellProblem(CELL.progressNotNumber(describeValue(value)));
}

function percentOfNumber(value: number, isPercentPoints: boolean): Percent | undefined {
  if (!Number.isFinite(value) || value < 0 || value > 100) return undefined;
  if (isPercentPoints || value > 1) return value;
  return decimalNoise(value * 100);
}

function progressOutOfRange(value: CellValue): CellProblem {
  return new CellProblem(CELL.progressOutOfRange(describeValue(value)));
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
      let known = dayByTime.get(time);
      if (known === undefined) {
        known = dayOf(value);
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
  if (/^\d{5}(\.\d+)?$/.test(cleaned)) {
    const day = dayFromSerial(Number(cleaned));
    return isInAcceptedYears(day) ? { kind: 'day', day } : { kind: 'yearOutOfRange' };
  }
  return readDateText(cleaned);
}

function dateProblem(
  kind: 'unreadable' | 'impossible' | 'yearOutOfRange',
  column: string,
  value: CellValue,
  dayOf: DayOf,
): CellProblem {
  const shown = describeValue(value, dayOf);
  if (kind === 'impossible') return new CellProblem(CELL.dateImpossible(column, shown));
  if (kind === 'yearOutOfRange') return new CellProblem(CELL.dateYearOutOfRange(column, shown));
  return new CellProblem(CELL.dateUnreadable(column, shown));
}

/** The most a day can cost: a whole level's worth of points is already absurd. */
const MAX_RATE = 5;

/**
 * The penalty per day in millionths of a point: a number or numeric text from 0
 * to 5; blank is the card's 0.10.
 *
 * @example readRate(0.1) // 100000
 */
export function readRate(value: CellValue, fallback: RateMillionths): RateMillionths | CellProblem {
  if (isBlank(value)) return fallback;
  const number = typeof value === 'string' ? Number(toArabicDigits(cleanText(value))) : value;
  if (typeof number === 'number' && Number.isFinite(number) && number >= 0 && number <= MAX_RATE) {
    return toScaled(number, 6);
  }
  return new CellProblem(CALL.rateInvalid(describeValue(value)));
}

/**
 * The indicator's weight in hundredths of a percent: a number up to 1 is a
 * fraction (0.05), above 1 percent points (5), text `5%` works too; blank is the
 * card's 5 %.
 *
 * @example readWeight(5, 500) // 500
 * @example readWeight(0.05, 500) // 500
 */
export function readWeight(value: CellValue, fallback: WeightBasisPoints): WeightBasisPoints | CellProblem {
  if (isBlank(value)) return fallback;
  const percent = readProgress(value);
  if (percent instanceof CellProblem) return new CellProblem(CALL.weightInvalid(describeValue(value)));
  return toScaled(percent, 2);
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

/**
 * A score typed or computed into a cell, in ten-thousandths: a number or numeric
 * text from 0 to 5.
 *
 * @example readScore(0.7) // 7000
 */
export function readScore(value: CellValue): number | CellProblem {
  const number = typeof value === 'string' ? Number(toArabicDigits(cleanText(value))) : value;
  if (typeof number === 'number' && Number.isFinite(number) && number >= 0 && number <= 5) {
    return toScaled(number, 4);
  }
  return new CellProblem(CELL.scoreNotNumber(describeValue(value)));
}
