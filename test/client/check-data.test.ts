/** @jest-environment jsdom */

import { installFakeScript, removeFakeScript } from './fake-script-run';
import { PROBLEMS } from './fixtures';
import { loadPage, settle } from './page';

const $$ = (selector: string) => Array.from(document.querySelectorAll<HTMLElement>(selector));
const text = (selector: string) => document.querySelector(selector)?.textContent ?? '';

beforeEach(() => {
  jest.useFakeTimers();
});

afterEach(() => {
  jest.clearAllTimers();
  jest.useRealTimers();
  removeFakeScript();
});

describe('the check-data dialog', () => {
  it('checks at once and lists each bad cell with its sheet, A1 address and message', async () => {
    const fake = installFakeScript({ checkData: () => [...PROBLEMS], selectCell: () => undefined });
    loadPage('check-data');
    expect(document.title).toBe('ตรวจข้อมูล');
    expect(text('h1')).toBe('ตรวจข้อมูล');
    expect(text('.status')).toBe('กำลังตรวจข้อมูล…');
    await settle();
    expect(fake.count('checkData')).toBe(1);
    expect(text('.status')).toBe('พบปัญหา 3 รายการ เลือกรายการเพื่อไปยังเซลล์นั้น');
    expect(
      $$('.problem-item').map((item) => [
        item.querySelector('.problem-sheet')?.textContent,
        item.querySelector('.problem-cell')?.textContent,
        item.querySelector('.problem-message')?.textContent,
      ]),
    ).toEqual(PROBLEMS.map((problem) => [`ชีต ${problem.sheetName}`, problem.cell, problem.message]));
  });

  it('activating an item selects its sheet and cell', async () => {
    const fake = installFakeScript({ checkData: () => [...PROBLEMS], selectCell: () => undefined });
    loadPage('check-data');
    await settle();
    const second = $$('.problem-item')[1] as HTMLButtonElement;
    // A native button: Enter and Space activate it as a click does.
    expect(second.tagName).toBe('BUTTON');
    second.focus();
    second.click();
    await settle();
    expect(fake.calls.filter((call) => call.name === 'selectCell')).toEqual([
      { name: 'selectCell', args: ['รอบ 1', 'K7'] },
    ]);
    expect(text('.status')).toBe('เลือกเซลล์ K7 ในชีต รอบ 1 แล้ว');
    expect(document.activeElement).toBe(second);
  });

  it('no problem says the data is clean, and "check again" checks again', async () => {
    const fake = installFakeScript({ checkData: () => [] });
    loadPage('check-data');
    await settle();
    expect(text('.status')).toBe('ไม่พบปัญหา ข้อมูลถูกต้องทั้งหมด');
    expect($$('.problem-item')).toHaveLength(0);
    const again = document.querySelector<HTMLButtonElement>('.primary');
    expect(again?.textContent).toBe('ตรวจอีกครั้ง');
    fake.handlers.checkData = () => PROBLEMS.slice(0, 1);
    again?.click();
    await settle();
    expect(fake.count('checkData')).toBe(2);
    expect($$('.problem-cell').map((cell) => cell.textContent)).toEqual(['E5']);
  });

  it('a failed check shows the Thai error banner', async () => {
    installFakeScript({
      checkData: () => {
        throw new Error('Exception: You do not have permission to access the requested document.');
      },
    });
    loadPage('check-data');
    await settle();
    expect(text('.banner-message')).toBe(
      'ติดต่อ Google Sheets ไม่สำเร็จ: You do not have permission to access the requested document.',
    );
    expect(text('.status')).toBe('');
  });
});
