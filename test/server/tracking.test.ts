/**
 * The menu's tracking actions through the real Sheets adapter (`appsScriptSpreadsheet()`)
 * on the emulator, inspecting the in-memory state behind it.
 */

import { type InstalledEmulator, installEmulator } from '../../emulator/install';
import { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { cellA1, columnLetters } from '../../src/core/a1';
import { dayFromIso } from '../../src/core/dates';
import { TRACKING } from '../../src/core/messages';
import { FORMULA_KEYS, NAMES, trackingColumns } from '../../src/core/template';
import { formatThaiDate } from '../../src/core/thai';
import { appsScriptSpreadsheet } from '../../src/server/services/apps-script-spreadsheet';
import { gridRange, type SheetValue, type SpreadsheetHandle } from '../../src/server/services/spreadsheet';
import { serialOfDay } from '../../src/server/settings';
import { setUpTrackingSheet } from '../../src/server/setup';
import {
  addDivisionsToSheet,
  addDivisionToSheet,
  listDataProblems,
  MAX_DIVISION_NAME,
  selectSheetCell,
} from '../../src/server/tracking';
import { columnOf, trackingFixture, writeRow } from './tracking-fixture';

let emulator: InstalledEmulator | undefined;

afterEach(() => {
  emulator?.uninstall();
  emulator = undefined;
});

/** What the refusal of a name the sheet already has says after where it is. */
const SAME_NAME_RULE = 'ชื่อที่ต่างกันเพียงตัวพิมพ์เล็ก-ใหญ่ ช่องว่าง หรืออักขระที่มองไม่เห็น นับเป็นชื่อเดียวกัน กรุณาใช้ชื่ออื่น';

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
      message: `มีหน่วยงาน "กองคลัง" อยู่แล้ว (แท็บ รอบ 1/2566 ช่อง A3) ${SAME_NAME_RULE}`,
    });
    expect(addDivisionToSheet(handle, ' \u200b ', 'x')).toEqual({
      ok: false,
      message: 'กรุณาใส่ชื่อหน่วยงาน',
    });
    expect(addDivisionToSheet(handle, 'ก'.repeat(151), '')).toEqual({
      ok: false,
      message: 'ชื่อหน่วยงานยาว 151 ตัวอักษร เกินกำหนด 150 ตัวอักษร (นับสระและวรรณยุกต์ด้วย) กรุณาย่อชื่อ',
    });
    expect(JSON.stringify(spreadsheet.snapshot())).toBe(before);
    expect(addDivisionToSheet(served(new FakeSpreadsheet()).handle, 'กองใหม่', '')).toEqual({
      ok: false,
      message: 'ยังไม่มีแท็บติดตามผล กรุณาเลือกเมนู ส่วนขยาย › KPI › ตั้งค่าชีตติดตามผล ก่อน',
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

describe('add division never reuses a row with data', () => {
  /** A value a person would type in a column of this kind. */
  const TYPED: Record<string, SheetValue> = {
    division: 'กองที่มีอยู่',
    head: 'นายหัวหน้า',
    flag: true,
    progress: 40,
    evidence: 'https://example.org/evidence.pdf',
    due: 45100,
    submitted: '12/4/2566',
    exempt: true,
    text: 'ผลการดำเนินงานที่พิมพ์ไว้',
    reportLink: 'https://docs.google.com/document/d/abc',
    pdfLink: 'https://drive.google.com/file/d/abc',
    reportStatus: 'สำเร็จ 20/4/2566',
  };
  /** Every data column of each round (all but the formula columns), and a column the user added. */
  const DATA_COLUMNS = ([1, 2] as const).flatMap((round) => [
    ...trackingColumns(round)
      .filter((column) => column.kind !== 'formula')
      .map((column) => [round, column.key, column.kind] as const),
    [round, 'own', 'text'] as const,
  ]);
  /** The first row below each round's last division in the fixture. */
  const BELOW_LAST = { 1: 6, 2: 3 } as const;

  it.each(DATA_COLUMNS)(
    'round %i: a row holding only its %s is left as it is; the division goes below it',
    (round, key, kind) => {
      const { state: spreadsheet, handle } = served();
      const sheetName = `รอบ ${round}/2566`;
      const tab = spreadsheet.tab(sheetName);
      const width = trackingColumns(round).length + (key === 'own' ? 1 : 0);
      const column = key === 'own' ? width : columnOf(round, key);
      if (key === 'own') {
        // A column the user added after the template's, as Sheets' "insert column" does.
        tab.ensureSize(tab.maxRows(), width);
        tab.writeValues(gridRange(1, column), [['หมายเหตุของผู้ใช้']]);
      }
      const row = BELOW_LAST[round];
      tab.writeValues(gridRange(row, column), [[TYPED[kind] as SheetValue]]);
      const before = tab.peekValues(gridRange(row, 1, 1, width));

      expect(addDivisionToSheet(handle, 'กองใหม่', 'หัวหน้าใหม่').ok).toBe(true);
      expect(tab.peekValues(gridRange(row, 1, 1, width))).toEqual(before);
      expect(tab.peekValues(gridRange(row + 1, 1, 1, 2))).toEqual([['กองใหม่', 'หัวหน้าใหม่']]);
      expect(tab.valueAt(row + 1, columnOf(round, 'due'))).toBe(round === 1 ? 45026 : 45209);
    },
  );

  it("keeps the tester's row: milestones, its own due date and results, but no name", () => {
    const { state: spreadsheet, handle } = served();
    writeRow(spreadsheet, 1, 6, {
      reviewDone: true,
      planDone: true,
      progress: 80,
      due: 45100,
      results: 'ปรับปรุงกระบวนการเบิกจ่ายแล้ว',
    });
    const round1 = spreadsheet.tab('รอบ 1/2566');
    const before = round1.peekValues(gridRange(6, 1, 1, 22));
    expect(addDivisionToSheet(handle, 'กองนิติการ', 'นางสาวพร').ok).toBe(true);
    expect(round1.peekValues(gridRange(6, 1, 1, 22))).toEqual(before);
    expect(round1.valueAt(6, columnOf(1, 'due'))).toBe(45100);
    expect(round1.valueAt(7, 1)).toBe('กองนิติการ');
    expect(round1.valueAt(7, columnOf(1, 'due'))).toBe(45026);
  });

  it('walks past many rows with data, reading them a block at a time', () => {
    const { state: spreadsheet, handle } = served();
    const round1 = spreadsheet.tab('รอบ 1/2566');
    const results = columnOf(1, 'results');
    round1.writeValues(
      gridRange(6, results, 45, 1),
      Array.from({ length: 45 }, (_, index) => [`ผลงานแถว ${index + 6}`]),
    );
    spreadsheet.resetCalls();
    expect(addDivisionToSheet(handle, 'กองใหม่', '').ok).toBe(true);
    expect(round1.valueAt(51, 1)).toBe('กองใหม่');
    expect(round1.valueAt(50, results)).toBe('ผลงานแถว 50');
    expect(round1.valueAt(50, 1)).toBe('');
    // Header, names, and three blocks of rows (6–25, 26–45, 46–65): row 51 is the first free one.
    expect(spreadsheet.calls.sheet('รอบ 1/2566').readValues).toBe(5);
  });

  it('uses a row whose only content is unticked checkboxes', () => {
    const { state: spreadsheet, handle } = served();
    writeRow(spreadsheet, 1, 6, { reviewDone: false, planDone: false });
    expect(addDivisionToSheet(handle, 'กองใหม่', '').ok).toBe(true);
    expect(spreadsheet.tab('รอบ 1/2566').valueAt(6, 1)).toBe('กองใหม่');
  });
});

describe('add division refuses a name the sheet already has', () => {
  it.each([
    ['spaces around it', ' กองคลัง  ', 'กองคลัง', 'A3'],
    ['a direction mark', '\u200fกองคลัง', 'กองคลัง', 'A3'],
    ['a zero-width space inside', 'กอง\u200bคลัง', 'กองคลัง', 'A3'],
    ['a soft hyphen', 'กองคลัง\u00ad', 'กองคลัง', 'A3'],
    ['other letter case', 'กองa', 'กองA', 'A6'],
    ['another Unicode form (NFD)', 'Cafe\u0301', 'Café', 'A7'],
  ])('the same name with %s', (_, typed, existing, cell) => {
    const { state: spreadsheet, handle } = served();
    writeRow(spreadsheet, 1, 6, { division: 'กองA' });
    writeRow(spreadsheet, 1, 7, { division: 'Café' });
    const before = JSON.stringify(spreadsheet.snapshot());
    expect(addDivisionToSheet(handle, typed, 'x')).toEqual({
      ok: false,
      message: `มีหน่วยงาน "${existing}" อยู่แล้ว (แท็บ รอบ 1/2566 ช่อง ${cell}) ${SAME_NAME_RULE}`,
    });
    expect(JSON.stringify(spreadsheet.snapshot())).toBe(before);
  });

  it('a name listed in round 2 only, and a name of invisible characters only', () => {
    const { state: spreadsheet, handle } = served();
    writeRow(spreadsheet, 2, 3, { division: 'กองพิเศษ' });
    expect(addDivisionToSheet(handle, 'กองพิเศษ', '')).toEqual({
      ok: false,
      message: `มีหน่วยงาน "กองพิเศษ" อยู่แล้ว (แท็บ รอบ 2/2566 ช่อง A3) ${SAME_NAME_RULE}`,
    });
    expect(addDivisionToSheet(handle, '\u200f\u200e\u00ad', '')).toEqual({
      ok: false,
      message: 'กรุณาใส่ชื่อหน่วยงาน',
    });
    expect(spreadsheet.tab('รอบ 1/2566').valueAt(6, 1)).toBe('');
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
        cell: 'E4',
        message: 'ทบทวนกระบวนการ (ระดับ 1) ต้องเป็น ✓ / ใช่ / ไม่ใช่ / TRUE / FALSE / 1 / 0 หรือเว้นว่าง: "maybe"',
      },
      { sheetName: 'รอบ 1/2566', cell: 'G4', message: 'ความคืบหน้าต้องอยู่ระหว่าง 0–100%: 150' },
      { sheetName: 'รอบ 1/2566', cell: 'I4', message: 'หลักฐานควรเป็นลิงก์ (https://…): "ไม่มีลิงก์"' },
      {
        sheetName: 'รอบ 1/2566',
        cell: 'L4',
        message: 'วันที่ส่งรายงาน ไม่มีวันที่นี้ในปฏิทิน (ก.พ. มี 28 วัน): "30/02/2566"',
      },
      { sheetName: 'รอบ 2/2566', cell: 'A3', message: 'แถวนี้มีข้อมูลแต่ไม่มีชื่อหน่วยงาน' },
      {
        sheetName: 'รอบ 2/2566',
        cell: 'E3',
        message: 'ความคืบหน้าต้องเป็นตัวเลขหรือร้อยละ เช่น 60%: "เกือบเสร็จ"',
      },
      { sheetName: 'รอบ 2/2566', cell: 'O3', message: 'วันครบกำหนดว่างอยู่ จึงนับวันที่ล่าช้าไม่ได้' },
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

describe('check data: formula cells', () => {
  const letterOf = (round: 1 | 2, key: string) => columnLetters(columnOf(round, key));
  const formulaProblems = (handle: SpreadsheetHandle) => {
    const letters = new Set(
      ([1, 2] as const).flatMap((round) => FORMULA_KEYS.map((key) => `${round}:${letterOf(round, key)}`)),
    );
    return listDataProblems(handle).filter((problem) =>
      letters.has(`${problem.sheetName.slice(4, 5)}:${problem.cell.replace(/\d+$/, '')}`),
    );
  };
  const FIX = 'ลบค่านี้แล้วเลือกเมนู ส่วนขยาย › KPI › ตั้งค่าชีตติดตามผล เพื่อใส่สูตรคืน';

  it('finds nothing in a set-up sheet', () => {
    expect(formulaProblems(served().handle)).toEqual([]);
  });

  it('lists the values typed over formulas, which set-up left, naming each cell and value', () => {
    const { state: spreadsheet, handle } = served();
    const round1 = spreadsheet.tab('รอบ 1/2566');
    expect([letterOf(1, 'level'), letterOf(1, 'score'), letterOf(2, 'level')]).toEqual(['Q', 'T', 'U']);
    round1.writeValues(gridRange(2, columnOf(1, 'level')), [[7]]);
    round1.writeValues(gridRange(6, columnOf(1, 'level')), [['x']]);
    round1.writeValues(gridRange(2, columnOf(1, 'score')), [['ดูหมายเหตุ']]);
    round1.writeFormulas(gridRange(2, columnOf(1, 'penalty')), [['=SUM(1)']]);
    spreadsheet.tab('รอบ 2/2566').writeValues(gridRange(2, columnOf(2, 'level')), [['']]);
    // Set-up puts back only the formula whose cell was cleared.
    setUpTrackingSheet(handle);
    expect(formulaProblems(handle)).toEqual([
      {
        sheetName: 'รอบ 1/2566',
        cell: 'Q2',
        message: `ช่องนี้ควรเป็นสูตรของคอลัมน์ "ระดับที่ได้" แต่มี 7 อยู่แทน คอลัมน์นี้จึงไม่ได้คำนวณด้วยสูตรของระบบ ${FIX}`,
      },
      {
        sheetName: 'รอบ 1/2566',
        cell: 'S2',
        message: `ช่องนี้ควรเป็นสูตรของคอลัมน์ "คะแนนที่ถูกหัก" แต่มี "=SUM(1)" อยู่แทน คอลัมน์นี้จึงไม่ได้คำนวณด้วยสูตรของระบบ ${FIX}`,
      },
      {
        sheetName: 'รอบ 1/2566',
        cell: 'T2',
        message: `ช่องนี้ควรเป็นสูตรของคอลัมน์ "คะแนนสุทธิ" แต่มี "ดูหมายเหตุ" อยู่แทน คอลัมน์นี้จึงไม่ได้คำนวณด้วยสูตรของระบบ ${FIX}`,
      },
      {
        sheetName: 'รอบ 1/2566',
        cell: 'Q6',
        message: 'คอลัมน์ "ระดับที่ได้" คำนวณด้วยสูตรในช่อง Q2 ค่า "x" ที่พิมพ์ไว้ในช่องนี้ทำให้สูตรแสดงผลไม่ได้ กรุณาลบค่านี้',
      },
    ]);
    expect(spreadsheet.tab('รอบ 2/2566').formulaAt(2, columnOf(2, 'level'))).toBe(
      '=ARRAYFORMULA(IF(Q2:Q=TRUE, "ไม่ประเมินรอบนี้", KPILEVEL(2, E2:I, KPI_CARD)))',
    );
  });

  it('says a formula cell is empty until set-up fills it', () => {
    const { state: spreadsheet, handle } = served();
    spreadsheet.tab('รอบ 2/2566').writeValues(gridRange(2, columnOf(2, 'next')), [['']]);
    expect(formulaProblems(handle)).toEqual([
      {
        sheetName: 'รอบ 2/2566',
        cell: `${letterOf(2, 'next')}2`,
        message: 'ช่องนี้ควรเป็นสูตรของคอลัมน์ "ขั้นต่อไป" แต่ว่างอยู่ เลือกเมนู ส่วนขยาย › KPI › ตั้งค่าชีตติดตามผล เพื่อใส่สูตร',
      },
    ]);
  });

  it('with the sheet computing, finds the value that stops a formula filling its column (#REF!)', () => {
    const state = trackingFixture();
    // Each round formula fills its column to the last row, as the custom functions do over open ranges.
    state.setFormulaEvaluator((sheetName, row) => {
      if (!sheetName.startsWith('รอบ')) return '';
      const rows = state.tab(sheetName).maxRows() - row + 1;
      return Array.from({ length: rows }, () => ['']);
    });
    const round1 = state.tab('รอบ 1/2566');
    const weighted = columnOf(1, 'weighted');
    round1.writeValues(gridRange(9, weighted), [[0.25]]);
    const { handle } = served(state);
    expect(round1.valueAt(2, weighted)).toBe('#REF!');
    expect(formulaProblems(handle)).toEqual([
      {
        sheetName: 'รอบ 1/2566',
        cell: cellA1(9, weighted),
        message: `คอลัมน์ "คะแนนถ่วงน้ำหนัก" คำนวณด้วยสูตรในช่อง ${cellA1(2, weighted)} ค่า 0.25 ที่พิมพ์ไว้ในช่องนี้ทำให้สูตรแสดงผลไม่ได้ กรุณาลบค่านี้`,
      },
    ]);
  });
});

describe('check data: two rows of one division', () => {
  const RULE = 'รายงานของแต่ละหน่วยงานแยกไฟล์ตามชื่อ กรุณาแก้ชื่อให้ไม่ซ้ำกัน';
  const nameProblems = (handle: SpreadsheetHandle) =>
    listDataProblems(handle).filter((problem) => problem.message.startsWith('ชื่อหน่วยงาน'));

  it('lists both rows of a name used twice in a tab, however it is typed, naming the cells and the name', () => {
    const { state: spreadsheet, handle } = served();
    writeRow(spreadsheet, 1, 6, { division: 'กองคลัง\u200b' });
    writeRow(spreadsheet, 1, 7, { division: 'กองA' });
    writeRow(spreadsheet, 1, 8, { division: ' กองa ' });
    writeRow(spreadsheet, 1, 9, { division: 'กองa' });
    writeRow(spreadsheet, 2, 3, { division: 'สำนักบริหารกลาง' });
    expect(nameProblems(handle)).toEqual([
      { sheetName: 'รอบ 1/2566', cell: 'A3', message: `ชื่อหน่วยงาน "กองคลัง" ซ้ำกับช่อง A6 ${RULE}` },
      { sheetName: 'รอบ 1/2566', cell: 'A6', message: `ชื่อหน่วยงาน "กองคลัง" ซ้ำกับช่อง A3 ${RULE}` },
      { sheetName: 'รอบ 1/2566', cell: 'A7', message: `ชื่อหน่วยงาน "กองA" ซ้ำกับช่อง A8, A9 ${RULE}` },
      { sheetName: 'รอบ 1/2566', cell: 'A8', message: `ชื่อหน่วยงาน "กองa" ซ้ำกับช่อง A7, A9 ${RULE}` },
      { sheetName: 'รอบ 1/2566', cell: 'A9', message: `ชื่อหน่วยงาน "กองa" ซ้ำกับช่อง A7, A8 ${RULE}` },
      { sheetName: 'รอบ 2/2566', cell: 'A2', message: `ชื่อหน่วยงาน "สำนักบริหารกลาง" ซ้ำกับช่อง A3 ${RULE}` },
      { sheetName: 'รอบ 2/2566', cell: 'A3', message: `ชื่อหน่วยงาน "สำนักบริหารกลาง" ซ้ำกับช่อง A2 ${RULE}` },
    ]);
  });

  it('a division listed once in each round is no duplicate', () => {
    // The fixture has สำนักบริหารกลาง in both rounds.
    expect(nameProblems(served().handle)).toEqual([]);
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

describe('check data: working days past the holidays tab', () => {
  const serial = (iso: string) => serialOfDay(dayFromIso(iso));
  const short = (iso: string) => formatThaiDate(dayFromIso(iso), { style: 'short' });
  const cellOf = (round: 1 | 2, row: number, key: string) => cellA1(row, columnOf(round, key));

  /** A fresh sheet set up for B.E. 2566, counting in `dayCount`, with round 2 rows typed in. */
  function sheetWith(dayCount: string, rows: Record<string, SheetValue>[], countUnsubmitted = 'ไม่ใช่') {
    const { state, handle } = served(new FakeSpreadsheet());
    setUpTrackingSheet(handle);
    const setting = (name: string, value: SheetValue) => {
      const range = state.namedRanges().find((named) => named.name === name)?.range;
      if (range === undefined) throw new Error(`no ${name}`);
      state.tab('ตั้งค่า').writeValues(range, [[value]]);
    };
    setting(NAMES.dayCount, dayCount);
    setting(NAMES.countUnsubmitted, countUnsubmitted);
    rows.forEach((cells, index) => {
      writeRow(state, 2, 2 + index, { division: `กอง ${index + 1}`, progress: 1, ...cells });
    });
    return { state, handle };
  }
  const coverageProblems = (handle: SpreadsheetHandle) =>
    listDataProblems(handle).filter((problem) => problem.message.includes('"วันหยุด"'));

  it('names each date counted past the day set-up says the tab is complete (31 Oct 2023 for 2566), with its value', () => {
    const { handle } = sheetWith('วันทำการ', [
      // 13 Oct 2023 is inside the table: counted right, nothing to say.
      { due: serial('2023-10-10'), submitted: serial('2023-10-13') },
      { due: serial('2023-10-10'), submitted: serial('2023-11-13') },
      { due: serial('2023-11-01'), submitted: serial('2023-11-06') },
      // On time: no day is counted, whatever the dates.
      { due: serial('2023-11-20'), submitted: serial('2023-11-15') },
    ]);
    const past = (iso: string) => TRACKING.holidaysPastCoverage(short(iso), short('2023-10-31'), 'D2');
    expect(coverageProblems(handle)).toEqual([
      { sheetName: 'รอบ 2/2566', cell: cellOf(2, 3, 'submitted'), message: past('2023-11-13') },
      { sheetName: 'รอบ 2/2566', cell: cellOf(2, 4, 'due'), message: past('2023-11-01') },
      { sheetName: 'รอบ 2/2566', cell: cellOf(2, 4, 'submitted'), message: past('2023-11-06') },
    ]);
    expect(past('2023-11-13')).toContain('13 พ.ย. 2566');
    expect(past('2023-11-13')).toContain('31 ต.ค. 2566 ช่อง D2');
  });

  it('says nothing of a row not assessed this round (ไม่ประเมินรอบนี้): it is not counted late', () => {
    const { handle } = sheetWith('วันทำการ', [
      { due: serial('2023-10-10'), submitted: serial('2023-11-13'), exempt: true },
    ]);
    expect(coverageProblems(handle)).toEqual([]);
  });

  it('says nothing when days are counted as calendar days', () => {
    const { handle } = sheetWith('วันปฏิทิน', [{ due: serial('2023-10-10'), submitted: serial('2023-11-13') }]);
    expect(coverageProblems(handle)).toEqual([]);
  });

  it('names the as-of day once, at its setting, when unsubmitted rows are counted up to today past the table', () => {
    const { state, handle } = sheetWith(
      'วันทำการ',
      [{ due: serial('2023-10-10') }, { due: serial('2023-10-10') }],
      'ใช่',
    );
    const asOf = state.namedRanges().find((named) => named.name === NAMES.asOf)?.range;
    const found = coverageProblems(handle);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sheetName: 'ตั้งค่า', cell: cellA1(asOf?.row ?? 0, asOf?.column ?? 0) });
    expect(found[0]?.message).toContain('ครบถึงวันที่ 31 ต.ค. 2566 ช่อง D2');
  });

  it('reports a coverage cell that is not a date, and then goes by the last holiday listed', () => {
    const { state, handle } = sheetWith('วันทำการ', [
      { due: serial('2023-10-10'), submitted: serial('2023-11-13') },
    ]);
    state.tab('วันหยุด').writeValues(gridRange(2, 4), [['ครบแล้ว']]);
    expect(coverageProblems(handle)).toEqual([
      {
        sheetName: 'รอบ 2/2566',
        cell: cellOf(2, 2, 'submitted'),
        message: TRACKING.holidaysPastLastHoliday(short('2023-11-13'), short('2023-10-23')),
      },
    ]);
    expect(listDataProblems(handle).find((problem) => problem.sheetName === 'วันหยุด')).toEqual({
      sheetName: 'วันหยุด',
      cell: 'D2',
      message: expect.stringMatching(/^วันหยุดครบถึงวันที่ .*"ครบแล้ว"$/),
    });
  });

  it('goes by the last holiday listed in a tab made before the coverage cell (no label), and says when there is none', () => {
    const { state, handle } = sheetWith('วันทำการ', [
      { due: serial('2023-10-10'), submitted: serial('2023-10-13') },
    ]);
    const holidays = state.tab('วันหยุด');
    // The tab as the FY 2566-only table left it: last holiday 14 Aug 2023, no coverage cell.
    holidays.writeValues(gridRange(1, 4, 2, 1), [[''], ['']]);
    holidays.writeValues(gridRange(30, 1, 2, 2), [
      ['', ''],
      ['', ''],
    ]);
    // Both dates are past 14 Aug 2023: the whole span counted may miss holidays.
    expect(coverageProblems(handle)).toEqual([
      {
        sheetName: 'รอบ 2/2566',
        cell: cellOf(2, 2, 'due'),
        message: TRACKING.holidaysPastLastHoliday(short('2023-10-10'), short('2023-08-14')),
      },
      {
        sheetName: 'รอบ 2/2566',
        cell: cellOf(2, 2, 'submitted'),
        message: TRACKING.holidaysPastLastHoliday(short('2023-10-13'), short('2023-08-14')),
      },
    ]);
    holidays.writeValues(
      gridRange(2, 1, 30, 1),
      Array.from({ length: 30 }, () => ['']),
    );
    expect(coverageProblems(handle).map((problem) => [problem.cell, problem.message])).toEqual([
      [cellOf(2, 2, 'due'), TRACKING.holidaysNone(short('2023-10-10'))],
      [cellOf(2, 2, 'submitted'), TRACKING.holidaysNone(short('2023-10-13'))],
    ]);
  });
});

describe('check data: a division not assessed this round', () => {
  it('names a "ไม่ประเมินรอบนี้" cell holding anything but a tick, and asks no due date of a ticked row', () => {
    const { state: spreadsheet, handle } = served();
    const exempt = columnLetters(columnOf(1, 'exempt'));
    expect(exempt).toBe('M');
    // กองการเจ้าหน้าที่ (row 5) is ticked and has no due date; row 6, a new division, typed "ใช่".
    writeRow(spreadsheet, 1, 5, { exempt: true, due: '' });
    writeRow(spreadsheet, 1, 6, { division: 'กองใหม่', exempt: 'ใช่', due: 45026 });
    const round1 = listDataProblems(handle).filter(
      (problem) => problem.sheetName === 'รอบ 1/2566' && /^[A-Z]+[56]$/.test(problem.cell),
    );
    expect(round1).toEqual([
      {
        sheetName: 'รอบ 1/2566',
        cell: 'M6',
        message: 'ช่องไม่ประเมินรอบนี้ต้องติ๊ก (TRUE) หรือเว้นว่าง: "ใช่"',
      },
    ]);
    // Unticked, the same row lacks its due date again.
    writeRow(spreadsheet, 1, 5, { exempt: false });
    expect(listDataProblems(handle).filter((problem) => problem.cell === 'K5')).toEqual([
      { sheetName: 'รอบ 1/2566', cell: 'K5', message: 'วันครบกำหนดว่างอยู่ จึงนับวันที่ล่าช้าไม่ได้' },
    ]);
  });
});

describe('add division: rounds, reporter, names at the limit (issue 11)', () => {
  it('a division for round 2 only is listed in both tabs, its round-1 row marked not assessed', () => {
    const { state, handle } = served();
    const result = addDivisionToSheet(handle, 'กองใหม่', 'นายใหม่ ใจดี', {
      reporter: 'นางสาวรายงาน ดี',
      reporterPhone: '0 2123 4567',
      rounds: [2],
    });
    expect(result).toEqual({
      ok: true,
      message: 'เพิ่มหน่วยงาน "กองใหม่" ในแท็บ รอบ 1/2566, รอบ 2/2566 แล้ว และติ๊ก "ไม่ประเมินรอบนี้" ในแท็บ รอบ 1/2566',
    });
    const round1 = state.tab('รอบ 1/2566');
    expect(round1.valueAt(6, columnOf(1, 'division'))).toBe('กองใหม่');
    expect(round1.valueAt(6, columnOf(1, 'exempt'))).toBe(true);
    expect(round1.valueAt(6, columnOf(1, 'reporter'))).toBe('นางสาวรายงาน ดี');
    expect(round1.valueAt(6, columnOf(1, 'reporterPhone'))).toBe('0 2123 4567');
    const round2 = state.tab('รอบ 2/2566');
    expect(round2.valueAt(3, columnOf(2, 'division'))).toBe('กองใหม่');
    expect(round2.valueAt(3, columnOf(2, 'exempt'))).toBe('');
    expect(round2.valueAt(3, columnOf(2, 'due'))).toBe(45209);
  });

  it('a phone of digits stays text with its leading 0', () => {
    const { state, handle } = served();
    expect(addDivisionToSheet(handle, 'กองใหม่', '', { reporterPhone: '0812345678' }).ok).toBe(true);
    expect(state.tab('รอบ 1/2566').valueAt(6, columnOf(1, 'reporterPhone'))).toBe('0812345678');
  });

  it('refuses no round at all, and a name one over the limit, writing nothing; the limit itself passes', () => {
    const { state, handle } = served();
    const before = JSON.stringify(state.snapshot());
    expect(addDivisionToSheet(handle, 'กองใหม่', '', { rounds: [] })).toEqual({
      ok: false,
      message: 'กรุณาเลือกอย่างน้อยหนึ่งรอบที่หน่วยงานต้องประเมิน',
    });
    // Thai vowels and tone marks count: 76 × "กี" is 152.
    expect(addDivisionToSheet(handle, 'กี'.repeat(76), '')).toEqual({
      ok: false,
      message: TRACKING.divisionNameTooLong(150, 152),
    });
    expect(JSON.stringify(state.snapshot())).toBe(before);
    expect(MAX_DIVISION_NAME).toBe(150);
    expect(addDivisionToSheet(handle, 'ข'.repeat(150), '').ok).toBe(true);
  });
});

describe('add many divisions from a pasted list (issue 11)', () => {
  it('adds a comma list and a tab-separated paste below the last division, with due dates', () => {
    const { state, handle } = served();
    const result = addDivisionsToSheet(
      handle,
      'กองยุทธศาสตร์, นายแผน ดี\nกองพัสดุ\tนางคน ดี\tนายรายงาน\t021234567\r\nศูนย์เทคโนโลยี,,นางสาวไอที,\n',
    );
    expect(result).toEqual({ ok: true, message: 'เพิ่ม 3 หน่วยงานในแท็บ รอบ 1/2566, รอบ 2/2566 แล้ว' });
    const round1 = state.tab('รอบ 1/2566');
    const columns = ['division', 'head', 'reporter', 'reporterPhone', 'due'].map((key) => columnOf(1, key));
    expect([6, 7, 8].map((row) => columns.map((column) => round1.valueAt(row, column)))).toEqual([
      ['กองยุทธศาสตร์', 'นายแผน ดี', '', '', 45026],
      ['กองพัสดุ', 'นางคน ดี', 'นายรายงาน', '021234567', 45026],
      ['ศูนย์เทคโนโลยี', '', 'นางสาวไอที', '', 45026],
    ]);
    expect(round1.formatAt(8, columnOf(1, 'due')).numberFormat).toBe('d/m/yyyy');
    expect(state.tab('รอบ 2/2566').valueAt(5, columnOf(2, 'division'))).toBe('ศูนย์เทคโนโลยี');
  });

  it('refuses the whole list, with line numbers, for a duplicate, a blank line, a name in the sheet and a long name', () => {
    const { state, handle } = served();
    const before = JSON.stringify(state.snapshot());
    const list = [
      'กองยุทธศาสตร์, ก',
      '',
      'กองยุทธศาสตร์ , ข',
      'กองคลัง',
      'ค'.repeat(151),
      'ก,ข,ค,ง,จ',
      ' , นายไม่มีชื่อ',
    ].join('\n');
    const result = addDivisionsToSheet(handle, list);
    expect(result).toEqual({
      ok: false,
      message: [
        'ยังไม่ได้เพิ่มหน่วยงานใดเลย: รายการมีปัญหา 6 บรรทัด แก้ทุกบรรทัดแล้วกดเพิ่มอีกครั้ง',
        'บรรทัด 2: เป็นบรรทัดว่าง (ลบบรรทัดนี้)',
        'บรรทัด 3: ชื่อ "กองยุทธศาสตร์" ซ้ำกับบรรทัด 1',
        'บรรทัด 4: มีหน่วยงาน "กองคลัง" อยู่แล้ว (แท็บ รอบ 1/2566 ช่อง A3)',
        'บรรทัด 5: ชื่อหน่วยงานยาว 151 ตัวอักษร เกินกำหนด 150 ตัวอักษร',
        'บรรทัด 6: มี 5 ช่อง ใส่ได้ไม่เกิน 4 ช่อง (ชื่อหน่วยงาน, ผู้อำนวยการ, ผู้รายงาน, โทรศัพท์)',
        'บรรทัด 7: ไม่มีชื่อหน่วยงาน',
      ].join('\n'),
    });
    expect(JSON.stringify(state.snapshot())).toBe(before);
    expect(addDivisionsToSheet(handle, ' \n \n')).toEqual({ ok: false, message: TRACKING.listEmpty });
  });

  it('200 lines for round 1 only: a few block calls per tab, exemption ticked in round 2', () => {
    const { state, handle } = served();
    state.resetCalls();
    const list = Array.from({ length: 200 }, (_, index) => `กองที่ ${index + 1}, หัวหน้า ${index + 1}`).join(
      '\n',
    );
    const result = addDivisionsToSheet(handle, list, [1]);
    expect(result.ok).toBe(true);
    const round2 = state.tab('รอบ 2/2566');
    expect(round2.valueAt(3, columnOf(2, 'division'))).toBe('กองที่ 1');
    expect(round2.valueAt(202, columnOf(2, 'division'))).toBe('กองที่ 200');
    expect(round2.valueAt(202, columnOf(2, 'exempt'))).toBe(true);
    expect(state.tab('รอบ 1/2566').valueAt(205, columnOf(1, 'exempt'))).toBe('');
    for (const tab of ['รอบ 1/2566', 'รอบ 2/2566']) {
      const calls = state.calls.sheet(tab);
      expect([tab, calls.writeValues]).toEqual([tab, tab === 'รอบ 1/2566' ? 2 : 3]);
      expect([tab, calls.readValues <= 4]).toEqual([tab, true]);
    }
    expect(state.calls.total).toBeLessThan(60);
  });

  it('refuses a round that does not apply on a tab without the exemption column', () => {
    const { state, handle } = served();
    const round1 = state.tab('รอบ 1/2566');
    round1.writeValues(gridRange(1, columnOf(1, 'exempt')), [['หมายเหตุ']]);
    expect(addDivisionsToSheet(handle, 'กองใหม่', [2])).toEqual({
      ok: false,
      message: TRACKING.exemptColumnMissing('รอบ 1/2566', 'ไม่ประเมินรอบนี้'),
    });
  });
});
