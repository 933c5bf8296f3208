/**
 * How Sheets turns what a cell stores into what a script or a custom function
 * gets: a number in a cell with a date format is a date cell, and reads as a
 * `Date` at that day's midnight (plus the fraction of the day) in the
 * spreadsheet's time zone. The in-memory spreadsheet stores the number; these
 * helpers give the `Date`, made in the caller's realm.
 */

import { SHEETS_SERIAL_OF_EPOCH } from '../../src/core/dates';
import type { SheetValue } from '../../src/server/services/spreadsheet';

const MS_PER_DAY = 86_400_000;

/** The `Date` and `Array` constructors of the realm values are made for (Apps Script's own, in a vm). */
export interface Realm {
  readonly Date: DateConstructor;
  readonly Array: ArrayConstructor;
}

/** Node's own realm: for callers outside a vm. */
export const NODE_REALM: Realm = { Date, Array };

/**
 * Whether a Sheets number format shows a date or a time: it has day, year, hour
 * or second letters outside quoted text (`d/m/yyyy`, `yyyy-mm-dd hh:mm`); `0.00`,
 * `0%` and `@` do not.
 *
 * @example isDateFormat('d/m/yyyy') // true
 */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (numberFormat === undefined) return false;
  const unquoted = numberFormat.replace(/"[^"]*"|\\./g, '');
  return /[dyhs]/i.test(unquoted);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of an instant in `timeZone` (month 1–12, hour 0–23). */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/**
 * The wall clock in `timeZone` at an instant (milliseconds since 1970).
 *
 * @example wallClock(Date.UTC(2023, 3, 9, 17), 'Asia/Bangkok') // { year: 2023, month: 4, day: 10, hour: 0, … }
 */
export function wallClock(instant: number, timeZone: string): WallClock {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: string) => Number(parts.find((item) => item.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** The offset of `timeZone` from UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of a date serial (days since 30 Dec 1899, the fraction a time of
 * day) in `timeZone`, as milliseconds since 1970.
 *
 * @example new Date(instantOfSerial(45026, 'Asia/Bangkok')).toISOString() // '2023-04-09T17:00:00.000Z'
 */
export function instantOfSerial(serial: number, timeZone: string): number {
  const wall = (serial - SHEETS_SERIAL_OF_EPOCH) * MS_PER_DAY;
  const first = wall - zoneOffset(wall, timeZone);
  // A second look settles a day whose offset changes (daylight saving).
  return wall - zoneOffset(first, timeZone);
}

/**
 * The date serial of an instant in `timeZone`: whole days for midnight.
 *
 * @example serialOfInstant(new Date('2023-04-09T17:00:00Z'), 'Asia/Bangkok') // 45026
 */
export function serialOfInstant(date: Date, timeZone: string): number {
  const wall = date.getTime() + zoneOffset(date.getTime(), timeZone);
  return wall / MS_PER_DAY + SHEETS_SERIAL_OF_EPOCH;
}

/**
 * The date serial of 1 January of year 100: the emulator converts dates from there on (JavaScript's
 * `Date.UTC` reads years 0–99 as 1900–1999, and no tracking sheet holds a date before then).
 */
export const FIRST_DATE_SERIAL = -657_434;

/** The date serial of 31 December 9999, the last day Sheets shows as a date. */
export const LAST_DATE_SERIAL = 2_958_465;

/**
 * A cell's value as Sheets hands it to a script: a number under a date format
 * becomes a `Date` of `realm`, a stored `Date` is copied into `realm`; anything
 * else as it is.
 */
export function scriptValue(
  value: SheetValue,
  numberFormat: string | undefined,
  timeZone: string,
  realm: Realm = NODE_REALM,
): SheetValue {
  if (typeof value === 'number' && isDateFormat(numberFormat)) {
    // What a script gets for a number far beyond the dates a sheet holds (before year 100, after 9999)
    // under a date format is not documented: the emulator hands the number back unchanged rather
    // than an invalid Date (emulator/README.md, Sheets: "Dates a script reads").
    if (!(value >= FIRST_DATE_SERIAL && value < LAST_DATE_SERIAL + 1)) return value;
    return new realm.Date(instantOfSerial(value, timeZone));
  }
  if (Object.prototype.toString.call(value) === '[object Date]') {
    return new realm.Date((value as Date).getTime());
  }
  return value;
}

/**
 * A block of stored values read at `at` (its top-left cell), as Sheets hands it to
 * a script: each cell through {@link scriptValue} under its own number format.
 */
export function scriptBlock(
  values: readonly (readonly SheetValue[])[],
  at: { readonly row: number; readonly column: number },
  numberFormatAt: (row: number, column: number) => string | undefined,
  timeZone: string,
  realm: Realm = NODE_REALM,
): SheetValue[][] {
  return values.map((line, i) =>
    line.map((value, j) => scriptValue(value, numberFormatAt(at.row + i, at.column + j), timeZone, realm)),
  );
}

/** A block of values as an array of arrays of `realm`. */
export function realmRows<T>(rows: readonly (readonly T[])[], realm: Realm = NODE_REALM): T[][] {
  return realm.Array.from(rows, (row) => realm.Array.from(row));
}
