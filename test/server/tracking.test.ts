/**
 * The menu's tracking actions through the real Sheets adapter (`appsScriptSpreadsheet()`)
 * on the emulator, inspecting the in-memory state behind it.
 */

import { type InstalledEmulator, installEmulator } from '../../emulator/install';
import { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { FORMULA_KEYS } from '../../src/core/template';
import { appsScriptSpreadsheet } from '../../src/server/services/apps-script-spreadsheet';
import { gridRange, type SpreadsheetHandle } from '../../src/server/services/spreadsheet';
import { setUpTrackingSheet } from '../../src/server/setup';
import { addDivisionToSheet, listDataProblems, selectSheetCell } from '../../src/server/tracking';
import { columnOf, trackingFixture, writeRow } from './tracking-fixture';

let emulator: InstalledEmulator | undefined;

afterEach(() => {
  emulator?.uninstall();
  emulator = undefined;
});

/** The emulator installed over this state; the add-on's handle on it through the real adapter. */
function served(state: FakeSpreadsheet = trackingFixture()): {
  state: FakeSpreadsheet;
  handle: SpreadsheetHandle;
} {
  emulator?.uninstall();
  emulator = installEmulator({ spreadsheet: state });
  return { state, handle: appsScriptSpreadsheet() };
}

describe('add division', () => {
  it('appends the division to every round tab below the last one, with the round due date', () => {
    const { state: spreadsheet, handle } = served();
    const result = addDivisionToSheet(handle, '  กองนิติการ ', 'นางสาวพร  ดี');
    expect(result).toEqual({ ok: true, message: 'เพิ่มหน่วยงาน "กองนิติการ" ในแท็บ รอบ 1/2566, รอบ 2/2566 แล้ว' });
    const round1 = spreadsheet.tab('รอบ 1/2566');
    expect(round1.peekValues(gridRange(6, 1, 1, 2))).toEqual([['กองนิติการ', 'นางสาวพร ดี']]);
    expect(round1.valueAt(6, columnOf(1, 'due'))).toBe(45026);
    const round2 = spreadsheet.tab('รอบ 2/2566');
    expect(round2.peekValues(gridRange(3, 1, 1, 2))).toEqual([['กองนิติการ', 'นางสาวพร ดี']]);
    expect(round2.valueAt(3, columnOf(2, 'due'))).toBe(45209); // 10 October 2023
    expect(round2.formatAt(3, columnOf(2, 'due')).numberFormat).toBe('d/m/yyyy');
  });

  it('refuses a name already listed (ignoring case and spaces), a blank name, and a sheet not set up', () => {
    const { state: spreadsheet, handle } = served();
    const before = JSON.stringify(spreadsheet.snapshot());
    expect(addDivisionToSheet(handle, 'กองคลัง ', 'x')).toEqual({
      ok: false,
      message: 'มีหน่วยงาน "กองคลัง" อยู่แล้ว',
    });
    expect(addDivisionToSheet(handle, ' \u200b ', 'x')).toEqual({
      ok: false,
      message: 'กรุณาใส่ชื่อหน่วยงาน',
    });
    expect(addDivisionToSheet(handle, 'ก'.repeat(151), '')).toEqual({
      ok: false,
      message: 'ชื่อหน่วยงานยาวเกิน 150 ตัวอักษร',
    });
    expect(JSON.stringify(spreadsheet.snapshot())).toBe(before);
    expect(addDivisionToSheet(served(new FakeSpreadsheet()).handle, 'กองใหม่', '')).toEqual({
      ok: false,
      message: 'ยังไม่มีแท็บติดตามผล กรุณาเลือกเมนู KPI › ตั้งค่าชีตติดตามผล ก่อน',
    });
  });

  it('stores formula-like and hostile names as plain text, never as formulas', () => {
    const { state: spreadsheet, handle } = served();
    expect(addDivisionToSheet(handle, '=IMPORTXML("http://x", "//a")', '+66 1234').ok).toBe(true);
    expect(addDivisionToSheet(handle, '<img src=x onerror=alert(1)>', '@head').ok).toBe(true);
    const sheet = spreadsheet.tab('รอบ 1/2566');
    expect(sheet.peekValues(gridRange(6, 1, 2, 2))).toEqual([
      ['=IMPORTXML("http://x", "//a")', '+66 1234'],
      ['<img src=x onerror=alert(1)>', '@head'],
    ]);
    expect(sheet.readFormulas(gridRange(6, 1, 2, 2))).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  it('batches its work: one read of the names column per tab, no whole-table reads', () => {
    const { state: spreadsheet, handle } = served();
    addDivisionToSheet(handle, 'กองใหม่', 'หัวหน้า');
    // Header row + names column per round tab.
    expect(spreadsheet.calls.sheet('รอบ 1/2566').readValues).toBe(2);
    expect(spreadsheet.calls.sheet('รอบ 1/2566').writeValues).toBe(2);
  });

  it('a division past the last row grows the tab, and the new row is validated, formatted, protected and coloured', () => {
    const { state: spreadsheet, handle } = served();
    const round1 = spreadsheet.tab('รอบ 1/2566');
    // Rows 6 to 1,000 filled: the next division goes to row 1,001, past the grid.
    round1.writeValues(
      gridRange(6, 1, 995, 1),
      Array.from({ length: 995 }, (_, index) => [`กองที่ ${index + 6}`]),
    );
    const rulesBefore = round1.formatRules();
    expect(addDivisionToSheet(handle, 'กองใหม่', 'หัวหน้า').ok).toBe(true);

    expect(round1.maxRows()).toBe(1001);
    expect(round1.valueAt(1001, 1)).toBe('กองใหม่');
    expect(round1.valueAt(1001, columnOf(1, 'due'))).toBe(45026);
    for (const key of ['reviewDone', 'progress', 'evidence:planDone', 'due', 'submitted']) {
      expect([key, round1.validationAt(1001, columnOf(1, key))]).toEqual([
        key,
        round1.validationAt(1000, columnOf(1, key)),
      ]);
    }
    expect(round1.formatAt(1001, columnOf(1, 'submitted')).numberFormat).toBe('d/m/yyyy');
    expect(round1.formatAt(1001, columnOf(1, 'penalty'))).toEqual(
      round1.formatAt(1000, columnOf(1, 'penalty')),
    );
    const protections = round1.protectionEntries();
    expect(protections).toHaveLength(FORMULA_KEYS.length);
    for (const protection of protections) expect(protection.range).toMatchObject({ row: 2, rows: 1000 });
    const rulesAfter = round1.formatRules();
    expect(rulesAfter).toHaveLength(rulesBefore.length);
    rulesAfter.forEach((rule, index) => {
      expect(rule).toEqual({
        ...rulesBefore[index],
        ranges: rulesBefore[index]?.ranges.map((range) => ({ ...range, rows: 1000 })),
      });
    });
    // Round 2 had room: nothing of it changed but its new row.
    expect(spreadsheet.tab('รอบ 2/2566').maxRows()).toBe(1000);
  });
});

describe('check data', () => {
  it('lists every bad cell with its tab, A1 address and Thai message', () => {
    const { state: spreadsheet, handle } = served();
    writeRow(spreadsheet, 2, 3, { progress: 'เกือบเสร็จ' });
    const settings = spreadsheet.tab('ตั้งค่า');
    const rateRow =
      spreadsheet.namedRanges().find((named) => named.name === 'KPI_RATE_PER_DAY')?.range.row ?? 0;
    settings.writeValues(gridRange(rateRow, 2), [['สิบสตางค์']]);
    spreadsheet.tab('วันหยุด').writeValues(gridRange(40, 1), [['วันหยุดเพิ่ม']]);

    expect(listDataProblems(handle)).toEqual([
      {
        sheetName: 'ตั้งค่า',
        cell: `B${rateRow}`,
        message: 'คะแนนที่หักต่อวันที่ล่าช้า: อัตราหักคะแนนต่อวันต้องเป็นตัวเลขตั้งแต่ 0 ถึง 5 คะแนน: "สิบสตางค์"',
      },
      {
        sheetName: 'วันหยุด',
        cell: 'A40',
        message: 'วันหยุด อ่านเป็นวันที่ไม่ได้ (ใช้ 31/3/2566, 31 มี.ค. 2566 หรือ 2023-03-31): "วันหยุดเพิ่ม"',
      },
      {
        sheetName: 'รอบ 1/2566',
        cell: 'C4',
        message: 'ทบทวนกระบวนการ (ระดับ 1) ต้องเป็น ✓ / ใช่ / ไม่ใช่ / TRUE / FALSE / 1 / 0 หรือเว้นว่าง: "maybe"',
      },
      { sheetName: 'รอบ 1/2566', cell: 'E4', message: 'ความคืบหน้าต้องอยู่ระหว่าง 0–100%: 150' },
      { sheetName: 'รอบ 1/2566', cell: 'G4', message: 'หลักฐานควรเป็นลิงก์ (https://…): "ไม่มีลิงก์"' },
      { sheetName: 'รอบ 1/2566', cell: 'J4', message: 'วันที่ส่งรายงาน ไม่มีวันนี้ในปฏิทิน: "30/02/2566"' },
      { sheetName: 'รอบ 2/2566', cell: 'A3', message: 'แถวนี้มีข้อมูลแต่ไม่มีชื่อหน่วยงาน' },
      {
        sheetName: 'รอบ 2/2566',
        cell: 'C3',
        message: 'ความคืบหน้าต้องเป็นตัวเลขหรือร้อยละ เช่น 60%: "เกือบเสร็จ"',
      },
      { sheetName: 'รอบ 2/2566', cell: 'M3', message: 'วันครบกำหนดว่างอยู่ จึงนับวันที่ล่าช้าไม่ได้' },
    ]);
  });

  it('finds nothing wrong in a clean sheet, and ignores rows of unticked checkboxes only', () => {
    expect(listDataProblems(served().handle).length).toBeGreaterThan(0);
    const { state: spreadsheet, handle } = served(new FakeSpreadsheet());
    setUpTrackingSheet(handle);
    spreadsheet.tab('รอบ 1/2566').writeValues(gridRange(2, 3, 3, 2), [
      [false, false],
      [false, false],
      [false, false],
    ]);
    expect(listDataProblems(handle)).toEqual([]);
  });
});

describe('select cell', () => {
  it('selects the cell a problem names', () => {
    const { state: spreadsheet, handle } = served();
    selectSheetCell(handle, 'รอบ 1/2566', 'E4');
    expect(spreadsheet.selection()).toEqual({ sheetName: 'รอบ 1/2566', range: gridRange(4, 5) });
  });

  it('says in Thai when the tab or cell does not exist', () => {
    const { handle } = served();
    expect(() => selectSheetCell(handle, 'รอบ 3/2566', 'A1')).toThrow('ไม่พบแท็บ "รอบ 3/2566"');
    expect(() => selectSheetCell(handle, 'รอบ 1/2566', 'not a cell')).toThrow('ไม่พบเซลล์ not a cell');
    expect(() => selectSheetCell(handle, 'รอบ 1/2566', 'A5000')).toThrow('ไม่พบเซลล์ A5000');
  });
});
