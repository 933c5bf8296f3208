/**
 * Issue 11 in the preview, as a collector uses it: "add division" for one round
 * only, a pasted list added at once or refused whole with its line numbers, a
 * name over the limit, the progress column as a percentage, and a date typed as
 * the user guide recommends (a real date cell, no invalid-value corner).
 */

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { COLUMN_HEADER } from '../../src/core/messages';
import { type PreviewProcess, ROOT } from './preview-process';
import { closePreview, openPreview } from './session';
import { cell, cellText, chooseMenu, columnOf, dialog, openTab, rowOf, typeInto, until } from './sheet-page';

const ROUND_1 = 'รอบ 1/2566';
const ROUND_2 = 'รอบ 2/2566';
const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');

let preview: PreviewProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ preview, browser, page } = await openPreview('2023-10-16'));
}, 90_000);

afterAll(() => closePreview({ preview, browser }));

/** Opens Extensions ▸ KPI ▸ เพิ่มหน่วยงาน and waits for its form. */
async function openAddDivision(): Promise<FrameLocator> {
  await chooseMenu(page, 'KPI', 'เพิ่มหน่วยงาน');
  const form = dialog(page);
  await form.getByLabel('ชื่อหน่วยงาน').waitFor();
  return form;
}

/** Waits until the dialog has closed itself (a moment after a success). */
async function dialogClosed(): Promise<void> {
  await page.locator('iframe.dialog-frame').waitFor({ state: 'detached', timeout: 10_000 });
}

/** The names listed in column A of the open tab. */
async function names(): Promise<string[]> {
  return (await page.locator('td[data-column="1"]').allTextContents()).map((text) => text.trim());
}

