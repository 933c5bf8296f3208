/**
 * Issue 12 point 5 in the preview, in Chromium: "start a new fiscal year" from the
 * menu makes 2570's round tabs with the sample's divisions and the due dates the
 * user confirmed; a 2570 division's report says 2570 in its PDF; 2566's round 2
 * summary can still be made and says 2566.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { previewLink } from '../../preview/shared/drive-links';
import { COLUMN_HEADER } from '../../src/core/messages';
import { type PreviewProcess, ROOT } from './preview-process';
import { closePreview, openPreview } from './session';
import { cell, cellText, chooseMenu, columnOf, dialog, openTab, rowOf, sidebar, until } from './sheet-page';

const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');
/** A day of fiscal year 2570 (C.E. 2027), after round 1's due date. */
const TODAY = '2027-04-20';

let preview: PreviewProcess;
let browser: Browser;
let page: Page;
let sampleDivisions: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ preview, browser, page } = await openPreview(TODAY));
}, 90_000);

afterAll(() => closePreview({ preview, browser }));

/** The names listed in column A of the open tab. */
async function names(): Promise<string[]> {
  return (await page.locator('td[data-column="1"]').allTextContents())
    .map((text) => text.trim())
    .filter((text) => text !== '' && text !== COLUMN_HEADER.division.header);
}

/** The PDF at a preview link, as text (`pdftotext -layout`), kept in the artifacts. */
async function pdfText(href: string, file: string): Promise<string> {
  const response = await page.request.get(`${preview.url}${previewLink(href)}`, { timeout: 60_000 });
  expect(response.headers()['content-type']).toBe('application/pdf');
  const path = join(ARTIFACTS, file);
  writeFileSync(path, await response.body());
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

describe('starting fiscal year 2570 (issue 12)', () => {
  it('the dialog proposes the next year and the due dates moved on; 2570 makes its tabs with the divisions', async () => {
    await openTab(page, 'รอบ 1/2566');
    sampleDivisions = await names();
    expect(sampleDivisions.length).toBeGreaterThan(3);

    await chooseMenu(page, 'KPI', 'เริ่มปีงบประมาณใหม่…');
    const form = dialog(page);
    const year = form.getByLabel('ปีงบประมาณ (พ.ศ.)');
    await until(() => year.inputValue()).toBe('2567');
    await expect(form.getByLabel('วันครบกำหนดส่งรายงาน รอบ 1').inputValue()).resolves.toBe('10/4/2024');
    await year.fill('2570');
    await year.press('Tab');
    await until(() => form.getByLabel('วันครบกำหนดส่งรายงาน รอบ 1').inputValue()).toBe('10/4/2027');
    await expect(form.getByLabel('วันครบกำหนดส่งรายงาน รอบ 2').inputValue()).resolves.toBe('10/10/2027');
    await page.evaluate('document.fonts.ready');
    await page
      .locator('dialog[open]')
      .first()
      .screenshot({ path: join(ARTIFACTS, 'fiscal-year-dialog.png') });
    await form.getByRole('button', { name: 'เริ่มปีงบประมาณใหม่' }).click();
    await form
      .getByText(/เริ่มปีงบประมาณ 2570 แล้ว: สร้างแท็บ รอบ 1\/2570, รอบ 2\/2570/)
      .waitFor({ timeout: 30_000 });
    await page
      .locator('dialog[open]')
      .first()
      .screenshot({ path: join(ARTIFACTS, 'fiscal-year-done.png') });
    await page.getByRole('button', { name: 'ปิดหน้าต่าง' }).click();

    const tabs = (await page.locator('#tabs [role="tab"]').allTextContents()).map((text) => text.trim());
    expect(tabs).toEqual(expect.arrayContaining(['รอบ 1/2570', 'รอบ 2/2570', 'รอบ 1/2566', 'รอบ 2/2566']));
    await openTab(page, 'รอบ 1/2570');
    await until(names).toContain(sampleDivisions[0]);
    expect(await names()).toEqual(sampleDivisions);
    const due = await columnOf(page, COLUMN_HEADER.due.header);
    expect(await cellText(page, await rowOf(page, sampleDivisions[0] as string), due)).toBe('10/4/2027');
    await page.screenshot({ path: join(ARTIFACTS, 'fiscal-year-tab.png') });
  });

  it('a report of a 2570 round division says fiscal year 2570 in its PDF', async () => {
    await openTab(page, 'รอบ 1/2570');
    const division = sampleDivisions[0] as string;
    const row = await rowOf(page, division);
    await cell(page, row, 1).click();
    await until(() => sidebar(page).locator('h3.division-name').textContent()).toBe(division);
    // The same name is in 2566's tabs: wait until the sidebar's report is for this tab's row.
    await until(() => sidebar(page).locator('.report-target').textContent()).toBe(`${division} (รอบ 1/2570)`);
    await sidebar(page).getByRole('button', { name: 'สร้างรายงานหน่วยงานนี้' }).click();
    const pdfColumn = await columnOf(page, 'ลิงก์ PDF');
    await until(() => cellText(page, row, pdfColumn), { timeout: 30_000 }).toMatch(/^https:\/\//);
    const href = (await cell(page, row, pdfColumn).locator('a').getAttribute('href')) ?? '';
    const text = await pdfText(href, 'fiscal-year-2570-report.pdf');
    expect(text).toContain('ปีงบประมาณ พ.ศ. 2570');
    expect(text).toContain(division);
    expect(text).not.toContain('2566');
  });

  it('the 2566 round 2 summary can still be made and says 2566', async () => {
    await openTab(page, 'รอบ 2/2566');
    await cell(page, await rowOf(page, sampleDivisions[0] as string), 1).click();
    const button = sidebar(page).locator('.summary-button');
    await until(() => button.textContent()).toBe('สร้างรายงานสรุป รอบ 2/2566');
    await button.click();
    const links = sidebar(page).locator('.summary-links a');
    await until(async () => (await links.count()) >= 2, { timeout: 30_000 }).toBe(true);
    const hrefs = await links.evaluateAll((anchors) =>
      anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
    );
    const pdfs: (string | undefined)[] = await Promise.all(
      hrefs.map(async (href: string) => {
        const answer = await page.request.get(`${preview.url}${previewLink(href)}`, { timeout: 60_000 });
        return answer.headers()['content-type'] === 'application/pdf' ? href : undefined;
      }),
    );
    const pdf = pdfs.find((href) => href !== undefined);
    expect(pdf).toBeDefined();
    const text = await pdfText(pdf as string, 'fiscal-year-2566-summary.pdf');
    expect(text).toContain('ประจำปีงบประมาณ พ.ศ. 2566 รอบ 2');
    expect(text).toContain('รอบ 2/2566');
    // Made today (in 2570), of 2566's tab: its rows, not 2570's empty ones.
    expect(text).toContain('วันที่รายงาน 20 เมษายน 2570');
    expect(text).not.toContain('รอบ 2/2570');
  });
});
