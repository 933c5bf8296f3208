/**
 * Set-up through the real Sheets adapter (`appsScriptSpreadsheet()`) on the
 * emulator's `SpreadsheetApp`, inspecting the in-memory state behind it.
 */

import fc from 'fast-check';
import { type InstalledEmulator, installEmulator } from '../../emulator/install';
import { FakeSpreadsheet, type FormatRule } from '../../emulator/spreadsheet';
import { cellA1, columnLetters } from '../../src/core/a1';
import { BUILT_IN_CARD_TABLE, CARD_TABLE_HEADER } from '../../src/core/card-table';
import { dayFromIso } from '../../src/core/dates';
import { holidaysForFiscalYear } from '../../src/core/holidays';
import { SHEET, VALIDATION_HELP } from '../../src/core/messages';
import {
  CARD_ROWS,
  FORMULA_KEYS,
  HOLIDAY_ROWS,
  NAMES,
  SETTINGS,
  trackingColumns,
} from '../../src/core/template';
import { setUpFromMenu } from '../../src/server/menu';
import { appsScriptSpreadsheet } from '../../src/server/services/apps-script-spreadsheet';
import { appsScriptUi } from '../../src/server/services/apps-script-ui';
import { gridRange, type SheetValue } from '../../src/server/services/spreadsheet';
import { serialOfDay } from '../../src/server/settings';
import { type SetUpOutcome, setUpTrackingSheet } from '../../src/server/setup';

const ROUND_TABS = ['รอบ 1/2566', 'รอบ 2/2566'] as const;
const ROUND1 = 'รอบ 1/2566';

let emulator: InstalledEmulator | undefined;

afterEach(() => {
  emulator?.uninstall();
  emulator = undefined;
});

/** Installs the emulator over this state (replacing any installed before) and returns the state. */
function installedOver(state = new FakeSpreadsheet()): FakeSpreadsheet {
  emulator?.uninstall();
  emulator = installEmulator({ spreadsheet: state });
  return state;
}

/** Set-up as the menu runs it: through the real adapter, on the installed emulator. */
function setUp(): SetUpOutcome {
  return setUpTrackingSheet(appsScriptSpreadsheet());
}

function freshSetUp(): FakeSpreadsheet {
  const state = installedOver();
  setUp();
  return state;
}

/** The 1-based column of a template column. */
function columnOf(round: 1 | 2, key: string): number {
  const index = trackingColumns(round).findIndex((column) => column.key === key);
  if (index < 0) throw new Error(`no column ${key}`);
  return index + 1;
}

/** A formula column's formula: its one custom-function call, or "ไม่ประเมินรอบนี้" where the row's box is ticked. */
function wrapped(exemptLetter: string, call: string): string {
  return `=ARRAYFORMULA(IF(${exemptLetter}2:${exemptLetter}=TRUE, "ไม่ประเมินรอบนี้", ${call}))`;
}

