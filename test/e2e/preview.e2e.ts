/**
 * The preview in a real browser: the sample sheet scored by dist/, edited as a
 * person edits it, with the add-on's own sidebar and dialogs talking to the same
 * server code through the `google.script.run` shim.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { previewLink } from '../../preview/shared/drive-links';
import { expectedScores, shownScore } from './dist-scores';
import { type PreviewProcess, ROOT } from './preview-process';
import { closePreview, openPreview } from './session';
import {
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

const TODAY = '2023-10-16';
const ROUND_1 = 'รอบ 1/2566';
const ROUND_2 = 'รอบ 2/2566';
const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');

let preview: PreviewProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ preview, browser, page } = await openPreview(TODAY));
}, 90_000);

afterAll(() => closePreview({ preview, browser }));

async function artifact(name: string, shoot: (path: string) => Promise<unknown>): Promise<void> {
  await shoot(join(ARTIFACTS, name));
}

describe('the preview', () => {
  it('opens on the sample: a round tab of divisions, scored, with the add-on’s sidebar beside it', async () => {
    await openTab(page, ROUND_2);
    expect(await cellText(page, 1, 1)).toBe('หน่วยงาน');
    expect(await page.locator('td[data-column="1"]').allTextContents()).toContain('สำนักบริหารกลาง');
    await expect(page.locator('#today').textContent()).resolves.toBe('16 ตุลาคม 2566');
    await expect(sidebar(page).locator('h3.division-name').textContent()).resolves.toBe('สำนักบริหารกลาง');
    await page.evaluate('document.fonts.ready');
    await artifact('grid.png', (path) => page.screenshot({ path }));
    await artifact('sidebar.png', (path) => page.locator('#sidebar').screenshot({ path }));
    await cell(page, 2, await columnOf(page, 'คะแนนสุทธิ')).scrollIntoViewIfNeeded();
    await artifact('grid-scores.png', (path) => page.screenshot({ path }));
  });

  it('shows every division’s score as KPISCORE of dist/ gives it for the same row', async () => {
    const expected = expectedScores(preview.dataFile, TODAY);
    expect(expected.length).toBe(30);
    for (const tab of [ROUND_1, ROUND_2]) {
      await openTab(page, tab);
      const score = await columnOf(page, 'คะแนนสุทธิ');
      for (const entry of expected.filter((item) => item.tab === tab)) {
        expect([tab, entry.division, await cellText(page, entry.row, score)]).toEqual([
          tab,
          entry.division,
          shownScore(entry.score),
        ]);
      }
    }
    const shown = expected.map((entry) => entry.score);
    expect(shown.some((score) => typeof score === 'string' && score.startsWith('⚠'))).toBe(true);
    expect(new Set(shown.filter((score) => typeof score === 'number')).size).toBeGreaterThan(5);
  });

  it('ticking a milestone raises the level and the score', async () => {
    await openTab(page, ROUND_2);
    const row = await rowOf(page, 'กองตรวจราชการ');
    const level = await columnOf(page, 'ระดับที่ได้');
    const score = await columnOf(page, 'คะแนนสุทธิ');
    const manual = await columnOf(page, 'ระดับ 3 (0.5): ผังงาน/มาตรฐาน/คู่มือ');
    expect([await cellText(page, row, level), await cellText(page, row, score)]).toEqual(['2', '2.00']);
    await cell(page, row, manual).locator('input[type="checkbox"]').click();
    await until(() => cellText(page, row, level)).toBe('2.5');
    expect(await cellText(page, row, score)).toBe('2.50');
    await expect(cell(page, row, manual).locator('input[type="checkbox"]').isChecked()).resolves.toBe(true);
  });

  it('a bad percentage shows its ⚠ message in the row’s formula cells', async () => {
    await openTab(page, ROUND_2);
    const row = await rowOf(page, 'กองวิชาการและแผนงาน');
    const progress = await columnOf(page, 'ระดับ 1–2: ความคืบหน้าตามแผน (%)');
    const level = await columnOf(page, 'ระดับที่ได้');
    const score = await columnOf(page, 'คะแนนสุทธิ');
    await typeInto(page, row, progress, '150');
    await until(() => cellText(page, row, level)).toBe('⚠ ความคืบหน้าต้องอยู่ระหว่าง 0–100%: 150');
    expect(await cellText(page, row, score)).toBe('⚠ ความคืบหน้าต้องอยู่ระหว่าง 0–100%: 150');
    await expect(cell(page, row, progress).getAttribute('class')).resolves.toContain('has-problem');
    await typeInto(page, row, progress, '100%');
    await until(() => cellText(page, row, level)).toBe('4');
  });

  it('a formula typed into a data cell shows in the formula bar, editable, and Delete clears it', async () => {
    await openTab(page, ROUND_2);
    const row = await rowOf(page, 'กองคลัง');
    const suggestions = await columnOf(page, 'ข้อเสนอแนะ');
    await typeInto(page, row, suggestions, '=1+1');
    await until(() => cellText(page, row, suggestions)).toBe('2');
    await cell(page, row, suggestions).click();
    await until(() => page.locator('#cell-input').inputValue()).toBe('=1+1');
    await expect(page.locator('#cell-input').isEditable()).resolves.toBe(true);
    await page.keyboard.press('Delete');
    await until(() => cellText(page, row, suggestions)).toBe('');
    await until(() => page.locator('#cell-input').inputValue()).toBe('');
    // The add-on's formula columns stay protected: Delete there changes nothing and says why.
    const score = await columnOf(page, 'คะแนนสุทธิ');
    const shown = await cellText(page, row, score);
    await cell(page, row, score).click();
    await page.keyboard.press('Delete');
    // It says the column is computed and which white cells of the row to change, not to edit the formula.
    await until(() => page.locator('#status').textContent()).toMatch(
      /^เซลล์นี้คำนวณอัตโนมัติ .*ให้แก้ช่องสีขาวผลการดำเนินงาน .*"วันครบกำหนด" หรือ "วันที่ส่งรายงาน" ของแถวเดียวกัน$/,
    );
    expect(await cellText(page, row, score)).toBe(shown);
  });

  it('selecting a division moves the sidebar to it', async () => {
    await openTab(page, ROUND_1);
    const row = await rowOf(page, 'กองพัสดุ');
    await cell(page, row, 2).click();
    await expect(page.locator('#cell-name').textContent()).resolves.toBe(`B${row}`);
    await until(() => sidebar(page).locator('h3.division-name').textContent(), { timeout: 10_000 }).toBe(
      'กองพัสดุ',
    );
    await expect(sidebar(page).getByText(`ชีต ${ROUND_1} แถว ${row}`).count()).resolves.toBeGreaterThan(0);
  });

  it('the add-on’s menu is Extensions ▸ KPI ▸ its Thai items, with no menu of its own in the menu bar', async () => {
    const bar = page.locator('#menubar');
    await expect(bar.locator('.menu-button').allTextContents()).resolves.toEqual(['ส่วนขยาย ▾']);
    const items = await openAddOnMenu(page, 'KPI');
    await expect(items.getByRole('menuitem').allTextContents()).resolves.toEqual([
      'เปิดแถบข้าง',
      'ตั้งค่าชีตติดตามผล',
      'เพิ่มหน่วยงาน',
      'ตรวจข้อมูล',
      'เริ่มปีงบประมาณใหม่…',
      'เปิดแถบข้างเพื่อสร้างรายงานผล…',
    ]);
    await expect(items.getByRole('separator').count()).resolves.toBe(2);
    // The keys of a menu: ← closes the add-on's items, Escape the Extensions menu.
    await page.keyboard.press('ArrowLeft');
    await expect(items.isHidden()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu', { name: 'ส่วนขยาย' }).isHidden()).resolves.toBe(true);
  });

  it('“check data” lists the bad cells and takes the grid to the one chosen', async () => {
    await chooseMenu(page, 'KPI', 'ตรวจข้อมูล');
    const problem = dialog(page).getByRole('button', { name: /ไม่มีวันที่นี้ในปฏิทิน/ });
    await problem.first().waitFor();
    await artifact('check-data.png', (path) => page.locator('dialog#dialog').screenshot({ path }));
    await problem.first().click();
    await until(() => page.locator('#tabs [aria-selected="true"]').textContent()).toBe(ROUND_2);
    const submitted = await columnOf(page, 'วันที่ส่งรายงาน');
    const row = await rowOf(page, 'กองพัฒนาระบบบริหาร');
    await until(() => page.locator('#cell-name').textContent()).toBe(`${letters(submitted)}${row}`);
    await page.getByRole('button', { name: 'ปิดหน้าต่าง' }).click();
  });

  it('“add division” from the menu adds the division to both round tabs', async () => {
    await chooseMenu(page, 'KPI', 'เพิ่มหน่วยงาน');
    const form = dialog(page);
    await form.getByLabel('ชื่อหน่วยงาน').fill('กองทดสอบระบบ');
    await form.getByLabel('ชื่อผู้อำนวยการ').fill('นางสาวทดลอง ใช้งาน');
    await form.getByRole('button', { name: 'เพิ่มหน่วยงาน' }).click();
    await form.getByText(/เพิ่มหน่วยงาน "กองทดสอบระบบ"/).waitFor();
    await page.getByRole('button', { name: 'ปิดหน้าต่าง' }).click();
    for (const tab of [ROUND_1, ROUND_2]) {
      await openTab(page, tab);
      await until(async () => page.locator('td[data-column="1"]').allTextContents()).toContain(
        'กองทดสอบระบบ',
      );
    }
  });

  it('a division’s report is generated into the preview’s Drive, as a Doc and a PDF', async () => {
    await openTab(page, ROUND_1);
    const row = await rowOf(page, 'สำนักบริหารกลาง');
    await cell(page, row, 1).click();
    await until(() => sidebar(page).locator('h3.division-name').textContent()).toBe('สำนักบริหารกลาง');
    await sidebar(page).getByRole('button', { name: 'สร้างรายงานหน่วยงานนี้' }).click();
    const link = await columnOf(page, 'ลิงก์รายงาน');
    await until(() => cellText(page, row, link), { timeout: 20_000 }).toMatch(/^https:\/\/docs\.google\.com/);
    const doc = await page.context().newPage();
    const href = await cell(page, row, link).locator('a').getAttribute('href');
    expect(href).toMatch(/^\/drive\//);
    const score = Number(await cellText(page, row, await columnOf(page, 'คะแนนสุทธิ')));
    await doc.goto(`${preview.url}${href}`);
    const docText = (await doc.locator('main.sheet').textContent()) ?? '';
    expect(docText).toContain('สำนักบริหารกลาง');
    // Its net score as the form writes it, and the report date in the Buddhist Era.
    expect(docText).toContain(score.toFixed(2));
    expect(docText).toContain('16 ตุลาคม 2566');
    await doc.evaluate('document.fonts.ready');
    await artifact('report-doc.png', (path) => doc.screenshot({ path, fullPage: true }));
    await doc.close();

    const pdfLink = await columnOf(page, 'ลิงก์ PDF');
    const pdfHref = await cell(page, row, pdfLink).locator('a').getAttribute('href');
    const response = await page.request.get(`${preview.url}${pdfHref}`, { timeout: 60_000 });
    expect(response.headers()['content-type']).toBe('application/pdf');
    const bytes = await response.body();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = join(ARTIFACTS, 'report.pdf');
    writeFileSync(pdf, bytes);
    if (existsSync('/usr/bin/pdftotext')) {
      const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('สำนักบริหารกลาง');
    }
  });

  it('the batch for a round reports every division with its progress shown, and links land on every row', async () => {
    await openTab(page, ROUND_2);
    const first = await rowOf(page, 'สำนักบริหารกลาง');
    await cell(page, first, 1).click();
    await until(() => sidebar(page).locator('h3.division-name').textContent()).toBe('สำนักบริหารกลาง');
    const panel = sidebar(page).locator('.batch');
    // Watch the progress counter inside the sidebar's frame: every text it shows while the batch runs.
    const frame = page.frames().find((candidate) => candidate.url().includes('sidebar'));
    await frame?.evaluate(`(() => {
      const seen = [];
      window.seenCounts = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.batch-count')?.textContent ?? '';
        if (text !== '' && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    // The whole-round button follows the active tab once the sidebar has seen it (issue 11).
    await sidebar(page)
      .getByRole('button', { name: `สร้างรายงานทุกหน่วยงาน ${ROUND_2}` })
      .click();
    await until(() => panel.locator('.batch-count').textContent(), { timeout: 60_000 }).toMatch(
      /^(\d+) \/ \1$/,
    );
    const seen = ((await frame?.evaluate('window.seenCounts')) as string[] | undefined) ?? [];
    const total = Number(seen[seen.length - 1]?.split(' / ')[1]);
    expect(total).toBeGreaterThanOrEqual(15);
    // Progress moved in steps (chunks), not straight from 0 to the end.
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen[0]).toBe(`0 / ${total}`);
    await expect(panel.getByRole('progressbar').getAttribute('aria-valuenow')).resolves.toBe(String(total));
    await artifact('batch.png', (path) => page.screenshot({ path }));
    const link = await columnOf(page, 'ลิงก์รายงาน');
    const status = await columnOf(page, 'สถานะรายงาน');
    // The grid shows the sheet a moment after the server changed it: wait for the last chunk's rows.
    await until(() => cellText(page, first + total - 1, status), { timeout: 10_000 }).toMatch(
      /^(สำเร็จ|ผิดพลาด|ยังไม่สร้างรายงาน)/,
    );
    for (let row = first; row < first + total; row++) {
      const text = await cellText(page, row, status);
      // A row with data problems gets no form: its status says which cells to fix (issue 11).
      expect([row, text]).toEqual([
        row,
        expect.stringMatching(/^(สำเร็จ 16 ต\.ค\. 2566|ผิดพลาด: |ยังไม่สร้างรายงาน: แก้ไขข้อมูลที่ช่อง )/),
      ]);
      if (text.startsWith('สำเร็จ'))
        await expect(cellText(page, row, link)).resolves.toMatch(/^https:\/\/docs/);
    }
  });

  it('the summary of a round is generated into the preview’s Drive, as a Doc and a PDF naming its divisions', async () => {
    await openTab(page, ROUND_2);
    const first = await rowOf(page, 'สำนักบริหารกลาง');
    await cell(page, first, 1).click();
    // The whole-round buttons follow the tab in view.
    await until(() => sidebar(page).locator('.summary-button').textContent()).toBe(
      'สร้างรายงานสรุป รอบ 2/2566',
    );
    await sidebar(page).locator('.summary-button').click();
    const links = sidebar(page).locator('.summary-links a');
    await until(async () => (await links.count()) >= 2, { timeout: 30_000 }).toBe(true);
    const hrefs = await links.evaluateAll((anchors) =>
      anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
    );
    // Each link opens from the preview's own Drive: one the Doc, one its PDF.
    const answers = await Promise.all(
      hrefs.map((href) => page.request.get(`${preview.url}${previewLink(href)}`, { timeout: 60_000 })),
    );
    const types = answers.map((answer) => answer.headers()['content-type'] ?? '');
    const pdf = answers[types.indexOf('application/pdf')];
    const doc = answers[types.findIndex((type) => type.startsWith('text/html'))];
    expect((await pdf?.body())?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const docHtml = (await doc?.text()) ?? '';
    expect(docHtml).toContain('รายงานสรุปผลการดำเนินงานตามตัวชี้วัด');
    expect(docHtml).toContain('สำนักบริหารกลาง');
  });

  // What axe finds on the whole window (grid, menus, tabs and the sidebar's frame), serious or critical only.
  let serious: { id: string; help: string; html: string; target: string }[] = [];
  // The ⚠ colours are the add-on's sheet template (COLOURS.warningFont on warning in src/server/setup.ts).
  const templateWarning = (problem: (typeof serious)[number]) =>
    problem.id === 'color-contrast' && problem.html.includes('⚠');

  it('the grid and the sidebar have no serious or critical accessibility problems', async () => {
    await openTab(page, ROUND_2);
    await cell(page, 3, 1).click();
    await until(() => sidebar(page).locator('h3.division-name').textContent()).toBe('กองคลัง');
    const results = await new AxeBuilder({ page }).analyze();
    serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .flatMap((violation) =>
        violation.nodes.map((node) => ({
          id: violation.id,
          help: violation.help,
          html: node.html,
          target: node.target.join(' '),
        })),
      );
    expect(results.passes.length).toBeGreaterThan(10);
    expect(serious.filter((problem) => !templateWarning(problem))).toEqual([]);
  });

  it('the template’s ⚠ cells have enough colour contrast', () => {
    expect(serious.filter(templateWarning)).toEqual([]);
  });
});

function letters(column: number): string {
  let text = '';
  for (let number = column; number > 0; number = Math.floor((number - 1) / 26)) {
    text = String.fromCharCode(65 + ((number - 1) % 26)) + text;
  }
  return text;
}
