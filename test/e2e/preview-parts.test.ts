/**
 * The preview's own rules, without a browser: what typing puts in a cell, how a
 * value shows under its number format, the preview's clock, what
 * `google.script.run` lets through, and links into the preview's Drive.
 */

import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeDrive } from '../../emulator/documents';
import { displayText, inputText } from '../../preview/server/cell-format';
import { contentOfInput } from '../../preview/server/cell-input';
import { previewClock } from '../../preview/server/clock';
import { docHtml } from '../../preview/server/doc-html';
import { companionFiles, transportable, Workbook } from '../../preview/server/workbook';
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
    // Set-up removed the new file's empty, untouched Sheet1 (issue 11).
    expect(first.state().tabs).toEqual(['ตั้งค่า', 'วันหยุด', 'บัตรตัวชี้วัด', 'รอบ 1/2566', 'รอบ 2/2566']);
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

/**
 * A copy of the sample's three data files in a folder of its own, made once (the
 * add-on's set-up through dist/ takes seconds) and copied for each test.
 */
function sampleCopies(): { copy(): string; cleanUp(): void } {
  const root = mkdtempSync(join(tmpdir(), 'kpi-sample-'));
  const original = join(root, 'original', 'spreadsheet.json');
  let made = false;
  let count = 0;
  return {
    copy() {
      if (!made) {
        new Workbook({ distDir: DIST, dataFile: original, now: previewClock('2023-10-16').now });
        made = true;
      }
      const folder = join(root, `copy-${++count}`);
      const dataFile = join(folder, 'spreadsheet.json');
      mkdirSync(folder, { recursive: true });
      for (const [from, to] of [
        [original, dataFile],
        [companionFiles(original).drive, companionFiles(dataFile).drive],
        [companionFiles(original).properties, companionFiles(dataFile).properties],
      ] as const) {
        copyFileSync(from, to);
      }
      return dataFile;
    },
    cleanUp: () => rmSync(root, { recursive: true, force: true }),
  };
}

describe('the preview’s data files', () => {
  const samples = sampleCopies();
  afterAll(() => samples.cleanUp());
  const ROUND_2 = 'รอบ 2/2566';

  function open(dataFile: string, log: string[] = []): Workbook {
    return new Workbook({
      distDir: DIST,
      dataFile,
      now: previewClock('2023-10-16').now,
      log: (line) => log.push(line),
    });
  }

  function rowOf(workbook: Workbook, name: string): number {
    const names = workbook.current.tab(ROUND_2).peekValues({ row: 1, column: 1, rows: 40, columns: 1 });
    return names.findIndex((line) => line[0] === name) + 1;
  }

  it('text that looks like a formula, added by the add-on as text, is the same text after a restart', () => {
    const dataFile = samples.copy();
    const name = '=IMPORTXML("https://example.test/x","//a")';
    const added = open(dataFile).run('addDivision', [name, '=1+1']);
    expect(added.ok && (added.value as { ok: boolean }).ok).toBe(true);
    const again = open(dataFile);
    const row = rowOf(again, name);
    expect(row).toBeGreaterThan(1);
    const tab = again.current.tab(ROUND_2);
    expect([tab.valueAt(row, 1), tab.formulaAt(row, 1), tab.valueAt(row, 2), tab.formulaAt(row, 2)]).toEqual([
      name,
      '',
      '=1+1',
      '',
    ]);
    const cells = again.sheet(ROUND_2).cells[row - 1];
    expect([cells?.[0]?.text, cells?.[0]?.computed, cells?.[1]?.text]).toEqual([name, undefined, '=1+1']);
  });

  it('a restart changes nothing in the data files', () => {
    const dataFile = samples.copy();
    const first = open(dataFile);
    first.edit(ROUND_2, 3, 15, "'=SUM(1,2)");
    first.edit(ROUND_2, 4, 15, "''quoted");
    const files = [dataFile, companionFiles(dataFile).drive, companionFiles(dataFile).properties];
    const before = files.map((file) => readFileSync(file, 'utf8'));
    const again = open(dataFile);
    again.save();
    expect(files.map((file) => readFileSync(file, 'utf8'))).toEqual(before);
    expect(again.current.tab(ROUND_2).valueAt(3, 15)).toBe('=SUM(1,2)');
    expect(again.current.tab(ROUND_2).valueAt(4, 15)).toBe("'quoted");
  });

  it('a formula typed into a data cell is cleared by deleting the cell’s content', () => {
    const workbook = open(samples.copy());
    workbook.edit(ROUND_2, 3, 15, '=1+1');
    expect(workbook.current.tab(ROUND_2).formulaAt(3, 15)).toBe('=1+1');
    const typed = workbook.sheet(ROUND_2).cells[2]?.[14];
    // Not protected and not spilled: the page lets the user edit or delete it.
    expect([typed?.computed, typed?.protection, typed?.spilled]).toEqual([true, undefined, undefined]);
    workbook.edit(ROUND_2, 3, 15, '');
    const tab = workbook.current.tab(ROUND_2);
    expect([tab.formulaAt(3, 15), tab.valueAt(3, 15)]).toEqual(['', '']);
  });

  it('a damaged Drive file is set aside alone: the spreadsheet is kept', () => {
    const dataFile = samples.copy();
    open(dataFile).edit(ROUND_2, 3, 15, 'เก็บไว้');
    const drive = companionFiles(dataFile).drive;
    writeFileSync(drive, '{"format": "kpi-sheets/fake-drive@2", "files": [');
    const log: string[] = [];
    const workbook = open(dataFile, log);
    expect(workbook.current.tab(ROUND_2).valueAt(3, 15)).toBe('เก็บไว้');
    const aside = asideFiles(drive);
    expect(aside).toHaveLength(1);
    expect(readFileSync(aside[0] as string, 'utf8')).toBe('{"format": "kpi-sheets/fake-drive@2", "files": [');
    expect(log.join('\n')).toContain(aside[0]);
    expect(asideFiles(dataFile)).toEqual([]);
    // The Drive starts empty and is saved as a readable file again.
    expect(JSON.parse(readFileSync(drive, 'utf8')).format).toBe('kpi-sheets/fake-drive@2');
  });

  it('a damaged spreadsheet file is set aside alone: the Drive and the properties are kept', () => {
    const dataFile = samples.copy();
    const first = open(dataFile);
    const folder = first.drive.addFolder('รายงานที่ทำไว้แล้ว');
    first.save();
    const companions = companionFiles(dataFile);
    writeFileSync(companions.properties, JSON.stringify({ kept: 'ค่าเดิม' }));
    writeFileSync(dataFile, '{ not json');
    const log: string[] = [];
    const workbook = open(dataFile, log);
    expect(workbook.drive.folderInfo(folder.id).name).toBe('รายงานที่ทำไว้แล้ว');
    expect(JSON.parse(readFileSync(companions.properties, 'utf8')).kept).toBe('ค่าเดิม');
    expect(asideFiles(dataFile).map((file) => readFileSync(file, 'utf8'))).toEqual(['{ not json']);
    expect(asideFiles(companions.drive)).toEqual([]);
    expect(log.join('\n')).toContain(asideFiles(dataFile)[0]);
    // The spreadsheet is the sample again.
    expect(workbook.sheet(ROUND_2).cells[1]?.[0]?.text).toBe('สำนักบริหารกลาง');
  });

  it.each([
    ['not JSON', '{'],
    ['not a text per key', '{"batch": 3}'],
    ['not an object', '["a"]'],
  ])('a damaged properties file (%s) is set aside alone', (_, text) => {
    const dataFile = samples.copy();
    open(dataFile).edit(ROUND_2, 3, 15, 'เก็บไว้');
    const properties = companionFiles(dataFile).properties;
    writeFileSync(properties, text);
    const workbook = open(dataFile);
    expect(workbook.current.tab(ROUND_2).valueAt(3, 15)).toBe('เก็บไว้');
    expect(asideFiles(properties).map((file) => readFileSync(file, 'utf8'))).toEqual([text]);
    expect(asideFiles(dataFile)).toEqual([]);
  });
});

