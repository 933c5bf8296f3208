import { FIRST_DATA_ROW } from '../../src/core/template';
import {
  kpiLateDays,
  kpiLevel,
  kpiNext,
  kpiPenalty,
  kpiScore,
  kpiWeighted,
} from '../../src/server/functions';
import { gridRange } from '../../src/server/services/spreadsheet';
import { sidebarData } from '../../src/server/sidebar';
import { columnOf, NOW, trackingFixture, writeRow } from './tracking-fixture';

describe('the sidebar data call', () => {
  it('reads each tab once and writes nothing', () => {
    const spreadsheet = trackingFixture();
    spreadsheet.select('รอบ 1/2566', gridRange(3, 1));
    spreadsheet.resetCalls();
    sidebarData(spreadsheet, NOW);
    for (const tab of ['ตั้งค่า', 'วันหยุด', 'รอบ 1/2566', 'รอบ 2/2566']) {
      expect([tab, spreadsheet.calls.sheet(tab).readValues]).toEqual([tab, 1]);
    }
    expect(spreadsheet.calls.sheet('Sheet1').readValues).toBe(0);
    expect(spreadsheet.calls.reads).toBe(4);
    expect(spreadsheet.calls.writes).toBe(0);
  });

  it.each([2, 3, 4, 5])('gives row %i the same figures as the custom functions', (row) => {
    const spreadsheet = trackingFixture();
    spreadsheet.select('รอบ 1/2566', gridRange(row, 2));
    const data = sidebarData(spreadsheet, NOW);
    const status = data.division?.rounds.find((entry) => entry.round === 1);
    expect(status?.row).toBe(row);

    const sheet = spreadsheet.tab('รอบ 1/2566');
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
    const spreadsheet = trackingFixture();
    spreadsheet.select('รอบ 1/2566', gridRange(3, 4));
    const status = sidebarData(spreadsheet, NOW).division?.rounds[0];
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
    const spreadsheet = trackingFixture();
    spreadsheet.select('รอบ 2/2566', gridRange(2, 3));
    const data = sidebarData(spreadsheet, NOW);
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
    const spreadsheet = trackingFixture();
    spreadsheet.select('รอบ 1/2566', gridRange(4, 1));
    const status = sidebarData(spreadsheet, NOW).division?.rounds[0];
    expect(status?.level).toBeNull();
    expect(status?.score).toBeNull();
    expect(status?.problems).toEqual([
      'C4: ทบทวนกระบวนการ (ระดับ 1) ต้องเป็น ✓ / ใช่ / ไม่ใช่ / TRUE / FALSE / 1 / 0 หรือเว้นว่าง: "maybe"',
      'E4: ความคืบหน้าต้องอยู่ระหว่าง 0–100%: 150',
      'G4: หลักฐานควรเป็นลิงก์ (https://…): "ไม่มีลิงก์"',
      'J4: วันที่ส่งรายงาน ไม่มีวันนี้ในปฏิทิน: "30/02/2566"',
    ]);
  });

  it('gives a hint, not a division, when the cursor is on a header or another tab', () => {
    const spreadsheet = trackingFixture();
    spreadsheet.select('รอบ 1/2566', gridRange(1, 1));
    expect(sidebarData(spreadsheet, NOW)).toMatchObject({
      division: null,
      hint: 'เลือกแถวของหน่วยงานในแท็บรอบ 1 หรือรอบ 2 เพื่อดูรายละเอียด',
    });
    spreadsheet.select('ตั้งค่า', gridRange(FIRST_DATA_ROW, 2));
    expect(sidebarData(spreadsheet, NOW).division).toBeNull();
  });

  it('counts every round: divisions at each level, late, not submitted, with problems', () => {
    const spreadsheet = trackingFixture();
    const [round1, round2] = sidebarData(spreadsheet, NOW).summary;
    expect(round1).toMatchObject({
      round: 1,
      sheetName: 'รอบ 1/2566',
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
    const spreadsheet = trackingFixture();
    spreadsheet.select('รอบ 1/2566', gridRange(3, 1));
    const first = sidebarData(spreadsheet, NOW).key;
    expect(sidebarData(spreadsheet, NOW).key).toBe(first);
    writeRow(spreadsheet, 1, 3, { planDone: true });
    const after = sidebarData(spreadsheet, NOW);
    expect(after.key).not.toBe(first);
    expect(after.division?.rounds[0]?.level).toBe(5);
  });

  it('says how to start when the sheet is not set up', () => {
    const { FakeSpreadsheet } = jest.requireActual('../../emulator/spreadsheet');
    const data = sidebarData(new FakeSpreadsheet(), NOW);
    expect(data.division).toBeNull();
    expect(data.hint).toBe('ยังไม่มีแท็บติดตามผล กรุณาเลือกเมนู KPI › ตั้งค่าชีตติดตามผล ก่อน');
    expect(data.summary).toEqual([]);
  });
});
