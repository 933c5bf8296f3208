import { readDateText } from '../../src/core/date-text';
import { dayFromCivil, dayFromIso } from '../../src/core/dates';

const dayOfText = (iso: string) => ({ kind: 'day', day: dayFromIso(iso) });

describe('readDateText', () => {
  describe('numeric forms', () => {
    it.each([
      ['2023-04-10', '2023-04-10'],
      ['2023/4/10', '2023-04-10'],
      ['2023.04.10', '2023-04-10'],
      ['2566-04-10', '2023-04-10'],
      ['10/4/2566', '2023-04-10'],
      ['10/04/2566', '2023-04-10'],
      ['10/04/2023', '2023-04-10'],
      ['10-04-2023', '2023-04-10'],
      ['10.4.2566', '2023-04-10'],
      ['31/03/2566', '2023-03-31'],
      ['1/10/2565', '2022-10-01'],
      ['30/9/2566', '2023-09-30'],
    ])('reads %s as %s', (text, iso) => {
      expect(readDateText(text)).toEqual(dayOfText(iso));
    });

    it('reads day first, never month first: 4/10/2566 is 4 October', () => {
      expect(readDateText('4/10/2566')).toEqual(dayOfText('2023-10-04'));
    });
  });

  describe('Buddhist Era years', () => {
    it.each([
      ['1/1/2443', '1900-01-01'],
      ['31/12/2843', '2300-12-31'],
      ['31/12/2566', '2023-12-31'],
      ['1/1/2567', '2024-01-01'],
    ])('reads the B.E. year of %s (minus 543) as %s', (text, iso) => {
      expect(readDateText(text)).toEqual(dayOfText(iso));
    });

    it('reads years up to 2300 as C.E.: 1/1/2300 is 2300-01-01', () => {
      expect(readDateText('1/1/2300')).toEqual(dayOfText('2300-01-01'));
    });
  });

  describe('two-digit years', () => {
    it.each([
      ['10/4/66', '2023-04-10'],
      ['10.4.66', '2023-04-10'],
      ['10-04-66', '2023-04-10'],
      ['10 เม.ย. 66', '2023-04-10'],
      ['1/1/00', '1957-01-01'],
      ['31/12/99', '2056-12-31'],
      ['1 ต.ค. 65', '2022-10-01'],
    ])('reads %s as B.E. 25yy: %s', (text, iso) => {
      expect(readDateText(text)).toEqual(dayOfText(iso));
    });
  });

  describe('Thai month names', () => {
    const months: readonly [number, string, string, string][] = [
      [1, 'มกราคม', 'ม.ค.', 'มค'],
      [2, 'กุมภาพันธ์', 'ก.พ.', 'กพ'],
      [3, 'มีนาคม', 'มี.ค.', 'มีค'],
      [4, 'เมษายน', 'เม.ย.', 'เมย'],
      [5, 'พฤษภาคม', 'พ.ค.', 'พค'],
      [6, 'มิถุนายน', 'มิ.ย.', 'มิย'],
      [7, 'กรกฎาคม', 'ก.ค.', 'กค'],
      [8, 'สิงหาคม', 'ส.ค.', 'สค'],
      [9, 'กันยายน', 'ก.ย.', 'กย'],
      [10, 'ตุลาคม', 'ต.ค.', 'ตค'],
      [11, 'พฤศจิกายน', 'พ.ย.', 'พย'],
      [12, 'ธันวาคม', 'ธ.ค.', 'ธค'],
    ];

    it.each(months)('reads month %i written in full: 1 %s 2566', (month, full) => {
      expect(readDateText(`1 ${full} 2566`)).toEqual({ kind: 'day', day: dayFromCivil(2023, month, 1) });
    });

    it.each(months)('reads month %i abbreviated with dots: 1 %s 2566', (month, _full, short) => {
      expect(readDateText(`1 ${short} 2566`)).toEqual({ kind: 'day', day: dayFromCivil(2023, month, 1) });
    });

    it.each(months)('reads month %i abbreviated without dots', (month, _full, _short, bare) => {
      expect(readDateText(`1 ${bare} 2566`)).toEqual({ kind: 'day', day: dayFromCivil(2023, month, 1) });
    });

    it.each([
      ['31 มีนาคม 2566', '2023-03-31'],
      ['31 มี.ค. 2566', '2023-03-31'],
      ['31 มี.ค 2566', '2023-03-31'],
      ['31มี.ค.2566', '2023-03-31'],
      ['31 ธ.ค.2566', '2023-12-31'],
      ['10เมษายน2566', '2023-04-10'],
      ['  10   เมษายน   2566  ', '2023-04-10'],
    ])('reads %s, however it is spaced', (text, iso) => {
      expect(readDateText(text)).toEqual(dayOfText(iso));
    });

    it.each([
      ['10 Apr 2023', '2023-04-10'],
      ['10 April 2023', '2023-04-10'],
      ['10 APRIL 2023', '2023-04-10'],
      ['1 Sept 2023', '2023-09-01'],
      ['25 Dec 2566', '2023-12-25'],
    ])('reads an English month name: %s', (text, iso) => {
      expect(readDateText(text)).toEqual(dayOfText(iso));
    });

    it('does not take a weekday name for a month', () => {
      expect(readDateText('10 วันจันทร์ 2566')).toEqual({ kind: 'unreadable' });
    });

    it('does not read an unknown word as a month', () => {
      expect(readDateText('10 foo 2566')).toEqual({ kind: 'unreadable' });
    });
  });

  describe('weekday names and era marks', () => {
    it.each([
      ['วันจันทร์ที่ 10 เมษายน พ.ศ. 2566', '2023-04-10'],
      ['วันอังคารที่ 11 เมษายน 2566', '2023-04-11'],
      ['วันพุธที่ 12 เม.ย. 2566', '2023-04-12'],
      ['วันพฤหัสบดีที่ 13 เมษายน 2566', '2023-04-13'],
      ['วันพฤหัสที่ 13 เมษายน 2566', '2023-04-13'],
      ['วันศุกร์ที่ 14 เมษายน 2566', '2023-04-14'],
      ['วันเสาร์ที่ 15 เมษายน 2566', '2023-04-15'],
      ['วันอาทิตย์ที่ 16 เมษายน 2566', '2023-04-16'],
      ['วันจันทร์ 10 เมษายน 2566', '2023-04-10'],
      ['วันที่ 10 เมษายน 2566', '2023-04-10'],
      ['วันที่ 10/4/2566', '2023-04-10'],
    ])('drops the weekday prefix of %s', (text, iso) => {
      expect(readDateText(text)).toEqual(dayOfText(iso));
    });

    it.each([
      ['10 เมษายน พ.ศ. 2566', '2023-04-10'],
      ['10 เมษายน พ.ศ.2566', '2023-04-10'],
      ['10 เมษายน พ. ศ. 2566', '2023-04-10'],
      ['31 ธันวาคม ค.ศ. 2023', '2023-12-31'],
    ])('drops the era mark of %s', (text, iso) => {
      expect(readDateText(text)).toEqual(dayOfText(iso));
    });
  });

  describe('Thai digits', () => {
    it.each([
      ['๓๑/๓/๒๕๖๖', '2023-03-31'],
      ['๑๐ เมษายน ๒๕๖๖', '2023-04-10'],
      ['๒๕๖๖-๐๔-๑๐', '2023-04-10'],
      ['๑๐/๔/๖๖', '2023-04-10'],
      ['วันจันทร์ที่ ๑๐ เม.ย. พ.ศ. ๒๕๖๖', '2023-04-10'],
    ])('reads %s like Arabic digits', (text, iso) => {
      expect(readDateText(text)).toEqual(dayOfText(iso));
    });
  });

  describe('a time after the date', () => {
    it.each([
      ['10/4/2566 14:30', '2023-04-10'],
      ['10/4/2566 14.30 น.', '2023-04-10'],
      ['10 เมษายน 2566 09:00:00', '2023-04-10'],
      ['2023-04-10T23:59:59', '2023-04-10'],
      ['2023-04-10 08:00:00+07:00', '2023-04-10'],
      ['2023-04-10T00:30:00.000+0700', '2023-04-10'],
    ])('is ignored in %s', (text, iso) => {
      expect(readDateText(text)).toEqual(dayOfText(iso));
    });
  });

  describe('impossible dates', () => {
    it.each([
      ['30/02/2566', 2023, 2],
      ['29/02/2566', 2023, 2],
      ['29 ก.พ. 2566', 2023, 2],
      ['29/02/2443', 1900, 2],
      ['29/02/1900', 1900, 2],
      ['31/04/2566', 2023, 4],
      ['31 เมษายน 2566', 2023, 4],
      ['32/01/2566', 2023, 1],
      ['0/01/2566', 2023, 1],
      ['10/13/2566', 2023, 13],
      ['10/0/2566', 2023, 0],
      ['2023-13-01', 2023, 13],
      ['2023-02-30', 2023, 2],
    ])('says %s does not exist, with its year (C.E.) and month', (text, year, month) => {
      expect(readDateText(text)).toEqual({ kind: 'impossible', year, month });
    });

    it.each([
      ['29/02/2567', '2024-02-29'],
      ['29 กุมภาพันธ์ 2567', '2024-02-29'],
      ['29/02/2543', '2000-02-29'],
      ['2000-02-29', '2000-02-29'],
    ])('accepts the leap day %s', (text, iso) => {
      expect(readDateText(text)).toEqual(dayOfText(iso));
    });
  });

  describe('years out of range', () => {
    it.each([
      '31/12/1899',
      '1/1/2844',
      '1/1/2301',
      '1/1/2400',
      '1/1/2401',
      '31/12/2442',
      '0010-04-10',
      '10 เมษายน 3000',
    ])('rejects the year of %s', (text) => {
      expect(readDateText(text)).toEqual({ kind: 'yearOutOfRange' });
    });

    it('checks the year before the day: 30/02/2900 is out of range', () => {
      expect(readDateText('30/02/2900')).toEqual({ kind: 'yearOutOfRange' });
    });
  });

  describe('unreadable text', () => {
    it.each([
      '',
      '   ',
      'hello',
      'วันจันทร์',
      '2566',
      '10/4',
      '10/4/566',
      '1/2/3',
      '10/4/25660',
      'due 10/4/2566',
      '10/4/2566 late',
      '45026',
    ])('cannot read %p', (text) => {
      expect(readDateText(text)).toEqual({ kind: 'unreadable' });
    });
  });
});
