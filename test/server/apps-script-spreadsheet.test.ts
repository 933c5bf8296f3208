/**
 * The real adapter's translation code, run over a small hand-written stand-in of
 * SpreadsheetApp's object graph. The stand-in stores what Sheets stores (criteria
 * types and values as the builders' documentation gives them, allow-invalid flags,
 * protections' descriptions) so each test writes through the adapter and reads back
 * through it, and checks the translated values.
 */

import {
  appsScriptSpreadsheet,
  conditionalRuleOf,
  validationOf,
} from '../../src/server/services/apps-script-spreadsheet';
import {
  type ConditionalRule,
  gridRange,
  type SheetHandle,
  type SpreadsheetHandle,
  type Validation,
} from '../../src/server/services/spreadsheet';

type Values = unknown[][];

const enumOf = <K extends string>(...names: K[]) =>
  Object.fromEntries(names.map((name) => [name, name])) as { [P in K]: P };

const DataValidationCriteria = enumOf(
  'CHECKBOX',
  'DATE_IS_VALID_DATE',
  'NUMBER_BETWEEN',
  'VALUE_IN_LIST',
  'TEXT_IS_VALID_URL',
  'CUSTOM_FORMULA',
);
const BooleanCriteria = enumOf('NUMBER_BETWEEN', 'NUMBER_GREATER_THAN', 'TEXT_STARTS_WITH', 'CUSTOM_FORMULA');
const ProtectionType = enumOf('RANGE', 'SHEET');

class StandInValidation {
  constructor(
    readonly criteria: string,
    readonly args: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string | null,
  ) {}
  getCriteriaType = () => this.criteria;
  getCriteriaValues = () => [...this.args];
  getAllowInvalid = () => this.allowInvalid;
  getHelpText = () => this.helpText;
}

/** `SpreadsheetApp.newDataValidation()`: criteria values as the builder's reference documents them. */
function newDataValidation() {
  let criteria = '';
  let args: unknown[] = [];
  let allowInvalid = true;
  let helpText: string | null = null;
  const builder = {
    requireCheckbox: (...values: unknown[]) => set('CHECKBOX', values),
    requireDate: () => set('DATE_IS_VALID_DATE', []),
    requireNumberBetween: (start: number, end: number) => set('NUMBER_BETWEEN', [start, end]),
    requireValueInList: (values: string[], showDropdown = true) =>
      set('VALUE_IN_LIST', [values, showDropdown]),
    requireTextIsUrl: () => set('TEXT_IS_VALID_URL', []),
    requireFormulaSatisfied: (formula: string) => set('CUSTOM_FORMULA', [formula]),
    setAllowInvalid(allow: boolean) {
      allowInvalid = allow;
      return builder;
    },
    setHelpText(text: string) {
      helpText = text;
      return builder;
    },
    build: () => new StandInValidation(criteria, args, allowInvalid, helpText),
  };
  function set(type: string, values: unknown[]) {
    criteria = type;
    args = values;
    return builder;
  }
  return builder;
}

interface StandInCondition {
  criteria: string;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
}

/** `SpreadsheetApp.newConditionalFormatRule()`. */
function newConditionalFormatRule() {
  const condition: StandInCondition = { criteria: '', values: [], background: null, fontColor: null };
  let ranges: StandInRange[] = [];
  let gradient = false;
  const builder = {
    whenNumberBetween: (start: number, end: number) => when('NUMBER_BETWEEN', [start, end]),
    whenNumberGreaterThan: (number: number) => when('NUMBER_GREATER_THAN', [number]),
    whenTextStartsWith: (text: string) => when('TEXT_STARTS_WITH', [text]),
    whenFormulaSatisfied: (formula: string) => when('CUSTOM_FORMULA', [formula]),
    setGradientMaxpoint() {
      gradient = true;
      return builder;
    },
    setBackground(color: string | null) {
      condition.background = color;
      return builder;
    },
    setFontColor(color: string | null) {
      condition.fontColor = color;
      return builder;
    },
    setRanges(given: StandInRange[]) {
      ranges = given;
      return builder;
    },
    build: () => ({
      getRanges: () => [...ranges],
      getBooleanCondition: () =>
        gradient
          ? null
          : {
              getCriteriaType: () => condition.criteria,
              getCriteriaValues: () => [...condition.values],
              getBackground: () => condition.background,
              getFontColor: () => condition.fontColor,
            },
    }),
  };
  function when(type: string, values: unknown[]) {
    condition.criteria = type;
    condition.values = values;
    return builder;
  }
  return builder;
}

class StandInProtection {
  description = '';
  warningOnly = false;
  constructor(
    private readonly sheet: StandInSheet,
    private readonly range: StandInRange,
  ) {}
  setDescription(description: string) {
    this.description = description;
    return this;
  }
  setWarningOnly(warningOnly: boolean) {
    this.warningOnly = warningOnly;
    return this;
  }
  getDescription = () => this.description;
  getRange = () => this.range;
  remove() {
    this.sheet.protections = this.sheet.protections.filter((protection) => protection !== this);
  }
}

