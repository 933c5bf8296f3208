/**
 * Thai writing conventions: Thai digits, month names, the Buddhist Era.
 */

import { civilFromDay, type DayNumber } from './dates';
import { decimalOfNumber, formatDecimal, truncateDecimal } from './decimal';
import { THAI_MONTHS_FULL, THAI_MONTHS_SHORT } from './messages';

/** B.E. = C.E. + 543. */
export const BUDDHIST_ERA_OFFSET = 543;

/** Years above this are read as B.E. (2400 B.E. is 1857 C.E.). */
export const BUDDHIST_YEAR_THRESHOLD = 2400;

const THAI_ZERO = 0x0e50;

/**
 * Thai digits (๐–๙) replaced by Arabic ones; everything else kept.
 *
 * @example toArabicDigits('๓๑/๓/๒๕๖๖') // '31/3/2566'
 */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - THAI_ZERO));
}

/**
 * Arabic digits replaced by Thai ones, for documents that use Thai numerals.
 *
 * @example toThaiDigits('2566') // '๒๕๖๖'
 */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(THAI_ZERO + Number(digit)));
}

/**
 * The C.E. year of a year as written: above 2400 it is B.E.
 *
 * @example ceYear(2566) // 2023
 * @example ceYear(2023) // 2023
 */
export function ceYear(writtenYear: number): number {
  return writtenYear > BUDDHIST_YEAR_THRESHOLD ? writtenYear - BUDDHIST_ERA_OFFSET : writtenYear;
}

/**
 * The B.E. year of a C.E. year.
 *
 * @example buddhistYear(2023) // 2566
 */
export function buddhistYear(year: number): number {
  return year + BUDDHIST_ERA_OFFSET;
}

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const MONTH_BY_NAME: ReadonlyMap<string, number> = (() => {
  const byName = new Map<string, number>();
  for (let index = 0; index < 12; index++) {
    byName.set(monthKey(THAI_MONTHS_FULL[index] ?? ''), index + 1);
    byName.set(monthKey(THAI_MONTHS_SHORT[index] ?? ''), index + 1);
    byName.set(ENGLISH_MONTHS[index] ?? '', index + 1);
  }
  return byName;
})();

const ENGLISH_MONTH_PREFIX = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/;

/**
 * The month number (1–12) of a Thai month name, full or abbreviated, with or
 * without its dots (`มีนาคม`, `มี.ค.`, `มีค`), or an English one (`Mar`, `March`).
 *
 * @example monthFromName('เม.ย.') // 4
 * @example monthFromName('วันจันทร์') // undefined
 */
export function monthFromName(name: string): number | undefined {
  const key = monthKey(name);
  const thai = MONTH_BY_NAME.get(key);
  if (thai !== undefined) return thai;
  const english = ENGLISH_MONTH_PREFIX.exec(key);
  return english ? MONTH_BY_NAME.get(english[1] ?? '') : undefined;
}

function monthKey(name: string): string {
  return name.replace(/[.\s]/g, '').toLowerCase();
}

/** How {@link formatThaiDate} writes a date. */
export interface ThaiDateStyle {
  /** `long`: 31 มีนาคม 2566; `short`: 31 มี.ค. 2566; `numeric`: 31/03/2566. */
  readonly style?: 'long' | 'short' | 'numeric';
  /** Write the digits in Thai (๓๑ มีนาคม ๒๕๖๖). */
  readonly thaiDigits?: boolean;
}

/**
 * A calendar day written the Thai way, in the Buddhist Era.
 *
 * @example formatThaiDate(dayFromCivil(2023, 12, 25)) // '25 ธันวาคม 2566'
 * @example formatThaiDate(dayFromCivil(2023, 3, 31), { style: 'numeric' }) // '31/03/2566'
 */
export function formatThaiDate(dayNumber: DayNumber, options: ThaiDateStyle = {}): string {
  const { year, month, day } = civilFromDay(dayNumber);
  const beYear = buddhistYear(year);
  let text: string;
  if (options.style === 'numeric') {
    text = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${beYear}`;
  } else {
    const names = options.style === 'short' ? THAI_MONTHS_SHORT : THAI_MONTHS_FULL;
    text = `${day} ${names[month - 1]} ${beYear}`;
  }
  return options.thaiDigits ? toThaiDigits(text) : text;
}

/**
 * A percentage written for people: at most two decimals, no trailing zeros, cut
 * rather than rounded, so a progress never shows as a threshold it has not
 * reached (79.999 % is `79.99%`, not `80%`).
 *
 * @example formatPercent(79.9) // '79.9%'
 * @example formatPercent(79.999) // '79.99%'
 */
export function formatPercent(percent: number): string {
  const decimal = decimalOfNumber(percent);
  return `${decimal === undefined ? String(percent) : formatDecimal(truncateDecimal(decimal, 2))}%`;
}
