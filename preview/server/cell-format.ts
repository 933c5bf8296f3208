/**
 * How Sheets shows a cell's value under its number format, for the formats the
 * tracking sheet uses (`d/m/yyyy`, `0`, `0.00`, `0%`, `@`) and "automatic".
 */

import { instantOfSerial, isDateFormat, serialOfInstant } from '../../emulator/apps-script/sheet-values';
import type { SheetValue } from '../../src/server/services/spreadsheet';

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/**
 * The text of a value under a number format, in the spreadsheet's zone.
 *
 * @example displayText(45026, 'd/m/yyyy', 'Asia/Bangkok') // '10/4/2023'
 */
export function displayText(value: SheetValue, numberFormat: string | undefined, timeZone: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDate(value))
    return formatDate(value, isDateFormat(numberFormat) ? (numberFormat as string) : 'd/m/yyyy', timeZone);
  if (isDateFormat(numberFormat)) {
    return formatDate(new Date(instantOfSerial(value, timeZone)), numberFormat as string, timeZone);
  }
  return formatNumber(value, numberFormat);
}

/** A number under `0`, `0.00`, `0%`, `0.0%`, `@` or automatic (up to 10 significant digits). */
export function formatNumber(value: number, numberFormat: string | undefined): string {
  if (numberFormat === undefined || numberFormat === '' || numberFormat === '@') {
    return String(Number(value.toPrecision(10)));
  }
  const percent = numberFormat.endsWith('%');
  const decimals = /\.(0+)/.exec(numberFormat)?.[1]?.length ?? 0;
  const shown = percent ? value * 100 : value;
  return `${shown.toFixed(decimals)}${percent ? '%' : ''}`;
}

/** A date under a pattern of `d`, `dd`, `m`, `mm`, `yy`, `yyyy` (other characters kept). */
export function formatDate(date: Date, pattern: string, timeZone: string): string {
  const serial = Math.floor(serialOfInstant(date, timeZone) + 1e-9);
  const day = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  const parts: Record<string, string> = {
    yyyy: String(day.getUTCFullYear()),
    yy: String(day.getUTCFullYear() % 100).padStart(2, '0'),
    mm: String(day.getUTCMonth() + 1).padStart(2, '0'),
    m: String(day.getUTCMonth() + 1),
    dd: String(day.getUTCDate()).padStart(2, '0'),
    d: String(day.getUTCDate()),
  };
  return pattern.replace(/yyyy|yy|mm|m|dd|d/gi, (token) => parts[token.toLowerCase()] ?? token);
}

/** The text one would type to get this value back: what the formula bar shows. */
export function inputText(value: SheetValue, numberFormat: string | undefined, timeZone: string): string {
  if (value === '') return '';
  if (typeof value === 'number' && numberFormat?.endsWith('%')) return formatNumber(value, numberFormat);
  if (typeof value === 'number' && !isDateFormat(numberFormat)) return String(value);
  return displayText(value, numberFormat, timeZone);
}
