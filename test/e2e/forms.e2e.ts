/**
 * The printed forms of issue 11, as an office would file them: the preview's
 * sample, a division's form and a round's summary generated through the sidebar,
 * their PDFs (made by the preview as Google would print the Doc) read page by page
 * with poppler's `pdfinfo` and `pdftotext`, and rendered to PNG for a person to
 * look at. A row with a bad cell is refused with the reason on its row, and the
 * batch ends as a warning listing it, with the reports folder to open.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { previewLink } from '../../preview/shared/drive-links';
import { type PreviewProcess, ROOT } from './preview-process';
import { closePreview, openPreview } from './session';
import { cell, cellText, columnOf, openTab, rowOf, sidebar, until } from './sheet-page';

const TODAY = '2023-10-16';
const ROUND_2 = 'รอบ 2/2566';
const ARTIFACTS = join(ROOT, 'test/e2e/artifacts/forms');

/** A cell address (`F7`, `AB12`): never on an official paper. */
const CELL_ADDRESS = /(?<![A-Za-z0-9])[A-Z]{1,3}[1-9]\d{0,4}(?![A-Za-z0-9])/;
const ROLES = ['ผู้รายงาน', 'ผู้จัดเก็บข้อมูล', 'ผู้กำกับดูแลตัวชี้วัด'];

let preview: PreviewProcess;
let browser: Browser;
let page: Page;
/** Page counts for the closing note: what the sample's forms take. */
const pageCounts: Record<string, number> = {};

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ preview, browser, page } = await openPreview(TODAY));
}, 90_000);

afterAll(async () => {
  writeFileSync(join(ARTIFACTS, 'page-counts.json'), `${JSON.stringify(pageCounts, null, 2)}\n`);
  await closePreview({ preview, browser });
});

/** A PDF of the preview's Drive saved as `name`, its pages' text with their layout. */
async function readPdf(href: string, name: string): Promise<{ pages: string[]; file: string }> {
  const response = await page.request.get(`${preview.url}${previewLink(href)}`, { timeout: 60_000 });
  expect(response.headers()['content-type']).toBe('application/pdf');
  const file = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(file, await response.body());
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const pages = Array.from({ length: count }, (_, index) =>
    execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), '-layout', file, '-'], {
      encoding: 'utf8',
    }),
  );
  // For a person to look at: every page as a PNG.
  execFileSync('pdftoppm', ['-png', '-r', '70', file, join(ARTIFACTS, name)]);
  pageCounts[name] = count;
  return { pages, file };
}

/** Selects a division's row of a round's tab, waiting for the sidebar to show it. */
async function selectDivision(tab: string, division: string): Promise<number> {
  await openTab(page, tab);
  const row = await rowOf(page, division);
  await cell(page, row, 1).click();
  await until(() => sidebar(page).locator('h3.division-name').textContent()).toBe(division);
  return row;
}

