/** @jest-environment jsdom */

import { installFakeScript, removeFakeScript } from './fake-script-run';
import { focusLabel, loadPage, settle, tabOrder } from './page';

const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (found === null) throw new Error(`nothing matches ${selector}`);
  return found;
};

beforeEach(() => {
  jest.useFakeTimers();
});

afterEach(() => {
  jest.clearAllTimers();
  jest.useRealTimers();
  removeFakeScript();
});

describe('the add-division dialog', () => {
  it('is the form alone, labelled, with the name field focused', () => {
    installFakeScript({});
    loadPage('add-division');
    expect(document.documentElement.lang).toBe('th');
    expect(document.title).toBe('เพิ่มหน่วยงาน');
    expect($('h1').textContent).toBe('เพิ่มหน่วยงาน');
    expect(tabOrder().map(focusLabel)).toEqual([
      'input:ชื่อหน่วยงาน',
      'input:หัวหน้าหน่วยงาน',
      'button:เพิ่มหน่วยงาน',
    ]);
    expect(document.activeElement).toBe($('#division-name'));
  });

  it('sends trimmed values, shows the answer, and closes a moment later', async () => {
    const fake = installFakeScript({
      addDivision: (name, head) => ({ ok: true, message: `เพิ่มหน่วยงาน "${name}" (${head}) แล้ว` }),
    });
    loadPage('add-division');
    $<HTMLInputElement>('#division-name').value = ' กองนโยบายและแผน  ';
    $<HTMLInputElement>('#division-head').value = '\tนายประเสริฐ มั่นคง ';
    $<HTMLButtonElement>('button[type="submit"]').click();
    await settle();
    expect(fake.calls).toEqual([{ name: 'addDivision', args: ['กองนโยบายและแผน', 'นายประเสริฐ มั่นคง'] }]);
    expect($('.form-result').textContent).toBe('เพิ่มหน่วยงาน "กองนโยบายและแผน" (นายประเสริฐ มั่นคง) แล้ว');
    expect(fake.closed).toBe(0);
    await jest.advanceTimersByTimeAsync(1500);
    expect(fake.closed).toBe(1);
  });

  it('a refusal stays open with the message', async () => {
    const fake = installFakeScript({ addDivision: () => ({ ok: false, message: 'มีหน่วยงานชื่อนี้อยู่แล้ว' }) });
    loadPage('add-division');
    $<HTMLInputElement>('#division-name').value = 'กองคลัง';
    $<HTMLButtonElement>('button[type="submit"]').click();
    await jest.advanceTimersByTimeAsync(5000);
    expect($('.form-result').textContent).toBe('มีหน่วยงานชื่อนี้อยู่แล้ว');
    expect($('.form-result').classList.contains('tone-error')).toBe(true);
    expect(fake.closed).toBe(0);
  });

  it('a failed call shows the Thai error banner and stays open', async () => {
    const fake = installFakeScript({
      addDivision: () => {
        throw new Error('Exception: Service Spreadsheets timed out while accessing document');
      },
    });
    loadPage('add-division');
    $<HTMLInputElement>('#division-name').value = 'กองคลัง';
    $<HTMLButtonElement>('button[type="submit"]').click();
    await jest.advanceTimersByTimeAsync(5000);
    expect($('.banner-message').textContent).toBe(
      'ติดต่อ Google Sheets ไม่สำเร็จ: Service Spreadsheets timed out while accessing document',
    );
    expect($('.form-result').textContent).toBe('');
    expect(fake.closed).toBe(0);
  });

  it('a second click while the first is on its way sends nothing more', async () => {
    const fake = installFakeScript({ addDivision: () => ({ ok: true, message: 'แล้ว' }) });
    loadPage('add-division');
    $<HTMLInputElement>('#division-name').value = 'กองคลัง';
    $<HTMLButtonElement>('button[type="submit"]').click();
    $<HTMLButtonElement>('button[type="submit"]').click();
    await settle();
    expect(fake.count('addDivision')).toBe(1);
  });
});
