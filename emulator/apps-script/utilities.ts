/**
 * `Utilities.formatDate`, the one Utilities method the add-on calls
 * (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)):
 * Java `SimpleDateFormat` patterns in a given time zone.
 */

import { wallClock } from './sheet-values';

/**
 * `Utilities`: `formatDate` with the Java pattern letters the add-on uses. Answers
 * are remembered (the same instant, zone and pattern always read the same), as a
 * sheet recomputed on every read asks for the same few dates over and over.
 */
export function fakeUtilities(): { formatDate(date: Date, timeZone: string, pattern: string): string } {
  const known = new Map<string, string>();
  return {
    formatDate(date, timeZone, pattern) {
      const time = Object.prototype.toString.call(date) === '[object Date]' ? date.getTime() : Number.NaN;
      if (Number.isNaN(time)) return formatDate(date, timeZone, pattern);
      const key = `${time}|${timeZone}|${pattern}`;
      let text = known.get(key);
      if (text === undefined) {
        if (known.size > 10_000) known.clear();
        text = formatDate(date, timeZone, pattern);
        known.set(key, text);
      }
      return text;
    },
  };
}

const PATTERN_TOKEN = /'([^']*)'|y{2,4}|M{1,2}|d{1,2}|H{1,2}|m{2}|s{2}|[A-Za-z]/g;

/**
 * `Utilities.formatDate` for the Java `SimpleDateFormat` letters the add-on uses
 * (yyyy, yy, MM, M, dd, d, HH, H, mm, ss and quoted text). Other letters throw, as
 * a pattern the real service would read differently must not pass silently.
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN(date.getTime())) {
    throw new Error('Invalid argument: date');
  }
  const wall = wallClock(date.getTime(), timeZone);
  const values: Record<string, number> = {
    y: wall.year,
    M: wall.month,
    d: wall.day,
    H: wall.hour,
    m: wall.minute,
    s: wall.second,
  };
  return pattern.replace(PATTERN_TOKEN, (token, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted === '' ? "'" : quoted;
    const letter = token[0] as string;
    const value = values[letter];
    if (value === undefined) throw new Error(`formatDate fake: pattern letter ${letter} is not supported`);
    if (token === 'yy') return String(value % 100).padStart(2, '0');
    return String(value).padStart(token.length, '0');
  });
}
