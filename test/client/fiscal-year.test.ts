/** @jest-environment jsdom */

import { FISCAL_YEAR } from '../../src/core/messages';
import { installFakeScript, removeFakeScript } from './fake-script-run';
import { focusLabel, loadPage, settle, tabOrder } from './page';

const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (found === null) throw new Error(`nothing matches ${selector}`);
  return found;
};

const PLAN = {
  latestYear: 2569,
  year: 2570,
  due: [
    { round: 1 as const, text: '10/4/2027' },
    { round: 2 as const, text: '10/10/2027' },
  ],
};

function type(selector: string, value: string, event: 'input' | 'change' = 'input'): void {
  const input = $<HTMLInputElement>(selector);
  input.value = value;
  input.dispatchEvent(new Event(event, { bubbles: true }));
}

beforeEach(() => {
  jest.useFakeTimers();
});

afterEach(() => {
  jest.clearAllTimers();
  jest.useRealTimers();
  removeFakeScript();
});

describe('the new-fiscal-year dialog', () => {
  it('asks for the plan and shows the year and the due dates moved on, labelled, the year focused', async () => {
    const fake = installFakeScript({ getFiscalYearPlan: () => PLAN });
    loadPage('fiscal-year');
    expect(document.documentElement.lang).toBe('th');
    expect(document.title).toBe('เริ่มปีงบประมาณใหม่');
    expect($('h1').textContent).toBe('เริ่มปีงบประมาณใหม่');
    await settle();
    expect(fake.calls).toEqual([{ name: 'getFiscalYearPlan', args: [] }]);
    expect(tabOrder().map(focusLabel)).toEqual([
      'input:ปีงบประมาณ (พ.ศ.)',
      'input:วันครบกำหนดส่งรายงาน รอบ 1',
      'input:วันครบกำหนดส่งรายงาน รอบ 2',
      'button:เริ่มปีงบประมาณใหม่',
    ]);
    expect($<HTMLInputElement>('#fiscal-year').value).toBe('2570');
    expect($<HTMLInputElement>('#due-round-1').value).toBe('10/4/2027');
    expect($<HTMLInputElement>('#due-round-2').value).toBe('10/10/2027');
    expect($('.fiscal-year-intro').textContent).toBe(FISCAL_YEAR.intro(2569));
    expect($('#due-round-1-hint').textContent).toBe(FISCAL_YEAR.dueHint);
    expect(document.activeElement).toBe($('#fiscal-year'));
  });

  it('moves the dates to another year typed, but keeps a date the user typed', async () => {
    const fake = installFakeScript({
      getFiscalYearPlan: (year) =>
        year === '2571'
          ? {
              ...PLAN,
              year: 2571,
              due: [
                { round: 1, text: '10/4/2028' },
                { round: 2, text: '10/10/2028' },
              ],
            }
          : PLAN,
    });
    loadPage('fiscal-year');
    await settle();
    type('#due-round-2', '9/10/2028');
    type('#fiscal-year', ' 2571 ', 'change');
    await settle();
    expect(fake.calls.map((call) => call.args)).toEqual([[], ['2571']]);
    expect($<HTMLInputElement>('#due-round-1').value).toBe('10/4/2028');
    expect($<HTMLInputElement>('#due-round-2').value).toBe('9/10/2028');
  });

  it('sends the year and the dates as typed, trimmed, and shows the answer', async () => {
    const fake = installFakeScript({
      getFiscalYearPlan: () => PLAN,
      startNewFiscalYear: (year) => ({ ok: true, message: `เริ่มปีงบประมาณ ${year} แล้ว` }),
    });
    loadPage('fiscal-year');
    await settle();
    type('#due-round-1', ' 20/4/2027 ');
    $<HTMLButtonElement>('button[type="submit"]').click();
    expect($('.form-result').textContent).toBe(FISCAL_YEAR.working);
    await settle();
    expect(fake.calls[1]).toEqual({
      name: 'startNewFiscalYear',
      args: ['2570', ['20/4/2027', '10/10/2027']],
    });
    expect($('.form-result').textContent).toBe('เริ่มปีงบประมาณ 2570 แล้ว');
    expect($('.form-result').classList.contains('tone-ok')).toBe(true);
    expect($<HTMLButtonElement>('button[type="submit"]').disabled).toBe(true);
  });

  it('shows a refusal as an error and lets the user try again', async () => {
    const refusal = FISCAL_YEAR.yearExists(2570, ['รอบ 1/2570', 'รอบ 2/2570']);
    const fake = installFakeScript({
      getFiscalYearPlan: () => PLAN,
      startNewFiscalYear: () => ({ ok: false, message: refusal }),
    });
    loadPage('fiscal-year');
    await settle();
    $<HTMLButtonElement>('button[type="submit"]').click();
    await settle();
    expect($('.form-result').textContent).toBe(refusal);
    expect($('.form-result').classList.contains('tone-error')).toBe(true);
    $<HTMLButtonElement>('button[type="submit"]').click();
    await settle();
    expect(fake.count('startNewFiscalYear')).toBe(2);
  });

  it('shows a failed call in the banner', async () => {
    installFakeScript({
      getFiscalYearPlan: () => {
        throw new Error('Exception: ไม่มีสิทธิ์แก้ไขสเปรดชีตนี้');
      },
    });
    loadPage('fiscal-year');
    await settle();
    expect($('.errors').textContent).toContain('ไม่มีสิทธิ์แก้ไขสเปรดชีตนี้');
  });
});