/** The files a damaged `file` was moved to. */
function asideFiles(file: string): string[] {
  const folder = join(file, '..');
  const base = file.slice(folder.length + 1);
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.startsWith(`${base}.broken-`))
        .map((name) => join(folder, name))
    : [];
}

describe('links in the preview', () => {
  const samples = sampleCopies();
  afterAll(() => samples.cleanUp());
  const ROUND_2 = 'รอบ 2/2566';
  const INERT = [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://drive.google.com@evil.test/',
  ];

  it('the grid makes a link of an http(s) address only, a Drive one opening from the preview’s Drive', () => {
    const workbook = new Workbook({
      distDir: DIST,
      dataFile: samples.copy(),
      now: previewClock('2023-10-16').now,
    });
    const typed = [
      'https://example.org/kpi/review.pdf',
      'https://docs.google.com/document/d/doc-3/edit',
      ...INERT,
    ];
    for (const [index, text] of typed.entries()) workbook.edit(ROUND_2, 3 + index, 15, `'${text}`);
    const cells = workbook
      .sheet(ROUND_2)
      .cells.slice(2, 2 + typed.length)
      .map((line) => line[14]);
    expect(cells.map((cell) => cell?.link)).toEqual([
      'https://example.org/kpi/review.pdf',
      '/drive/doc-3',
      ...INERT.map(() => undefined),
    ]);
  });

  it('a Doc’s page links only http(s) addresses; any other link is shown as its text, inert', () => {
    const drive = new FakeDrive();
    const file = drive.addDocument('รายงาน');
    const doc = drive.document(file.id);
    for (const link of ['https://example.org/ok', ...INERT]) {
      doc.appendParagraph({ text: [{ text: 'เปิดหลักฐาน', link }] });
    }
    doc.saveAndClose();
    const html = docHtml('รายงาน', doc.saved());
    const hrefs = [...html.matchAll(/<a\b[^>]*href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual(['https://example.org/ok']);
    expect(html.match(/เปิดหลักฐาน/g)).toHaveLength(1 + INERT.length);
    expect(html).not.toMatch(/javascript:|data:text/i);
  });
});
