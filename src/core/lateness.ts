/**
 * Days late: the days d with due < d ≤ submitted (or ≤ the "as of" day when the
 * report is not in yet), counted as calendar days or as working days.
 */

import { type DayNumber, weekday } from './dates';

/** How days late are counted. */
export type DayCountMode = 'calendar' | 'working';

/** The days that are not working days besides weekends, ready for counting. */
export interface HolidayCalendar {
  /** Holidays that fall Monday–Friday, sorted, each once. */
  readonly weekdayHolidays: readonly DayNumber[];
}

/** A calendar with no holidays. */
export const NO_HOLIDAYS: HolidayCalendar = { weekdayHolidays: [] };

/**
 * A holiday calendar from a list of days in any order, with repeats and weekend
 * days allowed (a holiday on a Saturday costs nothing extra).
 *
 * @example holidayCalendar([dayFromIso('2023-04-14'), dayFromIso('2023-04-13')])
 */
export function holidayCalendar(days: Iterable<DayNumber>): HolidayCalendar {
  const unique = new Set<DayNumber>();
  for (const day of days) {
    const dayOfWeek = weekday(day);
    if (dayOfWeek !== 0 && dayOfWeek !== 6) unique.add(day);
  }
  return { weekdayHolidays: [...unique].sort((a, b) => a - b) };
}

/** How to count: the mode and, for working days, the holidays. */
export interface DayCountRule {
  readonly mode: DayCountMode;
  readonly holidays: HolidayCalendar;
}

/** Calendar days, the card's default. */
export const CALENDAR_DAYS: DayCountRule = { mode: 'calendar', holidays: NO_HOLIDAYS };

/**
 * Days late of a report due on `due` and counted up to `end` (the day it was
 * submitted, or the "as of" day); 0 when `end` is on or before `due`.
 *
 * @example daysLate(dayFromIso('2023-10-10'), dayFromIso('2023-11-30')) // 51
 */
export function daysLate(due: DayNumber, end: DayNumber, rule: DayCountRule = CALENDAR_DAYS): number {
  if (end <= due) return 0;
  if (rule.mode === 'calendar') return end - due;
  return weekdaysThrough(end) - weekdaysThrough(due) - holidaysIn(rule.holidays.weekdayHolidays, due, end);
}

// 1970-01-05 (day 4) was a Monday.
const A_MONDAY = 4;

/** Monday–Friday days from a fixed Monday up to and including `day` (negative before it). */
function weekdaysThrough(day: DayNumber): number {
  const sinceMonday = day - A_MONDAY;
  const weeks = Math.floor(sinceMonday / 7);
  const intoWeek = sinceMonday - weeks * 7; // 0 Monday … 6 Sunday
  return weeks * 5 + Math.min(intoWeek + 1, 5);
}

/** Holidays h with after < h ≤ through, by binary search on the sorted list. */
function holidaysIn(sorted: readonly DayNumber[], after: DayNumber, through: DayNumber): number {
  return countAtMost(sorted, through) - countAtMost(sorted, after);
}

function countAtMost(sorted: readonly DayNumber[], limit: DayNumber): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}