/** The start of every formula set-up writes in a formula column. */
const OWN_FORMULA = /^=ARRAYFORMULA\(IF\([A-Z]+2:[A-Z]+=TRUE, "ไม่ประเมินรอบนี้", KPI[A-Z]+\(/;

/** The rules set-up makes, by their criteria and values (set-up only makes boolean rules). */
function setUpRuleKey(rule: FormatRule): string {
  return rule.kind === 'boolean' ? `${rule.criteria}(${rule.values.join(',')})` : 'gradient';
}

describe('set-up on a new spreadsheet', () => {
  let spreadsheet: FakeSpreadsheet;
  let outcome: SetUpOutcome;
  beforeAll(() => {
    spreadsheet = installedOver();
    outcome = setUp();
  });
  afterAll(() => {
    emulator?.uninstall();
    emulator = undefined;
  });

  it('creates the settings, holidays and one tab per round, and removes the empty, untouched Sheet1', () => {
    expect(outcome.createdTabs).toEqual(['ตั้งค่า', 'วันหยุด', 'บัตรตัวชี้วัด', ...ROUND_TABS]);
    expect(outcome.removedTabs).toEqual(['Sheet1']);
    expect(spreadsheet.sheets().map((sheet) => sheet.name)).toEqual([
      'ตั้งค่า',
      'วันหยุด',
      'บัตรตัวชี้วัด',
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

  it('prefills the holidays of B.E. 2566, through its late window, and names their column', () => {
    const holidays = spreadsheet.tab('วันหยุด');
    const fy2566 = holidaysForFiscalYear(2566)?.holidays ?? [];
    expect(holidays.valueAt(1, 1)).toBe('วันที่');
    expect(holidays.valueAt(2, 1)).toBe(serialOfDay(dayFromIso(fy2566[0]?.date ?? '')));
    expect(holidays.valueAt(2, 2)).toBe(fy2566[0]?.name);
    const last = fy2566.length + 1;
    expect(fy2566.at(-1)?.date).toBe('2023-10-23');
    expect(holidays.valueAt(last, 1)).toBe(serialOfDay(dayFromIso(fy2566.at(-1)?.date ?? '')));
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
        exempt: 'checkbox',
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
    const sheet = spreadsheet.tab(ROUND1);
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
    const exempt = letter('exempt');
    expect([letter('reviewDone'), letter('progress'), exempt]).toEqual(['E', 'G', 'M']);
    expect(formulas).toEqual({
      level: wrapped(exempt, 'KPILEVEL(1, E2:G, KPI_CARD)'),
      daysLate: wrapped(exempt, `KPILATEDAYS(${dates}, KPI_DAY_COUNT, KPI_HOLIDAYS)`),
      penalty: wrapped(exempt, `KPIPENALTY(${dates}, KPI_RATE_PER_DAY, KPI_DAY_COUNT, KPI_HOLIDAYS)`),
      score: wrapped(
        exempt,
        `KPISCORE(1, E2:G, ${dates}, KPI_RATE_PER_DAY, KPI_DAY_COUNT, KPI_HOLIDAYS, KPI_CARD)`,
      ),
      weighted: wrapped(exempt, `KPIWEIGHTED(${letter('score')}2:${letter('score')}, KPI_WEIGHT)`),
      next: wrapped(exempt, 'KPINEXT(1, E2:G, KPI_CARD)'),
    });
  });

  it('round 2 reads its five milestone cells as one range', () => {
    const sheet = spreadsheet.tab('รอบ 2/2566');
    expect(sheet.formulaAt(2, columnOf(2, 'level'))).toBe(wrapped('Q', 'KPILEVEL(2, E2:I, KPI_CARD)'));
  });

  it.each([1, 2] as const)('round %i: formula columns are shaded and protected with a warning', (round) => {
    const sheet = spreadsheet.tab(`รอบ ${round}/2566`);
    const protections = sheet.protectionEntries();
    for (const key of FORMULA_KEYS) {
      const column = columnOf(round, key);
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
      expect(protection?.warningOnly).toBe(true);
    }
    expect(protections).toHaveLength(FORMULA_KEYS.length);
  });

  it('colours levels, late days and ⚠ problems', () => {
    const sheet = spreadsheet.tab(ROUND1);
    const column = (key: string) => columnOf(1, key);
    const rules = sheet.formatRules();
    const booleans = rules.flatMap((rule) => (rule.kind === 'boolean' ? [rule] : []));
    expect(booleans).toHaveLength(rules.length);
    const full = booleans.find((rule) => rule.criteria === 'NUMBER_BETWEEN' && rule.values[0] === 5);
    expect(full?.ranges).toEqual([gridRange(2, column('level'), sheet.maxRows() - 1, 1)]);
    expect(full?.format).toEqual({ background: '#d9ead3' });
    const late = booleans.find((rule) => rule.criteria === 'NUMBER_GREATER_THAN');
    expect(late?.ranges.map((range) => range.column)).toEqual([column('daysLate'), column('penalty')]);
    expect(late?.format).toEqual({ background: '#f4cccc', fontColor: '#990000' });
    const warning = booleans.find((rule) => rule.criteria === 'TEXT_STARTS_WITH');
    expect(warning?.values).toEqual(['⚠']);
    expect(warning?.ranges).toHaveLength(FORMULA_KEYS.length);
    expect(rules).toHaveLength(6);
  });
});

describe('running set-up again', () => {
  it('changes nothing: the whole state is the same and nothing is written', () => {
    const spreadsheet = freshSetUp();
    const before = JSON.stringify(spreadsheet.snapshot());
    spreadsheet.resetCalls();
    const outcome = setUp();
    expect(outcome).toEqual({ createdTabs: [], added: 0, formulaCellsLeft: [] });
    expect(spreadsheet.calls.writes).toBe(0);
    expect(JSON.stringify(spreadsheet.snapshot())).toBe(before);
  });

  it('keeps what users typed: divisions, dates, edited settings and holidays', () => {
    const spreadsheet = freshSetUp();
    const round1 = spreadsheet.tab(ROUND1);
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
    setUp();
    expect(JSON.stringify(spreadsheet.snapshot())).toBe(before);
    expect(round1.valueAt(3, 1)).toBe('กองคลัง');
    expect(settings.valueAt(rate.row, rate.column)).toBe(0.2);
  });
});

describe('set-up never overwrites a value a person typed', () => {
  /** Every formula column of every round tab. */
  const FORMULA_CELLS = ([1, 2] as const).flatMap((round) =>
    FORMULA_KEYS.map((key) => [round, key] as const),
  );
  const TYPED: readonly [string, SheetValue][] = [
    ['a number', 7],
    ['a text', 'ดูหมายเหตุ'],
    ['a tick', true],
  ];

  describe.each(TYPED)('%s typed over a formula', (_, typed) => {
    it.each(FORMULA_CELLS)('round %i, column %s: survives set-up, which says so', (round, key) => {
      const spreadsheet = freshSetUp();
      const sheetName = `รอบ ${round}/2566`;
      const tab = spreadsheet.tab(sheetName);
      const column = columnOf(round, key);
      // Typed over the column's one formula, and lower down the column.
      tab.writeValues(gridRange(2, column), [[typed]]);
      tab.writeValues(gridRange(7, column), [['ของผู้ใช้']]);
      const outcome = setUp();
      expect([tab.valueAt(2, column), tab.formulaAt(2, column)]).toEqual([typed, '']);
      expect([tab.valueAt(7, column), tab.formulaAt(7, column)]).toEqual(['ของผู้ใช้', '']);
      expect(outcome).toEqual({
        createdTabs: [],
        added: 0,
        formulaCellsLeft: [{ sheetName, cell: cellA1(2, column) }],
      });
      // Every other formula column still has its formula.
      for (const other of FORMULA_KEYS.filter((entry) => entry !== key)) {
        expect(tab.formulaAt(2, columnOf(round, other))).toMatch(OWN_FORMULA);
      }
    });
  });

  it('leaves a formula of someone else in the formula cell as it is', () => {
    const spreadsheet = freshSetUp();
    const tab = spreadsheet.tab(ROUND1);
    const score = columnOf(1, 'score');
    tab.writeFormulas(gridRange(2, score), [['=SUM(E2:E)']]);
    expect(setUp().formulaCellsLeft).toEqual([{ sheetName: ROUND1, cell: cellA1(2, score) }]);
    expect(tab.formulaAt(2, score)).toBe('=SUM(E2:E)');
  });

  it('puts the formula back once the typed value is cleared', () => {
    const spreadsheet = freshSetUp();
    const tab = spreadsheet.tab(ROUND1);
    const level = columnOf(1, 'level');
    tab.writeValues(gridRange(2, level), [[3]]);
    setUp();
    tab.writeValues(gridRange(2, level), [['']]);
    expect(setUp()).toEqual({ createdTabs: [], added: 1, formulaCellsLeft: [] });
    expect(tab.formulaAt(2, level)).toBe(wrapped('M', 'KPILEVEL(1, E2:G, KPI_CARD)'));
  });

  it('tells the truth in its message: the cells it left as typed, and to see check data', () => {
    const spreadsheet = freshSetUp();
    // The tester's cells: a number in Q2 and a text in T2 of round 1, a number in round 2's level.
    spreadsheet.tab(ROUND1).writeValues(gridRange(2, columnOf(1, 'level')), [[5]]);
    spreadsheet.tab(ROUND1).writeValues(gridRange(2, columnOf(1, 'score')), [['ดูหมายเหตุ']]);
    spreadsheet.tab('รอบ 2/2566').writeValues(gridRange(2, columnOf(2, 'level')), [[4]]);
    expect(cellA1(2, columnOf(1, 'level'))).toBe('Q2');
    expect(cellA1(2, columnOf(1, 'score'))).toBe('T2');
    setUpFromMenu(appsScriptSpreadsheet(), appsScriptUi());
    // A later run that also adds something says both.
    spreadsheet.removeNamedRange(NAMES.holidays);
    setUpFromMenu(appsScriptSpreadsheet(), appsScriptUi());
    expect(cellA1(2, columnOf(2, 'level'))).toBe('U2');
    const kept =
      '3 ช่องที่ควรเป็นสูตรมีค่าอื่นอยู่ (แท็บ รอบ 1/2566 ช่อง Q2, T2; แท็บ รอบ 2/2566 ช่อง U2) ' +
      'ระบบไม่ได้เขียนสูตรทับ คอลัมน์นั้นจึงยังไม่คำนวณ ดูวิธีแก้ที่เมนู ส่วนขยาย › KPI › ตรวจข้อมูล';
    expect(emulator?.ui.alerts.map((alert) => alert.message)).toEqual([
      `ไม่มีการเปลี่ยนแปลง: ${kept}`,
      `ตั้งค่าชีตติดตามผลเรียบร้อย: เพิ่มคอลัมน์/การตั้งค่าที่ขาด 1 รายการ ข้อมูลเดิมไม่ถูกแก้ไข ${kept}`,
    ]);
  });

  describe('any cell of any tab', () => {
    const TABS = ['ตั้งค่า', 'วันหยุด', 'บัตรตัวชี้วัด', ...ROUND_TABS] as const;
    // Rows 1–3 (headers, formulas, the first data row) are where set-up writes: drawn more often.
    const row = fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 40 }));
    const value = fc.oneof(
      fc.integer({ min: -1000, max: 100000 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      // Text as a person types it: a leading = + - @ would be a formula, a leading ' a text mark.
      fc.string({ minLength: 1, maxLength: 12 }).filter((text) => !/^[=+\-@']/.test(text)),
    );
    const typedCell = fc.record({
      tab: fc.constantFrom(...TABS),
      row,
      column: fc.integer({ min: 1, max: 26 }),
      value,
    });

    it('keeps every typed value, even with settings names lost', () => {
      fc.assert(
        fc.property(
          fc.array(typedCell, { minLength: 1, maxLength: 12 }),
          fc.subarray(Object.values(NAMES)),
          (cells, lostNames) => {
            const state = freshSetUp();
            for (const cell of cells) {
              state.tab(cell.tab).writeValues(gridRange(cell.row, cell.column), [[cell.value]]);
            }
            for (const name of lostNames) state.removeNamedRange(name);
            // The last value typed in a cell is what the person left there.
            const typed = new Map(cells.map((cell) => [`${cell.tab}!${cell.row}:${cell.column}`, cell]));
            setUp();
            for (const cell of typed.values()) {
              const tab = state.tab(cell.tab);
              const where = [cell.tab, cellA1(cell.row, cell.column)];
              expect([...where, tab.valueAt(cell.row, cell.column)]).toEqual([...where, cell.value]);
              expect([...where, tab.formulaAt(cell.row, cell.column)]).toEqual([...where, '']);
            }
          },
        ),
        // Each run sets a spreadsheet up twice; 25 runs of up to 12 cells keep the file fast.
        { numRuns: 25 },
      );
    });
  });
});

describe("set-up keeps the user's own conditional formatting", () => {
  /**
   * The user's rules on a round tab, made with SpreadsheetApp as a user's script (or
   * the Sheets UI) would: a custom formula, a colour scale, bold + italic text on a
   * condition set-up also uses, and set-up's own level-5 rule made bold by the user.
   */
  function addUserRules(): void {
    const sheet = SpreadsheetApp.getActive().getSheetByName(ROUND1);
    if (sheet === null) throw new Error('no round tab');
    const level = columnLetters(columnOf(1, 'level'));
    const score = columnLetters(columnOf(1, 'score'));
    const rules = sheet.getConditionalFormatRules().map((rule) => {
      const condition = rule.getBooleanCondition();
      const isLevel5 =
        condition?.getCriteriaType() === SpreadsheetApp.BooleanCriteria.NUMBER_BETWEEN &&
        condition.getCriteriaValues()[0] === 5;
      return isLevel5 ? rule.copy().setBold(true).build() : rule;
    });
    const custom = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$A2="กองคลัง"')
      .setBackground('#CFE2F3')
      .setRanges([sheet.getRange('A2:B1000')])
      .build();
    const scale = SpreadsheetApp.newConditionalFormatRule()
      .setGradientMinpoint('#FFFFFF')
      .setGradientMidpointWithValue('#FFD666', SpreadsheetApp.InterpolationType.PERCENTILE, '50')
      .setGradientMaxpoint('#57BB8A')
      .setRanges([sheet.getRange('E2:E1000')])
      .build();
    const emphasis = SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThan(0)
      .setBackground('#FCE5CD')
      .setBold(true)
      .setItalic(true)
      .setRanges([sheet.getRange(`${score}2:${score}1000`), sheet.getRange(`${level}2:${level}1000`)])
      .build();
    sheet.setConditionalFormatRules([custom, ...rules, scale, emphasis]);
  }

  const userRules = (rules: readonly FormatRule[]) =>
    rules.filter(
      (rule) =>
        rule.kind === 'gradient' ||
        rule.criteria === 'CUSTOM_FORMULA' ||
        rule.format.bold === true ||
        rule.format.italic === true,
    );

  it('keeps a custom formula, a colour scale and bold/italic rules exactly as they were, over two runs', () => {
    const spreadsheet = freshSetUp();
    addUserRules();
    const before = spreadsheet.tab(ROUND1).formatRules();
    expect(userRules(before)).toHaveLength(4);
    expect(before[0]).toMatchObject({
      kind: 'boolean',
      criteria: 'CUSTOM_FORMULA',
      values: ['=$A2="กองคลัง"'],
    });
    expect(before.at(-2)).toEqual({
      kind: 'gradient',
      ranges: [gridRange(2, 5, 999, 1)],
      min: { color: '#ffffff', type: 'MIN', value: '' },
      mid: { color: '#ffd666', type: 'PERCENTILE', value: '50' },
      max: { color: '#57bb8a', type: 'MAX', value: '' },
    });
    expect(before.at(-1)).toMatchObject({
      criteria: 'NUMBER_GREATER_THAN',
      format: { background: '#fce5cd', bold: true, italic: true },
    });

    // Nothing to add: nothing is written.
    expect(setUp()).toEqual({ createdTabs: [], added: 0, formulaCellsLeft: [] });
    expect(spreadsheet.tab(ROUND1).formatRules()).toEqual(before);

    // One of set-up's own rules deleted: set-up writes the rules again, and still keeps the user's.
    const late = before.findIndex((rule) => setUpRuleKey(rule) === 'NUMBER_GREATER_THAN(0)');
    spreadsheet.tab(ROUND1).setFormatRules(before.filter((_, index) => index !== late));
    expect(setUp().added).toBe(1);
    setUp();
    const after = spreadsheet.tab(ROUND1).formatRules();
    expect(userRules(after)).toEqual(userRules(before));
    expect(
      after
        .filter((rule) => !userRules([rule]).length)
        .map(setUpRuleKey)
        .sort(),
    ).toEqual(
      before
        .filter((rule) => !userRules([rule]).length)
        .map(setUpRuleKey)
        .sort(),
    );
  });

  it('keeps the rules of a round tab the user made before set-up, adding its own once', () => {
    const spreadsheet = installedOver(new FakeSpreadsheet({ sheets: [ROUND1] }));
    spreadsheet.tab(ROUND1).writeValues(gridRange(1, 1, 1, 2), [
      trackingColumns(1)
        .slice(0, 2)
        .map((column) => column.header),
    ]);
    addUserRules();
    const before = spreadsheet.tab(ROUND1).formatRules();
    expect(before).toHaveLength(3);
    setUp();
    setUp();
    const after = spreadsheet.tab(ROUND1).formatRules();
    expect(after.slice(0, 3)).toEqual(before);
    expect(after.slice(3).map(setUpRuleKey)).toEqual([
      'TEXT_STARTS_WITH(⚠)',
      'NUMBER_BETWEEN(5,5)',
      'NUMBER_BETWEEN(3,4.99)',
      'NUMBER_BETWEEN(1,2.99)',
      'NUMBER_BETWEEN(0,0.99)',
      'NUMBER_GREATER_THAN(0)',
    ]);
  });

  it('reads the kept rules back through SpreadsheetApp with every property', () => {
    freshSetUp();
    addUserRules();
    setUp();
    const rules = SpreadsheetApp.getActive().getSheetByName(ROUND1)?.getConditionalFormatRules() ?? [];
    const emphasis = rules.at(-1)?.getBooleanCondition();
    expect([emphasis?.getBold(), emphasis?.getItalic(), emphasis?.getUnderline()]).toEqual([
      true,
      true,
      null,
    ]);
    const scale = rules.at(-2)?.getGradientCondition();
    expect([scale?.getMidType(), scale?.getMidValue(), scale?.getMaxColor()]).toEqual([
      'PERCENTILE',
      '50',
      '#57bb8a',
    ]);
    expect(rules[0]?.getBooleanCondition()?.getCriteriaValues()).toEqual(['=$A2="กองคลัง"']);
  });

  it('makes no duplicates: each of its rules is there once, however often it runs', () => {
    const spreadsheet = freshSetUp();
    addUserRules();
    setUp();
    setUp();
    const rules = spreadsheet.tab(ROUND1).formatRules();
    const keys = rules.filter((rule) => !userRules([rule]).length).map(setUpRuleKey);
    expect(keys.sort()).toEqual(
      [
        'NUMBER_BETWEEN(0,0.99)',
        'NUMBER_BETWEEN(1,2.99)',
        'NUMBER_BETWEEN(3,4.99)',
        'NUMBER_GREATER_THAN(0)',
        'TEXT_STARTS_WITH(⚠)',
      ].sort(),
    );
    // The sixth, level 5, is the one the user made bold: kept, not added again.
    expect(rules.filter((rule) => setUpRuleKey(rule) === 'NUMBER_BETWEEN(5,5)')).toHaveLength(1);
    expect(rules).toHaveLength(9);
  });

  it('adds back only a rule of its own that the user deleted, after every other rule', () => {
    const spreadsheet = freshSetUp();
    addUserRules();
    const sheet = spreadsheet.tab(ROUND1);
    const withoutLate = sheet.formatRules().filter((rule) => setUpRuleKey(rule) !== 'NUMBER_GREATER_THAN(0)');
    sheet.setFormatRules(withoutLate);
    expect(setUp().added).toBe(1);
    const after = sheet.formatRules();
    expect(after.slice(0, -1)).toEqual(withoutLate);
    expect(after.at(-1)).toMatchObject({
      criteria: 'NUMBER_GREATER_THAN',
      values: [0],
      ranges: [gridRange(2, columnOf(1, 'daysLate'), 999, 1), gridRange(2, columnOf(1, 'penalty'), 999, 1)],
    });
  });
});

describe('rows added after set-up (a sheet grown to 1,200 rows)', () => {
  /** Set-up, then the tab grown by 200 rows at the end, as Sheets' "Add rows" does. */
  function grown(): FakeSpreadsheet {
    const spreadsheet = freshSetUp();
    const sheet = SpreadsheetApp.getActive().getSheetByName(ROUND1);
    sheet?.insertRowsAfter(sheet.getMaxRows(), 200);
    expect(spreadsheet.tab(ROUND1).maxRows()).toBe(1200);
    return spreadsheet;
  }

  it('a re-run gives the new rows the validation, formats and protection of the others', () => {
    const spreadsheet = grown();
    const outcome = setUp();
    expect(outcome.added).toBeGreaterThan(0);
    const sheet = spreadsheet.tab(ROUND1);
    const validated: Record<string, string> = {
      reviewDone: 'checkbox',
      planDone: 'checkbox',
      progress: 'numberBetween',
      'evidence:reviewDone': 'url',
      due: 'date',
      submitted: 'date',
    };
    for (const [key, kind] of Object.entries(validated)) {
      for (const row of [1000, 1001, 1200]) {
        expect([key, row, sheet.validationAt(row, columnOf(1, key))?.rule.kind]).toEqual([key, row, kind]);
      }
    }
    expect(sheet.formatAt(1200, columnOf(1, 'due'))).toMatchObject({ numberFormat: 'd/m/yyyy' });
    expect(sheet.formatAt(1200, columnOf(1, 'submitted'))).toMatchObject({ numberFormat: 'd/m/yyyy' });
    expect(sheet.formatAt(1200, columnOf(1, 'progress'))).toMatchObject({ numberFormat: '0%' });
    expect(sheet.formatAt(1200, columnOf(1, 'score'))).toMatchObject({
      background: '#eef3f8',
      numberFormat: '0.00',
    });
    const protections = sheet.protectionEntries();
    expect(protections).toHaveLength(FORMULA_KEYS.length);
    for (const protection of protections) {
      expect(protection.range).toMatchObject({ row: 2, rows: 1199 });
      expect(protection.warningOnly).toBe(true);
    }
  });

  it("its own rules stretch to the new rows once, in place; the user's stay as they were", () => {
    const spreadsheet = grown();
    const sheet = SpreadsheetApp.getActive().getSheetByName(ROUND1);
    if (sheet === null) throw new Error('no round tab');
    const custom = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$A2=""')
      .setItalic(true)
      .setFontColor('#999999')
      .setRanges([sheet.getRange('A2:A1000')])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), custom]);
    const before = spreadsheet.tab(ROUND1).formatRules();

    setUp();
    setUp();
    const after = spreadsheet.tab(ROUND1).formatRules();
    expect(after).toHaveLength(7);
    expect(after.at(-1)).toEqual(before.at(-1));
    after.slice(0, 6).forEach((rule, index) => {
      expect(rule).toEqual({
        ...before[index],
        ranges: before[index]?.ranges.map((range) => ({ ...range, rows: 1199 })),
      });
    });
  });

  it("keeps a user's own validation in the column, and then changes nothing more", () => {
    const spreadsheet = grown();
    const tab = spreadsheet.tab(ROUND1);
    const own = { rule: { kind: 'numberBetween', min: 0, max: 1 }, help: 'สัดส่วน 0–1', reject: true } as const;
    tab.setValidation(gridRange(5, columnOf(1, 'progress')), own);
    setUp();
    expect(tab.validationAt(5, columnOf(1, 'progress'))).toEqual(own);
    const before = JSON.stringify(spreadsheet.snapshot());
    spreadsheet.resetCalls();
    expect(setUp()).toEqual({ createdTabs: [], added: 0, formulaCellsLeft: [] });
    expect(spreadsheet.calls.writes).toBe(0);
    expect(JSON.stringify(spreadsheet.snapshot())).toBe(before);
  });
});

describe('when the template grows', () => {
  it('adds missing columns after the last one and missing settings at the end, moving nothing', () => {
    // An older sheet: a round-1 tab with only the first columns, holding data, and a settings tab
    // with the fiscal year only (its named range lost).
    const spreadsheet = installedOver(new FakeSpreadsheet({ sheets: ['ตั้งค่า', ROUND1] }));
    const settings = spreadsheet.tab('ตั้งค่า');
    settings.writeValues(gridRange(1, 1, 2, 3), [
      ['รายการ', 'ค่า', 'คำอธิบาย'],
      ['ปีงบประมาณ (พ.ศ.)', 2566, 'ปีที่ติดตาม'],
    ]);
    const old = spreadsheet.tab(ROUND1);
    // The template's columns in the order this test needs: those the old tab has first.
    const layout = trackingColumns(1);
    const kept = layout.filter((column) => !column.key.startsWith('reporter')).slice(0, 5);
    const template = [...kept, ...layout.filter((column) => !kept.includes(column))];
    old.writeValues(gridRange(1, 1, 2, 5), [
      kept.map((column) => column.header),
      ['กองแผนงาน', 'นายค', true, false, 55],
    ]);
    old.writeValues(gridRange(1, 6, 2, 1), [['หมายเหตุของผู้ใช้'], ['ห้ามย้าย']]);

    const outcome = setUp();
    expect(outcome.createdTabs).toEqual(['วันหยุด', 'บัตรตัวชี้วัด', 'รอบ 2/2566']);
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
    expect(old.formulaAt(2, level)).toBe(wrapped(letterOf('exempt'), 'KPILEVEL(1, C2:E, KPI_CARD)'));
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
    expect(setUp()).toEqual({ createdTabs: [], added: 0, formulaCellsLeft: [] });
    expect(JSON.stringify(spreadsheet.snapshot())).toBe(before);
  });

  it('upgrades a sheet of the previous version: its own formulas move to the exemption, nothing else moves', () => {
    // The previous template: no reporter columns and no "ไม่ประเมินรอบนี้" box; its formula
    // columns held the bare custom-function call.
    const spreadsheet = installedOver(new FakeSpreadsheet({ sheets: ['ตั้งค่า', ROUND1] }));
    const old = spreadsheet.tab(ROUND1);
    const previous = trackingColumns(1).filter(
      (column) => !['reporter', 'reporterPhone', 'exempt'].includes(column.key),
    );
    const at = (key: string) => previous.findIndex((column) => column.key === key) + 1;
    const letter = (key: string) => columnLetters(at(key));
    expect([letter('reviewDone'), letter('due'), letter('submitted'), letter('level')]).toEqual([
      'C',
      'I',
      'J',
      'N',
    ]);
    old.writeValues(gridRange(1, 1, 1, previous.length), [previous.map((column) => column.header)]);
    const dates = 'I2:I, J2:J, KPI_AS_OF';
    const calls: Record<string, string> = {
      level: 'KPILEVEL(1, C2:E)',
      daysLate: `KPILATEDAYS(${dates}, KPI_DAY_COUNT, KPI_HOLIDAYS)`,
      penalty: `KPIPENALTY(${dates}, KPI_RATE_PER_DAY, KPI_DAY_COUNT, KPI_HOLIDAYS)`,
      score: `KPISCORE(1, C2:E, ${dates}, KPI_RATE_PER_DAY, KPI_DAY_COUNT, KPI_HOLIDAYS)`,
      weighted: 'KPIWEIGHTED(Q2:Q, KPI_WEIGHT)',
      next: 'KPINEXT(1, C2:E)',
    };
    for (const key of FORMULA_KEYS) old.writeFormulas(gridRange(2, at(key)), [[`=${calls[key]}`]]);
    // The user's own: a formula that is not exactly the previous one, in the next-step column.
    old.writeFormulas(gridRange(2, at('next')), [['=KPINEXT(1, C2:E40)']]);
    const typed = [
      [
        'กองคลัง',
        'นายสมชาย',
        true,
        true,
        60,
        'https://example.org/a',
        '',
        '',
        45026,
        45036,
        'ผล',
        'ปัญหา',
        'ข้อเสนอ',
      ],
      ['กองแผนงาน', 'นางวิไล', true, '', '', '', '', '', 45026, '', '', '', ''],
    ];
    old.writeValues(gridRange(2, 1, 2, 13), typed);
    old.writeValues(gridRange(2, at('reportStatus'), 1, 1), [['สำเร็จ 1 พ.ค. 2566']]);
    const typedBefore = old.peekValues(gridRange(2, 1, 2, 13));

    const outcome = setUp();
    expect(outcome.formulaCellsLeft).toEqual([{ sheetName: ROUND1, cell: `${letter('next')}2` }]);
    // The new columns follow the old ones, in template order; nothing typed moved.
    const end = previous.length;
    expect(old.peekValues(gridRange(1, end + 1, 1, 3))[0]).toEqual([
      'ผู้รายงาน',
      'โทรศัพท์ผู้รายงาน',
      'ไม่ประเมินรอบนี้',
    ]);
    expect(old.peekValues(gridRange(2, 1, 2, 13))).toEqual(typedBefore);
    expect(old.valueAt(2, at('reportStatus'))).toBe('สำเร็จ 1 พ.ค. 2566');
    // A phone typed 0812345678 stays text, its leading 0 kept.
    expect(old.formatAt(old.maxRows(), end + 2).numberFormat).toBe('@');
    expect(old.validationAt(2, end + 3)?.rule.kind).toBe('checkbox');
    expect(old.validationAt(old.maxRows(), end + 3)?.rule.kind).toBe('checkbox');
    // Its own formulas now leave an exempt row out; the user's formula is as it was.
    const exempt = columnLetters(end + 3);
    // KPILEVEL, KPINEXT and KPISCORE take the card table last (issue 12).
    const withCard = (key: string) =>
      ['level', 'score', 'next'].includes(key)
        ? `${(calls[key] as string).slice(0, -1)}, KPI_CARD)`
        : (calls[key] as string);
    for (const key of FORMULA_KEYS.filter((key) => key !== 'next')) {
      expect([key, old.formulaAt(2, at(key))]).toEqual([key, wrapped(exempt, withCard(key))]);
    }
    expect(old.formulaAt(2, at('next'))).toBe('=KPINEXT(1, C2:E40)');

    // Running it again changes nothing.
    const before = JSON.stringify(spreadsheet.snapshot());
    spreadsheet.resetCalls();
    expect(setUp()).toEqual({
      createdTabs: [],
      added: 0,
      formulaCellsLeft: [{ sheetName: ROUND1, cell: `${letter('next')}2` }],
    });
    expect(spreadsheet.calls.writes).toBe(0);
    expect(JSON.stringify(spreadsheet.snapshot())).toBe(before);
  });

  it('names new round tabs after the fiscal year in settings', () => {
    const spreadsheet = installedOver(new FakeSpreadsheet({ sheets: ['ตั้งค่า'] }));
    spreadsheet.tab('ตั้งค่า').writeValues(gridRange(1, 1, 2, 2), [
      ['รายการ', 'ค่า'],
      ['ปีงบประมาณ (พ.ศ.)', 2567],
    ]);
    const outcome = setUp();
    expect(outcome.createdTabs).toEqual(['วันหยุด', 'บัตรตัวชี้วัด', 'รอบ 1/2567', 'รอบ 2/2567']);
    // Holidays are prefilled for the fiscal year in settings: 2567 starts with 13 Oct 2023.
    expect(spreadsheet.tab('วันหยุด').valueAt(2, 1)).toBe(serialOfDay(dayFromIso('2023-10-13')));
  });
});

describe('a round tab cut down to its header row', () => {
  it('gets a data row back, and its validation, formulas and colours', () => {
    // The emulator cannot delete rows: a one-row tab is made from a snapshot instead.
    const snapshot = new FakeSpreadsheet({ sheets: [ROUND1] }).snapshot();
    const cut = FakeSpreadsheet.fromSnapshot({
      ...snapshot,
      sheets: snapshot.sheets.map((sheet) => ({ ...sheet, maxRows: 1 })),
    });
    installedOver(cut);
    expect(setUp().createdTabs).toEqual(['ตั้งค่า', 'วันหยุด', 'บัตรตัวชี้วัด', 'รอบ 2/2566']);
    expect(cut.tab(ROUND1).maxRows()).toBe(2);
    expect(cut.tab(ROUND1).validationAt(2, columnOf(1, 'reviewDone'))?.rule.kind).toBe('checkbox');
    expect(cut.tab(ROUND1).formulaAt(2, columnOf(1, 'level'))).toBe(
      wrapped('M', 'KPILEVEL(1, E2:G, KPI_CARD)'),
    );
    expect(cut.tab(ROUND1).formatRules()).toHaveLength(6);
  });
});

describe('set-up fills the holidays through the late window', () => {
  const serial = (iso: string) => serialOfDay(dayFromIso(iso));
  const datesIn = (state: FakeSpreadsheet) => {
    const tab = state.tab('วันหยุด');
    const dates: SheetValue[] = [];
    for (let row = 2; row <= tab.maxRows(); row++) {
      const value = tab.valueAt(row, 1);
      if (value !== '') dates.push(value);
    }
    return dates;
  };
  const setFiscalYear = (state: FakeSpreadsheet, year: number) => {
    const range = state.namedRanges().find((named) => named.name === NAMES.fiscalYear)?.range;
    if (range === undefined) throw new Error('no fiscal year');
    state.tab('ตั้งค่า').writeValues(range, [[year]]);
  };

  it('fills a fresh sheet’s tab with the October holidays after the fiscal year, and says through which day', () => {
    const state = freshSetUp();
    const tab = state.tab('วันหยุด');
    const dates = datesIn(state);
    expect(dates).toContain(serial('2023-10-13'));
    expect(dates).toContain(serial('2023-10-23'));
    expect(dates).toEqual((holidaysForFiscalYear(2566)?.holidays ?? []).map(({ date }) => serial(date)));
    expect(tab.valueAt(1, 4)).toBe('วันหยุดครบถึงวันที่');
    expect(tab.valueAt(2, 4)).toBe(serial('2023-10-31'));
    expect(tab.formatAt(2, 4).numberFormat).toBe('d/m/yyyy');
    expect(tab.noteAt(2, 4)).toContain('31 ตุลาคม 2566');
  });

  it('completes a tab made before (B.E. 2566 up to August), below the last row, keeping what people typed; a second run writes nothing', () => {
    const state = freshSetUp();
    const tab = state.tab('วันหยุด');
    // As the FY 2566-only table left it: 28 days up to 14 Aug 2023, no coverage cell;
    // a person removed 17 May and added a day of their own below.
    tab.writeValues(gridRange(1, 4, 2, 1), [[''], ['']]);
    tab.writeValues(gridRange(30, 1, 2, 2), [
      ['', ''],
      ['', ''],
    ]);
    const may17 = datesIn(state).indexOf(serial('2023-05-17')) + 2;
    tab.writeValues(gridRange(may17, 1, 1, 2), [['', '']]);
    tab.writeValues(gridRange(30, 1, 1, 2), [[serial('2023-09-15'), 'วันหยุดของหน่วยงาน']]);
    const before = tab.peekValues(gridRange(1, 1, 30, 2));

    const outcome = setUp();
    expect(outcome.added).toBeGreaterThan(0);
    expect(tab.peekValues(gridRange(1, 1, 30, 2))).toEqual(before);
    // Missing days of the table come below the last row, the removed one too (nothing said it was removed).
    expect(tab.peekValues(gridRange(31, 1, 4, 2))).toEqual([
      [serial('2023-05-17'), 'วันพืชมงคล'],
      [serial('2023-10-13'), expect.stringContaining('วันคล้ายวันสวรรคต')],
      [serial('2023-10-23'), 'วันปิยมหาราช'],
      ['', ''],
    ]);
    expect(tab.valueAt(1, 4)).toBe('วันหยุดครบถึงวันที่');
    expect(tab.valueAt(2, 4)).toBe(serial('2023-10-31'));

    const snapshot = JSON.stringify(state.snapshot());
    state.resetCalls();
    expect(setUp()).toEqual({ createdTabs: [], added: 0, formulaCellsLeft: [] });
    expect(state.calls.writes).toBe(0);
    expect(JSON.stringify(state.snapshot())).toBe(snapshot);
  });

  it('never adds back a day removed before the day it says the tab is complete', () => {
    const state = freshSetUp();
    const tab = state.tab('วันหยุด');
    const oct13 = datesIn(state).indexOf(serial('2023-10-13')) + 2;
    tab.writeValues(gridRange(oct13, 1, 1, 2), [['', '']]);
    setUp();
    expect(datesIn(state)).not.toContain(serial('2023-10-13'));
  });

  it('adds the next fiscal year’s days when the year in settings moves on, with no day twice', () => {
    const state = freshSetUp();
    setFiscalYear(state, 2567);
    setUp();
    const dates = datesIn(state);
    expect(new Set(dates).size).toBe(dates.length);
    for (const { date } of holidaysForFiscalYear(2567)?.holidays ?? []) expect(dates).toContain(serial(date));
    expect(dates).toContain(serial('2024-10-14'));
    expect(state.tab('วันหยุด').valueAt(2, 4)).toBe(serial('2024-10-31'));
    expect(state.tab('วันหยุด').noteAt(2, 4)).toContain('31 ตุลาคม 2567');
  });

  it('says fiscal year 2570 is complete only through 31 Dec 2026, where the announcements end', () => {
    const state = installedOver(new FakeSpreadsheet({ sheets: ['ตั้งค่า'] }));
    state.tab('ตั้งค่า').writeValues(gridRange(1, 1, 2, 2), [
      ['รายการ', 'ค่า'],
      ['ปีงบประมาณ (พ.ศ.)', 2570],
    ]);
    setUp();
    expect(datesIn(state)).toEqual(
      (holidaysForFiscalYear(2570)?.holidays ?? []).map(({ date }) => serial(date)),
    );
    expect(state.tab('วันหยุด').valueAt(2, 4)).toBe(serial('2026-12-31'));
  });

  it('leaves the tab alone once a person changed the day it is complete through', () => {
    const state = freshSetUp();
    state.tab('วันหยุด').writeValues(gridRange(2, 4), [[serial('2024-03-31')]]);
    setFiscalYear(state, 2567);
    const before = JSON.stringify(state.tab('วันหยุด').peekValues(gridRange(1, 1, 80, 4)));
    setUp();
    expect(JSON.stringify(state.tab('วันหยุด').peekValues(gridRange(1, 1, 80, 4)))).toBe(before);
  });

  it('grows KPI_HOLIDAYS (and its date checks) when the list runs past its rows', () => {
    const state = freshSetUp();
    const tab = state.tab('วันหยุด');
    // A long list of a person's own days down to row 200, the coverage cell cleared.
    tab.writeValues(
      gridRange(32, 1, 169, 1),
      Array.from({ length: 169 }, (_, index) => [serial('2030-01-01') + index]),
    );
    tab.writeValues(gridRange(2, 4), [['']]);
    setFiscalYear(state, 2568);
    setUp();
    const named = state.namedRanges().find((range) => range.name === NAMES.holidays);
    const count = holidaysForFiscalYear(2568)?.holidays.length ?? 0;
    const last = 200 + count;
    expect(tab.valueAt(last, 1)).toBe(serial('2025-10-23'));
    expect(named?.range.row).toBe(2);
    expect((named?.range.row ?? 0) + (named?.range.rows ?? 0) - 1).toBeGreaterThanOrEqual(last);
    expect(tab.validationAt(last, 1)?.rule.kind).toBe('date');
    expect(tab.formatAt(last, 1).numberFormat).toBe('d/m/yyyy');
  });
});

describe('set-up and the default first tab (issue 11)', () => {
  it.each(['Sheet1', 'ชีต1'])('removes an empty, untouched %s once its own tabs exist', (name) => {
    const state = installedOver(new FakeSpreadsheet({ sheets: [name] }));
    const outcome = setUp();
    expect(outcome.removedTabs).toEqual([name]);
    expect(state.sheets().map((sheet) => sheet.name)).toEqual(['ตั้งค่า', 'วันหยุด', 'บัตรตัวชี้วัด', ...ROUND_TABS]);
  });

  const touched: [string, (state: FakeSpreadsheet) => void][] = [
    ['a value', (state) => state.tab('Sheet1').writeValues(gridRange(40, 3), [['x']])],
    ['a formula', (state) => state.tab('Sheet1').writeFormulas(gridRange(1, 1), [['=1+1']])],
    ['a note', (state) => state.tab('Sheet1').writeNotes(gridRange(900, 26), [['ดูด้วย']])],
    ['a background', (state) => state.tab('Sheet1').format(gridRange(5, 5), { background: '#ffff00' })],
    [
      'a validation',
      (state) =>
        state
          .tab('Sheet1')
          .setValidation(gridRange(2, 2), { rule: { kind: 'checkbox' }, help: '', reject: false }),
    ],
    ['a frozen row', (state) => state.tab('Sheet1').setFrozenRows(1)],
    ['rows added', (state) => state.tab('Sheet1').ensureSize(1001, 26)],
    ['a named range', (state) => state.setNamedRange('MINE', 'Sheet1', gridRange(1, 1))],
  ];
  it.each(touched)('leaves Sheet1 with %s as it is', (_what, touch) => {
    const state = new FakeSpreadsheet();
    touch(state);
    installedOver(state);
    const outcome = setUp();
    expect(outcome.removedTabs).toBeUndefined();
    expect(state.sheets().map((sheet) => sheet.name)).toContain('Sheet1');
  });

  it('leaves a tab of another name, and an empty Sheet1 on a re-run (set-up adds nothing then)', () => {
    const other = installedOver(new FakeSpreadsheet({ sheets: ['ข้อมูลเดิม'] }));
    expect(setUp().removedTabs).toBeUndefined();
    expect(other.sheets().map((sheet) => sheet.name)).toContain('ข้อมูลเดิม');

    const state = installedOver();
    setUp();
    state.insertSheet('Sheet1');
    expect(setUp().removedTabs).toBeUndefined();
    expect(state.sheets().map((sheet) => sheet.name)).toContain('Sheet1');
  });
});

describe('set-up formats what Thai users read (issue 11)', () => {
  it('the progress column shows its fraction as a percentage and accepts 0–1', () => {
    const state = freshSetUp();
    for (const round of [1, 2] as const) {
      const sheet = state.tab(`รอบ ${round}/2566`);
      const column = columnOf(round, 'progress');
      expect(sheet.formatAt(2, column).numberFormat).toBe('0%');
      expect(sheet.formatAt(sheet.maxRows(), column).numberFormat).toBe('0%');
      expect(sheet.validationAt(2, column)?.rule).toEqual({ kind: 'numberBetween', min: 0, max: 1 });
      expect(sheet.validationAt(2, column)?.help).toBe(
        'พิมพ์ร้อยละพร้อมเครื่องหมาย % เช่น 60% (ตัวเลขเปล่า 60 จะแสดงเป็น 6000%)',
      );
    }
  });

  it('date columns keep d/m/yyyy, and their help recommends a C.E. date, which is a date cell', () => {
    const state = freshSetUp();
    const sheet = state.tab(ROUND1);
    const column = columnOf(1, 'submitted');
    expect(sheet.formatAt(2, column).numberFormat).toBe('d/m/yyyy');
    expect(sheet.validationAt(2, column)?.help).toBe(
      'ใส่วันที่แบบ วัน/เดือน/ปี ค.ศ. เช่น 31/3/2023 หรือดับเบิลคลิกแล้วเลือกจากปฏิทิน',
    );
  });
});

describe('set-up creates the card tab บัตรตัวชี้วัด (issue 12)', () => {
  const CARD_TAB = 'บัตรตัวชี้วัด';
  const HEADER = ['รอบ', 'ระดับ', 'ช่องข้อมูล', 'ชนิด', 'เกณฑ์', 'คะแนนบางส่วน', 'ข้อความ'];
  const KINDS = ['ทำแล้ว', 'ร้อยละ', 'ค่า', 'ค่าไม่เกิน', 'ร้อยละ เทียบ', 'ค่า เทียบ'];

  it('writes the header and exactly the built-in card, and names the header and 60 rows KPI_CARD', () => {
    const state = freshSetUp();
    const card = state.tab(CARD_TAB);
    expect(
      state
        .sheets()
        .map((sheet) => sheet.name)
        .indexOf(CARD_TAB),
    ).toBe(2);
    expect(card.peekValues(gridRange(1, 1, 1, 7))).toEqual([HEADER]);
    expect(CARD_TABLE_HEADER).toEqual(HEADER);
    const rows = card.peekValues(gridRange(2, 1, BUILT_IN_CARD_TABLE.length, 7));
    expect(rows).toEqual(BUILT_IN_CARD_TABLE.map((row) => [...row]));
    expect(rows[2]?.slice(0, 2)).toEqual([1, 5]);
    expect(rows[2]?.[4]).toBe(50);
    // Nothing else below the card: its blank rows are the user's room.
    expect(card.lastRow()).toBe(1 + BUILT_IN_CARD_TABLE.length);
    expect(card.lastColumn()).toBe(7);
    const named = state.namedRanges().find((entry) => entry.name === 'KPI_CARD');
    expect(named).toEqual({ name: 'KPI_CARD', sheetName: CARD_TAB, range: gridRange(1, 1, 61, 7) });
    expect(CARD_ROWS).toBe(60);
  });

  it('checks each column of the 60 rows, refusing what the card cannot hold', () => {
    const card = freshSetUp().tab(CARD_TAB);
    for (const row of [2, 61]) {
      expect(card.validationAt(row, 1)).toEqual({
        rule: { kind: 'numberBetween', min: 1, max: 4 },
        help: VALIDATION_HELP.cardRound,
        reject: true,
      });
      expect(card.validationAt(row, 2)?.rule).toEqual({ kind: 'numberBetween', min: 1, max: 5 });
      expect(card.validationAt(row, 3)).toBeNull();
      expect(card.validationAt(row, 4)?.rule).toEqual({ kind: 'list', values: KINDS });
      expect(card.validationAt(row, 4)?.reject).toBe(true);
      expect(card.validationAt(row, 5)?.rule).toEqual({ kind: 'numberBetween', min: 0, max: 1e15 });
      expect(card.validationAt(row, 6)?.rule).toEqual({ kind: 'numberBetween', min: 0, max: 1 });
      expect(card.validationAt(row, 7)).toBeNull();
    }
    expect(card.validationAt(62, 1)).toBeNull();
    expect(card.validationAt(1, 1)).toBeNull();
  });

  it('freezes and formats the header, sizes the columns for Thai text and explains every column in A1’s note', () => {
    const card = freshSetUp().tab(CARD_TAB);
    expect(card.frozenRows()).toBe(1);
    expect(card.formatAt(1, 1)).toMatchObject({ bold: true, background: '#1f4e79' });
    expect([1, 2, 3, 4, 5, 6, 7].map((column) => card.columnWidth(column))).toEqual([
      70, 70, 410, 120, 90, 120, 560,
    ]);
    expect(card.formatAt(2, 7)).toMatchObject({ wrap: true });
    const note = card.noteAt(1, 1);
    expect(note).toBe(SHEET.cardNote);
    for (const column of HEADER) expect(note).toContain(`${column}:`);
    for (const kind of KINDS) expect(note).toContain(kind);
  });

  it('a second run writes nothing, and leaves a card the user edited exactly as it is', () => {
    const state = freshSetUp();
    const card = state.tab(CARD_TAB);
    card.writeValues(gridRange(4, 5), [[70]]);
    card.writeValues(gridRange(5, 1, 3, 7), [
      ['', '', '', '', '', '', ''],
      ['', '', '', '', '', '', ''],
      [3, 1, 'งบประมาณ', 'ร้อยละ เทียบ', 60, '', 'เบิกจ่าย'],
    ]);
    card.writeValues(gridRange(40, 2), [['ของผู้ใช้']]);
    const before = JSON.stringify(state.snapshot());
    state.resetCalls();
    expect(setUp()).toEqual({ createdTabs: [], added: 0, formulaCellsLeft: [] });
    expect(state.calls.writes).toBe(0);
    expect(JSON.stringify(state.snapshot())).toBe(before);
    expect(card.valueAt(4, 5)).toBe(70);
    expect(card.valueAt(7, 4)).toBe('ร้อยละ เทียบ');
  });

  it('a card tab of the user’s (another card, no KPI_CARD) is never written; only the name is added', () => {
    const state = freshSetUp();
    state.removeNamedRange('KPI_CARD');
    const card = state.tab(CARD_TAB);
    card.writeValues(gridRange(2, 1, 80, 7), [
      ...Array.from({ length: 80 }, (_, index) => [
        1,
        1 + (index % 5),
        'ช่อง',
        'ค่า',
        index,
        '',
        `ข้อ ${index}`,
      ]),
    ]);
    const before = JSON.stringify(card.toSnapshot());
    const outcome = setUp();
    expect(outcome).toEqual({ createdTabs: [], added: 1, formulaCellsLeft: [] });
    expect(JSON.stringify(card.toSnapshot())).toBe(before);
    // The name covers the user's longer card.
    expect(state.namedRanges().find((entry) => entry.name === 'KPI_CARD')?.range).toEqual(
      gridRange(1, 1, 81, 7),
    );
  });

  it('a spreadsheet set up before the card gets the tab and its name on the next run', () => {
    const state = freshSetUp();
    state.removeNamedRange('KPI_CARD');
    state.deleteSheet(CARD_TAB);
    const outcome = setUp();
    expect(outcome.createdTabs).toEqual([CARD_TAB]);
    expect(outcome.added).toBe(0);
    expect(state.tab(CARD_TAB).peekValues(gridRange(2, 1, BUILT_IN_CARD_TABLE.length, 7))).toEqual(
      BUILT_IN_CARD_TABLE.map((row) => [...row]),
    );
    expect(state.namedRanges().some((entry) => entry.name === 'KPI_CARD')).toBe(true);
  });
});

describe('set-up moves its own formulas to the card argument (issue 12)', () => {
  it('upgrades the wrapped calls of the previous version to pass KPI_CARD; a user’s formula stays', () => {
    const state = freshSetUp();
    const tab = state.tab(ROUND1);
    const dates = `${columnLetters(columnOf(1, 'due'))}2:${columnLetters(columnOf(1, 'due'))}, ${columnLetters(
      columnOf(1, 'submitted'),
    )}2:${columnLetters(columnOf(1, 'submitted'))}, KPI_AS_OF`;
    const previous: Record<string, string> = {
      level: wrapped('M', 'KPILEVEL(1, E2:G)'),
      score: wrapped('M', `KPISCORE(1, E2:G, ${dates}, KPI_RATE_PER_DAY, KPI_DAY_COUNT, KPI_HOLIDAYS)`),
    };
    for (const [key, formula] of Object.entries(previous)) {
      tab.writeFormulas(gridRange(2, columnOf(1, key)), [[formula]]);
    }
    // The user's own: the previous call over rows 2–40 only, not exactly what set-up wrote.
    const own = wrapped('M', 'KPINEXT(1, E2:G40)');
    tab.writeFormulas(gridRange(2, columnOf(1, 'next')), [[own]]);
    const round2 = state.tab('รอบ 2/2566');
    round2.writeFormulas(gridRange(2, columnOf(2, 'next')), [['=KPINEXT(2, E2:I)']]);

    const outcome = setUp();
    expect(outcome.added).toBe(3);
    expect(outcome.formulaCellsLeft).toEqual([
      { sheetName: ROUND1, cell: `${columnLetters(columnOf(1, 'next'))}2` },
    ]);
    expect(tab.formulaAt(2, columnOf(1, 'level'))).toBe(wrapped('M', 'KPILEVEL(1, E2:G, KPI_CARD)'));
    expect(tab.formulaAt(2, columnOf(1, 'score'))).toBe(
      wrapped('M', `KPISCORE(1, E2:G, ${dates}, KPI_RATE_PER_DAY, KPI_DAY_COUNT, KPI_HOLIDAYS, KPI_CARD)`),
    );
    expect(tab.formulaAt(2, columnOf(1, 'next'))).toBe(own);
    // The bare call of the version before the exemption moves straight to the newest formula.
    expect(round2.formulaAt(2, columnOf(2, 'next'))).toBe(wrapped('Q', 'KPINEXT(2, E2:I, KPI_CARD)'));

    const before = JSON.stringify(state.snapshot());
    state.resetCalls();
    expect(setUp().added).toBe(0);
    expect(state.calls.writes).toBe(0);
    expect(JSON.stringify(state.snapshot())).toBe(before);
  });
});