class StandInRange {
  constructor(
    readonly sheet: StandInSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {
    if (row + rows - 1 > sheet.maxRows || column + columns - 1 > sheet.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }
  getSheet = () => this.sheet;
  getRow = () => this.row;
  getColumn = () => this.column;
  getNumRows = () => this.rows;
  getNumColumns = () => this.columns;
  getValues = () => this.map((row, column) => this.sheet.values.get(`${row},${column}`) ?? '');
  setValues(values: Values) {
    this.each((row, column, i, j) => this.sheet.values.set(`${row},${column}`, values[i]?.[j]));
    return this;
  }
  getDataValidations = () =>
    this.map((row, column) => this.sheet.validations.get(`${row},${column}`) ?? null);
  setDataValidation(rule: StandInValidation | null) {
    this.each((row, column) => {
      if (rule) this.sheet.validations.set(`${row},${column}`, rule);
      else this.sheet.validations.delete(`${row},${column}`);
    });
    return this;
  }
  clearDataValidations = () => this.setDataValidation(null);
  protect() {
    const protection = new StandInProtection(this.sheet, this);
    this.sheet.protections.push(protection);
    return protection;
  }
  activate() {
    this.sheet.spreadsheet.current = this;
    return this;
  }
  private each(visit: (row: number, column: number, i: number, j: number) => void) {
    for (let i = 0; i < this.rows; i++)
      for (let j = 0; j < this.columns; j++) visit(this.row + i, this.column + j, i, j);
  }
  private map(read: (row: number, column: number) => unknown): Values {
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.columns }, (_, j) => read(this.row + i, this.column + j)),
    );
  }
}

