import {
  BANGKOK_OFFSET_MINUTES,
  civilFromDay,
  dayFromCivil,
  dayFromIso,
  dayFromSerial,
  daysInMonth,
  FIRST_YEAR,
  fixedOffsetDayOf,
  isInAcceptedYears,
  isLeapYear,
  isoFromDay,
  isRealDate,
  LAST_YEAR,
  SHEETS_SERIAL_OF_EPOCH,
  weekday,
} from '../../src/core/dates';

const MS_PER_DAY = 86_400_000;
const bangkokDayOf = fixedOffsetDayOf(420);

describe('dayFromCivil', () => {
  it('counts 1970-01-01 as day 0', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
  });

  it('gives 2023-04-10 day 19457', () => {
    expect(dayFromCivil(2023, 4, 10)).toBe(19457);
  });

  it('counts days before 1970 as negative: 1969-12-31 is -1', () => {
    expect(dayFromCivil(1969, 12, 31)).toBe(-1);
  });

  it('gives 1900-01-01, the first accepted day, day -25567', () => {
    expect(dayFromCivil(1900, 1, 1)).toBe(-25567);
  });

  it.each([
    [1900, 1, 1],
    [1969, 12, 31],
    [2000, 2, 29],
    [2023, 3, 31],
    [2024, 2, 29],
    [2024, 12, 31],
    [2300, 12, 31],
  ])('agrees with Date.UTC for %i-%i-%i', (year, month, day) => {
    expect(dayFromCivil(year, month, day)).toBe(Date.UTC(year, month - 1, day) / MS_PER_DAY);
  });

  it.each([
    [2023, 1],
    [2023, 2],
    [2023, 3],
    [2023, 4],
    [2023, 5],
    [2023, 6],
    [2023, 7],
    [2023, 8],
    [2023, 9],
    [2023, 10],
    [2023, 11],
    [2024, 2],
    [1900, 2],
    [2000, 2],
  ])('puts the first of the next month right after the last day of %i-%i', (year, month) => {
    const last = daysInMonth(year, month);
    expect(dayFromCivil(year, month + 1, 1) - dayFromCivil(year, month, last)).toBe(1);
  });

  it('puts 1 January right after 31 December', () => {
    expect(dayFromCivil(2024, 1, 1) - dayFromCivil(2023, 12, 31)).toBe(1);
  });

  it('counts 366 days in the leap year 2024 and 365 in 2023', () => {
    expect(dayFromCivil(2025, 1, 1) - dayFromCivil(2024, 1, 1)).toBe(366);
    expect(dayFromCivil(2024, 1, 1) - dayFromCivil(2023, 1, 1)).toBe(365);
  });

  it('counts 365 days in 1900 (not leap) and 366 in 2000 (leap)', () => {
    expect(dayFromCivil(1901, 1, 1) - dayFromCivil(1900, 1, 1)).toBe(365);
    expect(dayFromCivil(2001, 1, 1) - dayFromCivil(2000, 1, 1)).toBe(366);
  });
});

