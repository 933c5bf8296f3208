/**
 * The real Sheets adapter (`appsScriptSpreadsheet()`) on the emulator's
 * `SpreadsheetApp`: each test writes through the adapter, reads back through it,
 * and checks what Sheets holds (the in-memory state) in Sheets' own terms.
 */

import { type InstalledEmulator, installEmulator } from '../../emulator/install';
import { FakeSpreadsheet, type FormatRule } from '../../emulator/spreadsheet';
import { appsScriptSpreadsheet, validationOf } from '../../src/server/services/apps-script-spreadsheet';
import {
  type ConditionalRule,
  gridRange,
  type SheetHandle,
  type SpreadsheetHandle,
  type Validation,
} from '../../src/server/services/spreadsheet';

const TAB = 'รอบ 1/2566';
let emulator: InstalledEmulator;
let state: FakeSpreadsheet;
let spreadsheet: SpreadsheetHandle;

beforeEach(() => {
  state = new FakeSpreadsheet({ sheets: ['ตั้งค่า', TAB] });
  emulator = installEmulator({ spreadsheet: state });
  spreadsheet = appsScriptSpreadsheet();
});

afterEach(() => emulator.uninstall());

function tab(): SheetHandle {
  const sheet = spreadsheet.sheet(TAB);
  if (!sheet) throw new Error(`no tab ${TAB}`);
  return sheet;
}

describe('loading', () => {
  it('touches no service: the module loads where SpreadsheetApp does not exist', () => {
    emulator.uninstall();
    expect((globalThis as Record<string, unknown>).SpreadsheetApp).toBeUndefined();
    expect(() =>
      jest.isolateModules(() => {
        require('../../src/server/services/apps-script-spreadsheet');
        require('../../src/server/services/apps-script-ui');
      }),
    ).not.toThrow();
    emulator = installEmulator({ spreadsheet: state });
  });
});

describe('values', () => {
  it('readValues gives what getValues gives, dates included; writeValues stores what setValues gets', () => {
    const due = new Date('2023-04-09T17:00:00Z');
    tab().writeValues(gridRange(2, 1, 2, 3), [
      ['สำนักบริหารกลาง', 0.6, due],
      [true, '', 5],
    ]);
    expect(state.tab(TAB).valueAt(2, 3)).toEqual(due);
    expect(tab().readValues(gridRange(2, 1, 2, 3))).toEqual([
      ['สำนักบริหารกลาง', 0.6, due],
      [true, '', 5],
    ]);
  });

  it('ensureSize inserts only the rows and columns missing, at the end', () => {
    tab().ensureSize(1200, 20);
    expect([state.tab(TAB).maxRows(), state.tab(TAB).maxColumns()]).toEqual([1200, 26]);
    tab().ensureSize(100, 30);
    expect([tab().maxRows(), tab().maxColumns()]).toEqual([1200, 30]);
  });
});

