import { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { columnLetters } from '../../src/core/a1';
import { dayFromIso } from '../../src/core/dates';
import { HOLIDAYS_FY2566 } from '../../src/core/holidays';
import { FORMULA_KEYS, HOLIDAY_ROWS, NAMES, SETTINGS, trackingColumns } from '../../src/core/template';
import { gridRange } from '../../src/server/services/spreadsheet';
import { serialOfDay } from '../../src/server/settings';
import { setUpTrackingSheet } from '../../src/server/setup';

const ROUND_TABS = ['รอบ 1/2566', 'รอบ 2/2566'] as const;

function freshSetUp(): FakeSpreadsheet {
  const spreadsheet = new FakeSpreadsheet();
  setUpTrackingSheet(spreadsheet);
  return spreadsheet;
}

describe('set-up on a new spreadsheet', () => {
  const spreadsheet = new FakeSpreadsheet();
  const outcome = setUpTrackingSheet(spreadsheet);

  it('creates the settings, holidays and one tab per round, keeping what was there', () => {
    expect(outcome.createdTabs).toEqual(['ตั้งค่า', 'วันหยุด', ...ROUND_TABS]);
    expect(spreadsheet.sheets().map((sheet) => sheet.name)).toEqual([
      'ตั้งค่า',
      'วันหยุด',
      'Sheet1',
      ...ROUND_TABS,
    ]);
  });

  it('gives every setting a named range on its value cell, prefilled from the card', () => {
    const names = new Map(spreadsheet.namedRanges().map((named) => [named.name, named]));
    expect([...names.keys()].sort()).toEqual(Object.values(NAMES).sort());
    const settings = spreadsheet.tab('ตั้งค่า');
    const settingValue = (rangeName: string) => {
      const named = names.get(rangeName);
      if (named === undefined) throw new Error(`no ${rangeName}`);
      expect(named.sheetName).toBe('ตั้งค่า');
      return settings.valueAt(named.range.row, named.range.column);
    };
    expect(settingValue(NAMES.fiscalYear)).toBe(2566);
    expect(settingValue(NAMES.dueRound1)).toBe(serialOfDay(dayFromIso('2023-04-10')));
    expect(settingValue(NAMES.dueRound2)).toBe(serialOfDay(dayFromIso('2023-10-10')));
    expect(settingValue(NAMES.ratePerDay)).toBe(0.1);
    expect(settingValue(NAMES.weight)).toBe(0.05);
    expect(settingValue(NAMES.dayCount)).toBe('วันปฏิทิน');
    expect(settingValue(NAMES.countUnsubmitted)).toBe('ใช่');
    expect(settingValue(NAMES.supervisor)).toBe('นายสมเกียรติ กรอบแก้ว');
    expect(settingValue(NAMES.collectorPhone)).toBe('0-2653-4444 ต่อ 1512-1513');
    const asOf = names.get(NAMES.asOf);
    expect(settings.formulaAt(asOf?.range.row ?? 0, 2)).toBe('=IF(KPI_COUNT_UNSUBMITTED="ใช่", TODAY(), "")');
    // Each row: the Thai label, the value, the help, and the help as the value's note.
    for (const spec of SETTINGS) {
      const row = names.get(spec.name)?.range.row ?? 0;
      expect(settings.valueAt(row, 1)).toBe(spec.label);
      expect(settings.valueAt(row, 3)).toBe(spec.help);
      expect(settings.noteAt(row, 2)).toBe(spec.help);
    }
    expect(settings.validationAt(names.get(NAMES.dayCount)?.range.row ?? 0, 2)?.rule).toEqual({
      kind: 'list',
      values: ['วันปฏิทิน', 'วันทำการ'],
    });
    expect(settings.validationAt(names.get(NAMES.ratePerDay)?.range.row ?? 0, 2)?.rule).toEqual({
      kind: 'numberBetween',
      min: 0,
      max: 5,
    });
    expect(settings.validationAt(names.get(NAMES.dueRound1)?.range.row ?? 0, 2)?.rule).toEqual({
      kind: 'date',
    });
  });

  it('prefills the holidays of B.E. 2566 and names their column', () => {
    const holidays = spreadsheet.tab('วันหยุด');
    expect(holidays.valueAt(1, 1)).toBe('วันที่');
    expect(holidays.valueAt(2, 1)).toBe(serialOfDay(dayFromIso(HOLIDAYS_FY2566[0]?.date ?? '')));
    expect(holidays.valueAt(2, 2)).toBe(HOLIDAYS_FY2566[0]?.name);
    const last = HOLIDAYS_FY2566.length + 1;
    expect(holidays.valueAt(last, 1)).toBe(serialOfDay(dayFromIso(HOLIDAYS_FY2566.at(-1)?.date ?? '')));
    expect(holidays.valueAt(last + 1, 1)).toBe('');
    expect(holidays.noteAt(1, 1)).toContain('ตรวจสอบกับประกาศคณะรัฐมนตรีก่อนใช้');
    const named = spreadsheet.namedRanges().find((range) => range.name === NAMES.holidays);
    expect(named).toEqual({
      name: NAMES.holidays,
      sheetName: 'วันหยุด',
      range: gridRange(2, 1, HOLIDAY_ROWS, 1),
    });
  });

  it.each([1, 2] as const)(
    'round %i: Thai headers with notes, frozen, validated, in the template order',
    (round) => {
      const sheet = spreadsheet.tab(`รอบ ${round}/2566`);
      const template = trackingColumns(round);
      expect(sheet.peekValues(gridRange(1, 1, 1, template.length))[0]).toEqual(
        template.map((column) => column.header),
      );
      template.forEach((column, index) => {
        expect(sheet.noteAt(1, index + 1)).toBe(column.note);
        expect(sheet.columnWidth(index + 1)).toBe(column.width);
      });
      expect(sheet.frozenRows()).toBe(1);
      const kindAt = (row: number, column: number) => sheet.validationAt(row, column)?.rule.kind ?? null;
      const expected: Record<string, string | null> = {
        flag: 'checkbox',
        progress: 'numberBetween',
        evidence: 'url',
        due: 'date',
        submitted: 'date',
      };
      template.forEach((column, index) => {
        const want = expected[column.kind] ?? null;
        expect([column.key, kindAt(2, index + 1)]).toEqual([column.key, want]);
        expect([column.key, kindAt(sheet.maxRows(), index + 1)]).toEqual([column.key, want]);
      });
      // The sheet starts empty: no division rows.
      expect(sheet.peekValues(gridRange(2, 1, 1, 2))).toEqual([['', '']]);
    },
  );

  it('round 1: each formula column holds one formula, in its first row, covering the whole table', () => {
    const sheet = spreadsheet.tab('รอบ 1/2566');
    const template = trackingColumns(1);
    const letter = (key: string) => columnLetters(template.findIndex((column) => column.key === key) + 1);
    const formulas = Object.fromEntries(
      FORMULA_KEYS.map((key) => {
        const column = template.findIndex((entry) => entry.key === key) + 1;
        const all = sheet.readFormulas(gridRange(1, column, sheet.maxRows(), 1)).flat();
        expect(all.filter((formula) => formula !== '')).toHaveLength(1);
        return [key, all[1]];
      }),
    );
    const dates = `${letter('due')}2:${letter('due')}, ${letter('submitted')}2:${letter('submitted')}, KPI_AS_OF`;
    expect(formulas).toEqual({
      level: '=KPILEVEL(1, C2:E)',
      daysLate: `=KPILATEDAYS(${dates}, KPI_DAY_COUNT, KPI_HOLIDAYS)`,
      penalty: `=KPIPENALTY(${dates}, KPI_RATE_PER_DAY, KPI_DAY_COUNT, KPI_HOLIDAYS)`,
      score: `=KPISCORE(1, C2:E, ${dates}, KPI_RATE_PER_DAY, KPI_DAY_COUNT, KPI_HOLIDAYS)`,
      weighted: `=KPIWEIGHTED(${letter('score')}2:${letter('score')}, KPI_WEIGHT)`,
      next: '=KPINEXT(1, C2:E)',
    });
  });

  it('round 2 reads its five milestone cells as one range', () => {
    const sheet = spreadsheet.tab('รอบ 2/2566');
    const level = trackingColumns(2).findIndex((column) => column.key === 'level') + 1;
    expect(sheet.formulaAt(2, level)).toBe('=KPILEVEL(2, C2:G)');
  });

  it.each([1, 2] as const)('round %i: formula columns are shaded and protected with a warning', (round) => {
    const sheet = spreadsheet.tab(`รอบ ${round}/2566`);
    const template = trackingColumns(round);
    const protections = sheet.protections();
    for (const key of FORMULA_KEYS) {
      const column = template.findIndex((entry) => entry.key === key) + 1;
      expect(sheet.formatAt(2, column).background).toBe('#eef3f8');
      const formats: Record<string, string | undefined> = {
        level: undefined,
        daysLate: '0',
        penalty: '0.00',
        score: '0.00',
        weighted: '0.0000',
        next: undefined,
      };
      expect([key, sheet.formatAt(sheet.maxRows(), column).numberFormat]).toEqual([key, formats[key]]);
      expect(sheet.formatAt(sheet.maxRows(), column).background).toBe('#eef3f8');
      const protection = protections.find((entry) => entry.range.column === column);
      expect(protection?.range).toEqual(gridRange(2, column, sheet.maxRows() - 1, 1));
      expect(protection?.description).toContain(`KPI รอบ ${round}`);
    }
    expect(protections).toHaveLength(FORMULA_KEYS.length);
  });

  it('colours levels, late days and ⚠ problems', () => {
    const sheet = spreadsheet.tab('รอบ 1/2566');
    const template = trackingColumns(1);
    const column = (key: string) => template.findIndex((entry) => entry.key === key) + 1;
    const rules = sheet.conditionalRules();
    const full = rules.find((rule) => rule.when.kind === 'numberBetween' && rule.when.min === 5);
    expect(full?.ranges).toEqual([gridRange(2, column('level'), sheet.maxRows() - 1, 1)]);
    expect(full?.background).toBe('#d9ead3');
    const late = rules.find((rule) => rule.when.kind === 'numberGreaterThan');
    expect(late?.ranges.map((range) => range.column)).toEqual([column('daysLate'), column('penalty')]);
    const warning = rules.find((rule) => rule.when.kind === 'textStartsWith');
    expect(warning?.when).toEqual({ kind: 'textStartsWith', text: '⚠' });
    expect(warning?.ranges).toHaveLength(FORMULA_KEYS.length);
    expect(rules).toHaveLength(6);
  });
});

describe('running set-up again', () => {
  it('changes nothing: the whole state is the same and nothing is written', () => {
    const spreadsheet = freshSetUp();
    const before = JSON.stringify(spreadsheet.snapshot());
    spreadsheet.resetCalls();
    const outcome = setUpTrackingSheet(spreadsheet);
    expect(outcome).toEqual({ createdTabs: [], added: 0 });
    expect(spreadsheet.calls.writes).toBe(0);
    expect(JSON.stringify(spreadsheet.snapshot())).toBe(before);
  });

  it('keeps what users typed: divisions, dates, edited settings and holidays', () => {
    const spreadsheet = freshSetUp();
    const round1 = spreadsheet.tab('รอบ 1/2566');
    round1.writeValues(gridRange(2, 1, 2, 5), [
      ['สำนักบริหารกลาง', 'นางสาวก', true, true, 0.6],
      ['กองคลัง', 'นายข', true, '', ''],
    ]);
    const settings = spreadsheet.tab('ตั้งค่า');
    const rate = spreadsheet.namedRanges().find((named) => named.name === NAMES.ratePerDay)?.range;
    if (rate === undefined) throw new Error('no rate');
    settings.writeValues(rate, [[0.2]]);
    spreadsheet.tab('วันหยุด').writeValues(gridRange(40, 1, 1, 2), [[45100, 'วันหยุดพิเศษของหน่วยงาน']]);
    const before = JSON.stringify(spreadsheet.snapshot());
    setUpTrackingSheet(spreadsheet);
    expect(JSON.stringify(spreadsheet.snapshot())).toBe(before);
    expect(round1.valueAt(3, 1)).toBe('กองคลัง');
    expect(settings.valueAt(rate.row, rate.column)).toBe(0.2);
  });
});

describe('when the template grows', () => {
  it('adds missing columns after the last one and missing settings at the end, moving nothing', () => {
    // An older sheet: a round-1 tab with only the first columns, holding data, and a settings tab
    // with the fiscal year only (its named range lost).
    const spreadsheet = new FakeSpreadsheet({ sheets: ['ตั้งค่า', 'รอบ 1/2566'] });
    const settings = spreadsheet.tab('ตั้งค่า');
    settings.writeValues(gridRange(1, 1, 2, 3), [
      ['รายการ', 'ค่า', 'คำอธิบาย'],
      ['ปีงบประมาณ (พ.ศ.)', 2566, 'ปีที่ติดตาม'],
    ]);
    const old = spreadsheet.tab('รอบ 1/2566');
    const template = trackingColumns(1);
    const kept = template.slice(0, 5);
    old.writeValues(gridRange(1, 1, 2, 5), [
      kept.map((column) => column.header),
      ['กองแผนงาน', 'นายค', true, false, 55],
    ]);
    old.writeValues(gridRange(1, 6, 2, 1), [['หมายเหตุของผู้ใช้'], ['ห้ามย้าย']]);

    const outcome = setUpTrackingSheet(spreadsheet);
    expect(outcome.createdTabs).toEqual(['วันหยุด', 'รอบ 2/2566']);
    expect(outcome.added).toBeGreaterThan(template.length - 5);

    // The user's cells stay where they were.
    expect(old.peekValues(gridRange(2, 1, 1, 6))).toEqual([['กองแผนงาน', 'นายค', true, false, 55, 'ห้ามย้าย']]);
    expect(old.valueAt(1, 6)).toBe('หมายเหตุของผู้ใช้');
    // The missing template columns follow, in template order.
    const added = old.peekValues(gridRange(1, 7, 1, template.length - 5))[0];
    expect(added).toEqual(template.slice(5).map((column) => column.header));
    // Formulas point at where the columns really are.
    const letterOf = (key: string) =>
      columnLetters(7 + template.slice(5).findIndex((column) => column.key === key));
    const level = 7 + template.slice(5).findIndex((column) => column.key === 'level');
    expect(old.formulaAt(2, level)).toBe('=KPILEVEL(1, C2:E)');
    const score = 7 + template.slice(5).findIndex((column) => column.key === 'score');
    expect(old.formulaAt(2, score)).toContain(`${letterOf('due')}2:${letterOf('due')}`);

    // The fiscal year row got its name back; the other settings were appended below it.
    const names = new Map(spreadsheet.namedRanges().map((named) => [named.name, named.range]));
    expect(names.get(NAMES.fiscalYear)).toEqual(gridRange(2, 2));
    expect(settings.valueAt(2, 3)).toBe('ปีที่ติดตาม');
    expect(names.get(NAMES.dueRound1)?.row).toBe(3);
    expect(settings.valueAt(3, 1)).toBe('วันครบกำหนดส่งรายงาน รอบ 1');

    // And a further run changes nothing.
    const before = JSON.stringify(spreadsheet.snapshot());
    expect(setUpTrackingSheet(spreadsheet)).toEqual({ createdTabs: [], added: 0 });
    expect(JSON.stringify(spreadsheet.snapshot())).toBe(before);
  });

  it('names new round tabs after the fiscal year in settings', () => {
    const spreadsheet = new FakeSpreadsheet({ sheets: ['ตั้งค่า'] });
    spreadsheet.tab('ตั้งค่า').writeValues(gridRange(1, 1, 2, 2), [
      ['รายการ', 'ค่า'],
      ['ปีงบประมาณ (พ.ศ.)', 2567],
    ]);
    const outcome = setUpTrackingSheet(spreadsheet);
    expect(outcome.createdTabs).toEqual(['วันหยุด', 'รอบ 1/2567', 'รอบ 2/2567']);
    // Holidays are prefilled only for the year they were researched for.
    expect(spreadsheet.tab('วันหยุด').valueAt(2, 1)).toBe('');
  });
});
