/**
 * "ไม่ประเมินรอบนี้" in the preview, in a real browser: ticking the box on a late
 * division's row turns its formula cells into "ไม่ประเมินรอบนี้" (no penalty), the
 * sidebar says so, and the round's counts leave the division out. And the round
 * tabs' headers, as Chromium lays them out, never break inside a word.
 */

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type PreviewProcess, ROOT } from './preview-process';
import { closePreview, openPreview } from './session';
import { cell, cellText, columnOf, openTab, rowOf, sidebar, until } from './sheet-page';

const TODAY = '2023-10-16';
const ROUND_1 = 'รอบ 1/2566';
const ROUND_2 = 'รอบ 2/2566';
const EXEMPT = 'ไม่ประเมินรอบนี้';
const FORMULA_HEADERS = ['ระดับที่ได้', 'วันที่ล่าช้า', 'คะแนนที่ถูกหัก', 'คะแนนสุทธิ', 'คะแนนถ่วงน้ำหนัก', 'ขั้นต่อไป'] as const;
const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');

let preview: PreviewProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ preview, browser, page } = await openPreview(TODAY));
}, 90_000);

afterAll(() => closePreview({ preview, browser }));

/** The texts of a row's formula cells, in the order of {@link FORMULA_HEADERS}. */
async function formulaCells(row: number): Promise<string[]> {
  const texts: string[] = [];
  for (const header of FORMULA_HEADERS) texts.push(await cellText(page, row, await columnOf(page, header)));
  return texts;
}

/** A count of the round's summary in the sidebar (`count-late`, `count-not-submitted`). */
async function summaryCount(round: 1 | 2, name: string): Promise<number> {
  const text = await sidebar(page).locator(`.round-summary[data-round="${round}"] .${name} dd`).textContent();
  return Number(text);
}

describe('ไม่ประเมินรอบนี้ in the preview', () => {
  it('the sample’s exempt division shows it in every formula cell, next to its reporter and phone', async () => {
    await openTab(page, ROUND_2);
    const row = await rowOf(page, 'สำนักงานเลขานุการกรม');
    expect(await formulaCells(row)).toEqual(Array(FORMULA_HEADERS.length).fill(EXEMPT));
    await expect(
      cell(page, row, await columnOf(page, EXEMPT))
        .locator('input[type="checkbox"]')
        .isChecked(),
    ).resolves.toBe(true);
    expect(await cellText(page, row, await columnOf(page, 'ผู้รายงาน'))).toBe('นางสาวพิมพ์ชนก ศรีสุวรรณ');
    expect(await cellText(page, row, await columnOf(page, 'โทรศัพท์ผู้รายงาน'))).toBe('0 2141 5101');
  });

  it('ticking it on a late division’s row: no penalty in the sheet, the sidebar says so, the counts leave it out', async () => {
    await openTab(page, ROUND_2);
    const row = await rowOf(page, 'กองคลัง');
    const before = await formulaCells(row);
    // กองคลัง sent round 2 on 13 Oct 2566, 3 days after its due date: a penalty.
    expect(Number(before[1])).toBeGreaterThan(0);
    expect(Number(before[2])).toBeGreaterThan(0);
    const penalty = await columnOf(page, 'คะแนนที่ถูกหัก');
    const late = await summaryCount(2, 'count-late');
    const notSubmitted = await summaryCount(2, 'count-not-submitted');

    await cell(page, row, await columnOf(page, EXEMPT))
      .locator('input[type="checkbox"]')
      .click();
    await until(() => cellText(page, row, penalty)).toBe(EXEMPT);
    expect(await formulaCells(row)).toEqual(Array(FORMULA_HEADERS.length).fill(EXEMPT));

    // The sidebar, on that division's row, says the round is not assessed and gives no penalty.
    await cell(page, row, 1).click();
    const panel = sidebar(page).locator('#round-panel');
    await until(() => sidebar(page).locator('h3.division-name').textContent()).toBe('กองคลัง');
    await until(async () => (await panel.locator('p.exempt').count()) > 0).toBe(true);
    await expect(panel.locator('p.exempt strong').textContent()).resolves.toBe(EXEMPT);
    await expect(panel.locator('.figure-level dd').textContent()).resolves.toBe('ไม่ประเมิน');
    await expect(panel.locator('.figure-score dd').textContent()).resolves.toBe('ไม่ประเมิน');
    await expect(panel.locator('p.next').textContent()).resolves.toBe(`ขั้นต่อไป: ${EXEMPT}`);
    await expect(panel.locator('.figure-late dd').textContent()).resolves.toBe('0 วัน');
    await expect(panel.locator('.figure-penalty dd').textContent()).resolves.toBe('0.00');
    await page.locator('#sidebar').screenshot({ path: join(ARTIFACTS, 'exemption-sidebar.png') });

    // One late division fewer; it was submitted, so the unsubmitted count stays.
    await until(() => summaryCount(2, 'count-late')).toBe(late - 1);
    expect(await summaryCount(2, 'count-not-submitted')).toBe(notSubmitted);

    // Unticked, the row is late again with its penalty.
    await cell(page, row, await columnOf(page, EXEMPT))
      .locator('input[type="checkbox"]')
      .click();
    await until(() => cellText(page, row, penalty)).toBe(before[2] as string);
    expect(await formulaCells(row)).toEqual(before);
    await until(() => summaryCount(2, 'count-late')).toBe(late);
  });

  it.each([ROUND_1, ROUND_2])('%s: no header breaks inside a word, as Chromium lays it out', async (tab) => {
    await openTab(page, tab);
    await page.evaluate('document.fonts.ready');
    // Where each header's text goes to a new line: the offsets of the first character of each line.
    // Run in the page (a string: this file is typed without the DOM's names).
    const layouts = (await page.evaluate(`
      Array.from(document.querySelectorAll('td[data-row="1"]')).flatMap((td) => {
        const node = document.createTreeWalker(td, NodeFilter.SHOW_TEXT).nextNode();
        const text = node === null ? '' : node.textContent;
        if (text.trim() === '') return [];
        const breaks = [];
        let top;
        for (let index = 0; index < text.length; index++) {
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const rect = range.getClientRects()[0];
          if (rect === undefined || rect.width === 0) continue;
          if (top !== undefined && rect.top > top + 2) breaks.push(index);
          top = rect.top;
        }
        return [{ text, breaks }];
      })
    `)) as { text: string; breaks: number[] }[];
    expect(layouts.length).toBeGreaterThan(20);
    const midWord = layouts.flatMap(({ text, breaks }) =>
      breaks
        .filter((at) => !wordBoundaries(text).has(at))
        .map((at) => `${text.slice(0, at)}/${text.slice(at)}`),
    );
    expect(midWord).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `headers-${tab.slice(4, 5)}.png`) });
  });
});