class StandInSheet {
  maxRows = 1000;
  maxColumns = 26;
  readonly values = new Map<string, unknown>();
  readonly validations = new Map<string, StandInValidation>();
  rules: unknown[] = [];
  protections: StandInProtection[] = [];
  constructor(
    readonly spreadsheet: StandInSpreadsheet,
    readonly name: string,
  ) {}
  getName = () => this.name;
  getRange = (row: number, column: number, rows = 1, columns = 1) =>
    new StandInRange(this, row, column, rows, columns);
  getMaxRows = () => this.maxRows;
  getMaxColumns = () => this.maxColumns;
  insertRowsAfter(after: number, howMany: number) {
    if (after > this.maxRows) throw new Error('Those rows are out of bounds.');
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(after: number, howMany: number) {
    if (after > this.maxColumns) throw new Error('Those columns are out of bounds.');
    this.maxColumns += howMany;
    return this;
  }
  getConditionalFormatRules = () => [...this.rules];
  setConditionalFormatRules(rules: unknown[]) {
    this.rules = [...rules];
  }
  getProtections = (type: string) => (type === 'RANGE' ? [...this.protections] : []);
}

class StandInSpreadsheet {
  readonly sheets: StandInSheet[] = [];
  readonly named: { name: string; range: StandInRange }[] = [];
  current: StandInRange;
  constructor(names: string[]) {
    for (const name of names) this.sheets.push(new StandInSheet(this, name));
    this.current = (this.sheets[0] as StandInSheet).getRange(1, 1);
  }
  getSheets = () => [...this.sheets];
  getNumSheets = () => this.sheets.length;
  getSheetByName = (name: string) => this.sheets.find((sheet) => sheet.name === name) ?? null;
  insertSheet(name: string, index: number) {
    const sheet = new StandInSheet(this, name);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }
  getNamedRanges = () =>
    this.named.map((entry) => ({
      getName: () => entry.name,
      getRange: () => entry.range,
      setRange: (range: StandInRange) => {
        entry.range = range;
      },
    }));
  setNamedRange(name: string, range: StandInRange) {
    if (this.named.some((entry) => entry.name === name)) throw new Error(`stand-in: ${name} named twice`);
    this.named.push({ name, range });
  }
  getCurrentCell = () => this.current.sheet.getRange(this.current.row, this.current.column);
}

const TAB = 'รอบ 1/2566';
let standIn: StandInSpreadsheet;
let spreadsheet: SpreadsheetHandle;

const globals = globalThis as unknown as Record<string, unknown>;

beforeEach(() => {
  globals.SpreadsheetApp = {
    DataValidationCriteria,
    BooleanCriteria,
    ProtectionType,
    newDataValidation,
    newConditionalFormatRule,
  };
  standIn = new StandInSpreadsheet(['ตั้งค่า', TAB]);
  spreadsheet = appsScriptSpreadsheet(standIn as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet);
});

afterEach(() => {
  delete globals.SpreadsheetApp;
});

function tab(): SheetHandle {
  const sheet = spreadsheet.sheet(TAB);
  if (!sheet) throw new Error(`no tab ${TAB}`);
  return sheet;
}

describe('loading', () => {
  it('touches no service: the module loads where SpreadsheetApp does not exist', () => {
    delete globals.SpreadsheetApp;
    expect(() =>
      jest.isolateModules(() => {
        require('../../src/server/services/apps-script-spreadsheet');
        require('../../src/server/services/apps-script-ui');
      }),
    ).not.toThrow();
  });
});

describe('values', () => {
  it('readValues gives what getValues gives, dates included; writeValues stores what setValues gets', () => {
    const due = new Date('2023-04-09T17:00:00Z');
    tab().writeValues(gridRange(2, 1, 2, 3), [
      ['สำนักบริหารกลาง', 0.6, due],
      [true, '', 5],
    ]);
    expect(standIn.sheets[1]?.values.get('2,3')).toBe(due);
    expect(tab().readValues(gridRange(2, 1, 2, 3))).toEqual([
      ['สำนักบริหารกลาง', 0.6, due],
      [true, '', 5],
    ]);
  });

  it('ensureSize inserts only the rows and columns missing, at the end', () => {
    tab().ensureSize(1200, 20);
    expect([standIn.sheets[1]?.maxRows, standIn.sheets[1]?.maxColumns]).toEqual([1200, 26]);
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
    },
  );

  it('becomes Sheets’ criteria: a list with a dropdown, reject as allowInvalid false', () => {
    tab().setValidation(gridRange(2, 3), kinds[3] as Validation);
    const built = standIn.sheets[1]?.validations.get('2,3');
    expect([built?.criteria, built?.args, built?.allowInvalid, built?.helpText]).toEqual([
      'VALUE_IN_LIST',
      [['วันปฏิทิน', 'วันทำการ'], true],
      false,
      'เลือกวิธีนับวัน',
    ]);
  });

  it('null clears it', () => {
    tab().setValidation(gridRange(2, 3, 3, 1), kinds[0] as Validation);
    tab().setValidation(gridRange(3, 3), null);
    expect(tab().readValidations(gridRange(2, 3, 3, 1))).toEqual([[kinds[0]], [null], [kinds[0]]]);
  });

  it('kinds the add-on never sets read as no validation, and a missing help text as ""', () => {
    const custom = newDataValidation().requireFormulaSatisfied('=A1>0').build();
    const customCheckbox = newDataValidation().requireCheckbox('ใช่', 'ไม่ใช่').build();
    const noHelp = newDataValidation().requireDate().build();
    const read = (rule: StandInValidation) =>
      validationOf(rule as unknown as GoogleAppsScript.Spreadsheet.DataValidation);
    expect(read(custom)).toBeNull();
    expect(read(customCheckbox)).toBeNull();
    expect(read(noHelp)).toEqual({ rule: { kind: 'date' }, help: '', reject: false });
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

  it('written through the adapter read back equal, in order, with every range', () => {
    tab().setConditionalRules(rules);
    expect(tab().conditionalRules()).toEqual(rules);
  });

  it('rules the add-on never makes are left out when reading', () => {
    const sheet = standIn.sheets[1] as StandInSheet;
    const gradient = newConditionalFormatRule()
      .setGradientMaxpoint()
      .setRanges([sheet.getRange(1, 1)])
      .build();
    const custom = newConditionalFormatRule()
      .whenFormulaSatisfied('=$A1=""')
      .setBackground('#eeeeee')
      .setRanges([sheet.getRange(1, 1)])
      .build();
    const boldOnly = newConditionalFormatRule()
      .whenNumberGreaterThan(1)
      .setRanges([sheet.getRange(1, 1)])
      .build();
    tab().setConditionalRules(rules.slice(0, 1));
    sheet.setConditionalFormatRules([gradient, ...sheet.getConditionalFormatRules(), custom, boldOnly]);
    expect(tab().conditionalRules()).toEqual(rules.slice(0, 1));
    expect(
      conditionalRuleOf(custom as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule),
    ).toBeUndefined();
  });
});

describe('protections', () => {
  it('protect makes a warning-only protection with the description, read back with its block', () => {
    tab().protect(gridRange(2, 8, 199, 6), 'สูตรคำนวณคะแนน');
    expect(standIn.sheets[1]?.protections.map((protection) => protection.warningOnly)).toEqual([true]);
    expect(tab().protections()).toEqual([{ range: gridRange(2, 8, 199, 6), description: 'สูตรคำนวณคะแนน' }]);
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
    expect(spreadsheet.namedRanges()).toEqual([
      { name: 'DueRound1', sheetName: TAB, range: gridRange(1, 5) },
    ]);
  });

  it('a named range on a missing tab is refused with the same message as the fake’s', () => {
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
