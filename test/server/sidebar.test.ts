/**
 * The sidebar's data call through the real `SpreadsheetApp` adapter, on the
 * emulator: what it shows, and that it stays cheap enough to be asked every few
 * seconds (each tab read once, a round's tab only down to its last division).
 */

import { formulaEngine } from '../../emulator/apps-script/formulas';
import { type InstalledEmulator, installEmulator } from '../../emulator/install';
import { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { cellA1 } from '../../src/core/a1';
import { FIRST_DATA_ROW, trackingColumns } from '../../src/core/template';
import { getSidebarData } from '../../src/server/api';
import {
  kpiLateDays,
  kpiLevel,
  kpiNext,
  kpiPenalty,
  kpiScore,
  kpiWeighted,
} from '../../src/server/functions';
import * as globals from '../../src/server/globals';
import { appsScriptSpreadsheet } from '../../src/server/services/apps-script-spreadsheet';
import { type GridRange, gridRange, type SheetValue } from '../../src/server/services/spreadsheet';
import { sidebarData } from '../../src/server/sidebar';
import { columnOf, NOW, trackingFixture, writeRow } from './tracking-fixture';

const ROUND_1 = 'รอบ 1/2566';
const ROUND_2 = 'รอบ 2/2566';

let emulator: InstalledEmulator | undefined;

afterEach(() => {
  emulator?.uninstall();
  emulator = undefined;
  jest.restoreAllMocks();
});

/**
 * The emulator serving `spreadsheet` (the fixture by default): the add-on's own
 * adapter over it, and the state behind it to arrange and inspect; calls reset.
 */
function served(spreadsheet: FakeSpreadsheet = trackingFixture()) {
  emulator = installEmulator({ spreadsheet });
  spreadsheet.resetCalls();
  return { spreadsheet, handle: appsScriptSpreadsheet() };
}

/**
 * Sheets' calculation on: each formula column's one formula fills its column to the
 * bottom of the grid, so `getLastRow()` says 1,000 however few divisions there are,
 * as on Google.
 */
function calculated(spreadsheet: FakeSpreadsheet): FakeSpreadsheet {
  const functions = globals as unknown as Record<string, ((...args: unknown[]) => unknown) | undefined>;
  const engine = formulaEngine({
    spreadsheet: () => spreadsheet,
    customFunction: (name) => functions[name],
    now: () => NOW.getTime(),
  });
  spreadsheet.setFormulaEvaluator(engine.evaluator);
  return spreadsheet;
}

/** Every block the add-on reads from these tabs, in A1 notation, in order. */
function recordReads(spreadsheet: FakeSpreadsheet, tabs: readonly string[]): Map<string, string[]> {
  const reads = new Map<string, string[]>();
  for (const name of tabs) {
    const sheet = spreadsheet.tab(name);
    const read = sheet.readValues.bind(sheet);
    const seen: string[] = [];
    reads.set(name, seen);
    jest.spyOn(sheet, 'readValues').mockImplementation((range: GridRange) => {
      seen.push(blockA1(range));
      return read(range);
    });
  }
  return reads;
}

function blockA1(range: GridRange): string {
  return `${cellA1(range.row, range.column)}:${cellA1(range.row + range.rows - 1, range.column + range.columns - 1)}`;
}

/** The last column letter-number of a round's template (every column has a header). */
const lastColumnOf = (round: 1 | 2) => trackingColumns(round).length;

describe('the sidebar data call', () => {
  it('reads each tab once, a round tab only down to its last division, and writes nothing', () => {
    const fixture = calculated(trackingFixture());
    fixture.select(ROUND_1, gridRange(3, 1));
    const { spreadsheet } = served(fixture);
    // As on Google: the formula columns run to the bottom of the grid, so the last row is no bound.
    expect([spreadsheet.tab(ROUND_1).lastRow(), spreadsheet.tab(ROUND_2).lastRow()]).toEqual([1000, 1000]);
    const reads = recordReads(spreadsheet, [ROUND_1, ROUND_2]);
    spreadsheet.resetCalls();

    const data = getSidebarData();

    expect(data.division?.name).toBe('กองคลัง');
    // A narrow read of the name column finds the last division; one block read takes the rows down to it.
    const last = (round: 1 | 2) => cellA1(round === 1 ? 5 : 2, lastColumnOf(round));
    expect(Object.fromEntries(reads)).toEqual({
      [ROUND_1]: ['A1:A1000', `A1:${last(1)}`],
      [ROUND_2]: ['A1:A1000', `A1:${last(2)}`],
    });
    // The card tab too: one read of KPI_CARD.
    for (const tab of ['ตั้งค่า', 'วันหยุด', 'บัตรตัวชี้วัด']) {
      expect([tab, spreadsheet.calls.sheet(tab).readValues]).toEqual([tab, 1]);
    }
    expect(spreadsheet.calls.sheet('Sheet1').readValues).toBe(0);
    expect(spreadsheet.calls.reads).toBe(7);
    expect(spreadsheet.calls.writes).toBe(0);
  });

  it('reads down to a division typed far below the others, and not to a row with data but no name', () => {
    const fixture = trackingFixture();
    writeRow(fixture, 1, 40, { division: 'กองตรวจสอบภายใน', head: 'นายบี' });
    // A row with input but no name, below every division: nothing the sidebar shows.
    writeRow(fixture, 1, 60, { progress: 0.5, due: 45026 });
    fixture.select(ROUND_1, gridRange(40, 1));
    const { spreadsheet, handle } = served(fixture);
    const reads = recordReads(spreadsheet, [ROUND_1]);

    const data = sidebarData(handle, NOW);

    expect(reads.get(ROUND_1)).toEqual(['A1:A60', `A1:${cellA1(40, lastColumnOf(1))}`]);
    expect(data.division?.name).toBe('กองตรวจสอบภายใน');
    expect(data.summary[0]?.divisions).toBe(5);
  });

  it('finds the name column by its header when a user moved it', () => {
    const fixture = trackingFixture();
    const sheet = fixture.tab(ROUND_1);
    // The user swapped the name and head columns (A and B), headers and all.
    const block = gridRange(1, 1, 5, 2);
    const swapped = sheet.peekValues(block).map(([name, head]) => [head, name] as SheetValue[]);
    sheet.writeValues(block, swapped);
    fixture.select(ROUND_1, gridRange(3, 2));
    const { spreadsheet, handle } = served(fixture);
    const reads = recordReads(spreadsheet, [ROUND_1]);

    const data = sidebarData(handle, NOW);

    const header = `A1:${cellA1(1, lastColumnOf(1))}`;
    expect(reads.get(ROUND_1)).toEqual(['A1:A5', header, 'B1:B5', `A1:${cellA1(5, lastColumnOf(1))}`]);
    expect(data.division).toMatchObject({ name: 'กองคลัง', head: 'นายสมชาย รักงาน' });
  });

  it('reads only the header row of a round tab without divisions', () => {
    const fixture = calculated(trackingFixture());
    // Round 2's one division is cleared: its formulas and its due date's format stay.
    const row = gridRange(FIRST_DATA_ROW, 1, 1, columnOf(2, 'due'));
    fixture.tab(ROUND_2).writeValues(row, [Array.from({ length: row.columns }, () => '')]);
    const { spreadsheet, handle } = served(fixture);
    const reads = recordReads(spreadsheet, [ROUND_2]);

    const data = sidebarData(handle, NOW);

    expect(reads.get(ROUND_2)).toEqual(['A1:A1000', `A1:${cellA1(1, lastColumnOf(2))}`]);
    expect(data.summary.map((round) => [round.round, round.divisions])).toEqual([
      [1, 4],
      [2, 0],
    ]);
  });

  it.each([2, 3, 4, 5])('gives row %i the same figures as the custom functions', (row) => {
    const fixture = trackingFixture();
    fixture.select(ROUND_1, gridRange(row, 2));
    const { spreadsheet, handle } = served(fixture);
    const data = sidebarData(handle, NOW);
    const status = data.division?.rounds.find((entry) => entry.round === 1);
    expect(status?.row).toBe(row);

    const sheet = spreadsheet.tab(ROUND_1);
    const milestones = sheet.peekValues(gridRange(row, columnOf(1, 'reviewDone'), 1, 3));
    const due = sheet.valueAt(row, columnOf(1, 'due'));
    const submitted = sheet.valueAt(row, columnOf(1, 'submitted'));
    // The sheet's formulas pass KPI_AS_OF = TODAY(), KPI_RATE_PER_DAY, KPI_DAY_COUNT and KPI_HOLIDAYS.
    const today = '20/4/2566';
    const level = kpiLevel(1, milestones);
    const score = kpiScore(1, milestones, due, submitted, today, 0.1, 'วันปฏิทิน');
    const figure = (value: unknown) => (typeof value === 'number' ? value : null);
    expect(status?.level).toBe(figure(level));
    expect(status?.daysLate).toBe(figure(kpiLateDays(due, submitted, today, 'วันปฏิทิน')));
    expect(status?.penalty).toBe(figure(kpiPenalty(due, submitted, today, 0.1, 'วันปฏิทิน')));
    expect(status?.score).toBe(figure(score));
    expect(status?.weighted).toBe(figure(typeof score === 'number' ? kpiWeighted(score, 0.05) : score));
    expect(status?.next).toBe(typeof score === 'number' ? kpiNext(1, milestones) : '');
  });

  it('shows the figures a user expects for the card examples', () => {
    const { spreadsheet, handle } = served();
    spreadsheet.select(ROUND_1, gridRange(3, 4));
    const status = sidebarData(handle, NOW).division?.rounds[0];
    expect(status).toMatchObject({
      level: 1,
      daysLate: 3,
      penalty: 0.3,
      score: 0.7,
      weighted: 0.035,
      due: '10 เม.ย. 2566',
      submitted: '13 เม.ย. 2566',
      progressPercent: 60,
      next: 'ระดับ 3: จัดทำแผนและแนวทางการปรับปรุงกระบวนการ 1 กระบวนการ',
      problems: [],
    });
    expect(status?.checklist.map((item) => [item.level, item.met])).toEqual([
      [1, true],
      [3, false],
      [5, true],
    ]);
  });

  it('follows the selection and shows both rounds of the division', () => {
    const { spreadsheet, handle } = served();
    spreadsheet.select(ROUND_2, gridRange(2, 3));
    const data = sidebarData(handle, NOW);
    expect(data.division?.name).toBe('สำนักบริหารกลาง');
    expect(data.division?.head).toBe('นางสาวสมศรี ใจดี');
    expect(data.division?.selectedRound).toBe(2);
    expect(data.division?.rounds.map((status) => [status.round, status.level, status.score])).toEqual([
      [1, 5, 5],
      [2, 2.5, 2.5],
    ]);
    const round2 = data.division?.rounds[1];
    expect(round2?.checklist.filter((item) => item.level === 3)).toEqual([
      expect.objectContaining({ met: true, partialPoints: 0.5 }),
      expect.objectContaining({ met: false, partialPoints: 0.5 }),
    ]);
    expect(data.division?.rounds[0]?.checklist[0]?.evidence).toBe('https://example.org/review.pdf');
    // Not yet submitted and counted to today (20 April) against 10 October: not late yet.
    expect(round2?.daysLate).toBe(0);
    expect(round2?.submitted).toBe('');
  });

  it('names each bad cell of the selected row by its address', () => {
    const { spreadsheet, handle } = served();
    spreadsheet.select(ROUND_1, gridRange(4, 1));
    const status = sidebarData(handle, NOW).division?.rounds[0];
    expect(status?.level).toBeNull();
    expect(status?.score).toBeNull();
    expect(status?.problems).toEqual([
      'E4: ทบทวนกระบวนการ (ระดับ 1) ต้องเป็น ✓ / ใช่ / ไม่ใช่ / TRUE / FALSE / 1 / 0 หรือเว้นว่าง: "maybe"',
      'G4: ความคืบหน้าต้องอยู่ระหว่าง 0–100%: 150',
      'I4: หลักฐานควรเป็นลิงก์ (https://…): "ไม่มีลิงก์"',
      'L4: วันที่ส่งรายงาน ไม่มีวันที่นี้ในปฏิทิน (ก.พ. มี 28 วัน): "30/02/2566"',
    ]);
  });

  it('gives a hint, not a division, when the cursor is on a header or another tab', () => {
    const { spreadsheet, handle } = served();
    spreadsheet.select(ROUND_1, gridRange(1, 1));
    expect(sidebarData(handle, NOW)).toMatchObject({
      division: null,
      hint: 'เลือกแถวของหน่วยงานในแท็บรอบ 1 หรือรอบ 2 เพื่อดูรายละเอียด',
    });
    spreadsheet.select('ตั้งค่า', gridRange(FIRST_DATA_ROW, 2));
    expect(sidebarData(handle, NOW).division).toBeNull();
  });

  it('counts every round: divisions at each level, late, not submitted, with problems', () => {
    const { handle } = served();
    const [round1, round2] = sidebarData(handle, NOW).summary;
    expect(round1).toMatchObject({
      round: 1,
      sheetName: ROUND_1,
      divisions: 4,
      late: 2,
      notSubmitted: 1,
    });
    expect(round1?.withProblems).toBe(1);
    expect(round1?.byLevel).toEqual([
      { level: '0', count: 1 },
      { level: '1', count: 1 },
      { level: '3', count: 0 },
      { level: '5', count: 1 },
    ]);
    expect(round2?.byLevel.find((entry) => entry.level === '2.5')?.count).toBe(1);
  });

  it('keeps its key while nothing changes, and changes it when a cell does', () => {
    const { spreadsheet, handle } = served();
    spreadsheet.select(ROUND_1, gridRange(3, 1));
    const first = sidebarData(handle, NOW).key;
    expect(sidebarData(handle, NOW).key).toBe(first);
    writeRow(spreadsheet, 1, 3, { planDone: true });
    const after = sidebarData(handle, NOW);
    expect(after.key).not.toBe(first);
    expect(after.division?.rounds[0]?.level).toBe(5);
  });

  it('says how to start when the sheet is not set up', () => {
    const { handle } = served(new FakeSpreadsheet());
    const data = sidebarData(handle, NOW);
    expect(data.division).toBeNull();
    expect(data.hint).toBe('ยังไม่มีแท็บติดตามผล กรุณาเลือกเมนู ส่วนขยาย › KPI › ตั้งค่าชีตติดตามผล ก่อน');
    expect(data.summary).toEqual([]);
  });
});
