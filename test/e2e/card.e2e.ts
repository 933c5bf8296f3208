/**
 * The card as data in the preview, in a real browser (issue 12): set-up's
 * `บัตรตัวชี้วัด` tab holds the built-in 2566 card, and editing a threshold there
 * re-scores the round tabs, because the formula columns pass `KPI_CARD`.
 */

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { BUILT_IN_CARD_TABLE, CARD_TABLE_HEADER } from '../../src/core/card-table';
import { type PreviewProcess, ROOT } from './preview-process';
import { closePreview, openPreview } from './session';
import { attached, cell, cellText, columnOf, openTab, rowOf, typeInto, until } from './sheet-page';

const TODAY = '2023-10-16';
const CARD_TAB = 'บัตรตัวชี้วัด';
const ROUND_1 = 'รอบ 1/2566';
const LEVEL = 'ระดับที่ได้';
const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');

let preview: PreviewProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ preview, browser, page } = await openPreview(TODAY));
}, 90_000);

afterAll(() => closePreview({ preview, browser }));

/** The texts of a row of the card tab, columns 1–7. */
async function cardRow(row: number): Promise<string[]> {
  const texts: string[] = [];
  for (let column = 1; column <= CARD_TABLE_HEADER.length; column++)
    texts.push(await cellText(page, row, column));
  return texts;
}

/** The level a division shows in round 1's grid. */
async function level(division: string): Promise<string> {
  await openTab(page, ROUND_1);
  return cellText(page, await rowOf(page, division), await columnOf(page, LEVEL));
}

describe('the card tab บัตรตัวชี้วัด in the preview', () => {
  it('is there with the header and the built-in 2566 card', async () => {
    await openTab(page, CARD_TAB);
    expect(await cardRow(1)).toEqual([...CARD_TABLE_HEADER]);
    for (const [index, row] of BUILT_IN_CARD_TABLE.entries()) {
      expect(await cardRow(index + 2)).toEqual(row.map((value) => String(value)));
    }
    expect(await cardRow(BUILT_IN_CARD_TABLE.length + 2)).toEqual(['', '', '', '', '', '', '']);
    await page.evaluate('document.fonts.ready');
    await page.screenshot({ path: join(ARTIFACTS, 'card-tab.png') });
  });

  it('round 1’s level-5 threshold at 70: a division at 65 % drops from level 5 to 3; back at 50, it is 5 again', async () => {
    // สำนักบริหารกลาง: review and plan done, progress 65 %; สถาบันพัฒนาบุคลากร: 70 %.
    expect(await level('สำนักบริหารกลาง')).toBe('5');
    expect(await level('สถาบันพัฒนาบุคลากร')).toBe('5');

    await openTab(page, CARD_TAB);
    // Row 4 of the tab: round 1, level 5, ร้อยละ 50.
    expect((await cardRow(4)).slice(0, 5)).toEqual(['1', '5', 'ความคืบหน้าตามแผน', 'ร้อยละ', '50']);
    await typeInto(page, 4, 5, '70');
    await until(() => cellText(page, 4, 5)).toBe('70');

    await openTab(page, ROUND_1);
    await until(() => level('สำนักบริหารกลาง')).toBe('3');
    expect(await level('สถาบันพัฒนาบุคลากร')).toBe('5');
    await attached(async () =>
      cell(page, await rowOf(page, 'สำนักบริหารกลาง'), await columnOf(page, LEVEL)).scrollIntoViewIfNeeded(),
    );
    await page.screenshot({ path: join(ARTIFACTS, 'card-threshold-70.png') });

    await openTab(page, CARD_TAB);
    await typeInto(page, 4, 5, '50');
    await until(() => cellText(page, 4, 5)).toBe('50');
    await until(() => level('สำนักบริหารกลาง')).toBe('5');
  });
});
