import fc from 'fast-check';
import { dayFromCivil } from '../../src/core/dates';
import {
  BUDDHIST_ERA_OFFSET,
  BUDDHIST_YEAR_THRESHOLD,
  buddhistYear,
  ceYear,
  formatPercent,
  formatThaiDate,
  monthFromName,
  toArabicDigits,
  toThaiDigits,
} from '../../src/core/thai';

describe('toArabicDigits', () => {
  it('replaces every Thai digit ๐–๙ with 0–9', () => {
    expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  });

  it('keeps everything else as it is', () => {
    expect(toArabicDigits('๓๑/๓/๒๕๖๖')).toBe('31/3/2566');
    expect(toArabicDigits('รอบที่ ๒')).toBe('รอบที่ 2');
    expect(toArabicDigits('10 เม.ย. 2566')).toBe('10 เม.ย. 2566');
    expect(toArabicDigits('')).toBe('');
  });
});

describe('toThaiDigits', () => {
  it('replaces every Arabic digit with its Thai digit', () => {
    expect(toThaiDigits('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙');
    expect(toThaiDigits('2566')).toBe('๒๕๖๖');
  });

  it('keeps letters and punctuation', () => {
    expect(toThaiDigits('31 มี.ค. 2566')).toBe('๓๑ มี.ค. ๒๕๖๖');
  });

  it('is undone by toArabicDigits', () => {
    expect(toArabicDigits(toThaiDigits('31/03/2566 14:30'))).toBe('31/03/2566 14:30');
  });
});

describe('ceYear', () => {
  it.each([
    [2566, 2023],
    [2567, 2024],
    [2443, 1900],
    [2843, 2300],
    [2401, 1858],
    [2400, 2400],
    [2023, 2023],
    [1900, 1900],
  ])('reads the year %i as C.E. %i (above 2400 is B.E.)', (written, expected) => {
    expect(ceYear(written)).toBe(expected);
  });

  it('uses the threshold 2400 and the offset 543', () => {
    expect(BUDDHIST_YEAR_THRESHOLD).toBe(2400);
    expect(BUDDHIST_ERA_OFFSET).toBe(543);
  });
});

describe('buddhistYear', () => {
  it('adds 543: 2023 is 2566', () => {
    expect(buddhistYear(2023)).toBe(2566);
    expect(buddhistYear(1900)).toBe(2443);
  });

  it('is undone by ceYear for every accepted year', () => {
    for (let year = 1900; year <= 2300; year++) expect(ceYear(buddhistYear(year))).toBe(year);
  });
});

describe('monthFromName', () => {
  it.each([
    ['มกราคม', 1],
    ['กุมภาพันธ์', 2],
    ['มีนาคม', 3],
    ['เมษายน', 4],
    ['พฤษภาคม', 5],
    ['มิถุนายน', 6],
    ['กรกฎาคม', 7],
    ['สิงหาคม', 8],
    ['กันยายน', 9],
    ['ตุลาคม', 10],
    ['พฤศจิกายน', 11],
    ['ธันวาคม', 12],
  ])('reads the full name %s as month %i', (name, month) => {
    expect(monthFromName(name)).toBe(month);
  });

  it.each([
    ['ม.ค.', 1],
    ['ก.พ.', 2],
    ['มี.ค.', 3],
    ['เม.ย.', 4],
    ['พ.ค.', 5],
    ['มิ.ย.', 6],
    ['ก.ค.', 7],
    ['ส.ค.', 8],
    ['ก.ย.', 9],
    ['ต.ค.', 10],
    ['พ.ย.', 11],
    ['ธ.ค.', 12],
  ])('reads the abbreviation %s as month %i', (name, month) => {
    expect(monthFromName(name)).toBe(month);
  });

  it.each([
    ['มค', 1],
    ['กพ', 2],
    ['มีค', 3],
    ['เมย', 4],
    ['พค', 5],
    ['มิย', 6],
    ['กค', 7],
    ['สค', 8],
    ['กย', 9],
    ['ตค', 10],
    ['พย', 11],
    ['ธค', 12],
  ])('reads the abbreviation without dots %s as month %i', (name, month) => {
    expect(monthFromName(name)).toBe(month);
  });

  it.each([
    ['มี.ค', 3],
    ['มีค.', 3],
    ['มี. ค.', 3],
    [' เม.ย. ', 4],
  ])('reads the abbreviation with some dots or spaces %p as month %i', (name, month) => {
    expect(monthFromName(name)).toBe(month);
  });

  it.each([
    ['Jan', 1],
    ['jan', 1],
    ['JANUARY', 1],
    ['Mar', 3],
    ['March', 3],
    ['jun', 6],
    ['June', 6],
    ['jul', 7],
    ['Sep', 9],
    ['Sept', 9],
    ['December', 12],
    ['Dec.', 12],
  ])('reads the English name %s as month %i', (name, month) => {
    expect(monthFromName(name)).toBe(month);
  });

  it.each(['วันจันทร์', '', 'ma', 'ju', 'มีนา', 'foo', 'ม', '13'])('reads no month in %p', (name) => {
    expect(monthFromName(name)).toBeUndefined();
  });
});

describe('formatThaiDate', () => {
  it('writes the long form in B.E. by default: 25 ธันวาคม 2566', () => {
    expect(formatThaiDate(dayFromCivil(2023, 12, 25))).toBe('25 ธันวาคม 2566');
  });

  it('writes the short form with the dotted abbreviation', () => {
    expect(formatThaiDate(dayFromCivil(2023, 3, 31), { style: 'short' })).toBe('31 มี.ค. 2566');
  });

  it('writes the numeric form with two-digit day and month', () => {
    expect(formatThaiDate(dayFromCivil(2023, 3, 31), { style: 'numeric' })).toBe('31/03/2566');
    expect(formatThaiDate(dayFromCivil(2022, 10, 1), { style: 'numeric' })).toBe('01/10/2565');
  });

  it('writes Thai digits when asked', () => {
    expect(formatThaiDate(dayFromCivil(2023, 3, 31), { thaiDigits: true })).toBe('๓๑ มีนาคม ๒๕๖๖');
    expect(formatThaiDate(dayFromCivil(2023, 3, 31), { style: 'numeric', thaiDigits: true })).toBe(
      '๓๑/๐๓/๒๕๖๖',
    );
  });

  it('writes the leap day 29 กุมภาพันธ์ 2567', () => {
    expect(formatThaiDate(dayFromCivil(2024, 2, 29))).toBe('29 กุมภาพันธ์ 2567');
  });

  it('changes the B.E. year on 1 January', () => {
    expect(formatThaiDate(dayFromCivil(2023, 12, 31), { style: 'short' })).toBe('31 ธ.ค. 2566');
    expect(formatThaiDate(dayFromCivil(2024, 1, 1), { style: 'short' })).toBe('1 ม.ค. 2567');
  });

  it('writes the first accepted day as 1 มกราคม 2443', () => {
    expect(formatThaiDate(dayFromCivil(1900, 1, 1))).toBe('1 มกราคม 2443');
  });
});

describe('formatPercent', () => {
  it.each([
    [79.9, '79.9%'],
    [100, '100%'],
    [0, '0%'],
    [60.5, '60.5%'],
    [33.333, '33.33%'],
    [50.1, '50.1%'],
    [12.3, '12.3%'],
  ])('writes %p as %s', (percent, text) => {
    expect(formatPercent(percent)).toBe(text);
  });

  it.each([
    [79.999, '79.99%'],
    [79.9999999, '79.99%'],
    [49.995, '49.99%'],
    [99.999, '99.99%'],
    [0.001, '0%'],
    [57, '57%'],
    [0.57 * 100, '56.99%'],
  ])('never rounds up: %p is %s (issue 10, finding 15)', (percent, text) => {
    expect(formatPercent(percent)).toBe(text);
  });

  it('shows at most 2 decimals, never more than the progress, and less by under 0.01', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 0, max: 100, noNaN: true }),
          fc.integer({ min: 0, max: 10_000_000 }).map((units) => units / 100_000),
        ),
        (percent) => {
          const text = formatPercent(percent);
          expect(text).toMatch(/^\d{1,3}(\.\d{1,2})?%$/);
          const shown = Number(text.slice(0, -1));
          expect(shown).toBeLessThanOrEqual(percent);
          expect(percent - shown).toBeLessThan(0.01);
        },
      ),
    );
  });
});