describe('adding divisions (issue 11)', () => {
  it('a name over 150 characters stays whole in the box and is refused with its length', async () => {
    const form = await openAddDivision();
    const name = 'สำนัก'.repeat(31); // 155 characters
    await form.getByLabel('ชื่อหน่วยงาน').fill(name);
    await expect(form.getByLabel('ชื่อหน่วยงาน').inputValue()).resolves.toBe(name);
    await form.getByRole('button', { name: 'เพิ่มหน่วยงาน', exact: true }).click();
    await form
      .getByText('ชื่อหน่วยงานยาว 155 ตัวอักษร เกินกำหนด 150 ตัวอักษร (นับสระและวรรณยุกต์ด้วย) กรุณาย่อชื่อ')
      .waitFor();
    await form.getByLabel('ชื่อหน่วยงาน').fill('');
  });

  it('a list with a duplicate and a blank line is refused with their line numbers, adding nothing', async () => {
    const form = dialog(page);
    await form.getByText('เพิ่มหลายหน่วยงานพร้อมกัน').click();
    await form
      .getByLabel('รายการหน่วยงานที่จะเพิ่ม (บรรทัดละหนึ่งหน่วยงาน)')
      .fill('กองทดลองหนึ่ง, นายหนึ่ง\n\nกองทดลองหนึ่ง , นายสอง\nกองทดลองสาม');
    await form.getByRole('button', { name: 'เพิ่มทั้งรายการ' }).click();
    const result = form.locator('.list-result');
    await result.getByText(/ยังไม่ได้เพิ่มหน่วยงานใดเลย/).waitFor();
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('บรรทัด 2: เป็นบรรทัดว่าง (ลบบรรทัดนี้)');
    expect(text).toContain('บรรทัด 3: ชื่อ "กองทดลองหนึ่ง" ซ้ำกับบรรทัด 1');
    await page.evaluate('document.fonts.ready');
    await page
      .locator('dialog[open]')
      .first()
      .screenshot({ path: join(ARTIFACTS, 'add-division-refused.png') });
    // Nothing was added: the next test adds the same names, which would be refused as already listed.
  });

  it('a pasted list is added to both round tabs, with the due dates', async () => {
    const form = dialog(page);
    await form
      .getByLabel('รายการหน่วยงานที่จะเพิ่ม (บรรทัดละหนึ่งหน่วยงาน)')
      .fill('กองทดลองหนึ่ง, นายหนึ่ง ใจดี\nกองทดลองสอง\tนางสอง ใจดี\tนายรายงาน\t0812345678\nกองทดลองสาม');
    await form.getByRole('button', { name: 'เพิ่มทั้งรายการ' }).click();
    await form.getByText('เพิ่ม 3 หน่วยงานในแท็บ รอบ 1/2566, รอบ 2/2566 แล้ว').waitFor();
    await dialogClosed();
    for (const [tab, due] of [
      [ROUND_1, '10/4/2023'],
      [ROUND_2, '10/10/2023'],
    ] as const) {
      await openTab(page, tab);
      await until(names).toContain('กองทดลองสาม');
      expect((await names()).filter((name) => name.startsWith('กองทดลอง'))).toEqual([
        'กองทดลองหนึ่ง',
        'กองทดลองสอง',
        'กองทดลองสาม',
      ]);
      const dueColumn = await columnOf(page, COLUMN_HEADER.due.header);
      for (const division of ['กองทดลองหนึ่ง', 'กองทดลองสอง', 'กองทดลองสาม']) {
        expect([division, await cellText(page, await rowOf(page, division), dueColumn)]).toEqual([
          division,
          due,
        ]);
      }
      const row = await rowOf(page, 'กองทดลองสอง');
      expect(await cellText(page, row, await columnOf(page, COLUMN_HEADER.reporterPhone.header))).toBe(
        '0812345678',
      );
    }
  });

  it('a division for round 2 only: its round-1 row is marked not assessed, its round-2 row is not', async () => {
    const form = await openAddDivision();
    await form.getByLabel('ชื่อหน่วยงาน').fill('กองตั้งใหม่');
    await form.getByLabel('ชื่อผู้อำนวยการ').fill('นางสาวใหม่ ใจดี');
    await form.locator('#division-round-1').uncheck();
    await page.evaluate('document.fonts.ready');
    await page
      .locator('dialog[open]')
      .first()
      .screenshot({ path: join(ARTIFACTS, 'add-division-round-2.png') });
    await form.getByRole('button', { name: 'เพิ่มหน่วยงาน', exact: true }).click();
    await form.getByText(/ติ๊ก "ไม่ประเมินรอบนี้" ในแท็บ รอบ 1\/2566/).waitFor();
    await dialogClosed();
    const exemptBox = async (tab: string) => {
      await openTab(page, tab);
      await until(names).toContain('กองตั้งใหม่');
      const column = await columnOf(page, COLUMN_HEADER.exempt.header);
      return cell(page, await rowOf(page, 'กองตั้งใหม่'), column).locator('input[type="checkbox"]');
    };
    await expect((await exemptBox(ROUND_1)).isChecked()).resolves.toBe(true);
    await expect((await exemptBox(ROUND_2)).isChecked()).resolves.toBe(false);
  });
});

describe('what the sheet shows (issue 11)', () => {
  it('the progress cell holding 1 shows 100%', async () => {
    await openTab(page, ROUND_2);
    const column = await columnOf(page, COLUMN_HEADER.progressRound2.header);
    // The sample's สำนักบริหารกลาง has progress 1 in round 2.
    expect(await cellText(page, await rowOf(page, 'สำนักบริหารกลาง'), column)).toBe('100%');
  });

  it('a date typed as the guide recommends is a date cell with no invalid corner; a B.E. text date is marked', async () => {
    await openTab(page, ROUND_1);
    const row = await rowOf(page, 'กองทดลองสาม');
    const column = await columnOf(page, COLUMN_HEADER.submitted.header);
    await typeInto(page, row, column, '31/3/2023');
    await until(() => cellText(page, row, column)).toBe('31/3/2023');
    await expect(cell(page, row, column).getAttribute('class')).resolves.not.toContain('has-problem');
    // The old advice, a B.E. year typed, stays text: the date validation marks it.
    await typeInto(page, row, column, '31/3/2566');
    await until(async () => (await cell(page, row, column).getAttribute('class')) ?? '').toMatch(
      /has-problem/,
    );
  });
});
