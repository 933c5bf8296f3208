import { dayFromIso, isoFromDay, isRealDate, weekday } from '../../src/core/dates';
import {
  FIRST_HOLIDAY_FISCAL_YEAR,
  HOLIDAYS,
  HOLIDAYS_KNOWN_THROUGH,
  type Holiday,
  holidaysForFiscalYear,
  LAST_HOLIDAY_FISCAL_YEAR,
} from '../../src/core/holidays';
import { daysLate, holidayCalendar } from '../../src/core/lateness';

const SATURDAY = 6;
const SUNDAY = 0;
const FISCAL_YEARS = [2566, 2567, 2568, 2569, 2570] as const;

const isWeekend = (date: string): boolean => {
  const day = weekday(dayFromIso(date));
  return day === SATURDAY || day === SUNDAY;
};
const nameIn = (holidays: readonly Holiday[], date: string): string | undefined =>
  holidays.find((holiday) => holiday.date === date)?.name;
const tableOf = (fiscalYear: number) => {
  const table = holidaysForFiscalYear(fiscalYear);
  if (table === undefined) throw new Error(`no table for ${fiscalYear}`);
  return table;
};

describe('HOLIDAYS, the one list by calendar date', () => {
  const dates = HOLIDAYS.map((holiday) => holiday.date);

  it('writes every date as a real yyyy-mm-dd date', () => {
    for (const date of dates) {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
      expect(match).not.toBeNull();
      expect(isRealDate(Number(match?.[1]), Number(match?.[2]), Number(match?.[3]))).toBe(true);
    }
  });

  it('is sorted by date with no day listed twice, from 1 Oct 2022 through the last day the sources cover', () => {
    const days = dates.map(dayFromIso);
    for (let i = 1; i < days.length; i++) expect(days[i]).toBeGreaterThan(days[i - 1] as number);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates[0]).toBe('2022-10-13');
    expect(dates.at(-1)).toBe('2026-12-31');
    expect(HOLIDAYS_KNOWN_THROUGH).toBe('2026-12-31');
  });

  it('names every day in Thai, trimmed and without Latin letters', () => {
    for (const { name } of HOLIDAYS) {
      expect(name.trim()).toBe(name);
      expect(name).toMatch(/^[\u0E00-\u0E7F]/);
      expect(name).not.toMatch(/[A-Za-z]/);
    }
  });

  it.each([
    ['2023-01-03', 'one substitution day (2 Jan) covered 31 Dec 2022 and 1 Jan 2023'],
    ['2024-01-02', 'its substitution day was moved to 29 Dec 2023 (cabinet, 24 Oct 2023)'],
    ['2022-11-16', 'APEC: only Bangkok, Nonthaburi and Samut Prakan'],
    ['2026-06-02', 'proposed extra day, withdrawn (cabinet, 2 Dec 2025)'],
    ['2026-07-31', 'proposed extra day, withdrawn (cabinet, 2 Dec 2025)'],
    ['2025-10-24', 'Queen Sirikit passed away: mourning, no holiday'],
    ['2027-01-01', 'no announcement for 2027 yet'],
  ])('leaves out %s (%s)', (date) => {
    expect(dates).not.toContain(date);
  });

  it('has no National Labour Day (1 May): not a holiday of government offices', () => {
    expect(dates.filter((date) => date.endsWith('-05-01') || date.endsWith('-05-02'))).toEqual([]);
  });

  it('puts the cabinet’s extra days on weekdays', () => {
    const special = HOLIDAYS.filter((holiday) => holiday.name.includes('กรณีพิเศษ'));
    expect(special.map((holiday) => holiday.date)).toEqual([
      '2022-10-14',
      '2022-12-30',
      '2023-05-05',
      '2023-07-31',
      '2024-04-12',
      '2024-12-30',
      '2025-06-02',
      '2025-08-11',
      '2026-01-02',
    ]);
    for (const { date } of special) expect(isWeekend(date)).toBe(false);
  });

  it('puts every substitution day on a weekday within two days after a weekend holiday (29 Dec 2023: moved ahead)', () => {
    const substitutions = HOLIDAYS.filter((holiday) => holiday.name.startsWith('ชดเชย'));
    expect(substitutions.map((holiday) => holiday.date)).toEqual([
      '2022-10-24',
      '2022-12-12',
      '2023-01-02',
      '2023-04-17',
      '2023-06-05',
      '2023-08-14',
      '2023-12-11',
      '2023-12-29',
      '2024-02-26',
      '2024-04-08',
      '2024-04-16',
      '2024-05-06',
      '2024-07-22',
      '2024-07-29',
      '2024-10-14',
      '2025-04-07',
      '2025-04-16',
      '2025-05-05',
      '2025-05-12',
      '2026-06-01',
      '2026-12-07',
    ]);
    for (const { date, name } of substitutions) {
      expect(isWeekend(date)).toBe(false);
      expect(name.length).toBeGreaterThan('ชดเชย'.length);
      if (date === '2023-12-29') {
        expect(name).toContain('วันสิ้นปี');
        expect(isWeekend('2023-12-31')).toBe(true);
        continue;
      }
      const substituted = HOLIDAYS.filter(
        (holiday) =>
          isWeekend(holiday.date) &&
          dayFromIso(holiday.date) < dayFromIso(date) &&
          !holiday.name.startsWith('ชดเชย'),
      ).pop();
      expect(substituted).toBeDefined();
      // Songkran on Sunday–Tuesday is made up on Wednesday: still right after the holidays.
      expect(dayFromIso(date) - dayFromIso(substituted?.date as string)).toBeLessThanOrEqual(3);
    }
  });

  it('gives the Royal Ploughing Ceremony day of each year (a government holiday, on a weekday)', () => {
    const ploughing = HOLIDAYS.filter((holiday) => holiday.name === 'วันพืชมงคล').map(
      (holiday) => holiday.date,
    );
    expect(ploughing).toEqual(['2023-05-17', '2024-05-10', '2025-05-09', '2026-05-13']);
    for (const date of ploughing) expect(isWeekend(date)).toBe(false);
  });

  it.each([
    ['2023-03-06', 'วันมาฆบูชา'],
    ['2024-02-24', 'วันมาฆบูชา'],
    ['2025-02-12', 'วันมาฆบูชา'],
    ['2026-03-03', 'วันมาฆบูชา'],
    ['2023-06-03', 'วันวิสาขบูชา'],
    ['2024-05-22', 'วันวิสาขบูชา'],
    ['2025-05-11', 'วันวิสาขบูชา'],
    ['2026-05-31', 'วันวิสาขบูชา'],
    ['2023-08-01', 'วันอาสาฬหบูชา'],
    ['2024-07-20', 'วันอาสาฬหบูชา'],
    ['2025-07-10', 'วันอาสาฬหบูชา'],
    ['2026-07-29', 'วันอาสาฬหบูชา'],
    ['2023-08-02', 'วันเข้าพรรษา'],
    ['2024-07-21', 'วันเข้าพรรษา'],
    ['2025-07-11', 'วันเข้าพรรษา'],
    ['2026-07-30', 'วันเข้าพรรษา'],
  ])('has the lunar holiday of the announcement: %s (%s)', (date, part) => {
    expect(nameIn(HOLIDAYS, date)).toContain(part);
  });
});