/** Generates the selected division's report and gives its PDF's address from the row. */
async function generateDivision(tab: string, division: string): Promise<string> {
  const row = await selectDivision(tab, division);
  await sidebar(page)
    .getByRole('button', { name: /^สร้างรายงานหน่วยงานนี้/ })
    .click();
  const pdfColumn = await columnOf(page, 'ลิงก์ PDF');
  await until(() => cellText(page, row, pdfColumn), { timeout: 30_000 }).toMatch(/^https:\/\//);
  return (await cell(page, row, pdfColumn).locator('a').getAttribute('href')) ?? '';
}

describe('a division’s form, printed', () => {
  // The sample's fullest forms: every milestone with evidence, results and suggestions; a late one with a problem.
  it.each([
    ['สำนักบริหารกลาง', 'form-central-admin'],
    ['กองคลัง', 'form-finance'],
  ])(
    '%s: at most 2 A4 pages, the date and every signature together, the card’s text, evidence by name',
    async (division, name) => {
      const href = await generateDivision(ROUND_2, division);
      const { pages } = await readPdf(href, name);
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(2);
      const all = pages.join('\n');
      for (const [index, text] of pages.entries()) {
        expect([index + 1, text.includes('⚠')]).toEqual([index + 1, false]);
        expect([index + 1, CELL_ADDRESS.exec(text)?.[0]]).toEqual([index + 1, undefined]);
      }
      // The card's description and condition, with the rate.
      expect(all).toContain('คำอธิบายตัวชี้วัด');
      expect(all).toContain('เงื่อนไข');
      expect(all).toMatch(/0\.10\s+คะแนนต่อวัน/);
      // Evidence by a readable name, never "เปิดหลักฐาน".
      expect(all).not.toContain('เปิดหลักฐาน');
      expect(all).toContain('manual.pdf');
      expect(all).toContain('(example.org)');
      // The report date and every signature's role on one page, the division's director among them.
      const last = pages.findIndex((text) => text.includes('วันที่รายงาน'));
      expect(last).toBeGreaterThanOrEqual(0);
      const closing = pages[last] ?? '';
      for (const role of [...ROLES, `ผู้อำนวยการ${division}`])
        expect([role, closing.replace(/\s+/g, '').includes(role)]).toEqual([role, true]);
      expect(closing.split('ลงชื่อ').length - 1).toBe(4);
    },
  );
});

describe('the summary, printed', () => {
  it('names the submitted date, lateness, penalty and remarks, repeats its header on every page, keeps the signatures together', async () => {
    await selectDivision(ROUND_2, 'สำนักบริหารกลาง');
    await sidebar(page).locator('.summary-button').click();
    const links = sidebar(page).locator('.summary-links a');
    await until(async () => (await links.count()) >= 2, { timeout: 30_000 }).toBe(true);
    const hrefs = await links.evaluateAll((anchors) =>
      anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
    );
    const pdfHref = hrefs.find((href) => /pdf/i.test(href)) ?? hrefs[1] ?? '';
    const { pages } = await readPdf(pdfHref, 'summary');
    const all = pages.join('\n');
    for (const [index, text] of pages.entries()) {
      expect([index + 1, text.includes('⚠')]).toEqual([index + 1, false]);
      expect([index + 1, CELL_ADDRESS.exec(text)?.[0]]).toEqual([index + 1, undefined]);
    }
    // The header row on every page the table runs onto (pages with divisions' lines), no header word cut.
    const tablePages = pages.filter((text) => /\d\.\d{4}/.test(text));
    expect(tablePages.length).toBeGreaterThanOrEqual(1);
    for (const text of tablePages) {
      for (const header of ['หน่วยงาน', 'วันที่ส่ง', 'หมายเหตุ', 'น้ำหนัก', 'สุทธิ'])
        expect([header, text.includes(header)]).toEqual([header, true]);
    }
    // Cells wrap: read the words with the layout's spaces and line breaks taken out.
    const words = all.replace(/\s+/g, '');
    expect(words).toContain('ยังไม่ส่งรายงาน');
    // A remark wraps in its cell: its lines, whole words each.
    for (const part of ['ข้อมูลไม่', 'ครบ/ต้องแก้ไข', 'ไม่ประเมิน', 'ในรอบนี้']) expect(words).toContain(part);
    expect(words).toMatch(/คะแนนสุทธิเฉลี่ย\d\.\d\d\(เฉลี่ยจาก\d+หน่วยงานที่คำนวณได้ไม่รวม1หน่วยงานที่ข้อมูลต้องแก้ไข/);
    expect(words).toContain('มีข้อมูลที่ต้องตรวจสอบ1หน่วยงาน:กองพัฒนาระบบบริหาร');
    const closing = pages.find((text) => text.includes('วันที่รายงาน')) ?? '';
    for (const role of ROLES.slice(1)) expect([role, closing.includes(role)]).toEqual([role, true]);
  });
});

describe('a row with a bad cell', () => {
  it('is refused with the reason on its row; the batch ends as a warning listing it, with the folder', async () => {
    // กองพัฒนาระบบบริหาร's round 2 report date is 31/9/2566: September has 30 days.
    const row = await selectDivision(ROUND_2, 'กองพัฒนาระบบบริหาร');
    const status = await columnOf(page, 'สถานะรายงาน');
    await sidebar(page)
      .getByRole('button', { name: /^สร้างรายงานหน่วยงานนี้/ })
      .click();
    await until(() => cellText(page, row, status), { timeout: 20_000 }).toMatch(/^ยังไม่สร้างรายงาน: /);
    expect(await cellText(page, row, status)).toMatch(/แก้ไขข้อมูลที่ช่อง [A-Z]+\d+/);
    expect(await cellText(page, row, await columnOf(page, 'ลิงก์รายงาน'))).toBe('');

    await sidebar(page)
      .getByRole('button', { name: /^สร้างรายงานทุกหน่วยงาน/ })
      .click();
    const panel = sidebar(page).locator('.batch');
    await until(() => panel.locator('.batch-count').textContent(), { timeout: 90_000 }).toMatch(
      /^(\d+) \/ \1$/,
    );
    const line = panel.locator('.batch-status');
    await until(() => line.getAttribute('class'), { timeout: 10_000 }).toMatch(/tone-warning/);
    expect(await line.textContent()).toMatch(/ต้องแก้ไขข้อมูลก่อน 1 หน่วยงาน/);
    await expect(panel.locator('.batch-refused-item').allTextContents()).resolves.toEqual([
      expect.stringContaining(`กองพัฒนาระบบบริหาร (แถว ${row})`),
    ]);
    const folder = panel.locator('a.batch-folder');
    await expect(folder.isVisible()).resolves.toBe(true);
    expect(await folder.getAttribute('href')).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\//);
    await page.evaluate('document.fonts.ready');
    await page.locator('#sidebar').screenshot({ path: join(ARTIFACTS, 'batch-warning.png') });
  });
});
