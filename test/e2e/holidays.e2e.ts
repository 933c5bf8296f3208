/**
 * The October holiday in the preview, in a real browser: the sample's กองคลัง sent
 * round 2 of 2566 on Friday 13 Oct 2023, three days after it was due (Tuesday
 * 10 Oct). In calendar days that is 3 days; once the office counts working days,
 * 13 Oct (the anniversary of King Bhumibol's passing) is a holiday set-up put in
 * the `วันหยุด` tab, and the row shows 2 days, 0.20 points.
 */

import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectedScores, shownScore } from './dist-scores';
import { type PreviewProcess, ROOT } from './preview-process';
import { closePreview, openPreview } from './session';
import { cellText, chooseMenu, columnOf, dialog, openTab, rowOf, typeInto, until } from './sheet-page';

const TODAY = '2023-10-16';
const ROUND_2 = 'รอบ 2/2566';
const DIVISION = 'กองคลัง';

let preview: PreviewProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ preview, browser, page } = await openPreview(TODAY));
}, 90_000);

afterAll(() => closePreview({ preview, browser }));

/** The days late and the penalty the round 2 grid shows for กองคลัง. */
async function divisionLateness(): Promise<[string, string]> {
  await openTab(page, ROUND_2);
  const row = await rowOf(page, DIVISION);
  return [
    await cellText(page, row, await columnOf(page, 'วันที่ล่าช้า')),
    await cellText(page, row, await columnOf(page, 'คะแนนที่ถูกหัก')),
  ];
}

describe('the October holiday in the preview', () => {
  it('set-up listed the October holidays after fiscal year 2566 and says the tab is complete through 31 Oct 2023', async () => {
    await openTab(page, 'วันหยุด');
    const dates = (await page.locator('td[data-column="1"]').allTextContents()).map((text) => text.trim());
    expect(dates).toContain('13/10/2023');
    expect(dates).toContain('23/10/2023');
    expect(await cellText(page, 1, 4)).toBe('วันหยุดครบถึงวันที่');
    expect(await cellText(page, 2, 4)).toBe('31/10/2023');
    await page.evaluate('document.fonts.ready');
    await page.screenshot({ path: join(ROOT, 'test/e2e/artifacts/holidays-tab.png') });
  });

  it('shows กองคลัง 3 days / 0.30 in calendar days, the sample’s setting', async () => {
    expect(await divisionLateness()).toEqual(['3', '0.30']);
  });

  it('shows กองคลัง 2 days / 0.20 once days are counted as working days: 13 Oct 2023 is a holiday', async () => {
    await openTab(page, 'ตั้งค่า');
    const labels = (await page.locator('td[data-column="1"]').allTextContents()).map((text) => text.trim());
    const row = labels.indexOf('วิธีนับวันที่ล่าช้า') + 1;
    expect(row).toBeGreaterThan(1);
    await typeInto(page, row, 2, 'วันทำการ');
    await until(() => cellText(page, row, 2)).toBe('วันทำการ');

    await openTab(page, ROUND_2);
    const divisionRow = await rowOf(page, DIVISION);
    const daysLate = await columnOf(page, 'วันที่ล่าช้า');
    await until(() => cellText(page, divisionRow, daysLate)).toBe('2');
    expect(await divisionLateness()).toEqual(['2', '0.20']);
    await page.screenshot({ path: join(ROOT, 'test/e2e/artifacts/holidays-working-days.png') });

    // Every score in the grid is what KPISCORE of dist/ gives with the sheet's holidays.
    const expected = expectedScores(preview.dataFile, TODAY).find(
      (entry) => entry.tab === ROUND_2 && entry.division === DIVISION,
    );
    const score = await columnOf(page, 'คะแนนสุทธิ');
    expect(await cellText(page, divisionRow, score)).toBe(shownScore(expected?.score));
  });

  it('check data names a date typed past 31 Oct 2023, the day the holidays tab is complete through', async () => {
    await chooseMenu(page, 'KPI', 'ตรวจข้อมูล');
    const problems = dialog(page).getByRole('button', { name: /ไม่มีวันที่นี้ในปฏิทิน/ });
    await problems.first().waitFor();
    await expect(dialog(page).locator('ul.problem-list').textContent()).resolves.not.toContain('"วันหยุด"');
    await page.getByRole('button', { name: 'ปิดหน้าต่าง' }).click();

    // กองตรวจราชการ, due 20 Oct 2023 (an extension), sends its report on 3 Nov 2023.
    await openTab(page, ROUND_2);
    const row = await rowOf(page, 'กองตรวจราชการ');
    const submitted = await columnOf(page, 'วันที่ส่งรายงาน');
    await typeInto(page, row, submitted, '3/11/2566');
    await chooseMenu(page, 'KPI', 'ตรวจข้อมูล');
    const warning = dialog(page).getByRole('button', { name: /วันที่ 3 พ\.ย\. 2566 เลยวันหยุดที่มีในแท็บ "วันหยุด"/ });
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toContain('ครบถึงวันที่ 31 ต.ค. 2566 ช่อง D2');
    await page
      .locator('dialog#dialog')
      .screenshot({ path: join(ROOT, 'test/e2e/artifacts/holidays-check-data.png') });
    await warning.click();
    await until(() => page.locator('#tabs [aria-selected="true"]').textContent()).toBe(ROUND_2);
    await page.getByRole('button', { name: 'ปิดหน้าต่าง' }).click();
  });
});
