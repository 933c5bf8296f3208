/**
 * `npm run screenshots`: the pictures of docs/user-guide.md and README.md, taken
 * from the preview's sample in Chromium and written to docs/images/. The printed
 * forms are pages of the PDFs the preview makes (fetched from its Drive, as
 * test/e2e/forms.e2e.ts does), turned into PNG by poppler's `pdftoppm`. Not part
 * of `npm test`.
 *
 * The guide's closing note gives the sample's page counts: they are checked here
 * against the PDFs, so a layout change that moves them makes this task fail.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { previewLink } from '../../preview/shared/drive-links';
import { launchChromium } from './browser';
import { type PreviewProcess, ROOT, startPreviewProcess } from './preview-process';
import {
  attached,
  cell,
  cellText,
  chooseMenu,
  columnOf,
  dialog,
  openAddOnMenu,
  openTab,
  rowOf,
  sidebar,
  typeInto,
  until,
} from './sheet-page';

const IMAGES = join(ROOT, 'docs/images');
const GUIDE = join(ROOT, 'docs/user-guide.md');
const ROUND_1 = 'รอบ 1/2566';
const ROUND_2 = 'รอบ 2/2566';

let preview: PreviewProcess;
let browser: Browser;
let page: Page;
let work: string;

beforeAll(async () => {
  mkdirSync(IMAGES, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'kpi-screenshots-'));
  [preview, browser] = await Promise.all([
    startPreviewProcess({ PREVIEW_TODAY: '2023-10-16' }),
    launchChromium(),
  ]);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'th-TH' });
  page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(preview.url);
  await sidebar(page).locator('h3.division-name').waitFor();
  await page.evaluate('document.fonts.ready');
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

const shot = (name: string) => join(IMAGES, name);

/** Selects a division's row of a round's tab, waiting for the sidebar to show it. */
async function selectDivision(tab: string, division: string): Promise<number> {
  await openTab(page, tab);
  const row = await rowOf(page, division);
  await cell(page, row, 1).click();
  await until(() => sidebar(page).locator('h3.division-name').textContent()).toBe(division);
  return row;
}

/** Scrolls the grid sideways so that `column` is its first column shown (after the row numbers). */
async function scrollGridTo(column: number): Promise<void> {
  await attached(() =>
    cell(page, 1, column).evaluate((target) => {
      let box = target.parentElement;
      while (box !== null && box.scrollWidth <= box.clientWidth) box = box.parentElement;
      if (box === null) return;
      const rowNumbers = target.parentElement?.firstElementChild?.getBoundingClientRect().width ?? 0;
      box.scrollLeft += target.getBoundingClientRect().left - box.getBoundingClientRect().left - rowNumbers;
    }),
  );
}

/** A PDF of the preview's Drive, saved; gives its file and page count. */
async function fetchPdf(href: string, name: string): Promise<{ file: string; pages: number }> {
  const response = await page.request.get(`${preview.url}${previewLink(href)}`, { timeout: 60_000 });
  expect(response.headers()['content-type']).toBe('application/pdf');
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, await response.body());
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { file, pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]) };
}

/** Page `number` of a PDF as docs/images/<name>. */
function pdfPage(file: string, number: number, name: string): void {
  const prefix = join(work, `${name}-page`);
  const page = String(number);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', page, '-l', page, '-singlefile', file, prefix]);
  writeFileSync(shot(name), readFileSync(`${prefix}.png`));
}

