/**
 * Calendar days, with no clock and no time zone of their own.
 *
 * A `DayNumber` is a civil date counted in days from 1970-01-01, so comparing and
 * subtracting days is plain integer arithmetic. Instants (`Date`) become days only
 * through a {@link DayOf} function that knows the spreadsheet's time zone.
 */

/** A calendar day: days since 1970-01-01 (negative before it). */
export type DayNumber = number;

/** A civil date: year (C.E.), month 1–12, day 1–31. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Anything with a timestamp: a `Date` from any realm (Apps Script passes its own). */
export interface Instant {
  getTime(): number;
}

/** The calendar day an instant falls on, in the spreadsheet's time zone. */
export type DayOf = (instant: Instant) => DayNumber;

/** Day number of serial 0 in Sheets (1899-12-30): serial = day + 25569. */
export const SHEETS_SERIAL_OF_EPOCH = 25569;

/** The offset of Asia/Bangkok: UTC+7 all year, no daylight saving since 1920. */
export const BANGKOK_OFFSET_MINUTES = 7 * 60;

/** Years the add-on accepts (C.E.): wide enough for any real report, narrow enough to catch typos. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2300;

const MS_PER_DAY = 86_400_000;

/**
 * Whether a day falls in the years the add-on accepts ({@link FIRST_YEAR}–{@link LAST_YEAR}).
 *
 * @example isInAcceptedYears(dayFromCivil(1899, 12, 31)) // false
 */
export function isInAcceptedYears(dayNumber: DayNumber): boolean {
  return dayNumber >= FIRST_ACCEPTED_DAY && dayNumber <= LAST_ACCEPTED_DAY;
}

/** More than any zone's offset from UTC (they stay within −12 h … +14 h). */
const ZONE_MARGIN_DAYS = 2;

/**
 * Whether an instant is within the accepted years give or take two days, so
 * that any time zone may be asked which day it is. A `Date` can be in year
 * 275760 or before year 1, which `Utilities.formatDate` cannot write as
 * `yyyy-MM-dd`; such an instant is out of the accepted years in every zone.
 *
 * @example isNearAcceptedYears(new Date(Date.UTC(10000, 0, 1))) // false
 */
export function isNearAcceptedYears(instant: Instant): boolean {
  const day = Math.floor(instant.getTime() / MS_PER_DAY);
  return day >= FIRST_ACCEPTED_DAY - ZONE_MARGIN_DAYS && day <= LAST_ACCEPTED_DAY + ZONE_MARGIN_DAYS;
}

/**
 * The day number of a civil date (proleptic Gregorian).
 *
 * @example dayFromCivil(2023, 4, 10) // 19457
 */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  // Howard Hinnant's days_from_civil: years start in March so leap days come last.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The civil date of a day number.
 *
 * @example civilFromDay(19457) // { year: 2023, month: 4, day: 10 }
 */
export function civilFromDay(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Whether year, month and day name a real date (no 30 February).
 *
 * @example isRealDate(2024, 2, 29) // true
 * @example isRealDate(2023, 2, 29) // false
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * The number of days in a month.
 *
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether a year (C.E.) is a Gregorian leap year.
 *
 * @example isLeapYear(2000) // true
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Day of the week: 0 Sunday … 6 Saturday.
 *
 * @example weekday(dayFromCivil(2023, 4, 10)) // 1 (Monday)
 */
export function weekday(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/**
 * The calendar day of a Sheets date serial (days since 1899-12-30; a fraction is
 * the time of day, dropped).
 *
 * @example dayFromSerial(45026) // dayFromCivil(2023, 4, 10)
 */
export function dayFromSerial(serial: number): DayNumber {
  return Math.floor(serial) - SHEETS_SERIAL_OF_EPOCH;
}

/**
 * The calendar day of an instant in a zone with a fixed UTC offset.
 *
 * @example fixedOffsetDayOf(420)(new Date('2023-04-10T17:30:00Z')) // 2023-04-11's day number
 */
export function fixedOffsetDayOf(offsetMinutes: number): DayOf {
  const offsetMs = offsetMinutes * 60_000;
  return (instant) => Math.floor((instant.getTime() + offsetMs) / MS_PER_DAY);
}

/**
 * The day number of an ISO `yyyy-mm-dd` string, for settings and tests.
 *
 * @example dayFromIso('2023-04-10') // 19457
 */
export function dayFromIso(iso: string): DayNumber {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return dayFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * The ISO `yyyy-mm-dd` form of a day number.
 *
 * @example isoFromDay(19457) // '2023-04-10'
 */
export function isoFromDay(dayNumber: DayNumber): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

const FIRST_ACCEPTED_DAY = dayFromCivil(FIRST_YEAR, 1, 1);
const LAST_ACCEPTED_DAY = dayFromCivil(LAST_YEAR, 12, 31);
