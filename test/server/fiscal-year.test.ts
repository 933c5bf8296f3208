/**
 * "Start a new fiscal year" on the emulator: a set-up 2566 sheet with divisions
 * starts 2567; the new tabs, settings and holidays; the 2566 tabs untouched and
 * protected with a warning; each year's reports from its own tab; the refusals.
 */

import { type InstalledEmulator, installEmulator } from '../../emulator/install';
import { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { dayFromIso } from '../../src/core/dates';
import { holidaysForFiscalYear } from '../../src/core/holidays';
import { FISCAL_YEAR } from '../../src/core/messages';
import { FORMULA_KEYS, NAMES, trackingColumns } from '../../src/core/template';
import { fiscalYearPlan, startFiscalYear } from '../../src/server/fiscal-year';
import { startBatch } from '../../src/server/reports/batch';
import {
  appsScriptReportServices,
  generateOneReport,
  generateSummary,
  previewReport,
} from '../../src/server/reports/generate';
import { appsScriptSpreadsheet } from '../../src/server/services/apps-script-spreadsheet';
import { GOOGLE_DOC_MIME_TYPE } from '../../src/server/services/documents';
import { gridRange } from '../../src/server/services/spreadsheet';
import { serialOfDay } from '../../src/server/settings';
import { setUpTrackingSheet } from '../../src/server/setup';
import { sidebarData, wholeRoundRefusal } from '../../src/server/sidebar';
import { addDivisionToSheet, listDataProblems } from '../../src/server/tracking';
import { columnOf, NOW, trackingFixture, writeRow } from './tracking-fixture';

let emulator: InstalledEmulator | undefined;

afterEach(() => {
  emulator?.uninstall();
  emulator = undefined;
});

function installed(state: FakeSpreadsheet = trackingFixture()): FakeSpreadsheet {
  emulator?.uninstall();
  emulator = installEmulator({ spreadsheet: state });
  return state;
}

/** The fixture (2566, divisions in both rounds) with reporters on two rows. */
function sheet2566(): FakeSpreadsheet {
  const state = trackingFixture();
  writeRow(state, 1, 2, { reporter: 'นายรายงาน ดีมาก', reporterPhone: "'0812345678" });
  writeRow(state, 2, 2, { reporter: 'นายรายงาน ดีมาก', reporterPhone: "'0812345678" });
  return installed(state);
}

function settingValue(state: FakeSpreadsheet, name: string) {
  const named = state.namedRanges().find((entry) => entry.name === name);
  if (named === undefined) throw new Error(`no ${name}`);
  return state.tab(named.sheetName).valueAt(named.range.row, named.range.column);
}

/** Every value and formula of a tab, to compare before and after. */
function contentOf(state: FakeSpreadsheet, name: string) {
  const tab = state.tab(name);
  const range = gridRange(1, 1, tab.maxRows(), tab.maxColumns());
  return { values: tab.peekValues(range), rows: tab.maxRows(), columns: tab.maxColumns() };
}

const DUES = ['10/4/2024', '10/10/2024'];

describe('start a new fiscal year', () => {
  it('proposes the settings year + 1 and the due dates moved on a year', () => {
    sheet2566();
    const plan = fiscalYearPlan(appsScriptSpreadsheet());
    expect(plan).toEqual({
      latestYear: 2566,
      year: 2567,
      due: [
        { round: 1, text: '10/4/2024' },
        { round: 2, text: '10/10/2024' },
      ],
    });
    expect(fiscalYearPlan(appsScriptSpreadsheet(), '2569').due.map((due) => due.text)).toEqual([
      '10/4/2026',
      '10/10/2026',
    ]);
  });

  it('makes the 2567 tabs with the divisions, moves the settings and adds the holidays', () => {
    const state = sheet2566();
    const before = {
      round1: contentOf(state, 'รอบ 1/2566'),
      round2: contentOf(state, 'รอบ 2/2566'),
    };
    const outcome = startFiscalYear(appsScriptSpreadsheet(), 2567, ['10/4/2024', '9/10/2567']);
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toContain('เริ่มปีงบประมาณ 2567 แล้ว');
    const tabs = state.sheets().map((tab) => tab.name);
    expect(tabs.slice(0, 2)).toEqual(['ตั้งค่า', 'วันหยุด']);
    expect(tabs.filter((name) => name.startsWith('รอบ'))).toEqual([
      'รอบ 1/2567',
      'รอบ 2/2567',
      'รอบ 1/2566',
      'รอบ 2/2566',
    ]);

    // Round 1: four divisions, texts only, the confirmed due date.
    const round1 = state.tab('รอบ 1/2567');
    const names = [2, 3, 4, 5].map((row) => round1.valueAt(row, columnOf(1, 'division')));
    expect(names).toEqual(['สำนักบริหารกลาง', 'กองคลัง', 'กองแผนงาน', 'กองการเจ้าหน้าที่']);
    expect(round1.valueAt(2, columnOf(1, 'head'))).toBe('นางสาวสมศรี ใจดี');
    expect(round1.valueAt(2, columnOf(1, 'reporter'))).toBe('นายรายงาน ดีมาก');
    expect(round1.valueAt(2, columnOf(1, 'reporterPhone'))).toBe('0812345678');
    expect(round1.valueAt(6, columnOf(1, 'division'))).toBe('');
    for (const row of [2, 3, 4, 5]) {
      expect(round1.valueAt(row, columnOf(1, 'due'))).toBe(serialOfDay(dayFromIso('2024-04-10')));
      for (const key of ['reviewDone', 'planDone', 'progress', 'submitted'])
        expect(round1.valueAt(row, columnOf(1, key))).toBe('');
    }
    // Round 2: its own division, due 9 October 2024 (typed as B.E. 2567).
    const round2 = state.tab('รอบ 2/2567');
    expect(round2.valueAt(2, columnOf(2, 'division'))).toBe('สำนักบริหารกลาง');
    expect(round2.valueAt(2, columnOf(2, 'due'))).toBe(serialOfDay(dayFromIso('2024-10-09')));
    expect(round2.valueAt(2, columnOf(2, 'workflowManualDone'))).toBe('');
    expect(round2.valueAt(3, columnOf(2, 'division'))).toBe('');

    // The same template as set-up's: headers, formulas, their warning protections, validations.
    for (const [tab, round] of [
      [round1, 1],
      [round2, 2],
    ] as const) {
      const headers = trackingColumns(round).map((column) => column.header);
      expect(tab.peekValues(gridRange(1, 1, 1, headers.length))[0]).toEqual(headers);
      for (const key of FORMULA_KEYS) expect(tab.formulaAt(2, columnOf(round, key))).toMatch(/^=/);
      expect(tab.protections().length).toBe(FORMULA_KEYS.length);
      expect(tab.validationAt(2, columnOf(round, 'due'))).toMatchObject({ rule: { kind: 'date' } });
    }

    // Settings.
    expect(settingValue(state, NAMES.fiscalYear)).toBe(2567);
    expect(settingValue(state, NAMES.dueRound1)).toBe(serialOfDay(dayFromIso('2024-04-10')));
    expect(settingValue(state, NAMES.dueRound2)).toBe(serialOfDay(dayFromIso('2024-10-09')));

    // Holidays of 2567 added after 2566's.
    const holidays = state.tab('วันหยุด');
    const listed = holidays
      .peekValues(gridRange(2, 1, holidays.lastRow() - 1, 1))
      .map((row) => row[0])
      .filter((value) => value !== '');
    const days2567 = (holidaysForFiscalYear(2567)?.holidays ?? []).map((holiday) =>
      serialOfDay(dayFromIso(holiday.date)),
    );
    expect(days2567.length).toBeGreaterThan(10);
    for (const day of days2567) expect(listed).toContain(day);
    expect(holidays.valueAt(2, 4)).toBe(
      serialOfDay(dayFromIso(holidaysForFiscalYear(2567)?.coveredThrough ?? '')),
    );

    // 2566 untouched, and protected whole with a warning saying the year is closed.
    expect(contentOf(state, 'รอบ 1/2566')).toEqual(before.round1);
    expect(contentOf(state, 'รอบ 2/2566')).toEqual(before.round2);
    for (const name of ['รอบ 1/2566', 'รอบ 2/2566']) {
      const tab = state.tab(name);
      const closed = tab
        .protectionEntries()
        .filter((entry) => entry.description === FISCAL_YEAR.closedProtection(2566));
      expect(closed).toEqual([
        expect.objectContaining({
          warningOnly: true,
          range: gridRange(1, 1, tab.maxRows(), tab.maxColumns()),
        }),
      ]);
      expect(closed[0]?.description).toContain('ปีงบประมาณ 2566 ปิดแล้ว');
    }
  });

  it('gives each year its own summary, from its own tab', () => {
    const state = sheet2566();
    expect(startFiscalYear(appsScriptSpreadsheet(), '2567', DUES).ok).toBe(true);
    // 2567 round 1: one division reports, the others not yet.
    state.tab('รอบ 1/2567').writeValues(gridRange(3, columnOf(1, 'reviewDone')), [[true]]);
    const services = () => ({ ...appsScriptReportServices(), now: () => NOW });
    expect(wholeRoundRefusal(appsScriptSpreadsheet(), 1, 'รอบ 1/2566')).toBeUndefined();
    expect(wholeRoundRefusal(appsScriptSpreadsheet(), 1, 'รอบ 1/2567')).toBeUndefined();
    expect(generateSummary(1, services(), 'รอบ 1/2566').ok).toBe(true);
    expect(generateSummary(1, services(), 'รอบ 1/2567').ok).toBe(true);
    const drive = emulator?.drive;
    const docs = (drive?.items() ?? []).filter(
      (file) => file.mimeType === GOOGLE_DOC_MIME_TYPE && !file.trashed,
    );
    expect(docs.map((file) => file.name).sort()).toEqual(['รายงานสรุปผล_รอบ1_2566', 'รายงานสรุปผล_รอบ1_2567']);
    const text = (name: string) =>
      drive?.document(docs.find((file) => file.name === name)?.id ?? '').text() ?? '';
    expect(text('รายงานสรุปผล_รอบ1_2566')).toContain('2566');
    expect(text('รายงานสรุปผล_รอบ1_2566')).not.toContain('2567');
    expect(text('รายงานสรุปผล_รอบ1_2567')).toContain('2567');
    // 2566's round 1 had a division at level 2 (review and plan done); 2567's has none past level 1.
    // Each from its own tab: 2566's rows as typed (dates, days late), 2567's as just started.
    const old = text('รายงานสรุปผล_รอบ1_2566');
    const current = text('รายงานสรุปผล_รอบ1_2567');
    expect(old).toContain('ประจำปีงบประมาณ พ.ศ. 2566 รอบ 1');
    expect(old).toContain('1 | สำนักบริหารกลาง | 7 เม.ย. 2566 | 0 | 0.00 |');
    expect(old).toContain('2 | กองคลัง | 13 เม.ย. 2566 | 3 | 0.30 |');
    expect(old).toContain('ยังไม่ส่งรายงาน | 1 หน่วยงาน: กองการเจ้าหน้าที่');
    expect(current).toContain('ประจำปีงบประมาณ พ.ศ. 2567 รอบ 1');
    expect(current).toContain('รอบการประเมิน รอบ 1/2567 (1 ตุลาคม 2566 – 31 มีนาคม 2567)');
    expect(current).toContain('1 | สำนักบริหารกลาง | – | 0 | 0.00 |');
    expect(current).toContain('ยังไม่ส่งรายงาน | 4 หน่วยงาน');
  });

  it('makes a division report and a batch of the tab asked for', () => {
    sheet2566();
    startFiscalYear(appsScriptSpreadsheet(), 2567, DUES);
    const services = () => ({ ...appsScriptReportServices(), now: () => NOW });
    const old = generateOneReport(1, 2, 'สำนักบริหารกลาง', services(), 'รอบ 1/2566');
    const current = generateOneReport(1, 2, 'สำนักบริหารกลาง', services(), 'รอบ 1/2567');
    expect([old.ok, current.ok]).toEqual([true, true]);
    const names = (emulator?.drive.items() ?? [])
      .filter((file) => file.mimeType === GOOGLE_DOC_MIME_TYPE)
      .map((file) => file.name);
    expect(names.some((name) => name.includes('2566'))).toBe(true);
    expect(names.some((name) => name.includes('2567'))).toBe(true);
    expect(previewReport(appsScriptSpreadsheet(), 1, 2, 'สำนักบริหารกลาง', 'รอบ 1/2566').fileName).toContain(
      '2566',
    );
    const batch = startBatch(1, services(), 'รอบ 1/2566');
    expect(batch.total).toBe(4);
    const stored = JSON.parse(String(emulator?.properties.get('KPI_REPORT_BATCH') ?? '{}'));
    expect(stored.sheet).toBe('รอบ 1/2566');
  });

  it('shows a division the rounds of the year of the tab it is selected in', () => {
    const state = sheet2566();
    startFiscalYear(appsScriptSpreadsheet(), 2567, DUES);
    state.select('รอบ 1/2567', gridRange(2, 1));
    const data = sidebarData(appsScriptSpreadsheet(), NOW);
    expect(data.division?.rounds.map((round) => round.sheetName)).toEqual(['รอบ 1/2567', 'รอบ 2/2567']);
    state.select('รอบ 1/2566', gridRange(2, 1));
    const old = sidebarData(appsScriptSpreadsheet(), NOW);
    expect(old.division?.rounds.map((round) => round.sheetName)).toEqual(['รอบ 1/2566', 'รอบ 2/2566']);
    expect(old.activeRound).toEqual({ round: 1, sheetName: 'รอบ 1/2566', fiscalYear: 2566 });
  });

  it('adds a new division to the latest year only', () => {
    const state = sheet2566();
    startFiscalYear(appsScriptSpreadsheet(), 2567, DUES);
    const outcome = addDivisionToSheet(appsScriptSpreadsheet(), 'กองใหม่', 'นายใหม่');
    expect(outcome.ok).toBe(true);
    expect(state.tab('รอบ 1/2567').valueAt(6, columnOf(1, 'division'))).toBe('กองใหม่');
    expect(state.tab('รอบ 1/2566').valueAt(6, columnOf(1, 'division'))).toBe('');
  });

  it('re-running set-up after a new year changes nothing', () => {
    const state = sheet2566();
    startFiscalYear(appsScriptSpreadsheet(), 2567, DUES);
    const before = state.snapshot();
    const outcome = setUpTrackingSheet(appsScriptSpreadsheet());
    expect(outcome).toEqual({ createdTabs: [], added: 0, formulaCellsLeft: [] });
    expect(state.snapshot()).toEqual(before);
  });

  it('leaves the holidays alone and warns in check data when the year has no table', () => {
    const state = sheet2566();
    const holidays = state.tab('วันหยุด');
    const before = holidays.peekValues(gridRange(1, 1, holidays.maxRows(), holidays.maxColumns()));
    // 2566 → 2575: no shipped table for 2575.
    const outcome = startFiscalYear(appsScriptSpreadsheet(), 2575, ['10/4/2032', '10/10/2032']);
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toContain('ยังไม่มีตารางวันหยุดของปี 2575');
    expect(holidays.peekValues(gridRange(1, 1, holidays.maxRows(), holidays.maxColumns()))).toEqual(before);
    const problems = listDataProblems(appsScriptSpreadsheet());
    expect(problems).toContainEqual({
      sheetName: 'วันหยุด',
      cell: 'D2',
      message: FISCAL_YEAR.holidaysMissing(2575),
    });
  });

  it('does not warn about holidays when the year has its table', () => {
    sheet2566();
    startFiscalYear(appsScriptSpreadsheet(), 2567, DUES);
    const messages = listDataProblems(appsScriptSpreadsheet()).map((problem) => problem.message);
    expect(messages).not.toContain(FISCAL_YEAR.holidaysMissing(2567));
  });

  describe('refuses, changing nothing', () => {
    it.each([
      [2566, DUES, FISCAL_YEAR.yearExists(2566, ['รอบ 1/2566', 'รอบ 2/2566'])],
      [2565, DUES, FISCAL_YEAR.yearNotAfter(2565, 2566)],
      [2499, DUES, FISCAL_YEAR.yearOutOfRange(2499)],
      [2701, DUES, FISCAL_YEAR.yearOutOfRange(2701)],
      ['ปีหน้า', DUES, FISCAL_YEAR.yearNotNumber('ปีหน้า')],
      [2567, ['10/4/2024', ''], FISCAL_YEAR.dueMissing(2)],
    ])('year %p, due dates %p', (year, dues, message) => {
      const state = sheet2566();
      const before = state.snapshot();
      expect(startFiscalYear(appsScriptSpreadsheet(), year, dues)).toEqual({ ok: false, message });
      expect(state.snapshot()).toEqual(before);
    });

    it('a due date that cannot be read, naming the round and the value', () => {
      const state = sheet2566();
      const before = state.snapshot();
      const outcome = startFiscalYear(appsScriptSpreadsheet(), 2567, ['31/4/2024', '10/10/2024']);
      expect(outcome.ok).toBe(false);
      expect(outcome.message).toContain('รอบ 1');
      expect(outcome.message).toContain('"31/4/2024"');
      expect(state.snapshot()).toEqual(before);
    });

    it('a sheet not set up', () => {
      installed(new FakeSpreadsheet());
      expect(startFiscalYear(appsScriptSpreadsheet(), 2567, DUES)).toEqual({
        ok: false,
        message: FISCAL_YEAR.notSetUp,
      });
    });
  });
});
