/**
 * The spreadsheet's calendar for one custom-function call: its time zone, looked
 * up once per call, and the calendar day of a date cell in that zone.
 *
 * Only `SpreadsheetApp.getActive()` / `getActiveSpreadsheet()`,
 * `Session.getScriptTimeZone()` and `Utilities.formatDate()` are used, each where
 * it exists; without them (a plain JavaScript engine) the zone is Asia/Bangkok.
 */

import { BANGKOK_OFFSET_MINUTES, type DayOf, dayFromCivil, fixedOffsetDayOf } from '../../core/dates';

/** The zone the card's office works in, used when none can be read. */
export const DEFAULT_TIME_ZONE = 'Asia/Bangkok';

/** A time zone and the calendar day of an instant in it. */
export interface SpreadsheetCalendar {
  readonly timeZone: string;
  readonly dayOf: DayOf;
}

/**
 * The active spreadsheet's calendar: one service call for the zone, then one
 * `Utilities.formatDate` per distinct date (the date reader remembers them).
 */
export function spreadsheetCalendar(): SpreadsheetCalendar {
  const timeZone = spreadsheetTimeZone();
  return { timeZone, dayOf: dayOfInZone(timeZone) };
}

/** The spreadsheet's time zone, else the script's, else Asia/Bangkok. */
export function spreadsheetTimeZone(): string {
  try {
    if (typeof SpreadsheetApp !== 'undefined') {
      const spreadsheet =
        typeof SpreadsheetApp.getActive === 'function'
          ? SpreadsheetApp.getActive()
          : SpreadsheetApp.getActiveSpreadsheet();
      const zone = spreadsheet?.getSpreadsheetTimeZone();
      if (zone) return zone;
    }
  } catch {
    // Not bound to a spreadsheet (a test run from the editor): try the script's zone.
  }
  try {
    if (typeof Session !== 'undefined') {
      const zone = Session.getScriptTimeZone();
      if (zone) return zone;
    }
  } catch {
    // Fall through to the default zone.
  }
  return DEFAULT_TIME_ZONE;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day of an instant in `timeZone`, by the best means the engine has. */
export function dayOfInZone(timeZone: string): DayOf {
  if (typeof Utilities !== 'undefined' && typeof Utilities.formatDate === 'function') {
    return (instant) => {
      const match = ISO_DAY.exec(
        Utilities.formatDate(instant as GoogleAppsScript.Base.Date, timeZone, 'yyyy-MM-dd'),
      );
      if (!match) throw new Error(`Utilities.formatDate gave an unexpected day for ${timeZone}`);
      return dayFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
    };
  }
  if (timeZone !== DEFAULT_TIME_ZONE) {
    const intlDayOf = intlDayOfInZone(timeZone);
    if (intlDayOf) return intlDayOf;
  }
  return fixedOffsetDayOf(BANGKOK_OFFSET_MINUTES);
}

function intlDayOfInZone(timeZone: string): DayOf | undefined {
  try {
    const format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    return (instant) => {
      const parts = format.formatToParts(instant.getTime());
      const part = (type: string) => Number(parts.find((item) => item.type === type)?.value);
      return dayFromCivil(part('year'), part('month'), part('day'));
    };
  } catch {
    return undefined;
  }
}

/**
 * The hours and minutes of an instant in `timeZone` (for "started at 14:20").
 */
export function timeOfDayInZone(timeZone: string, instant: Date): { hours: number; minutes: number } {
  if (typeof Utilities !== 'undefined' && typeof Utilities.formatDate === 'function') {
    const [hours, minutes] = Utilities.formatDate(instant, timeZone, 'HH:mm').split(':').map(Number);
    return { hours: hours ?? 0, minutes: minutes ?? 0 };
  }
  try {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(instant.getTime());
    const part = (type: string) => Number(parts.find((item) => item.type === type)?.value);
    return { hours: part('hour'), minutes: part('minute') };
  } catch {
    const minutesOfDay = Math.floor((instant.getTime() / 60_000 + BANGKOK_OFFSET_MINUTES) % 1440);
    return { hours: Math.floor(minutesOfDay / 60), minutes: minutesOfDay % 60 };
  }
}
