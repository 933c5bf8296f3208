/**
 * Rounds that cannot be mixed up: the sidebar's data names the round tab in view
 * (its round and year), and the whole-round actions refuse a tab that is gone, of
 * another round, or not the round's first, through the real adapters on the
 * emulator. And the report preview opens in a dialog as wide as an A4 page.
 */

import { type InstalledEmulator, installEmulator } from '../../emulator/install';
import type { FakeSpreadsheet } from '../../emulator/spreadsheet';
import {
  generateSummaryReport,
  getSidebarData,
  showDivisionReportPreview,
  startReportBatch,
} from '../../src/server/api';
import { appsScriptSpreadsheet } from '../../src/server/services/apps-script-spreadsheet';
import { gridRange } from '../../src/server/services/spreadsheet';
import { activeRoundTab, wholeRoundRefusal } from '../../src/server/sidebar';
import { trackingFixture } from './tracking-fixture';

const ROUND_1 = 'รอบ 1/2566';
const ROUND_2 = 'รอบ 2/2566';

let emulator: InstalledEmulator | undefined;

afterEach(() => {
  emulator?.uninstall();
  emulator = undefined;
});

function served(spreadsheet: FakeSpreadsheet = trackingFixture()) {
  emulator = installEmulator({ spreadsheet });
  return { spreadsheet, emulator };
}

describe('the active round tab in the sidebar data', () => {
  it('is the round and year of the tab in view, and changes the key when the tab changes', () => {
    const { spreadsheet } = served();
    spreadsheet.select(ROUND_2, gridRange(1, 1));
    const second = getSidebarData();
    expect(second.activeRound).toEqual({ round: 2, sheetName: ROUND_2, fiscalYear: 2566 });
    spreadsheet.select(ROUND_1, gridRange(1, 1));
    const first = getSidebarData();
    expect(first.activeRound).toEqual({ round: 1, sheetName: ROUND_1, fiscalYear: 2566 });
    expect(first.key).not.toBe(second.key);
  });

  it('is null on a tab that is not a round’s', () => {
    const { spreadsheet } = served();
    spreadsheet.select('ตั้งค่า', gridRange(2, 2));
    expect(getSidebarData().activeRound).toBeNull();
  });

  it.each([
    ['รอบ 2/2567', { round: 2, sheetName: 'รอบ 2/2567', fiscalYear: 2567 }],
    [' รอบ 1/2566 ', { round: 1, sheetName: ' รอบ 1/2566 ', fiscalYear: 2566 }],
    ['รอบ 3/2566', null],
    ['ตั้งค่า', null],
    [undefined, null],
  ])('reads %p as %p', (name, expected) => {
    expect(activeRoundTab(name)).toEqual(expected);
  });
});

describe('a whole-round action names its tab, and a stale one is refused', () => {
  it('the summary of round 1 asked with round 2’s tab (a stale label) is refused, nothing made', () => {
    const { emulator } = served();
    const outcome = generateSummaryReport(1, ROUND_2);
    expect(outcome).toEqual({
      ok: false,
      message: 'แท็บ "รอบ 2/2566" ไม่ใช่แท็บของรอบ 1 ยังไม่ได้สร้างรายงาน กรุณาตรวจชื่อรอบบนปุ่มแล้วกดอีกครั้ง',
      docUrl: '',
      pdfUrl: '',
    });
    expect(emulator.drive.items()).toEqual([]);
  });

  it('the summary of the tab named is made: round 2’s', () => {
    const { emulator } = served();
    const outcome = generateSummaryReport(2, ROUND_2);
    expect(outcome).toMatchObject({ ok: true, message: 'สร้างรายงานสรุปผลรอบ 2 แล้ว' });
    const names = emulator.drive.items().map((item) => item.name);
    expect(names).toContain('รายงานสรุปผล_รอบ2_2566');
    expect(names.some((name) => name.includes('รอบ1'))).toBe(false);
  });

  it('a tab renamed or deleted since the sidebar looked is refused', () => {
    const { emulator } = served();
    expect(generateSummaryReport(2, 'รอบ 2/2565')).toMatchObject({
      ok: false,
      message:
        'ไม่พบแท็บ "รอบ 2/2565" แล้ว (อาจถูกเปลี่ยนชื่อหรือลบ) ยังไม่ได้สร้างรายงาน กรุณาเปิดแท็บของรอบที่ต้องการแล้วกดอีกครั้ง',
    });
    expect(emulator.drive.items()).toEqual([]);
  });

  it('the batch refuses a stale tab with its reason, and starts no batch', () => {
    const { emulator } = served();
    expect(() => startReportBatch(1, ROUND_2)).toThrow('แท็บ "รอบ 2/2566" ไม่ใช่แท็บของรอบ 1 ยังไม่ได้สร้างรายงาน');
    expect(emulator.properties.keys()).toEqual([]);
    expect(startReportBatch(2, ROUND_2)).toMatchObject({ round: 2, state: 'running', mine: true });
  });

  it('a second tab of a round (another fiscal year) is accepted: the action is for the tab named (issue 12)', () => {
    const { spreadsheet } = served();
    spreadsheet.insertSheet('รอบ 1/2567');
    const handle = appsScriptSpreadsheet();
    expect(wholeRoundRefusal(handle, 1, 'รอบ 1/2567')).toBeUndefined();
    expect(wholeRoundRefusal(handle, 1, ROUND_1)).toBeUndefined();
  });

  it('a caller that names no tab (a script) is not checked', () => {
    served();
    expect(wholeRoundRefusal(appsScriptSpreadsheet(), 1, undefined)).toBeUndefined();
  });
});

describe('the report preview', () => {
  it('opens in a modal dialog wide enough for an A4 page, with the report’s document and its name', () => {
    const { emulator } = served();
    const fileName = showDivisionReportPreview(1, 3, 'กองคลัง');
    expect(fileName).toBe('รายงานผล_กองคลัง_รอบ1_2566');
    const dialog = emulator.ui.dialog;
    expect(dialog).toMatchObject({
      kind: 'dialog',
      file: '',
      title: 'ตัวอย่าง: รายงานผล_กองคลัง_รอบ1_2566 (ยังไม่ได้สร้างไฟล์)',
      width: 860,
      height: 640,
    });
    // 210 mm at 96 dpi is 794 px: the page and a scroll bar fit.
    expect(dialog?.width).toBeGreaterThanOrEqual(800);
    expect(dialog?.html?.startsWith('<!doctype html>')).toBe(true);
    expect(dialog?.html).toContain('กองคลัง');
    // Nothing is made.
    expect(emulator.drive.items()).toEqual([]);
  });
});