describe('holidaysForFiscalYear: each table covers its fiscal year and its late window', () => {
  it.each(FISCAL_YEARS)('fiscal year %i runs from 1 Oct (N − 544) through 31 Oct (N − 543)', (fiscalYear) => {
    const table = tableOf(fiscalYear);
    expect(table.fiscalYear).toBe(fiscalYear);
    expect(table.from).toBe(`${fiscalYear - 544}-10-01`);
    expect(table.through).toBe(`${fiscalYear - 543}-10-31`);
    for (const { date } of table.holidays) {
      expect(dayFromIso(date)).toBeGreaterThanOrEqual(dayFromIso(table.from));
      expect(dayFromIso(date)).toBeLessThanOrEqual(dayFromIso(table.coveredThrough));
    }
    // Exactly the days of the one list in that span: nothing is kept twice.
    const inSpan = HOLIDAYS.filter(
      ({ date }) =>
        dayFromIso(date) >= dayFromIso(table.from) && dayFromIso(date) <= dayFromIso(table.coveredThrough),
    );
    expect(table.holidays).toEqual(inSpan);
    const days = table.holidays.map(({ date }) => dayFromIso(date));
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    expect(new Set(days).size).toBe(days.length);
  });

  it.each([2566, 2567, 2568, 2569])(
    'fiscal year %i is complete through 31 October after it, into the next year’s October',
    (fiscalYear) => {
      const table = tableOf(fiscalYear);
      expect(table.coveredThrough).toBe(table.through);
      const next = tableOf(fiscalYear + 1);
      const october = (holidays: readonly Holiday[]) =>
        holidays.filter(({ date }) => date.startsWith(`${fiscalYear - 543}-10-`));
      expect(october(table.holidays)).toEqual(october(next.holidays));
      expect(october(table.holidays).length).toBeGreaterThanOrEqual(2);
    },
  );

  it('fiscal year 2570 ends where the announcements end (31 Dec 2026), not on 31 Oct 2027', () => {
    const table = tableOf(2570);
    expect(table.through).toBe('2027-10-31');
    expect(table.coveredThrough).toBe('2026-12-31');
    expect(table.holidays.map(({ date }) => date)).toEqual([
      '2026-10-13',
      '2026-10-23',
      '2026-12-05',
      '2026-12-07',
      '2026-12-10',
      '2026-12-31',
    ]);
  });

  it.each([2565, 2571, 2566.5, Number.NaN])('has no table for fiscal year %p', (fiscalYear) => {
    expect(holidaysForFiscalYear(fiscalYear)).toBeUndefined();
  });

  it('covers fiscal years 2566 to 2570', () => {
    expect([FIRST_HOLIDAY_FISCAL_YEAR, LAST_HOLIDAY_FISCAL_YEAR]).toEqual([2566, 2570]);
  });

  const ANCHORS: Readonly<Record<(typeof FISCAL_YEARS)[number], readonly (readonly [string, string])[]>> = {
    2566: [
      ['2022-10-13', 'วันคล้ายวันสวรรคต'],
      ['2022-10-23', 'วันปิยมหาราช'],
      ['2022-12-05', 'วันพ่อแห่งชาติ'],
      ['2022-12-10', 'วันรัฐธรรมนูญ'],
      ['2022-12-31', 'วันสิ้นปี'],
      ['2023-01-01', 'วันขึ้นปีใหม่'],
      ['2023-04-06', 'วันจักรี'],
      ['2023-04-13', 'วันสงกรานต์'],
      ['2023-04-14', 'วันสงกรานต์'],
      ['2023-04-15', 'วันสงกรานต์'],
      ['2023-05-04', 'วันฉัตรมงคล'],
      ['2023-06-03', 'สุทิดา'],
      ['2023-07-28', 'วันเฉลิมพระชนมพรรษา'],
      ['2023-08-12', 'วันแม่แห่งชาติ'],
      ['2023-10-13', 'วันคล้ายวันสวรรคต'],
      ['2023-10-23', 'วันปิยมหาราช'],
    ],
    2567: [
      ['2023-10-13', 'วันคล้ายวันสวรรคต'],
      ['2023-10-23', 'วันปิยมหาราช'],
      ['2023-12-05', 'วันพ่อแห่งชาติ'],
      ['2023-12-10', 'วันรัฐธรรมนูญ'],
      ['2023-12-31', 'วันสิ้นปี'],
      ['2024-01-01', 'วันขึ้นปีใหม่'],
      ['2024-04-06', 'วันจักรี'],
      ['2024-04-13', 'วันสงกรานต์'],
      ['2024-04-14', 'วันสงกรานต์'],
      ['2024-04-15', 'วันสงกรานต์'],
      ['2024-05-04', 'วันฉัตรมงคล'],
      ['2024-06-03', 'สุทิดา'],
      ['2024-07-28', 'วันเฉลิมพระชนมพรรษา'],
      ['2024-08-12', 'วันแม่แห่งชาติ'],
      ['2024-10-13', 'วันคล้ายวันสวรรคต'],
      ['2024-10-14', 'ชดเชยวันคล้ายวันสวรรคต'],
      ['2024-10-23', 'วันปิยมหาราช'],
    ],
    2568: [
      ['2024-10-13', 'วันคล้ายวันสวรรคต'],
      ['2024-10-23', 'วันปิยมหาราช'],
      ['2024-12-05', 'วันพ่อแห่งชาติ'],
      ['2024-12-10', 'วันรัฐธรรมนูญ'],
      ['2024-12-31', 'วันสิ้นปี'],
      ['2025-01-01', 'วันขึ้นปีใหม่'],
      ['2025-04-06', 'วันจักรี'],
      ['2025-04-13', 'วันสงกรานต์'],
      ['2025-04-14', 'วันสงกรานต์'],
      ['2025-04-15', 'วันสงกรานต์'],
      ['2025-05-04', 'วันฉัตรมงคล'],
      ['2025-06-03', 'สุทิดา'],
      ['2025-07-28', 'วันเฉลิมพระชนมพรรษา'],
      ['2025-08-12', 'วันแม่แห่งชาติ'],
      ['2025-10-13', 'วันคล้ายวันสวรรคต'],
      ['2025-10-23', 'วันปิยมหาราช'],
    ],
    2569: [
      ['2025-10-13', 'วันคล้ายวันสวรรคต'],
      ['2025-10-23', 'วันปิยมหาราช'],
      ['2025-12-05', 'วันพ่อแห่งชาติ'],
      ['2025-12-10', 'วันรัฐธรรมนูญ'],
      ['2025-12-31', 'วันสิ้นปี'],
      ['2026-01-01', 'วันขึ้นปีใหม่'],
      ['2026-04-06', 'วันจักรี'],
      ['2026-04-13', 'วันสงกรานต์'],
      ['2026-04-14', 'วันสงกรานต์'],
      ['2026-04-15', 'วันสงกรานต์'],
      ['2026-05-04', 'วันฉัตรมงคล'],
      ['2026-06-03', 'สุทิดา'],
      ['2026-07-28', 'วันเฉลิมพระชนมพรรษา'],
      ['2026-08-12', 'วันแม่แห่งชาติ'],
      ['2026-10-13', 'วันคล้ายวันสวรรคต'],
      ['2026-10-23', 'วันปิยมหาราช'],
    ],
    2570: [
      ['2026-10-13', 'วันคล้ายวันสวรรคต'],
      ['2026-10-23', 'วันปิยมหาราช'],
      ['2026-12-05', 'วันพ่อแห่งชาติ'],
      ['2026-12-07', 'ชดเชยวันคล้ายวันพระบรมราชสมภพ'],
      ['2026-12-10', 'วันรัฐธรรมนูญ'],
      ['2026-12-31', 'วันสิ้นปี'],
    ],
  };

  describe.each(FISCAL_YEARS)('fiscal year %i', (fiscalYear) => {
    const table = tableOf(fiscalYear);
    it.each(ANCHORS[fiscalYear])('has %s (%s)', (date, part) => {
      expect(nameIn(table.holidays, date)).toContain(part);
    });

    it('has no Labour Day and no day listed twice', () => {
      const dates = table.holidays.map(({ date }) => date);
      expect(dates.some((date) => /-05-0[12]$/.test(date))).toBe(false);
      expect(new Set(dates).size).toBe(dates.length);
    });
  });

  it('keeps one name per date: a table’s day is the list’s day', () => {
    for (const fiscalYear of FISCAL_YEARS) {
      for (const holiday of tableOf(fiscalYear).holidays)
        expect(nameIn(HOLIDAYS, holiday.date)).toBe(holiday.name);
    }
  });

  it('counts round 2 of 2566 (due 10 Oct 2023, in 13 Oct 2023) as 2 working days: 13 Oct is a holiday', () => {
    const calendar = holidayCalendar(tableOf(2566).holidays.map(({ date }) => dayFromIso(date)));
    const rule = { mode: 'working', holidays: calendar } as const;
    expect(daysLate(dayFromIso('2023-10-10'), dayFromIso('2023-10-13'), rule)).toBe(2);
    // Through 23 Oct 2023: 11, 12, 16–20 = 7 working days (13 and 23 Oct are holidays).
    expect(daysLate(dayFromIso('2023-10-10'), dayFromIso('2023-10-23'), rule)).toBe(7);
    expect(isoFromDay(calendar.weekdayHolidays.at(-1) as number)).toBe('2023-10-23');
  });
});