describe('validations', () => {
  const kinds: Validation[] = [
    { rule: { kind: 'checkbox' }, help: 'ติ๊กเมื่อเสร็จ', reject: true },
    { rule: { kind: 'date' }, help: 'วันที่ส่งรายงาน', reject: true },
    { rule: { kind: 'numberBetween', min: 0, max: 100 }, help: 'ความคืบหน้า 0–100%', reject: false },
    { rule: { kind: 'list', values: ['วันปฏิทิน', 'วันทำการ'] }, help: 'เลือกวิธีนับวัน', reject: true },
    { rule: { kind: 'url' }, help: 'ลิงก์หลักฐาน', reject: false },
  ];

  it.each(kinds.map((validation) => [validation.rule.kind, validation] as const))(
    'a %s validation written through the adapter reads back equal',
    (_kind, validation) => {
      tab().setValidation(gridRange(2, 3, 2, 1), validation);
      expect(tab().readValidations(gridRange(1, 3, 3, 1))).toEqual([[null], [validation], [validation]]);
      expect(state.tab(TAB).validationAt(3, 3)).toEqual(validation);
    },
  );

  it('becomes Sheets’ criteria: a list with a dropdown, reject as allowInvalid false', () => {
    tab().setValidation(gridRange(2, 3), kinds[3] as Validation);
    const built = SpreadsheetApp.getActive().getSheetByName(TAB)?.getRange(2, 3).getDataValidations()[0]?.[0];
    expect([
      built?.getCriteriaType(),
      built?.getCriteriaValues(),
      built?.getAllowInvalid(),
      built?.getHelpText(),
    ]).toEqual(['VALUE_IN_LIST', [['วันปฏิทิน', 'วันทำการ'], true], false, 'เลือกวิธีนับวัน']);
  });

  it('null clears it', () => {
    tab().setValidation(gridRange(2, 3, 3, 1), kinds[0] as Validation);
    tab().setValidation(gridRange(3, 3), null);
    expect(tab().readValidations(gridRange(2, 3, 3, 1))).toEqual([[kinds[0]], [null], [kinds[0]]]);
  });

  it('a rule with no help text (getHelpText() null) reads with help ""', () => {
    const sheet = SpreadsheetApp.getActive().getSheetByName(TAB);
    sheet?.getRange(2, 3).setDataValidation(SpreadsheetApp.newDataValidation().requireDate().build());
    expect(sheet?.getRange(2, 3).getDataValidations()[0]?.[0]?.getHelpText()).toBeNull();
    expect(tab().readValidations(gridRange(2, 3))).toEqual([
      [{ rule: { kind: 'date' }, help: '', reject: false }],
    ]);
  });

  it('kinds the add-on never sets read as no validation', () => {
    // Rules Sheets can hold that the emulator refuses to store: only their reading is checked here.
    const rule = (criteria: string, values: unknown[]) =>
      ({
        getCriteriaType: () => criteria,
        getCriteriaValues: () => values,
        getAllowInvalid: () => true,
        getHelpText: () => null,
      }) as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
    expect(validationOf(rule('CUSTOM_FORMULA', ['=A1>0']))).toBeNull();
    expect(validationOf(rule('CHECKBOX', ['ใช่', 'ไม่ใช่']))).toBeNull();
  });
});

describe('conditional rules', () => {
  const rules: ConditionalRule[] = [
    {
      ranges: [gridRange(2, 11, 199, 1)],
      when: { kind: 'numberBetween', min: 0, max: 2.99 },
      background: '#f4cccc',
    },
    {
      ranges: [gridRange(2, 8, 199, 1), gridRange(2, 11, 199, 1)],
      when: { kind: 'numberGreaterThan', value: 4.99 },
      background: '#d9ead3',
      fontColor: '#274e13',
    },
    {
      ranges: [gridRange(2, 1, 199, 20)],
      when: { kind: 'textStartsWith', text: '⚠ ' },
      background: '#fce5cd',
    },
  ];

  /** The user's rules, made with SpreadsheetApp: a custom formula, a colour scale, bold italic text. */
  function userRules(): FormatRule[] {
    const sheet = SpreadsheetApp.getActive().getSheetByName(TAB);
    if (sheet === null) throw new Error('no tab');
    sheet.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=$A2=""')
        .setBackground('#eeeeee')
        .setRanges([sheet.getRange('A2:A200')])
        .build(),
      SpreadsheetApp.newConditionalFormatRule()
        .setGradientMinpointWithValue('#ffffff', SpreadsheetApp.InterpolationType.NUMBER, '0')
        .setGradientMaxpointWithValue('#57bb8a', SpreadsheetApp.InterpolationType.NUMBER, '5')
        .setRanges([sheet.getRange('K2:K200')])
        .build(),
      SpreadsheetApp.newConditionalFormatRule()
        .whenNumberBetween(0, 2.99)
        .setBold(true)
        .setItalic(true)
        .setBackground('#f4cccc')
        .setRanges([sheet.getRange('K2:K200')])
        .build(),
    ]);
    return state.tab(TAB).formatRules();
  }

  it('added through the adapter become Sheets’ rules with their criteria and colours, in order', () => {
    tab().updateConditionalRules({ add: rules });
    expect(tab().conditionalRules()).toEqual(rules.map(({ ranges, when }) => ({ ranges, when })));
    expect(state.tab(TAB).formatRules()[1]).toEqual({
      kind: 'boolean',
      ranges: rules[1]?.ranges,
      criteria: 'NUMBER_GREATER_THAN',
      values: [4.99],
      format: { background: '#d9ead3', fontColor: '#274e13' },
    });
  });

  it('lists every rule of the sheet, with no condition for kinds the add-on never makes', () => {
    userRules();
    expect(tab().conditionalRules()).toEqual([
      { ranges: [gridRange(2, 1, 199, 1)], when: undefined },
      { ranges: [gridRange(2, 11, 199, 1)], when: undefined },
      { ranges: [gridRange(2, 11, 199, 1)], when: { kind: 'numberBetween', min: 0, max: 2.99 } },
    ]);
  });

  it('adding and resizing hands every other rule back exactly as it was', () => {
    const before = userRules();
    tab().updateConditionalRules({
      resize: [{ at: 2, ranges: [gridRange(2, 11, 999, 1)] }],
      add: rules.slice(1),
    });
    const after = state.tab(TAB).formatRules();
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    // The resized rule keeps its bold, italic and colour: only its range changed.
    expect(after[2]).toEqual({ ...before[2], ranges: [gridRange(2, 11, 999, 1)] });
    expect(after.slice(3).map((rule) => rule.kind === 'boolean' && rule.criteria)).toEqual([
      'NUMBER_GREATER_THAN',
      'TEXT_STARTS_WITH',
    ]);
  });

  it('an empty change writes nothing; a place past the last rule is refused', () => {
    userRules();
    state.resetCalls();
    tab().updateConditionalRules({});
    tab().updateConditionalRules({ resize: [], add: [] });
    expect(state.calls.writes).toBe(0);
    expect(() => tab().updateConditionalRules({ resize: [{ at: 3, ranges: [gridRange(2, 1)] }] })).toThrow(
      'No conditional format rule at 3: the sheet has 3.',
    );
  });
});

