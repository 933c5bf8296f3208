import { dayFromIso } from '../../src/core/dates';
import {
  CALENDAR_DAYS,
  type DayCountRule,
  daysLate,
  holidayCalendar,
  NO_HOLIDAYS,
} from '../../src/core/lateness';

const d = dayFromIso;
const WORKING: DayCountRule = { mode: 'working', holidays: NO_HOLIDAYS };
const working = (holidays: readonly string[]): DayCountRule => ({
  mode: 'working',
  holidays: holidayCalendar(holidays.map(d)),
});

describe('daysLate in calendar days', () => {
  it.each([
    ['2023-04-10', '2023-04-07', 0],
    ['2023-04-10', '2023-04-10', 0],
    ['2023-04-10', '2023-04-11', 1],
    ['2023-04-10', '2023-04-13', 3],
    ['2023-10-10', '2023-10-12', 2],
    ['2023-10-10', '2023-11-30', 51],
    ['2023-01-31', '2023-02-01', 1],
    ['2023-02-28', '2023-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2024-02-29', '2024-03-01', 1],
    ['1900-02-28', '1900-03-01', 1],
    ['2000-02-28', '2000-03-01', 2],
    ['2023-12-31', '2024-01-01', 1],
    ['2023-09-30', '2023-10-01', 1],
    ['2024-01-01', '2025-01-01', 366],
    ['2023-01-01', '2024-01-01', 365],
    ['1969-12-31', '1970-01-02', 2],
  ])('counts a report due %s and sent %s as %i days late', (due, end, days) => {
    expect(daysLate(d(due), d(end))).toBe(days);
  });

  it('counts calendar days when no rule is given', () => {
    expect(CALENDAR_DAYS).toEqual({ mode: 'calendar', holidays: NO_HOLIDAYS });
    expect(daysLate(d('2023-04-07'), d('2023-04-10'), CALENDAR_DAYS)).toBe(3);
  });

  it('counts weekends and holidays as calendar days', () => {
    const rule: DayCountRule = {
      mode: 'calendar',
      holidays: holidayCalendar([d('2023-04-13'), d('2023-04-14')]),
    };
    expect(daysLate(d('2023-04-12'), d('2023-04-18'), rule)).toBe(6);
  });
});

describe('daysLate in working days', () => {
  it.each([
    ['Friday', '2023-04-07', 'the next Monday', '2023-04-10', 1],
    ['Friday', '2023-04-07', 'Saturday', '2023-04-08', 0],
    ['Friday', '2023-04-07', 'Sunday', '2023-04-09', 0],
    ['Thursday', '2023-04-06', 'Saturday', '2023-04-08', 1],
    ['Saturday', '2023-04-08', 'Sunday', '2023-04-09', 0],
    ['Saturday', '2023-04-08', 'Monday', '2023-04-10', 1],
    ['Sunday', '2023-04-09', 'Monday', '2023-04-10', 1],
    ['Monday', '2023-04-10', 'Tuesday', '2023-04-11', 1],
    ['Monday', '2023-04-10', 'the next Monday', '2023-04-17', 5],
    ['Monday', '2023-04-10', 'Monday two weeks on', '2023-04-24', 10],
    ['Tuesday', '2023-10-10', 'Thursday 30 November', '2023-11-30', 37],
    ['Friday', '1969-12-26', 'Monday 1970-01-05', '1970-01-05', 6],
    ['Wednesday', '2024-02-28', 'Friday 2024-03-01', '2024-03-01', 2],
  ])(
    'counts a report due on a %s (%s) and sent on %s (%s) as %i working days late',
    (_a, due, _b, end, days) => {
      expect(daysLate(d(due), d(end), WORKING)).toBe(days);
    },
  );

  it('is 0 when the report is in on or before the due day', () => {
    expect(daysLate(d('2023-04-10'), d('2023-04-10'), WORKING)).toBe(0);
    expect(daysLate(d('2023-04-10'), d('2023-04-03'), WORKING)).toBe(0);
  });

  it('skips weekday holidays: Songkran 13–14 April 2023 (Thursday, Friday)', () => {
    // Due Wednesday 12 April, sent Tuesday 18 April: 13, 14, 17, 18 are weekdays; 13 and 14 are holidays.
    expect(daysLate(d('2023-04-12'), d('2023-04-18'), WORKING)).toBe(4);
    expect(daysLate(d('2023-04-12'), d('2023-04-18'), working(['2023-04-13', '2023-04-14']))).toBe(2);
  });

  it('costs nothing extra for a holiday on a weekend', () => {
    expect(
      daysLate(d('2023-04-12'), d('2023-04-18'), working(['2023-04-13', '2023-04-14', '2023-04-15'])),
    ).toBe(2);
    expect(daysLate(d('2023-04-12'), d('2023-04-18'), working(['2023-04-16']))).toBe(4);
  });

  it('counts a holiday listed twice once', () => {
    expect(
      daysLate(d('2023-04-12'), d('2023-04-18'), working(['2023-04-13', '2023-04-13', '2023-04-13'])),
    ).toBe(3);
  });

  it('reads holidays in any order', () => {
    expect(daysLate(d('2023-10-10'), d('2023-11-30'), working(['2023-10-23', '2023-10-13']))).toBe(35);
  });

  it('does not count a holiday on the due day itself, which is not a late day', () => {
    expect(daysLate(d('2023-04-13'), d('2023-04-17'), working(['2023-04-13']))).toBe(2);
  });

  it('does not count the day of sending when it is a holiday', () => {
    expect(daysLate(d('2023-04-12'), d('2023-04-13'), working(['2023-04-13']))).toBe(0);
    expect(daysLate(d('2023-04-12'), d('2023-04-14'), working(['2023-04-13']))).toBe(1);
  });

  it('ignores holidays before the due day and after the end', () => {
    expect(
      daysLate(d('2023-04-12'), d('2023-04-18'), working(['2023-04-03', '2023-04-12', '2023-04-19'])),
    ).toBe(4);
  });

  it('never goes below 0 when every day between is a holiday or weekend', () => {
    expect(daysLate(d('2023-04-12'), d('2023-04-16'), working(['2023-04-13', '2023-04-14']))).toBe(0);
  });
});

describe('holidayCalendar', () => {
  it('keeps weekday holidays once each, sorted, and drops weekend ones', () => {
    const calendar = holidayCalendar([
      d('2023-04-14'),
      d('2023-04-13'),
      d('2023-04-15'),
      d('2023-04-13'),
      d('2023-04-16'),
      d('2023-04-17'),
    ]);
    expect(calendar.weekdayHolidays).toEqual([d('2023-04-13'), d('2023-04-14'), d('2023-04-17')]);
  });

  it('is empty for no days', () => {
    expect(holidayCalendar([]).weekdayHolidays).toEqual([]);
    expect(NO_HOLIDAYS.weekdayHolidays).toEqual([]);
  });

  it('takes any iterable, such as a Set', () => {
    expect(holidayCalendar(new Set([d('2023-10-23')])).weekdayHolidays).toEqual([d('2023-10-23')]);
  });

  it('sorts days numerically, across 1970', () => {
    expect(holidayCalendar([d('1970-01-02'), d('1969-12-31'), d('1970-01-12')]).weekdayHolidays).toEqual([
      d('1969-12-31'),
      d('1970-01-02'),
      d('1970-01-12'),
    ]);
  });
});
