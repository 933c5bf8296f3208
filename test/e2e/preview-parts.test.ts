/**
 * The preview's own rules, without a browser: what typing puts in a cell, how a
 * value shows under its number format, the preview's clock, what
 * `google.script.run` lets through, and links into the preview's Drive.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { displayText, inputText } from '../../preview/server/cell-format';
import { contentOfInput } from '../../preview/server/cell-input';
import { previewClock } from '../../preview/server/clock';
import { transportable, Workbook } from '../../preview/server/workbook';
import { previewLink } from '../../preview/shared/drive-links';
import { DIST } from '../bundle/dist';

describe('what typing puts in a cell', () => {
  it.each([
    ['60', undefined, { kind: 'value', value: 60 }],
    ['1,250.5', undefined, { kind: 'value', value: 1250.5 }],
    ['60%', undefined, { kind: 'value', value: 0.6, numberFormat: '0%' }],
    ['60%', '0%', { kind: 'value', value: 0.6 }],
    ['true', undefined, { kind: 'value', value: true }],
    ['FALSE', undefined, { kind: 'value', value: false }],
    ['16/10/2023', undefined, { kind: 'value', value: 45215, numberFormat: 'd/m/yyyy' }],
    ['2023-10-16', 'd/m/yyyy', { kind: 'value', value: 45215 }],
    ['16/10/2566', 'd/m/yyyy', { kind: 'value', value: '16/10/2566' }],
    ['31/9/2023', 'd/m/yyyy', { kind: 'value', value: '31/9/2023' }],
    ['12 ต.ค. 2566', 'd/m/yyyy', { kind: 'value', value: '12 ต.ค. 2566' }],
    ['=KPILEVEL(1, C2:E)', undefined, { kind: 'formula', formula: '=KPILEVEL(1, C2:E)' }],
    ["'60", undefined, { kind: 'value', value: "'60" }],
    ['60', '@', { kind: 'value', value: '60' }],
    ['  ', undefined, { kind: 'value', value: '' }],
  ])('%s (format %s)', (input, format, content) => {
    expect(contentOfInput(input, format)).toEqual(content);
  });

  it('a checkbox’s new state is a boolean', () => {
    expect(contentOfInput(true, undefined)).toEqual({ kind: 'value', value: true });
  });
});

describe('how a value shows', () => {
  it.each([
    [45026, 'd/m/yyyy', '10/4/2023'],
    [45026, 'dd/mm/yyyy', '10/04/2023'],
    [0.05, '0%', '5%'],
    [0.1, '0.00', '0.10'],
    [2566, '0', '2566'],
    [0.30000000000000004, undefined, '0.3'],
    [0.185, undefined, '0.185'],
    [true, undefined, 'TRUE'],
    ['ข้อความ', '@', 'ข้อความ'],
  ])('%p under %s is %s', (value, format, text) => {
    expect(displayText(value, format, 'Asia/Bangkok')).toBe(text);
  });

  it('a date cell shows its Bangkok day, and the formula bar what one would type', () => {
    const midnight = new Date('2023-10-15T17:00:00Z');
    expect(displayText(midnight, undefined, 'Asia/Bangkok')).toBe('16/10/2023');
    expect(inputText(0.6, '0%', 'Asia/Bangkok')).toBe('60%');
    expect(inputText(45026, 'd/m/yyyy', 'Asia/Bangkok')).toBe('10/4/2023');
    expect(inputText(0.6, undefined, 'Asia/Bangkok')).toBe('0.6');
  });
});

describe('the preview’s clock', () => {
  it('is on the day asked, in Bangkok, and runs', () => {
    const clock = previewClock('2023-10-16');
    const now = new Date(clock.now());
    const bangkok = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect(bangkok).toBe('2023-10-16');
  });

  it('is the machine’s with "now", and refuses other words', () => {
    expect(Math.abs(previewClock('now').now() - Date.now())).toBeLessThan(1000);
    expect(() => previewClock('tomorrow')).toThrow('PREVIEW_TODAY must be yyyy-mm-dd or now');
  });
});

describe('what google.script.run hands to the page', () => {
  it('plain data passes; a value holding a Date or a function is null, as in Apps Script', () => {
    expect(transportable({ ok: true, list: [1, 'ก'] })).toEqual({ ok: true, list: [1, 'ก'] });
    expect(transportable(undefined)).toBeNull();
    expect(transportable({ when: new Date(0) })).toBeNull();
    expect(transportable({ run: () => 1 })).toBeNull();
  });
});

describe('links into the preview’s Drive', () => {
  it.each([
    ['https://docs.google.com/document/d/doc-3/edit', '/drive/doc-3'],
    ['https://drive.google.com/file/d/pdf-4/view', '/drive/pdf-4'],
    ['https://drive.google.com/drive/folders/folder-1', '/drive/folder-1'],
    ['https://example.org/kpi/review.pdf', 'https://example.org/kpi/review.pdf'],
  ])('%s opens at %s', (url, local) => {
    expect(previewLink(url)).toBe(local);
  });
});

describe('the preview’s workbook', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kpi-workbook-'));
  const dataFile = join(folder, 'spreadsheet.json');
  const open = () => new Workbook({ distDir: DIST, dataFile, now: previewClock('2023-10-16').now });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('starts from the sample, made by the add-on’s own set-up, and keeps edits across a restart', () => {
    const first = open();
    expect(first.state().tabs).toEqual(['ตั้งค่า', 'วันหยุด', 'Sheet1', 'รอบ 1/2566', 'รอบ 2/2566']);
    expect(first.state().menus.map((menu) => [menu.kind, menu.title])).toEqual([['add-on', 'KPI']]);
    const division = first.sheet('รอบ 2/2566').cells[1]?.[0]?.text;
    expect(division).toBe('สำนักบริหารกลาง');
    first.edit('รอบ 2/2566', 2, 15, 'ทดสอบการบันทึก');
    const again = open();
    expect(again.sheet('รอบ 2/2566').cells[1]?.[14]?.text).toBe('ทดสอบการบันทึก');
    again.reset();
    expect(open().sheet('รอบ 2/2566').cells[1]?.[14]?.text).not.toBe('ทดสอบการบันทึก');
  });

  it('runs the add-on’s functions as google.script.run does, failures as messages', () => {
    const workbook = open();
    workbook.select('รอบ 1/2566', 3, 1);
    const data = workbook.run('getSidebarData');
    expect(data.ok && (data.value as { division: { name: string } }).division.name).toBe('กองคลัง');
    expect(workbook.run('noSuchFunction')).toEqual({
      ok: false,
      error: 'Script function not found: noSuchFunction',
    });
    expect(workbook.run('selectCell', ['ไม่มีแท็บนี้', 'A1'])).toEqual({ ok: false, error: 'ไม่พบแท็บ "ไม่มีแท็บนี้"' });
  });
});
