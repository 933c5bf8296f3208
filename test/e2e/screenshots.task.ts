/**
 * `npm run screenshots`: the pictures of docs/user-guide.md, taken from the
 * preview's sample in Chromium and written to docs/images/. Not part of `npm test`.
 */

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { type PreviewProcess, ROOT, startPreviewProcess } from './preview-process';
import {
  cell,
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

let preview: PreviewProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(IMAGES, { recursive: true });
  [preview, browser] = await Promise.all([
    startPreviewProcess({ PREVIEW_TODAY: '2023-10-16' }),
    launchChromium(),
  ]);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'th-TH' });
  page = await context.newPage();
  await page.goto(preview.url);
  await sidebar(page).locator('h3.division-name').waitFor();
  await page.evaluate('document.fonts.ready');
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

const shot = (name: string) => join(IMAGES, name);

it('takes the user guide’s screenshots', async () => {
  await openTab(page, 'ตั้งค่า');
  await page.screenshot({ path: shot('settings.png') });

  await openAddOnMenu(page, 'KPI');
  await page.screenshot({ path: shot('menu.png'), clip: { x: 0, y: 0, width: 700, height: 260 } });
  // The first Escape closes the add-on's sub-menu, the second the Extensions menu.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await openTab(page, 'รอบ 2/2566');
  await cell(page, 3, 1).click();
  await until(() => sidebar(page).locator('h3.division-name').textContent()).toBe('กองคลัง');
  await page.screenshot({ path: shot('round-tab.png') });
  await page.locator('#sidebar').screenshot({ path: shot('sidebar.png') });

  const level = await columnOf(page, 'ระดับที่ได้');
  await cell(page, 2, level).scrollIntoViewIfNeeded();
  const row = await rowOf(page, 'กองพัฒนาระบบบริหาร');
  await cell(page, row, level).click();
  await page.screenshot({ path: shot('formula-columns.png') });

  await chooseMenu(page, 'KPI', 'ตรวจข้อมูล');
  await dialog(page)
    .getByRole('button', { name: /ไม่มีวันนี้ในปฏิทิน/ })
    .waitFor();
  await page.locator('dialog#dialog').screenshot({ path: shot('check-data.png') });
  await page.getByRole('button', { name: 'ปิดหน้าต่าง' }).click();

  await chooseMenu(page, 'KPI', 'เพิ่มหน่วยงาน');
  await dialog(page).getByLabel('ชื่อหน่วยงาน').fill('กองยุทธศาสตร์');
  await dialog(page).getByLabel('หัวหน้าหน่วยงาน').fill('นายสมหมาย ตั้งใจ');
  await page.locator('dialog#dialog').screenshot({ path: shot('add-division.png') });
  await page.getByRole('button', { name: 'ปิดหน้าต่าง' }).click();

  await openTab(page, 'รอบ 1/2566');
  const progress = await columnOf(page, 'ระดับ 5: ความคืบหน้าตามแผน (%)');
  const division = await rowOf(page, 'กองแผนงาน');
  await typeInto(page, division, progress, '150');
  const roundOneLevel = await columnOf(page, 'ระดับที่ได้');
  await until(() => cell(page, division, roundOneLevel).textContent()).toBe(
    '⚠ ความคืบหน้าต้องอยู่ระหว่าง 0–100%: 150',
  );
  await cell(page, division, roundOneLevel).click();
  await until(() => sidebar(page).locator('h3.division-name').textContent()).toBe('กองแผนงาน');
  await page.screenshot({ path: shot('bad-cell.png') });
  await typeInto(page, division, progress, '35%');

  await cell(page, 2, 1).click();
  await until(() => sidebar(page).locator('h3.division-name').textContent()).toBe('สำนักบริหารกลาง');
  const generate = sidebar(page).getByRole('button', { name: 'สร้างรายงานหน่วยงานนี้' });
  await generate.scrollIntoViewIfNeeded();
  await generate.click();
  const link = await columnOf(page, 'ลิงก์รายงาน');
  await until(() => cell(page, 2, link).textContent(), { timeout: 20_000 }).toMatch(/^https:/);
  await page.locator('#sidebar').screenshot({ path: shot('sidebar-report.png') });
  const href = await cell(page, 2, link).locator('a').getAttribute('href');
  const doc = await page.context().newPage();
  await doc.setViewportSize({ width: 1000, height: 1200 });
  await doc.goto(`${preview.url}${href}`);
  await doc.evaluate('document.fonts.ready');
  await doc.screenshot({ path: shot('report.png') });
  await doc.close();
}, 120_000);
