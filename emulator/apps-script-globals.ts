/**
 * In-memory stand-ins for the few Apps Script globals the custom functions may
 * touch at call time (PRODUCT.md §5): `SpreadsheetApp.getActive()` /
 * `getActiveSpreadsheet()` `.getSpreadsheetTimeZone()`, `Session.getScriptTimeZone()`
 * and `Utilities.formatDate(date, timeZone, pattern)`. They behave like the real
 * services for what the add-on uses, and count every call so tests can show that
 * the zone is looked up once per call, not once per cell.
 */

/** How often each service was called. */
export interface ServiceCalls {
  getActive: number;
  getSpreadsheetTimeZone: number;
  getScriptTimeZone: number;
  formatDate: number;
}

/** The globals to put in a script's scope, and their call counts. */
export interface CalendarGlobals {
  readonly globals: Record<string, unknown>;
  readonly calls: ServiceCalls;
}

/** Options: the spreadsheet's and the script's zones, and which services exist. */
export interface CalendarGlobalsOptions {
  readonly spreadsheetTimeZone?: string;
  readonly scriptTimeZone?: string;
  readonly withUtilities?: boolean;
}

/** Fresh fakes of SpreadsheetApp, Session and Utilities, counting calls. */
export function calendarGlobals(options: CalendarGlobalsOptions = {}): CalendarGlobals {
  const spreadsheetTimeZone = options.spreadsheetTimeZone ?? 'Asia/Bangkok';
  const scriptTimeZone = options.scriptTimeZone ?? 'Asia/Bangkok';
  const calls: ServiceCalls = {
    getActive: 0,
    getSpreadsheetTimeZone: 0,
    getScriptTimeZone: 0,
    formatDate: 0,
  };
  const spreadsheet = {
    getSpreadsheetTimeZone: () => {
      calls.getSpreadsheetTimeZone++;
      return spreadsheetTimeZone;
    },
  };
  const globals: Record<string, unknown> = {
    SpreadsheetApp: {
      getActive: () => {
        calls.getActive++;
        return spreadsheet;
      },
      getActiveSpreadsheet: () => {
        calls.getActive++;
        return spreadsheet;
      },
    },
    Session: {
      getScriptTimeZone: () => {
        calls.getScriptTimeZone++;
        return scriptTimeZone;
      },
    },
  };
  if (options.withUtilities !== false) {
    globals.Utilities = {
      formatDate: (date: Date, timeZone: string, pattern: string) => {
        calls.formatDate++;
        return formatDate(date, timeZone, pattern);
      },
    };
  }
  return { globals, calls };
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
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(date.getTime());
  const part = (type: string) => Number(parts.find((item) => item.type === type)?.value);
  const values: Record<string, number> = {
    y: part('year'),
    M: part('month'),
    d: part('day'),
    H: part('hour'),
    m: part('minute'),
    s: part('second'),
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