describe('civilFromDay', () => {
  it('turns day 19457 into 2023-04-10', () => {
    expect(civilFromDay(19457)).toEqual({ year: 2023, month: 4, day: 10 });
  });

  it('turns day 0 into 1970-01-01 and day -1 into 1969-12-31', () => {
    expect(civilFromDay(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(civilFromDay(-1)).toEqual({ year: 1969, month: 12, day: 31 });
  });

  it('follows 2024-02-28 with the leap day 2024-02-29, then 2024-03-01', () => {
    const feb28 = dayFromCivil(2024, 2, 28);
    expect(civilFromDay(feb28 + 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(civilFromDay(feb28 + 2)).toEqual({ year: 2024, month: 3, day: 1 });
  });

  it('follows 1900-02-28 with 1900-03-01: 1900 has no leap day', () => {
    expect(civilFromDay(dayFromCivil(1900, 2, 28) + 1)).toEqual({ year: 1900, month: 3, day: 1 });
  });

  it('follows 2000-02-28 with 2000-02-29: 2000 has a leap day', () => {
    expect(civilFromDay(dayFromCivil(2000, 2, 28) + 1)).toEqual({ year: 2000, month: 2, day: 29 });
  });

  it('follows 2023-12-31 with 2024-01-01', () => {
    expect(civilFromDay(dayFromCivil(2023, 12, 31) + 1)).toEqual({ year: 2024, month: 1, day: 1 });
  });

  it('turns the last accepted day, 2300-12-31, back into itself', () => {
    expect(civilFromDay(dayFromCivil(2300, 12, 31))).toEqual({ year: 2300, month: 12, day: 31 });
  });
});

describe('isLeapYear', () => {
  it.each([
    [1900, false],
    [2000, true],
    [2023, false],
    [2024, true],
    [2100, false],
    [2400, true],
    [1996, true],
  ])('says %i is leap: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});

describe('daysInMonth', () => {
  it.each([
    [1, 31],
    [2, 28],
    [3, 31],
    [4, 30],
    [5, 31],
    [6, 30],
    [7, 31],
    [8, 31],
    [9, 30],
    [10, 31],
    [11, 30],
    [12, 31],
  ])('gives month %i of 2023 %i days', (month, days) => {
    expect(daysInMonth(2023, month)).toBe(days);
  });

  it('gives February 29 days in 2024 and 2000 but 28 in 1900', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });
});

describe('isRealDate', () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2023, 2, 30, false],
    [2023, 3, 31, true],
    [2023, 4, 31, false],
    [2023, 4, 30, true],
    [2023, 12, 31, true],
    [2023, 12, 32, false],
    [2023, 13, 1, false],
    [2023, 0, 1, false],
    [2023, 1, 0, false],
    [2023, 1, -1, false],
    [2023, 1.5, 1, false],
    [2023, 1, 1.5, false],
    [2023.5, 1, 1, false],
    [Number.NaN, 1, 1, false],
  ])('says %s-%s-%s is a real date: %s', (year, month, day, real) => {
    expect(isRealDate(year, month, day)).toBe(real);
  });
});

describe('weekday', () => {
  it.each([
    ['1970-01-01', 4],
    ['1969-12-31', 3],
    ['1970-01-05', 1],
    ['1900-01-01', 1],
    ['2023-04-08', 6],
    ['2023-04-09', 0],
    ['2023-04-10', 1],
    ['2023-04-14', 5],
    ['2024-02-29', 4],
    ['2023-10-10', 2],
  ])('gives %s weekday %i (0 Sunday … 6 Saturday)', (iso, expected) => {
    expect(weekday(dayFromIso(iso))).toBe(expected);
  });
});

describe('dayFromSerial', () => {
  it('reads serial 45026 as 2023-04-10', () => {
    expect(dayFromSerial(45026)).toBe(dayFromCivil(2023, 4, 10));
  });

  it('drops the time of day: 45026.99 is still 2023-04-10', () => {
    expect(dayFromSerial(45026.99)).toBe(dayFromCivil(2023, 4, 10));
  });

  it('reads serial 0 as 1899-12-30 and 2 as 1900-01-01', () => {
    expect(dayFromSerial(0)).toBe(dayFromCivil(1899, 12, 30));
    expect(dayFromSerial(2)).toBe(dayFromCivil(1900, 1, 1));
  });

  it('has no fake 1900-02-29: serial 60 is 1900-02-28 and 61 is 1900-03-01', () => {
    expect(dayFromSerial(60)).toBe(dayFromCivil(1900, 2, 28));
    expect(dayFromSerial(61)).toBe(dayFromCivil(1900, 3, 1));
  });

  it('reads serial 25569 as 1970-01-01', () => {
    expect(SHEETS_SERIAL_OF_EPOCH).toBe(25569);
    expect(dayFromSerial(25569)).toBe(0);
  });

  it('reads the leap day 2024-02-29 from serial 45351', () => {
    expect(dayFromSerial(45351)).toBe(dayFromCivil(2024, 2, 29));
  });
});

describe('fixedOffsetDayOf', () => {
  it('knows Bangkok is UTC+7', () => {
    expect(BANGKOK_OFFSET_MINUTES).toBe(420);
  });

  it('puts a Date at 00:30 Bangkok time on that Bangkok day, though UTC is the day before', () => {
    const halfPastMidnight = new Date('2023-04-09T17:30:00Z');
    expect(bangkokDayOf(halfPastMidnight)).toBe(dayFromCivil(2023, 4, 10));
    expect(fixedOffsetDayOf(0)(halfPastMidnight)).toBe(dayFromCivil(2023, 4, 9));
  });

  it('keeps 23:59:59.999 Bangkok time on the same day and 00:00 on the next', () => {
    expect(bangkokDayOf(new Date('2023-04-10T16:59:59.999Z'))).toBe(dayFromCivil(2023, 4, 10));
    expect(bangkokDayOf(new Date('2023-04-10T17:00:00Z'))).toBe(dayFromCivil(2023, 4, 11));
  });

  it('puts midnight UTC at 07:00 Bangkok, the same day', () => {
    expect(bangkokDayOf(new Date('2023-04-10T00:00:00Z'))).toBe(dayFromCivil(2023, 4, 10));
  });

  it('moves the leap day correctly: 2024-02-28T17:00Z is 2024-02-29 in Bangkok', () => {
    expect(bangkokDayOf(new Date('2024-02-28T17:00:00Z'))).toBe(dayFromCivil(2024, 2, 29));
  });

  it('handles instants before 1970', () => {
    expect(bangkokDayOf(new Date('1969-12-31T17:00:00Z'))).toBe(0);
    expect(bangkokDayOf(new Date('1969-12-31T16:59:59Z'))).toBe(-1);
  });

  it('works west of UTC: 03:00 UTC is still the day before at UTC-5', () => {
    expect(fixedOffsetDayOf(-300)(new Date('2023-04-10T03:00:00Z'))).toBe(dayFromCivil(2023, 4, 9));
    expect(fixedOffsetDayOf(-300)(new Date('2023-04-10T05:00:00Z'))).toBe(dayFromCivil(2023, 4, 10));
  });

  it('accepts any object with getTime, as a Date from another realm', () => {
    const foreign = { getTime: () => Date.UTC(2023, 3, 9, 17, 30) };
    expect(bangkokDayOf(foreign)).toBe(dayFromCivil(2023, 4, 10));
  });
});

describe('dayFromIso', () => {
  it('reads 2023-04-10 as day 19457', () => {
    expect(dayFromIso('2023-04-10')).toBe(19457);
  });

  it('ignores what follows the date', () => {
    expect(dayFromIso('2024-02-29T23:59:00Z')).toBe(dayFromCivil(2024, 2, 29));
  });

  it('throws an English error on anything else', () => {
    expect(() => dayFromIso('10/04/2023')).toThrow('not an ISO date: 10/04/2023');
  });
});

describe('isoFromDay', () => {
  it.each([
    [19457, '2023-04-10'],
    [0, '1970-01-01'],
    [-1, '1969-12-31'],
    [-25567, '1900-01-01'],
  ])('writes day %i as %s', (day, iso) => {
    expect(isoFromDay(day)).toBe(iso);
  });

  it('writes the leap day 2024-02-29', () => {
    expect(isoFromDay(dayFromCivil(2024, 2, 29))).toBe('2024-02-29');
  });

  it('pads a year below 1000 to four digits', () => {
    expect(isoFromDay(dayFromCivil(999, 1, 1))).toBe('0999-01-01');
  });
});

describe('the accepted years', () => {
  it('run from 1900 to 2300 C.E.', () => {
    expect(FIRST_YEAR).toBe(1900);
    expect(LAST_YEAR).toBe(2300);
  });

  it('take 1900-01-01 and 2300-12-31 but not the days just outside them', () => {
    expect(isInAcceptedYears(dayFromCivil(1899, 12, 31))).toBe(false);
    expect(isInAcceptedYears(dayFromCivil(1900, 1, 1))).toBe(true);
    expect(isInAcceptedYears(dayFromCivil(2023, 4, 10))).toBe(true);
    expect(isInAcceptedYears(dayFromCivil(2300, 12, 31))).toBe(true);
    expect(isInAcceptedYears(dayFromCivil(2301, 1, 1))).toBe(false);
  });
});
