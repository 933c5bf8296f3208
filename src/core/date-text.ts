/**
 * Reading a date typed as text, the ways Thai offices write dates.
 */

import { type DayNumber, dayFromCivil, FIRST_YEAR, isRealDate, LAST_YEAR } from './dates';
import { ceYear, monthFromName, toArabicDigits } from './thai';

/** What a date text turned out to be. */
export type DateTextReading =
  | { readonly kind: 'day'; readonly day: DayNumber }
  | { readonly kind: 'unreadable' }
  /** No such day: `year` (C.E.) and `month` as written, for a message that says how many days the month has. */
  | { readonly kind: 'impossible'; readonly year: number; readonly month: number }
  | { readonly kind: 'yearOutOfRange' };

const UNREADABLE: DateTextReading = { kind: 'unreadable' };
const YEAR_OUT_OF_RANGE: DateTextReading = { kind: 'yearOutOfRange' };

// A time after the date is allowed and ignored: the day is what counts.
const TIME = String.raw`(?:[T\s]+\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:น\.?|Z|[+-]\d{2}:?\d{2})?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})${TIME}$`);
const MONTH_NAME = new RegExp(String.raw`^(\d{1,2})\s*([^\d\s][^\d]*?)\s*(\d{4}|\d{2})${TIME}$`);
const LEADING_WEEKDAY = /^วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)?\s*(?:ที่)?\s*/;
const ERA_MARK = /\s*(?:พ\s*\.\s*ศ|ค\s*\.\s*ศ)\s*\.?\s*/g;

/**
 * The calendar day a text names. Accepted: `2023-04-10` (and `2566-04-10`),
 * `10/4/2566`, `10-04-2023`, `10.4.66`, `10 เมษายน 2566`, `10 เม.ย. 66`,
 * `วันจันทร์ที่ 10 เมษายน พ.ศ. 2566`, `10 Apr 2023`, with Thai or Arabic digits.
 * A year above 2400 is B.E.; a two-digit year is B.E. `25yy` (`66` is 2566), as
 * Thai offices abbreviate it.
 *
 * @example readDateText('31 มี.ค. 2566') // { kind: 'day', day: dayFromCivil(2023, 3, 31) }
 * @example readDateText('30/02/2566') // { kind: 'impossible', year: 2023, month: 2 }
 */
export function readDateText(text: string): DateTextReading {
  const normalized = toArabicDigits(text)
    .trim()
    .replace(LEADING_WEEKDAY, '')
    .replace(ERA_MARK, ' ')
    .replace(/\s+/g, ' ')
    .trim();

  let match = YEAR_FIRST.exec(normalized);
  if (match) return civilReading(Number(match[1]), Number(match[2]), Number(match[3]));

  match = DAY_FIRST.exec(normalized);
  if (match) return civilReading(writtenYear(match[3] ?? ''), Number(match[2]), Number(match[1]));

  match = MONTH_NAME.exec(normalized);
  if (match) {
    const month = monthFromName(match[2] ?? '');
    if (month === undefined) return UNREADABLE;
    return civilReading(writtenYear(match[3] ?? ''), month, Number(match[1]));
  }
  return UNREADABLE;
}

function writtenYear(digits: string): number {
  const year = Number(digits);
  return digits.length === 2 ? 2500 + year : year;
}

function civilReading(writtenYearValue: number, month: number, day: number): DateTextReading {
  const year = ceYear(writtenYearValue);
  if (year < FIRST_YEAR || year > LAST_YEAR) return YEAR_OUT_OF_RANGE;
  if (!isRealDate(year, month, day)) return { kind: 'impossible', year, month };
  return { kind: 'day', day: dayFromCivil(year, month, day) };
}
