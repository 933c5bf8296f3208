/**
 * Rounds that cannot be mixed up, in the preview in Chromium: the whole-round
 * buttons name the round of the tab in view and act on it, are disabled with a
 * hint on a tab that is not a round's; the report preview opens in a dialog as
 * wide as an A4 page; a division's result message does not follow to another.
 */

import type { Browser, Page } from 'playwright-core';
import { previewLink } from '../../preview/shared/drive-links';
import type { PreviewProcess } from './preview-process';
import { closePreview, openPreview } from './session';
import { cell, openTab, rowOf, sidebar, until } from './sheet-page';

const TODAY = '2023-10-16';
const ROUND_1 = 'รอบ 1/2566';
const ROUND_2 = 'รอบ 2/2566';

let preview: PreviewProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ preview, browser, page } = await openPreview(TODAY));
}, 90_000);

afterAll(() => closePreview({ preview, browser }));

const summaryButton = () => sidebar(page).locator('.summary-button');
const batchButton = () => sidebar(page).locator('.batch-start');
const buttonTexts = async () => [await batchButton().textContent(), await summaryButton().textContent()];

describe('the whole-round buttons', () => {
  it('on round 2’s tab name round 2, and the summary made is round 2’s', async () => {
    await openTab(page, ROUND_2);
    await cell(page, await rowOf(page, 'กองคลัง'), 1).click();
    await until(() => summaryButton().textContent()).toBe('สร้างรายงานสรุป รอบ 2/2566');
    expect(await buttonTexts()).toEqual(['สร้างรายงานทุกหน่วยงาน รอบ 2/2566', 'สร้างรายงานสรุป รอบ 2/2566']);

    await summaryButton().click();
    const links = sidebar(page).locator('.summary-links a');
    await until(async () => (await links.count()) >= 2, { timeout: 30_000 }).toBe(true);
    expect(await sidebar(page).locator('.summary-status').textContent()).toBe('สร้างรายงานสรุปผลรอบ 2 แล้ว');
    const hrefs = await links.evaluateAll((anchors) =>
      anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
    );
    const pages = await Promise.all(
      hrefs.map((href) => page.request.get(`${preview.url}${previewLink(href)}`, { timeout: 60_000 })),
    );
    const doc = pages.find((answer) => (answer.headers()['content-type'] ?? '').startsWith('text/html'));
    const html = (await doc?.text()) ?? '';
    // The Doc's file name (the page's title) and its heading are round 2's.
    expect(html).toContain('<title>รายงานสรุปผล_รอบ2_2566</title>');
    expect(html).toContain('รอบ 2');
    expect(html).not.toContain('รายงานสรุปผล_รอบ1');
  });

  it('switching to round 1’s tab names round 1, and round 2’s result is not shown under it', async () => {
    await openTab(page, ROUND_1);
    await until(() => summaryButton().textContent()).toBe('สร้างรายงานสรุป รอบ 1/2566');
    expect(await buttonTexts()).toEqual(['สร้างรายงานทุกหน่วยงาน รอบ 1/2566', 'สร้างรายงานสรุป รอบ 1/2566']);
    expect(await sidebar(page).locator('.summary-status').textContent()).toBe('');
    expect(await sidebar(page).locator('.summary-links a').count()).toBe(0);
    expect(await summaryButton().getAttribute('aria-disabled')).toBeNull();
  });

  it('on the settings tab are disabled, with a hint to open a round’s tab', async () => {
    await openTab(page, 'ตั้งค่า');
    await until(() => summaryButton().getAttribute('aria-disabled')).toBe('true');
    expect(await batchButton().getAttribute('aria-disabled')).toBe('true');
    expect(await buttonTexts()).toEqual(['สร้างรายงานทุกหน่วยงาน', 'สร้างรายงานสรุป']);
    const hint = sidebar(page).locator('#report-round-hint');
    expect(await hint.textContent()).toBe('เปิดแท็บของรอบ (เช่น รอบ 1/2566 หรือ รอบ 2/2566) เพื่อสร้างรายงานทั้งรอบ');
    expect(await hint.isVisible()).toBe(true);
    // Read as unavailable (Playwright, as assistive technology, honours aria-disabled); a forced click does nothing.
    expect([await summaryButton().isDisabled(), await batchButton().isDisabled()]).toEqual([true, true]);
    await summaryButton().click({ force: true });
    await batchButton().click({ force: true });
    await page.waitForTimeout(500);
    expect(await sidebar(page).locator('.summary-status').textContent()).toBe('');
    expect(await sidebar(page).locator('.batch').isVisible()).toBe(false);
  });
});

describe('the report preview', () => {
  it('opens in a dialog wide enough for an A4 page, not in the sidebar', async () => {
    await openTab(page, ROUND_1);
    await cell(page, await rowOf(page, 'กองคลัง'), 1).click();
    await until(() => sidebar(page).locator('.report-target').textContent()).toBe('กองคลัง (รอบ 1/2566)');
    await sidebar(page).getByRole('button', { name: 'ดูตัวอย่าง' }).click();
    const frame = page.locator('#dialog iframe.dialog-frame');
    await frame.waitFor({ timeout: 20_000 });
    await until(() => page.locator('#dialog-title').textContent()).toBe(
      'ตัวอย่าง: รายงานผล_กองคลัง_รอบ1_2566 (ยังไม่ได้สร้างไฟล์)',
    );
    const box = await frame.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(800);
    const report = page.frameLocator('#dialog iframe.dialog-frame');
    await expect(report.locator('main.page').textContent()).resolves.toContain('กองคลัง');
    // The A4 page fits across the dialog: nothing to scroll sideways.
    const widths = await report
      .locator('html')
      .evaluate((root) => [root.scrollWidth, root.clientWidth] as const);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    // Nothing of the report is in the sidebar's page.
    expect(await sidebar(page).locator('iframe').count()).toBe(0);
    await page.screenshot({ path: `${__dirname}/artifacts/report-preview-dialog.png` });
    await page.getByRole('button', { name: 'ปิดหน้าต่าง' }).click();
    await frame.waitFor({ state: 'detached' });
  });
});

describe('a division’s result message', () => {
  it('does not follow to another division', async () => {
    await openTab(page, ROUND_1);
    await cell(page, await rowOf(page, 'กองคลัง'), 1).click();
    await until(() => sidebar(page).locator('.report-target').textContent()).toBe('กองคลัง (รอบ 1/2566)');
    await sidebar(page).getByRole('button', { name: 'สร้างรายงานหน่วยงานนี้' }).click();
    const status = sidebar(page).locator('.report-one-status');
    await until(() => status.textContent(), { timeout: 30_000 }).toMatch(/กองคลัง.*แล้ว|ไม่ได้|ผิดพลาด/);
    const message = (await status.textContent()) ?? '';
    expect(message).not.toBe('');

    await cell(page, await rowOf(page, 'กองแผนงาน'), 1).click();
    await until(() => sidebar(page).locator('.report-target').textContent()).toBe('กองแผนงาน (รอบ 1/2566)');
    expect(await status.textContent()).toBe('');
    expect(await sidebar(page).locator('.report-one .report-links a').count()).toBe(0);

    // Back on กองคลัง: its own message again.
    await cell(page, await rowOf(page, 'กองคลัง'), 1).click();
    await until(() => status.textContent()).toBe(message);
  });
});
