import { dayFromIso, isRealDate, weekday } from '../../src/core/dates';
import { HOLIDAYS_FY2566 } from '../../src/core/holidays';

const FIRST_DAY = dayFromIso('2022-10-01');
const LAST_DAY = dayFromIso('2023-09-30');
const SATURDAY = 6;
const SUNDAY = 0;
const MONDAY = 1;

const dates = HOLIDAYS_FY2566.map((holiday) => holiday.date);
const nameOf = (date: string): string | undefined =>
  HOLIDAYS_FY2566.find((holiday) => holiday.date === date)?.name;
const isWeekend = (date: string): boolean => {
  const day = weekday(dayFromIso(date));
  return day === SATURDAY || day === SUNDAY;
};

describe('HOLIDAYS_FY2566', () => {
  it('writes every date as a real yyyy-mm-dd date', () => {
    for (const date of dates) {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
      expect(match).not.toBeNull();
      expect(isRealDate(Number(match?.[1]), Number(match?.[2]), Number(match?.[3]))).toBe(true);
    }
  });

  it('keeps every date inside fiscal year B.E. 2566 (2022-10-01 to 2023-09-30)', () => {
    for (const date of dates) {
      const day = dayFromIso(date);
      expect(day).toBeGreaterThanOrEqual(FIRST_DAY);
      expect(day).toBeLessThanOrEqual(LAST_DAY);
    }
  });

  it('is sorted by date with no day listed twice', () => {
    const days = dates.map(dayFromIso);
    for (let i = 1; i < days.length; i++) {
      expect(days[i]).toBeGreaterThan(days[i - 1] as number);
    }
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('names every day in Thai, trimmed and without Latin letters', () => {
    for (const { name } of HOLIDAYS_FY2566) {
      expect(name.trim()).toBe(name);
      expect(name).toMatch(/^[\u0E00-\u0E7F]/);
      expect(name).not.toMatch(/[A-Za-z]/);
    }
  });

  it('lists the 28 days found in the cabinet announcements', () => {
    expect(HOLIDAYS_FY2566).toHaveLength(28);
  });

  it.each([
    ['2022-10-13', 'วันคล้ายวันสวรรคต'],
    ['2022-10-14', 'กรณีพิเศษ'],
    ['2022-10-23', 'วันปิยมหาราช'],
    ['2022-10-24', 'ชดเชยวันปิยมหาราช'],
    ['2022-12-05', 'วันพ่อแห่งชาติ'],
    ['2022-12-10', 'วันรัฐธรรมนูญ'],
    ['2022-12-12', 'ชดเชยวันรัฐธรรมนูญ'],
    ['2022-12-30', 'กรณีพิเศษ'],
    ['2022-12-31', 'วันสิ้นปี'],
    ['2023-01-01', 'วันขึ้นปีใหม่'],
    ['2023-01-02', 'ชดเชย'],
    ['2023-03-06', 'วันมาฆบูชา'],
    ['2023-04-06', 'วันจักรี'],
    ['2023-04-13', 'วันสงกรานต์'],
    ['2023-04-14', 'วันสงกรานต์'],
    ['2023-04-15', 'วันสงกรานต์'],
    ['2023-04-17', 'ชดเชยวันสงกรานต์'],
    ['2023-05-04', 'วันฉัตรมงคล'],
    ['2023-05-05', 'กรณีพิเศษ'],
    ['2023-05-17', 'วันพืชมงคล'],
    ['2023-06-03', 'วันวิสาขบูชา'],
    ['2023-06-05', 'ชดเชย'],
    ['2023-07-28', 'วันเฉลิมพระชนมพรรษา'],
    ['2023-07-31', 'กรณีพิเศษ'],
    ['2023-08-01', 'วันอาสาฬหบูชา'],
    ['2023-08-02', 'วันเข้าพรรษา'],
    ['2023-08-12', 'วันแม่แห่งชาติ'],
    ['2023-08-14', 'ชดเชย'],
  ])('has %s (%s)', (date, part) => {
    expect(nameOf(date)).toContain(part);
  });

  it.each([
    ['2022-11-16', 'APEC: only Bangkok, Nonthaburi and Samut Prakan'],
    ['2023-01-03', 'one substitution day (2 Jan) covered 31 Dec and 1 Jan'],
    ['2023-05-01', 'Labour Day: banks and private employers only'],
  ])('leaves out %s (%s)', (date) => {
    expect(dates).not.toContain(date);
  });

  it('puts every substitution day on a weekday right after a weekend holiday', () => {
    const substitutions = HOLIDAYS_FY2566.filter((holiday) => holiday.name.startsWith('ชดเชย'));
    expect(substitutions.map((holiday) => holiday.date)).toEqual([
      '2022-10-24',
      '2022-12-12',
      '2023-01-02',
      '2023-04-17',
      '2023-06-05',
      '2023-08-14',
    ]);
    for (const { date, name } of substitutions) {
      expect(weekday(dayFromIso(date))).toBe(MONDAY);
      const substituted = HOLIDAYS_FY2566.filter(
        (holiday) =>
          isWeekend(holiday.date) &&
          dayFromIso(holiday.date) < dayFromIso(date) &&
          !holiday.name.startsWith('ชดเชย'),
      ).pop();
      expect(substituted).toBeDefined();
      expect(dayFromIso(date) - dayFromIso(substituted?.date as string)).toBeLessThanOrEqual(2);
      expect(name.length).toBeGreaterThan('ชดเชย'.length);
    }
  });

  it('puts the cabinet’s extra days on weekdays', () => {
    const special = HOLIDAYS_FY2566.filter((holiday) => holiday.name.includes('กรณีพิเศษ'));
    expect(special.map((holiday) => holiday.date)).toEqual([
      '2022-10-14',
      '2022-12-30',
      '2023-05-05',
      '2023-07-31',
    ]);
    for (const { date } of special) expect(isWeekend(date)).toBe(false);
  });

  it('gives the fixed-date holidays their calendar weekdays (Songkran 2023 is Thursday to Saturday)', () => {
    expect(weekday(dayFromIso('2023-04-13'))).toBe(4);
    expect(weekday(dayFromIso('2023-04-15'))).toBe(SATURDAY);
    expect(weekday(dayFromIso('2022-10-23'))).toBe(SUNDAY);
  });
});