/**
 * The words of the headers' Thai runs, as an official-Thai reader divides them
 * (a browser's dictionary splits compounds such as ข้อเสนอ|แนะ or น้ำ|หนัก, which
 * must stay whole). A run not listed is one word.
 */
const WORDS: Readonly<Record<string, string>> = {
  ทบทวนกระบวนการ: 'ทบทวน|กระบวนการ',
  แผนปรับปรุงกระบวนการ: 'แผน|ปรับปรุง|กระบวนการ',
  ความคืบหน้าตามแผน: 'ความคืบหน้า|ตาม|แผน',
  เวทีแลกเปลี่ยนเรียนรู้: 'เวที|แลกเปลี่ยน|เรียนรู้',
  รายงานผลตามแบบฟอร์ม: 'รายงานผล|ตาม|แบบฟอร์ม',
  วันครบกำหนด: 'วัน|ครบกำหนด',
  วันที่ส่งรายงาน: 'วันที่|ส่ง|รายงาน',
  ระดับที่ได้: 'ระดับ|ที่|ได้',
  วันที่ล่าช้า: 'วันที่|ล่าช้า',
  คะแนนที่ถูกหัก: 'คะแนน|ที่|ถูก|หัก',
  คะแนนสุทธิ: 'คะแนน|สุทธิ',
  คะแนนถ่วงน้ำหนัก: 'คะแนน|ถ่วงน้ำหนัก',
  ขั้นต่อไป: 'ขั้น|ต่อไป',
  ลิงก์รายงาน: 'ลิงก์|รายงาน',
  สถานะรายงาน: 'สถานะ|รายงาน',
  โทรศัพท์ผู้รายงาน: 'โทรศัพท์|ผู้รายงาน',
  ไม่ประเมินรอบนี้: 'ไม่|ประเมิน|รอบ|นี้',
};

/** The offsets in a header where a new line may start: after a space or a slash, or between two words. */
function wordBoundaries(text: string): Set<number> {
  const allowed = new Set<number>();
  for (const match of text.matchAll(/[\s/]+/g)) allowed.add((match.index ?? 0) + match[0].length);
  for (const match of text.matchAll(/[\u0e00-\u0e7f]+/g)) {
    const words = (WORDS[match[0]] ?? match[0]).split('|');
    let at = match.index ?? 0;
    for (const word of words.slice(0, -1)) {
      at += word.length;
      allowed.add(at);
    }
  }
  return allowed;
}
