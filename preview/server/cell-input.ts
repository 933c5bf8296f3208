/**
 * What a cell holds after a person types into it, as Sheets reads typing (in a
 * Thai-locale spreadsheet): `=` starts a formula, a leading `'` keeps text as
 * text, TRUE/FALSE are booleans, numbers are numbers, `60%` is 0.6 shown as a
 * percentage, a day typed as `d/m/yyyy` or `yyyy-mm-dd` with a Christian-era year
 * becomes a date cell. Anything else, Thai dates such as `12 ต.ค. 2566` and
 * B.E. years included, stays text (the add-on reads such text itself).
 */

import { isDateFormat } from '../../emulator/apps-script/sheet-values';
import type { SheetValue } from '../../src/server/services/spreadsheet';

/** What to write: a formula, or a value with the number format Sheets would give it. */
export type CellContent =
  | { readonly kind: 'formula'; readonly formula: string }
  | { readonly kind: 'value'; readonly value: SheetValue; readonly numberFormat?: string };

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const PERCENT = /^([+-]?\d+(?:\.\d+)?)\s*%$/;
const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * The content of a cell after typing `input` (or ticking a checkbox) into a cell
 * whose number format is `numberFormat`.
 *
 * @example contentOfInput('60%', undefined) // { kind: 'value', value: 0.6, numberFormat: '0%' }
 */
export function contentOfInput(input: string | boolean, numberFormat: string | undefined): CellContent {
  if (typeof input === 'boolean') return { kind: 'value', value: input };
  const text = input.trim() === '' ? '' : input;
  if (text.startsWith('=')) return { kind: 'formula', formula: text };
  if (text.startsWith("'")) return { kind: 'value', value: text };
  const trimmed = text.trim();
  if (/^true$/i.test(trimmed)) return { kind: 'value', value: true };
  if (/^false$/i.test(trimmed)) return { kind: 'value', value: false };
  if (NUMBER.test(trimmed) && numberFormat !== '@') {
    return { kind: 'value', value: Number(trimmed.replace(/,/g, '')) };
  }
  const percent = PERCENT.exec(trimmed);
  if (percent && numberFormat !== '@') {
    const value = Number((Number(percent[1]) / 100).toPrecision(12));
    return { kind: 'value', value, ...(numberFormat?.endsWith('%') ? {} : { numberFormat: '0%' }) };
  }
  const day = dayOfText(trimmed);
  if (day !== undefined && numberFormat !== '@') {
    return { kind: 'value', value: day, ...(isDateFormat(numberFormat) ? {} : { numberFormat: 'd/m/yyyy' }) };
  }
  return { kind: 'value', value: text };
}

/** The date serial of `d/m/yyyy` or `yyyy-mm-dd` with a Christian-era year that is a real day. */
function dayOfText(text: string): number | undefined {
  let year: number;
  let month: number;
  let day: number;
  const dmy = DAY_MONTH_YEAR.exec(text);
  const iso = ISO_DAY.exec(text);
  if (dmy) [day, month, year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return undefined;
  // A B.E. year is not a date to Sheets: it stays text, which the add-on reads itself.
  if (year > 2400 || year < 1900) return undefined;
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return utc / 86_400_000 + 25_569;
}
