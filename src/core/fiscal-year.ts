/**
 * Fiscal years as the round tabs name them: `รอบ 2/2566` is round 2 of fiscal year
 * 2566. A sheet that has started a new fiscal year holds the tabs of several years;
 * the latest year's tabs are the ones in use, earlier years' are closed.
 */

import { civilFromDay, type DayNumber, dayFromCivil, daysInMonth } from './dates';
import { roundOfTab } from './template';

/**
 * The fiscal year a round's tab is for, `undefined` for any other tab.
 *
 * @example fiscalYearOfTab('รอบ 2/2566') // 2566
 */
export function fiscalYearOfTab(name: string): number | undefined {
  if (roundOfTab(name) === undefined) return undefined;
  const match = /\/(\d{4})$/.exec(name.trim());
  return match === null ? undefined : Number(match[1]);
}

/**
 * The latest fiscal year among the round tabs named, `undefined` when none is one.
 *
 * @example latestFiscalYear(['ตั้งค่า', 'รอบ 1/2566', 'รอบ 1/2567']) // 2567
 */
export function latestFiscalYear(names: readonly string[]): number | undefined {
  let latest: number | undefined;
  for (const name of names) {
    const year = fiscalYearOfTab(name);
    if (year !== undefined && (latest === undefined || year > latest)) latest = year;
  }
  return latest;
}

/**
 * The same day and month `years` years on; 29 February becomes 28 February in a
 * year that has none.
 *
 * @example isoFromDay(dayYearsOn(dayFromIso('2024-02-29'), 1)) // '2025-02-28'
 */
export function dayYearsOn(day: DayNumber, years: number): DayNumber {
  const { year, month, day: date } = civilFromDay(day);
  const target = year + years;
  return dayFromCivil(target, month, Math.min(date, daysInMonth(target, month)));
}