it('takes the user guide’s screenshots', async () => {
  // 1. Set-up: the settings tab, the holidays tab with the day it is complete through, the menu.
  await openTab(page, 'ตั้งค่า');
  await page.screenshot({ path: shot('settings.png') });

  await openTab(page, 'วันหยุด');
  await cell(page, 2, 4).click();
  await page.screenshot({ path: shot('holidays.png') });

  await openAddOnMenu(page, 'KPI');
  await page.screenshot({ path: shot('menu.png'), clip: { x: 0, y: 0, width: 760, height: 300 } });
  // The first Escape closes the add-on's sub-menu, the second the Extensions menu.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // 2. Adding a division: the form with its rounds, and "add many" open with a pasted list.
  await chooseMenu(page, 'KPI', 'เพิ่มหน่วยงาน');
  const add = dialog(page);
  await add.locator('#division-name').fill('กองยุทธศาสตร์');
  await add.locator('#division-head').fill('นายสมหมาย ตั้งใจ');
  await add.locator('#division-reporter').fill('นางสาวพิมพ์ใจ ใฝ่รู้');
  await add.locator('#division-reporter-phone').fill('0 2141 5099');
  await add.locator('#division-round-1').uncheck();
  await page.locator('dialog#dialog').screenshot({ path: shot('add-division.png') });

  await add.locator('details.add-many summary').click();
  await add
    .locator('#division-list')
    .fill(
      [
        'กองยุทธศาสตร์, นายสมหมาย ตั้งใจ, นางสาวพิมพ์ใจ ใฝ่รู้, 0 2141 5099',
        'กองนิติการ, นางวิไล ยุติธรรม',
        'ศูนย์ปฏิบัติการ, นายก้องเกียรติ มั่นคง, นายธนา ใจดี, 0 2141 5100',
      ].join('\n'),
    );
  await add.locator('details.add-many').evaluate((details) => details.scrollIntoView({ block: 'start' }));
  await page.locator('dialog#dialog').screenshot({ path: shot('add-many.png') });
  await page.getByRole('button', { name: 'ปิดหน้าต่าง' }).click();

  // 3. A round's tab: the new columns beside the division, and the sidebar.
  await selectDivision(ROUND_2, 'กองคลัง');
  await page.screenshot({ path: shot('round-tab.png') });
  await page.locator('#sidebar').screenshot({ path: shot('sidebar.png') });

  // The formula columns: row 2's formula in the formula bar.
  const level = await columnOf(page, 'ระดับที่ได้');
  const exempt = await columnOf(page, 'ไม่ประเมินรอบนี้');
  await attached(() => cell(page, 1, exempt).scrollIntoViewIfNeeded());
  await attached(() => cell(page, 1, level).scrollIntoViewIfNeeded());
  await cell(page, 2, level).click();
  await until(() => page.locator('#cell-input').inputValue()).toMatch(/^=ARRAYFORMULA\(IF\(Q2:Q=TRUE/);
  await until(() => sidebar(page).locator('h3.division-name').textContent()).toBe('สำนักบริหารกลาง');
  await page.screenshot({ path: shot('formula-columns.png') });

  // A division not assessed this round: its formula cells say so, and so does the sidebar.
  const exemptRow = await rowOf(page, 'สำนักงานเลขานุการกรม');
  expect(await cellText(page, exemptRow, level)).toBe('ไม่ประเมินรอบนี้');
  await scrollGridTo(exempt);
  await cell(page, exemptRow, level).click();
  await until(() => sidebar(page).locator('h3.division-name').textContent()).toBe('สำนักงานเลขานุการกรม');
  await page.screenshot({ path: shot('exempt-row.png') });

  // 6. Check data.
  await chooseMenu(page, 'KPI', 'ตรวจข้อมูล');
  await dialog(page)
    .getByRole('button', { name: /ไม่มีวันที่นี้ในปฏิทิน/ })
    .waitFor();
  await page.locator('dialog#dialog').screenshot({ path: shot('check-data.png') });
  await page.getByRole('button', { name: 'ปิดหน้าต่าง' }).click();

  // 8. A cell that cannot be read.
  await openTab(page, ROUND_1);
  const progress = await columnOf(page, 'ระดับ 5: ความคืบหน้าตามแผน (%)');
  const planning = await rowOf(page, 'กองแผนงาน');
  await typeInto(page, planning, progress, '150');
  const roundOneLevel = await columnOf(page, 'ระดับที่ได้');
  await until(() => cell(page, planning, roundOneLevel).textContent()).toBe(
    '⚠ ความคืบหน้าต้องอยู่ระหว่าง 0–100%: 150',
  );
  await cell(page, planning, roundOneLevel).click();
  await until(() => sidebar(page).locator('h3.division-name').textContent()).toBe('กองแผนงาน');
  await sidebar(page)
    .locator('.problems-heading')
    .evaluate((heading) => heading.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: shot('bad-cell.png') });
  await typeInto(page, planning, progress, '35%');

  // 7. Reports: the preview dialog, a division's form, the sidebar's report section.
  await selectDivision(ROUND_2, 'กองคลัง');
  const target = sidebar(page).locator('.report-target');
  await until(() => target.textContent()).toBe(`กองคลัง (${ROUND_2})`);
  await sidebar(page).getByRole('button', { name: 'ดูตัวอย่าง' }).click();
  const previewFrame = page.frameLocator('#dialog iframe.dialog-frame');
  await previewFrame.locator('main.page').waitFor({ timeout: 20_000 });
  await until(() => page.locator('#dialog-title').textContent()).toBe(
    'ตัวอย่าง: รายงานผล_กองคลัง_รอบ2_2566 (ยังไม่ได้สร้างไฟล์)',
  );
  await page.evaluate('document.fonts.ready');
  await page.screenshot({ path: shot('report-preview.png') });
  await page.getByRole('button', { name: 'ปิดหน้าต่าง' }).click();

  const central = await selectDivision(ROUND_2, 'สำนักบริหารกลาง');
  await sidebar(page)
    .getByRole('button', { name: /^สร้างรายงานหน่วยงานนี้/ })
    .click();
  const pdfColumn = await columnOf(page, 'ลิงก์ PDF');
  await until(() => cellText(page, central, pdfColumn), { timeout: 30_000 }).toMatch(/^https:\/\//);
  const formHref = (await cell(page, central, pdfColumn).locator('a').getAttribute('href')) ?? '';
  await until(() => sidebar(page).locator('.report-one .report-links a').count()).toBe(2);
  await sidebar(page)
    .locator('section.reports')
    .evaluate((section) => section.scrollIntoView());
  await until(() => sidebar(page).locator('.summary-button').textContent()).toBe(`สร้างรายงานสรุป ${ROUND_2}`);
  await page.locator('#sidebar').screenshot({ path: shot('sidebar-report.png') });

  const form = await fetchPdf(formHref, 'form');
  pdfPage(form.file, 1, 'report-division.png');
  pdfPage(form.file, 2, 'report-division-2.png');

  // The summary of round 2, as printed.
  await sidebar(page).locator('.summary-button').click();
  const summaryLinks = sidebar(page).locator('.summary-links a');
  await until(async () => (await summaryLinks.count()) >= 2, { timeout: 30_000 }).toBe(true);
  const hrefs = await summaryLinks.evaluateAll((anchors) =>
    anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
  );
  const summary = await fetchPdf(hrefs.find((href) => /pdf/i.test(href)) ?? hrefs[1] ?? '', 'summary');
  pdfPage(summary.file, 1, 'report-summary.png');

  // The closing note's page counts are the sample's.
  const guide = readFileSync(GUIDE, 'utf8').replace(/\s+/g, ' ');
  expect(guide).toContain(`แบบรายงานผลของสำนักบริหารกลาง ${form.pages} หน้า A4 แนวตั้ง`);
  expect(guide).toContain(`รายงานสรุปรอบ 2/2566 (15 หน่วยงาน) ${summary.pages} หน้า A4 แนวนอน`);

  // The batch: กองพัฒนาระบบบริหาร's report date is 31/9/2566, so it ends as a warning listing that row.
  await sidebar(page).locator('.batch-start').click();
  const panel = sidebar(page).locator('.batch');
  await until(() => panel.locator('.batch-count').textContent(), { timeout: 120_000 }).toMatch(
    /^(\d+) \/ \1$/,
  );
  await until(() => panel.locator('.batch-status').getAttribute('class'), { timeout: 10_000 }).toMatch(
    /tone-warning/,
  );
  await panel.locator('a.batch-folder').waitFor();
  await panel.evaluate((element) => element.scrollIntoView({ block: 'end' }));
  await page.evaluate('document.fonts.ready');
  await page.locator('#sidebar').screenshot({ path: shot('batch-warning.png') });
}, 300_000);
