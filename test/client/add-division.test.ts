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
    // The list's fields are inside the closed "add many" section (the helper lists them all).
    expect(tabOrder().map(focusLabel)).toEqual([
      'input:ชื่อหน่วยงาน',
      'input:ชื่อผู้อำนวยการ',
      'input:ผู้รายงาน (ไม่บังคับ)',
      'input:โทรศัพท์ผู้รายงาน (ไม่บังคับ)',
      'input:รอบ 1',
      'input:รอบ 2',
      'button:เพิ่มหน่วยงาน',
      'textarea:',
      'input:รอบ 1',
      'input:รอบ 2',
      'button:เพิ่มทั้งรายการ',
    ]);
    expect($<HTMLDetailsElement>('.add-many').open).toBe(false);
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
    expect(fake.calls).toEqual([
      {
        name: 'addDivision',
        args: ['กองนโยบายและแผน', 'นายประเสริฐ มั่นคง', { reporter: '', reporterPhone: '', rounds: [1, 2] }],
      },
    ]);
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

  it('sends the reporter, the phone and the rounds that apply: round 2 only', async () => {
    const fake = installFakeScript({ addDivision: () => ({ ok: true, message: 'แล้ว' }) });
    loadPage('add-division');
    $<HTMLInputElement>('#division-name').value = 'กองใหม่';
    $<HTMLInputElement>('#division-reporter').value = ' นางสาวรายงาน ';
    $<HTMLInputElement>('#division-reporter-phone').value = '0812345678';
    expect($<HTMLInputElement>('#division-round-1').checked).toBe(true);
    expect($<HTMLInputElement>('#division-round-2').checked).toBe(true);
    $<HTMLInputElement>('#division-round-1').click();
    $<HTMLButtonElement>('button[type="submit"]').click();
    await settle();
    expect(fake.calls).toEqual([
      {
        name: 'addDivision',
        args: ['กองใหม่', '', { reporter: 'นางสาวรายงาน', reporterPhone: '0812345678', rounds: [2] }],
      },
    ]);
    // Once added, both rounds are ticked again for the next division.
    expect($<HTMLInputElement>('#division-round-1').checked).toBe(true);
  });

  it('no round ticked is refused here, nothing sent', async () => {
    const fake = installFakeScript({ addDivision: () => ({ ok: true, message: 'แล้ว' }) });
    loadPage('add-division');
    $<HTMLInputElement>('#division-name').value = 'กองใหม่';
    $<HTMLInputElement>('#division-round-1').click();
    $<HTMLInputElement>('#division-round-2').click();
    $<HTMLButtonElement>('button[type="submit"]').click();
    await settle();
    expect(fake.calls).toEqual([]);
    expect($('.form-result').textContent).toBe('กรุณาเลือกอย่างน้อยหนึ่งรอบที่หน่วยงานต้องประเมิน');
  });

  it('a name over 150 characters is kept whole in the box and refused with its length, nothing sent', async () => {
    const fake = installFakeScript({ addDivision: () => ({ ok: true, message: 'แล้ว' }) });
    loadPage('add-division');
    const name = $<HTMLInputElement>('#division-name');
    expect(name.hasAttribute('maxlength')).toBe(false);
    expect($('#division-name-limit').textContent).toBe('ไม่เกิน 150 ตัวอักษร');
    name.value = 'สำนัก'.repeat(40);
    expect(name.value).toHaveLength(200);
    $<HTMLButtonElement>('button[type="submit"]').click();
    await settle();
    expect(fake.calls).toEqual([]);
    expect($('.form-result').textContent).toBe(
      'ชื่อหน่วยงานยาว 200 ตัวอักษร เกินกำหนด 150 ตัวอักษร (นับสระและวรรณยุกต์ด้วย) กรุณาย่อชื่อ',
    );
    expect(name.getAttribute('aria-invalid')).toBe('true');
    name.value = 'ก'.repeat(150);
    $<HTMLButtonElement>('button[type="submit"]').click();
    await settle();
    expect(fake.count('addDivision')).toBe(1);
  });

  it('adds a pasted list in one call with its rounds, and shows every refused line', async () => {
    const refusal = 'ยังไม่ได้เพิ่มหน่วยงานใดเลย: รายการมีปัญหา 1 บรรทัด\nบรรทัด 2: เป็นบรรทัดว่าง (ลบบรรทัดนี้)';
    const fake = installFakeScript({ addDivisions: () => ({ ok: false, message: refusal }) });
    loadPage('add-division');
    expect($('.add-many summary').textContent).toBe('เพิ่มหลายหน่วยงานพร้อมกัน');
    expect($('#division-list-help').textContent).toContain('คั่นด้วยจุลภาค (,)');
    const list = $<HTMLTextAreaElement>('#division-list');
    list.value = 'กองก, นายก\n\nกองข\tนายข';
    $<HTMLInputElement>('#division-list-round-2').click();
    $<HTMLButtonElement>('.add-division-list button[type="submit"]').click();
    await settle();
    expect(fake.calls).toEqual([{ name: 'addDivisions', args: ['กองก, นายก\n\nกองข\tนายข', [1]] }]);
    expect($('.list-result').textContent).toBe(refusal);
    expect($('.list-result').classList.contains('tone-error')).toBe(true);
    expect(list.value).toBe('กองก, นายก\n\nกองข\tนายข');
    expect(fake.closed).toBe(0);
  });
});