describe('protections', () => {
  it('protect makes a warning-only protection with the description, read back with its block', () => {
    tab().protect(gridRange(2, 8, 199, 6), 'สูตรคำนวณคะแนน');
    expect(state.tab(TAB).protectionEntries()).toEqual([
      {
        id: expect.any(Number),
        range: gridRange(2, 8, 199, 6),
        description: 'สูตรคำนวณคะแนน',
        warningOnly: true,
      },
    ]);
    expect(tab().protections()).toEqual([{ range: gridRange(2, 8, 199, 6), description: 'สูตรคำนวณคะแนน' }]);
  });

  it('reprotect moves every protection with that description, keeping its settings, and no other', () => {
    tab().protect(gridRange(2, 8, 199, 1), 'สูตร');
    tab().protect(gridRange(1, 1, 1, 20), 'หัวตาราง');
    tab().reprotect('สูตร', gridRange(2, 8, 999, 1));
    expect(
      state
        .tab(TAB)
        .protectionEntries()
        .map(({ id: _, ...entry }) => entry),
    ).toEqual([
      { range: gridRange(2, 8, 999, 1), description: 'สูตร', warningOnly: true },
      { range: gridRange(1, 1, 1, 20), description: 'หัวตาราง', warningOnly: true },
    ]);
  });

  it('unprotect removes every protection with that description and no other', () => {
    tab().protect(gridRange(2, 8, 199, 6), 'สูตรคำนวณคะแนน');
    tab().protect(gridRange(1, 1, 1, 20), 'หัวตาราง');
    tab().protect(gridRange(2, 15, 199, 1), 'สูตรคำนวณคะแนน');
    tab().unprotect('สูตรคำนวณคะแนน');
    expect(tab().protections()).toEqual([{ range: gridRange(1, 1, 1, 20), description: 'หัวตาราง' }]);
  });
});

describe('the spreadsheet', () => {
  it('named ranges are created, then moved rather than named twice, with their tab', () => {
    spreadsheet.setNamedRange('DueRound1', 'ตั้งค่า', gridRange(3, 2));
    spreadsheet.setNamedRange('DueRound1', TAB, gridRange(1, 5));
    expect(state.namedRanges()).toEqual([{ name: 'DueRound1', sheetName: TAB, range: gridRange(1, 5) }]);
    expect(spreadsheet.namedRanges()).toEqual([
      { name: 'DueRound1', sheetName: TAB, range: gridRange(1, 5) },
    ]);
  });

  it('a named range on a missing tab is refused', () => {
    expect(() => spreadsheet.setNamedRange('Due', 'ไม่มี', gridRange(1, 1))).toThrow(
      'Range not found: no sheet named "ไม่มี".',
    );
  });

  it('insertSheet without an index adds the tab at the end', () => {
    spreadsheet.insertSheet('วันหยุด');
    spreadsheet.insertSheet('ก่อน', 0);
    expect(spreadsheet.sheets().map((sheet) => sheet.name)).toEqual(['ก่อน', 'ตั้งค่า', TAB, 'วันหยุด']);
  });

  it('select makes the block’s top-left cell the active cell, on its tab', () => {
    spreadsheet.select(TAB, gridRange(7, 3, 2, 4));
    expect(spreadsheet.activeCell()).toEqual({ sheetName: TAB, row: 7, column: 3 });
  });
});
