import {
  FakeSpreadsheet,
  type FormatRule,
  type FormulaEvaluator,
  SNAPSHOT_FORMAT,
} from '../../emulator/spreadsheet';
import { gridRange, type SheetHandle, type Validation } from '../../src/server/services/spreadsheet';
import { bangkokDate as day } from '../golden';

const TAB = 'รอบ 1/2566';

function fakeWithTab(): { fake: FakeSpreadsheet; sheet: SheetHandle } {
  const fake = new FakeSpreadsheet({ sheets: [TAB] });
  return { fake, sheet: fake.tab(TAB) };
}

describe('the grid', () => {
  it('a new spreadsheet has one tab, Sheet1, of 1000 rows × 26 columns, in Asia/Bangkok', () => {
    const fake = new FakeSpreadsheet();
    expect(fake.sheets().map((sheet) => sheet.name)).toEqual(['Sheet1']);
    expect(fake.tab('Sheet1').maxRows()).toBe(1000);
    expect(fake.tab('Sheet1').maxColumns()).toBe(26);
    expect(fake.timeZone()).toBe('Asia/Bangkok');
  });

  it('a spreadsheet always has a tab', () => {
    expect(() => new FakeSpreadsheet({ sheets: [] })).toThrow('A spreadsheet always has at least one sheet.');
  });

  it('insertSheet adds a 1000 × 26 tab at the end, or at a 0-based index', () => {
    const fake = new FakeSpreadsheet({ sheets: ['ตั้งค่า'] });
    const round = fake.insertSheet('รอบ 1/2566');
    fake.insertSheet('วันหยุด', 1);
    expect(fake.sheets().map((sheet) => sheet.name)).toEqual(['ตั้งค่า', 'วันหยุด', 'รอบ 1/2566']);
    expect([round.maxRows(), round.maxColumns()]).toEqual([1000, 26]);
    expect(fake.sheet('รอบ 1/2566')).toBe(round);
    expect(fake.sheet('ไม่มี')).toBeUndefined();
  });

  it('the inserted tab becomes the active one, as in Sheets', () => {
    const fake = new FakeSpreadsheet();
    fake.select('Sheet1', gridRange(5, 3));
    fake.insertSheet('ตั้งค่า');
    expect(fake.activeCell()).toEqual({ sheetName: 'ตั้งค่า', row: 1, column: 1 });
  });

  it('a second tab of the same name is refused with Sheets’ message, whatever the case', () => {
    const fake = new FakeSpreadsheet({ sheets: ['ตั้งค่า', 'Data'] });
    expect(() => fake.insertSheet('ตั้งค่า')).toThrow(
      'A sheet with the name "ตั้งค่า" already exists. Please enter another name.',
    );
    expect(() => fake.insertSheet('DATA')).toThrow(
      'A sheet with the name "DATA" already exists. Please enter another name.',
    );
    expect(fake.sheets()).toHaveLength(2);
  });

  it('an index past the last tab is refused', () => {
    const fake = new FakeSpreadsheet();
    expect(() => fake.insertSheet('x', 2)).toThrow(
      'Sheet index 2 is out of range: the spreadsheet has 1 sheets.',
    );
  });

  it('ensureSize adds rows and columns at the end but never shrinks the grid', () => {
    const { sheet } = fakeWithTab();
    sheet.ensureSize(1200, 10);
    expect([sheet.maxRows(), sheet.maxColumns()]).toEqual([1200, 26]);
    sheet.ensureSize(5, 30);
    expect([sheet.maxRows(), sheet.maxColumns()]).toEqual([1200, 30]);
    sheet.writeValues(gridRange(1200, 30), [['มุมล่างขวา']]);
    expect(sheet.readValues(gridRange(1200, 30))).toEqual([['มุมล่างขวา']]);
  });

  it('a spreadsheet cannot grow past 10 million cells', () => {
    const { sheet } = fakeWithTab();
    expect(() => sheet.ensureSize(400_000, 26)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    expect(sheet.maxRows()).toBe(1000);
  });

  it.each([
    [gridRange(0, 1), 'The starting row of the range is too small.'],
    [gridRange(1, 0), 'The starting column of the range is too small.'],
    [gridRange(1, 1, 0, 1), 'The number of rows in the range must be at least 1.'],
    [gridRange(1, 1, 1, 0), 'The number of columns in the range must be at least 1.'],
    [gridRange(1001, 1), 'The coordinates of the range are outside the dimensions of the sheet.'],
    [gridRange(1, 27), 'The coordinates of the range are outside the dimensions of the sheet.'],
    [gridRange(991, 1, 11, 1), 'The coordinates of the range are outside the dimensions of the sheet.'],
  ])('a range outside the grid (%o) throws Sheets’ message', (range, message) => {
    const { sheet } = fakeWithTab();
    expect(() => sheet.readValues(range)).toThrow(message);
    expect(() => sheet.writeValues(range, [['x']])).toThrow(message);
    expect(() => sheet.setValidation(range, null)).toThrow(message);
    expect(() => sheet.protect(range, 'x')).toThrow(message);
  });

  it('a block reaching exactly the last row and column is inside', () => {
    const { sheet } = fakeWithTab();
    expect(sheet.readValues(gridRange(1000, 26))).toEqual([['']]);
  });
});

describe('values', () => {
  it('empty cells read as empty strings, in a block of the range’s size', () => {
    const { sheet } = fakeWithTab();
    expect(sheet.readValues(gridRange(2, 3, 2, 3))).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it('strings, numbers, booleans and dates read back as written; dates stay Dates', () => {
    const { sheet } = fakeWithTab();
    const due = day('2023-03-31');
    sheet.writeValues(gridRange(2, 1, 1, 5), [['สำนักบริหารกลาง', 0.6, true, due, '']]);
    const [row] = sheet.readValues(gridRange(2, 1, 1, 5));
    expect(row).toEqual(['สำนักบริหารกลาง', 0.6, true, due, '']);
    expect(row?.[3]).toBeInstanceOf(Date);
  });

  it('reading gives copies: changing the result or its dates leaves the sheet alone', () => {
    const { sheet } = fakeWithTab();
    sheet.writeValues(gridRange(1, 1, 1, 2), [['a', day('2023-03-31')]]);
    const values = sheet.readValues(gridRange(1, 1, 1, 2));
    (values[0] as unknown[])[0] = 'changed';
    ((values[0] as unknown[])[1] as Date).setUTCFullYear(1999);
    expect(sheet.readValues(gridRange(1, 1, 1, 2))).toEqual([['a', day('2023-03-31')]]);
  });

  it('writing keeps copies: changing the written array or date afterwards leaves the sheet alone', () => {
    const { sheet } = fakeWithTab();
    const date = day('2023-03-31');
    const data = [[date, 'a']];
    sheet.writeValues(gridRange(1, 1, 1, 2), data);
    date.setUTCFullYear(1999);
    (data[0] as unknown[])[1] = 'changed';
    expect(sheet.readValues(gridRange(1, 1, 1, 2))).toEqual([[day('2023-03-31'), 'a']]);
  });

  it('writing an empty string empties the cell', () => {
    const { sheet } = fakeWithTab();
    sheet.writeValues(gridRange(3, 2), [['x']]);
    sheet.writeValues(gridRange(3, 2), [['']]);
    expect(sheet.readValues(gridRange(3, 2))).toEqual([['']]);
    expect(sheet.lastRow()).toBe(0);
  });

  it('too few rows of data throw Sheets’ message and write nothing', () => {
    const { sheet } = fakeWithTab();
    expect(() => sheet.writeValues(gridRange(1, 1, 3, 1), [['a'], ['b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(sheet.lastRow()).toBe(0);
  });

  it('a row of the wrong width throws Sheets’ message and writes nothing', () => {
    const { sheet } = fakeWithTab();
    expect(() =>
      sheet.writeValues(gridRange(1, 1, 2, 3), [
        ['a', 'b', 'c'],
        ['d', 'e'],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(sheet.readValues(gridRange(1, 1, 1, 3))).toEqual([['', '', '']]);
  });

  it('the same size checks apply to formulas and notes', () => {
    const { sheet } = fakeWithTab();
    expect(() => sheet.writeFormulas(gridRange(1, 1, 2, 1), [['=1']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.writeNotes(gridRange(1, 1, 1, 2), [['a']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('a cell holds at most 50,000 characters', () => {
    const { sheet } = fakeWithTab();
    sheet.writeValues(gridRange(1, 1), [['ก'.repeat(50_000)]]);
    expect(() => sheet.writeValues(gridRange(1, 2), [['ก'.repeat(50_001)]])).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });

  it('values that are not cell values are refused', () => {
    const { sheet } = fakeWithTab();
    expect(() => sheet.writeValues(gridRange(1, 1), [[Number.NaN]])).toThrow(
      'A cell cannot hold the number NaN.',
    );
    expect(() => sheet.writeValues(gridRange(1, 1), [[{} as unknown as string]])).toThrow(
      'A cell holds a string, number, boolean or Date, not an object.',
    );
  });
});

describe('last row and last column', () => {
  it('are 0 on an empty tab', () => {
    const { sheet } = fakeWithTab();
    expect([sheet.lastRow(), sheet.lastColumn()]).toEqual([0, 0]);
  });

  it('count values and formulas, not notes, formats or validations', () => {
    const { sheet } = fakeWithTab();
    sheet.writeValues(gridRange(4, 2), [['ก']]);
    sheet.writeFormulas(gridRange(2, 6), [['=KPILEVEL(1, C2:E2)']]);
    sheet.writeNotes(gridRange(50, 20), [['หมายเหตุ']]);
    sheet.format(gridRange(60, 1, 1, 26), { background: '#eeeeee' });
    sheet.setValidation(gridRange(2, 3, 200, 1), {
      rule: { kind: 'checkbox' },
      help: '',
      reject: true,
    });
    expect([sheet.lastRow(), sheet.lastColumn()]).toEqual([4, 6]);
  });
});

describe('formulas', () => {
  it('a value written with "=" is stored as a formula, as setValues does', () => {
    const { sheet } = fakeWithTab();
    sheet.writeValues(gridRange(2, 8, 1, 2), [['=KPILEVEL(1, C2:E2)', 'ข้อความ']]);
    expect(sheet.readFormulas(gridRange(2, 8, 1, 2))).toEqual([['=KPILEVEL(1, C2:E2)', '']]);
  });

  it('a formula reads as "" when nothing computes it', () => {
    const { sheet } = fakeWithTab();
    sheet.writeFormulas(gridRange(2, 8), [['=KPILEVEL(1, C2:E2)']]);
    expect(sheet.readValues(gridRange(2, 8))).toEqual([['']]);
  });

  it('writing "" as a formula empties the cell; text without "=" is a plain value', () => {
    const { sheet } = fakeWithTab();
    sheet.writeFormulas(gridRange(1, 1, 1, 2), [['=1+1', '=2+2']]);
    sheet.writeFormulas(gridRange(1, 1, 1, 2), [['', 'ระดับ']]);
    expect(sheet.readFormulas(gridRange(1, 1, 1, 2))).toEqual([['', '']]);
    expect(sheet.readValues(gridRange(1, 1, 1, 2))).toEqual([['', 'ระดับ']]);
    expect(sheet.lastColumn()).toBe(2);
  });

  it('a value written over a formula replaces it', () => {
    const { sheet } = fakeWithTab();
    sheet.writeFormulas(gridRange(1, 1), [['=1+1']]);
    sheet.writeValues(gridRange(1, 1), [[5]]);
    expect(sheet.readFormulas(gridRange(1, 1))).toEqual([['']]);
    expect(sheet.readValues(gridRange(1, 1))).toEqual([[5]]);
  });

  describe('with an evaluator', () => {
    it('the evaluator computes a formula cell, told where it is', () => {
      const seen: unknown[] = [];
      const fake = new FakeSpreadsheet({
        sheets: [TAB],
        evaluator: (sheetName, row, column, formula) => {
          seen.push([sheetName, row, column, formula]);
          return 4.5;
        },
      });
      fake.tab(TAB).writeFormulas(gridRange(2, 8), [['=KPILEVEL(1, C2:E2)']]);
      expect(fake.tab(TAB).readValues(gridRange(2, 8))).toEqual([[4.5]]);
      expect(seen).toEqual([[TAB, 2, 8, '=KPILEVEL(1, C2:E2)']]);
    });

    it('it can read other cells without counting calls, and sees their current values', () => {
      const { fake, sheet } = fakeWithTab();
      fake.setFormulaEvaluator((sheetName, row) => {
        const [[progress]] = fake.tab(sheetName).peekValues(gridRange(row, 3)) as [[number]];
        return progress * 100;
      });
      sheet.writeFormulas(gridRange(2, 8), [['=PERCENT(C2)']]);
      sheet.writeValues(gridRange(2, 3), [[0.6]]);
      fake.resetCalls();
      expect(sheet.readValues(gridRange(2, 8))).toEqual([[60]]);
      sheet.writeValues(gridRange(2, 3), [[0.8]]);
      expect(sheet.readValues(gridRange(2, 8))).toEqual([[80]]);
      expect(fake.calls.sheet(TAB).readValues).toBe(2);
      expect(fake.calls.reads).toBe(2);
    });

    it('an array result spills down the column, like one custom-function call per column', () => {
      const { fake, sheet } = fakeWithTab();
      fake.setFormulaEvaluator(() => [[5], [2.5], ['']]);
      sheet.writeFormulas(gridRange(2, 8), [['=KPILEVEL(B2:B4, C2:G4)']]);
      expect(sheet.readValues(gridRange(1, 8, 5, 1))).toEqual([[''], [5], [2.5], [''], ['']]);
      expect(sheet.readFormulas(gridRange(2, 8, 3, 1))).toEqual([['=KPILEVEL(B2:B4, C2:G4)'], [''], ['']]);
    });

    it('a spilled block counts toward the last row and column, even where it is ""', () => {
      const { fake, sheet } = fakeWithTab();
      fake.setFormulaEvaluator(() => [
        [1, ''],
        ['', ''],
      ]);
      sheet.writeFormulas(gridRange(2, 8), [['=ARRAY()']]);
      expect([sheet.lastRow(), sheet.lastColumn()]).toEqual([3, 9]);
    });

    it('a spill blocked by a value shows #REF! in the formula cell and spills nothing', () => {
      const { fake, sheet } = fakeWithTab();
      fake.setFormulaEvaluator(() => [[1], [2], [3]]);
      sheet.writeFormulas(gridRange(2, 8), [['=ARRAY()']]);
      sheet.writeValues(gridRange(4, 8), [['อยู่ก่อน']]);
      expect(sheet.readValues(gridRange(2, 8, 3, 1))).toEqual([['#REF!'], [''], ['อยู่ก่อน']]);
    });

    it('a spill past the end of the grid shows #REF!', () => {
      const { fake, sheet } = fakeWithTab();
      fake.setFormulaEvaluator(() => [[1], [2]]);
      sheet.writeFormulas(gridRange(1000, 1), [['=ARRAY()']]);
      expect(sheet.readValues(gridRange(1000, 1))).toEqual([['#REF!']]);
    });

    it('an evaluator that throws gives #ERROR!, as a custom function that throws', () => {
      const { fake, sheet } = fakeWithTab();
      fake.setFormulaEvaluator(() => {
        throw new Error('รอบต้องเป็น 1 หรือ 2');
      });
      sheet.writeFormulas(gridRange(2, 8), [['=KPILEVEL(3, C2:E2)']]);
      expect(sheet.readValues(gridRange(2, 8))).toEqual([['#ERROR!']]);
    });

    it('a formula that needs its own value gives #REF!', () => {
      const { fake, sheet } = fakeWithTab();
      fake.setFormulaEvaluator((sheetName, row, column) => {
        const own = fake.tab(sheetName).valueAt(row, column);
        return own === '#REF!' ? '#REF!' : 1;
      });
      sheet.writeFormulas(gridRange(1, 1), [['=A1']]);
      expect(sheet.readValues(gridRange(1, 1))).toEqual([['#REF!']]);
    });

    it('each formula is computed once per read, however many cells it fills', () => {
      const { fake, sheet } = fakeWithTab();
      let runs = 0;
      fake.setFormulaEvaluator(() => {
        runs++;
        return Array.from({ length: 100 }, (_, i) => [i]);
      });
      sheet.writeFormulas(gridRange(2, 8), [['=SCORES()']]);
      expect(sheet.readValues(gridRange(2, 8, 100, 1))[99]).toEqual([99]);
      expect(runs).toBe(1);
    });

    it('a Date result is returned as a Date', () => {
      const { fake, sheet } = fakeWithTab();
      fake.setFormulaEvaluator(() => day('2023-04-10'));
      sheet.writeFormulas(gridRange(1, 1), [['=DUE()']]);
      expect(sheet.readValues(gridRange(1, 1))).toEqual([[day('2023-04-10')]]);
    });
  });
});

describe('notes', () => {
  it('read back as written, "" where none; writing "" removes a note', () => {
    const { sheet } = fakeWithTab();
    sheet.writeNotes(gridRange(1, 1, 1, 2), [['กรอกชื่อสำนัก', 'วันที่ส่งรายงาน']]);
    sheet.writeNotes(gridRange(1, 2), [['']]);
    expect(sheet.readNotes(gridRange(1, 1, 1, 3))).toEqual([['กรอกชื่อสำนัก', '', '']]);
    expect(sheet.readValues(gridRange(1, 1))).toEqual([['']]);
  });
});

describe('formats', () => {
  it('set fields are applied to every cell of the block; absent fields are left as they are', () => {
    const { fake, sheet } = fakeWithTab();
    sheet.format(gridRange(1, 1, 1, 2), { background: '#D9EAD3', bold: true });
    sheet.format(gridRange(1, 2, 2, 1), { numberFormat: '0.00', horizontalAlignment: 'center' });
    expect(fake.tab(TAB).formatAt(1, 1)).toEqual({ background: '#d9ead3', bold: true });
    expect(fake.tab(TAB).formatAt(1, 2)).toEqual({
      background: '#d9ead3',
      bold: true,
      numberFormat: '0.00',
      horizontalAlignment: 'center',
    });
    expect(fake.tab(TAB).formatAt(2, 2)).toEqual({ numberFormat: '0.00', horizontalAlignment: 'center' });
    expect(fake.tab(TAB).formatAt(3, 3)).toEqual({});
  });

  it('hex colours read back in lower case, as Sheets gives them', () => {
    const { fake, sheet } = fakeWithTab();
    sheet.format(gridRange(1, 1), { fontColor: '#CC0000' });
    expect(fake.tab(TAB).formatAt(1, 1).fontColor).toBe('#cc0000');
  });
});

describe('validations', () => {
  const checkbox: Validation = { rule: { kind: 'checkbox' }, help: 'ติ๊กเมื่อเสร็จ', reject: true };
  const percent: Validation = {
    rule: { kind: 'numberBetween', min: 0, max: 100 },
    help: 'ความคืบหน้า 0–100%',
    reject: false,
  };

  it('each cell of the block has the validation; others read as null', () => {
    const { sheet } = fakeWithTab();
    sheet.setValidation(gridRange(2, 3, 2, 1), checkbox);
    sheet.setValidation(gridRange(2, 4), percent);
    expect(sheet.readValidations(gridRange(1, 3, 3, 2))).toEqual([
      [null, null],
      [checkbox, percent],
      [checkbox, null],
    ]);
  });

  it('every kind reads back equal', () => {
    const { sheet } = fakeWithTab();
    const kinds: Validation[] = [
      checkbox,
      percent,
      { rule: { kind: 'date' }, help: 'วันที่', reject: true },
      { rule: { kind: 'list', values: ['วันปฏิทิน', 'วันทำการ'] }, help: 'เลือก', reject: true },
      { rule: { kind: 'url' }, help: 'ลิงก์หลักฐาน', reject: false },
    ];
    kinds.forEach((validation, i) => {
      sheet.setValidation(gridRange(1, i + 1), validation);
    });
    expect(sheet.readValidations(gridRange(1, 1, 1, kinds.length))).toEqual([kinds]);
  });

  it('null clears it', () => {
    const { sheet } = fakeWithTab();
    sheet.setValidation(gridRange(2, 3, 5, 1), checkbox);
    sheet.setValidation(gridRange(3, 3, 2, 1), null);
    expect(sheet.readValidations(gridRange(2, 3, 4, 1))).toEqual([[checkbox], [null], [null], [checkbox]]);
  });

  it('what is read is a copy', () => {
    const { sheet } = fakeWithTab();
    const list: Validation = { rule: { kind: 'list', values: ['ก', 'ข'] }, help: '', reject: true };
    sheet.setValidation(gridRange(1, 1), list);
    const [[read]] = sheet.readValidations(gridRange(1, 1)) as unknown as [[{ rule: { values: string[] } }]];
    read.rule.values.push('ค');
    expect(sheet.readValidations(gridRange(1, 1))).toEqual([[list]]);
  });

  it('writes are not checked against validations, as with Apps Script', () => {
    const { sheet } = fakeWithTab();
    sheet.setValidation(gridRange(1, 1), percent);
    sheet.writeValues(gridRange(1, 1), [[150]]);
    expect(sheet.readValues(gridRange(1, 1))).toEqual([[150]]);
  });
});

describe('conditional format rules', () => {
  const rules: FormatRule[] = [
    {
      kind: 'boolean',
      ranges: [gridRange(2, 11, 199, 1)],
      criteria: 'NUMBER_BETWEEN',
      values: [0, 2.99],
      format: { background: '#F4CCCC', bold: true, italic: false },
    },
    {
      kind: 'boolean',
      ranges: [gridRange(2, 1, 199, 2)],
      criteria: 'CUSTOM_FORMULA',
      values: ['=$A2="กองคลัง"'],
      format: { fontColor: '#274e13', underline: true, strikethrough: true },
    },
    {
      kind: 'gradient',
      ranges: [gridRange(2, 5, 199, 1)],
      min: { color: '#FFFFFF', type: 'MIN', value: '' },
      mid: { color: '#ffd666', type: 'PERCENTILE', value: '50' },
      max: { color: '#57bb8a', type: 'NUMBER', value: '100' },
    },
  ];

  it('are replaced as a whole, as setConditionalFormatRules does, and read back in order, colours in lower case', () => {
    const { fake } = fakeWithTab();
    const sheet = fake.tab(TAB);
    sheet.setFormatRules([rules[2] as FormatRule]);
    sheet.setFormatRules(rules);
    expect(sheet.formatRules()).toEqual([
      { ...rules[0], format: { background: '#f4cccc', bold: true, italic: false } },
      rules[1],
      { ...rules[2], min: { color: '#ffffff', type: 'MIN', value: '' } },
    ]);
    sheet.setFormatRules([]);
    expect(sheet.formatRules()).toEqual([]);
  });

  it('a rule reaching outside the grid is refused and the old rules stay', () => {
    const { fake } = fakeWithTab();
    const sheet = fake.tab(TAB);
    sheet.setFormatRules([rules[1] as FormatRule]);
    expect(() => sheet.setFormatRules([{ ...(rules[1] as FormatRule), ranges: [gridRange(2, 30)] }])).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(sheet.formatRules()).toEqual([rules[1]]);
  });

  it.each([
    ['no range', { ...rules[0], ranges: [] }, 'needs at least one range'],
    ['a format that changes nothing', { ...rules[0], format: {} }, 'needs a format'],
    ['a date criteria', { ...rules[0], criteria: 'DATE_AFTER', values: [1] }, 'DATE_AFTER are not modelled'],
    ['a wrong number of values', { ...rules[0], values: [1] }, 'take 2 arguments, got 1'],
    ['text for a number', { ...rules[0], values: ['1', 2] }, 'take a number, got "1"'],
    ['a custom formula without "="', { ...rules[1], values: ['$A2=1'] }, 'starting with "="'],
    ['a colour name', { ...rules[0], format: { background: 'red' } }, 'must be "#rrggbb"'],
    ['a colour scale without a maxpoint', { ...rules[2], max: undefined }, 'needs a minpoint and a maxpoint'],
    [
      'a midpoint of type MIN',
      { ...rules[2], mid: { color: '#ffffff', type: 'MIN', value: '' } },
      'midpoint cannot be of type MIN',
    ],
    [
      'a NUMBER point without a value',
      { ...rules[2], max: { color: '#ffffff', type: 'NUMBER', value: '' } },
      'needs a value',
    ],
  ])('a rule with %s is refused', (_what, rule, message) => {
    const { fake } = fakeWithTab();
    expect(() => fake.tab(TAB).setFormatRules([rule as FormatRule])).toThrow(message);
  });

  it('the add-on’s interface lists every rule, a condition only for the kinds the add-on makes', () => {
    const { fake, sheet } = fakeWithTab();
    fake.tab(TAB).setFormatRules(rules);
    expect(sheet.conditionalRules()).toEqual([
      { ranges: [gridRange(2, 11, 199, 1)], when: { kind: 'numberBetween', min: 0, max: 2.99 } },
      { ranges: [gridRange(2, 1, 199, 2)], when: undefined },
      { ranges: [gridRange(2, 5, 199, 1)], when: undefined },
    ]);
  });

  it('the add-on’s update resizes a rule keeping its format and adds after the others', () => {
    const { fake, sheet } = fakeWithTab();
    fake.tab(TAB).setFormatRules(rules);
    const before = fake.tab(TAB).formatRules();
    sheet.updateConditionalRules({
      resize: [{ at: 0, ranges: [gridRange(2, 11, 999, 1)] }],
      add: [
        { ranges: [gridRange(2, 3)], when: { kind: 'textStartsWith', text: '⚠' }, background: '#FFF2CC' },
      ],
    });
    expect(fake.tab(TAB).formatRules()).toEqual([
      { ...before[0], ranges: [gridRange(2, 11, 999, 1)] },
      before[1],
      before[2],
      {
        kind: 'boolean',
        ranges: [gridRange(2, 3)],
        criteria: 'TEXT_STARTS_WITH',
        values: ['⚠'],
        format: { background: '#fff2cc' },
      },
    ]);
  });
});

describe('protections', () => {
  it('Range.protect() makes one with no description that is not warning-only; it can change and go', () => {
    const { fake } = fakeWithTab();
    const sheet = fake.tab(TAB);
    const first = sheet.addProtection(gridRange(2, 8, 199, 6));
    const second = sheet.addProtection(gridRange(2, 8, 199, 6));
    expect(sheet.protectionEntries()).toEqual([
      { id: first, range: gridRange(2, 8, 199, 6), description: '', warningOnly: false },
      { id: second, range: gridRange(2, 8, 199, 6), description: '', warningOnly: false },
    ]);
    sheet.changeProtection(first, { description: 'สูตร', warningOnly: true, range: gridRange(2, 8, 999, 1) });
    sheet.removeProtection(second);
    expect(sheet.protectionEntries()).toEqual([
      { id: first, range: gridRange(2, 8, 999, 1), description: 'สูตร', warningOnly: true },
    ]);
    expect(() => sheet.removeProtection(second)).toThrow('This protection has been removed.');
    expect(() => sheet.changeProtection(second, { description: 'x' })).toThrow(
      'This protection has been removed.',
    );
    expect(() => sheet.changeProtection(first, { range: gridRange(1001, 1) })).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('the add-on’s interface: warning-only, listed with block and description; reprotect moves, unprotect removes by description', () => {
    const { fake, sheet } = fakeWithTab();
    sheet.protect(gridRange(2, 8, 199, 6), 'สูตรคำนวณคะแนน');
    sheet.protect(gridRange(1, 1, 1, 20), 'หัวตาราง');
    sheet.protect(gridRange(2, 15, 199, 1), 'สูตรคำนวณคะแนน');
    expect(sheet.protections()).toEqual([
      { range: gridRange(2, 8, 199, 6), description: 'สูตรคำนวณคะแนน' },
      { range: gridRange(1, 1, 1, 20), description: 'หัวตาราง' },
      { range: gridRange(2, 15, 199, 1), description: 'สูตรคำนวณคะแนน' },
    ]);
    expect(
      fake
        .tab(TAB)
        .protectionEntries()
        .every((entry) => entry.warningOnly),
    ).toBe(true);
    sheet.reprotect('หัวตาราง', gridRange(1, 1, 1, 26));
    expect(sheet.protections()[1]).toEqual({ range: gridRange(1, 1, 1, 26), description: 'หัวตาราง' });
    sheet.unprotect('สูตรคำนวณคะแนน');
    expect(sheet.protections()).toEqual([{ range: gridRange(1, 1, 1, 26), description: 'หัวตาราง' }]);
  });
});

describe('frozen rows and column widths', () => {
  it('no rows are frozen at first; setting them reads back', () => {
    const { sheet } = fakeWithTab();
    expect(sheet.frozenRows()).toBe(0);
    sheet.setFrozenRows(2);
    expect(sheet.frozenRows()).toBe(2);
  });

  it('freezing every row is refused with Sheets’ message', () => {
    const { sheet } = fakeWithTab();
    expect(() => sheet.setFrozenRows(1000)).toThrow("You can't freeze all visible rows on the sheet.");
  });

  it('columns are 100 pixels wide until set', () => {
    const { sheet } = fakeWithTab();
    sheet.setColumnWidth(1, 240);
    expect([sheet.columnWidth(1), sheet.columnWidth(2)]).toEqual([240, 100]);
  });

  it('a column outside the grid is refused with Sheets’ message', () => {
    const { sheet } = fakeWithTab();
    expect(() => sheet.columnWidth(27)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.setColumnWidth(0, 50)).toThrow('Those columns are out of bounds.');
  });
});

describe('named ranges', () => {
  it('are listed by name with their tab and block', () => {
    const fake = new FakeSpreadsheet({ sheets: ['ตั้งค่า'] });
    fake.setNamedRange('PenaltyPerDay', 'ตั้งค่า', gridRange(5, 2));
    fake.setNamedRange('DueRound1', 'ตั้งค่า', gridRange(3, 2));
    expect(fake.namedRanges()).toEqual([
      { name: 'DueRound1', sheetName: 'ตั้งค่า', range: gridRange(3, 2) },
      { name: 'PenaltyPerDay', sheetName: 'ตั้งค่า', range: gridRange(5, 2) },
    ]);
  });

  it('setting a name again moves it instead of adding a second', () => {
    const fake = new FakeSpreadsheet({ sheets: ['ตั้งค่า', 'วันหยุด'] });
    fake.setNamedRange('Holidays', 'ตั้งค่า', gridRange(2, 1, 20, 1));
    fake.setNamedRange('Holidays', 'วันหยุด', gridRange(2, 1, 30, 1));
    expect(fake.namedRanges()).toEqual([
      { name: 'Holidays', sheetName: 'วันหยุด', range: gridRange(2, 1, 30, 1) },
    ]);
  });

  it.each([
    ['KPI1', 'a cell reference'],
    ['R1C1', 'an R1C1 reference'],
    ['TRUE', 'a boolean'],
    ['2566_due', 'a leading digit'],
    ['due date', 'a space'],
    ['', 'nothing'],
  ])('a name like %s (%s) is refused', (name) => {
    const fake = new FakeSpreadsheet({ sheets: ['ตั้งค่า'] });
    expect(() => fake.setNamedRange(name, 'ตั้งค่า', gridRange(1, 1))).toThrow(`Invalid range name "${name}"`);
  });

  it('Spreadsheet.setNamedRange refuses a name in use, whatever its case; NamedRange renames and moves', () => {
    const fake = new FakeSpreadsheet({ sheets: ['ตั้งค่า', 'วันหยุด'] });
    fake.addNamedRange('Holidays', 'วันหยุด', gridRange(2, 1, 20, 1));
    expect(() => fake.addNamedRange('Holidays', 'วันหยุด', gridRange(2, 1, 30, 1))).toThrow(
      'A named range "Holidays" already exists',
    );
    expect(() => fake.addNamedRange('HOLIDAYS', 'ตั้งค่า', gridRange(1, 1))).toThrow(
      'A named range "Holidays" already exists',
    );
    fake.addNamedRange('Due', 'ตั้งค่า', gridRange(3, 2));
    fake.changeNamedRange('Holidays', { sheetName: 'ตั้งค่า', range: gridRange(5, 1, 10, 1) });
    fake.changeNamedRange('Due', { name: 'DueRound1' });
    expect(() => fake.changeNamedRange('DueRound1', { name: 'holidays' })).toThrow(
      'A named range "Holidays" already exists',
    );
    expect(fake.namedRanges()).toEqual([
      { name: 'DueRound1', sheetName: 'ตั้งค่า', range: gridRange(3, 2) },
      { name: 'Holidays', sheetName: 'ตั้งค่า', range: gridRange(5, 1, 10, 1) },
    ]);
    fake.removeNamedRange('Holidays');
    expect(() => fake.removeNamedRange('Holidays')).toThrow('There is no named range "Holidays".');
    expect(() => fake.changeNamedRange('Due', { name: 'X_1' })).toThrow('There is no named range "Due".');
    expect(fake.namedRanges().map((named) => named.name)).toEqual(['DueRound1']);
  });

  it('Thai letters and underscores are fine', () => {
    const fake = new FakeSpreadsheet({ sheets: ['ตั้งค่า'] });
    fake.setNamedRange('ค่าปรับ_ต่อวัน', 'ตั้งค่า', gridRange(1, 1));
    expect(fake.namedRanges().map((named) => named.name)).toEqual(['ค่าปรับ_ต่อวัน']);
  });

  it('a missing tab or a block outside its grid is refused', () => {
    const fake = new FakeSpreadsheet({ sheets: ['ตั้งค่า'] });
    expect(() => fake.setNamedRange('Due', 'ไม่มี', gridRange(1, 1))).toThrow(
      'Range not found: no sheet named "ไม่มี".',
    );
    expect(() => fake.setNamedRange('Due', 'ตั้งค่า', gridRange(1001, 1))).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(fake.namedRanges()).toEqual([]);
  });
});

describe('the active cell, selection and toasts', () => {
  it('a new spreadsheet’s active cell is A1 of its first tab', () => {
    expect(new FakeSpreadsheet().activeCell()).toEqual({ sheetName: 'Sheet1', row: 1, column: 1 });
  });

  it('select shows the tab and makes the block’s top-left cell the active one', () => {
    const fake = new FakeSpreadsheet({ sheets: ['ตั้งค่า', TAB] });
    fake.select(TAB, gridRange(7, 3, 2, 4));
    expect(fake.activeCell()).toEqual({ sheetName: TAB, row: 7, column: 3 });
    expect(fake.selection()).toEqual({ sheetName: TAB, range: gridRange(7, 3, 2, 4) });
  });

  it('select of a missing tab or outside the grid throws', () => {
    const fake = new FakeSpreadsheet();
    expect(() => fake.select('ไม่มี', gridRange(1, 1))).toThrow('Range not found: no sheet named "ไม่มี".');
    expect(() => fake.select('Sheet1', gridRange(1, 27))).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('toasts are recorded in order', () => {
    const fake = new FakeSpreadsheet();
    fake.toast('ตั้งค่าเสร็จแล้ว', 'KPI');
    fake.toast('ไม่พบข้อผิดพลาด', 'ตรวจข้อมูล');
    expect(fake.toasts).toEqual([
      { message: 'ตั้งค่าเสร็จแล้ว', title: 'KPI' },
      { message: 'ไม่พบข้อผิดพลาด', title: 'ตรวจข้อมูล' },
    ]);
  });
});

describe('call counting', () => {
  it('counts every call per tab and per method, with totals of reads and writes', () => {
    const fake = new FakeSpreadsheet({ sheets: ['ตั้งค่า', TAB] });
    const round = fake.sheet(TAB) as SheetHandle;
    const table = round.readValues(gridRange(2, 1, 199, 7));
    round.readFormulas(gridRange(2, 8, 1, 6));
    round.writeValues(
      gridRange(2, 8, 199, 1),
      table.map(() => ['']),
    );
    round.format(gridRange(1, 1, 1, 14), { bold: true });
    round.lastRow();
    fake.tab('ตั้งค่า').readNotes(gridRange(1, 1));
    fake.toast('เสร็จ', 'KPI');

    expect(fake.calls.sheet(TAB)).toMatchObject({
      readValues: 1,
      readFormulas: 1,
      writeValues: 1,
      format: 1,
      lastRow: 1,
      readNotes: 0,
    });
    expect(fake.calls.sheet('ตั้งค่า').readNotes).toBe(1);
    expect(fake.calls.spreadsheet).toMatchObject({ sheet: 1, toast: 1, insertSheet: 0 });
    expect(fake.calls.reads).toBe(3);
    expect(fake.calls.writes).toBe(2);
    expect(fake.calls.total).toBe(8);
    expect(fake.calls.method('readValues')).toBe(1);
    expect(fake.calls.summary()).toEqual({
      total: 8,
      reads: 3,
      writes: 2,
      spreadsheet: { sheet: 1, toast: 1 },
      sheets: {
        [TAB]: { readValues: 1, readFormulas: 1, writeValues: 1, format: 1, lastRow: 1 },
        ตั้งค่า: { readNotes: 1 },
      },
    });
  });

  it('every state change is a write: validations, rules, protections, sizes, tabs, names', () => {
    const fake = new FakeSpreadsheet({ sheets: [TAB] });
    const sheet = fake.tab(TAB);
    sheet.ensureSize(1000, 26);
    sheet.writeFormulas(gridRange(1, 1), [['=1']]);
    sheet.writeNotes(gridRange(1, 1), [['n']]);
    sheet.setValidation(gridRange(1, 1), null);
    sheet.setFormatRules([]);
    sheet.updateConditionalRules({});
    sheet.protect(gridRange(1, 1), 'p');
    sheet.reprotect('p', gridRange(1, 2));
    sheet.unprotect('p');
    const id = sheet.addProtection(gridRange(1, 1));
    sheet.changeProtection(id, { warningOnly: true });
    sheet.removeProtection(id);
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 120);
    fake.insertSheet('ตั้งค่า');
    fake.setNamedRange('Due', 'ตั้งค่า', gridRange(1, 1));
    fake.addNamedRange('Rate', 'ตั้งค่า', gridRange(2, 1));
    fake.changeNamedRange('Rate', { name: 'RatePerDay' });
    fake.removeNamedRange('RatePerDay');
    fake.select(TAB, gridRange(1, 1));
    sheet.readValidations(gridRange(1, 1));
    sheet.conditionalRules();
    sheet.formatRules();
    sheet.protectionEntries();
    expect(fake.calls.writes).toBe(19);
    expect(fake.calls.reads).toBe(1);
    expect(fake.calls.total).toBe(24);
  });

  it('a call that throws still counts, as the round trip was made', () => {
    const { fake, sheet } = fakeWithTab();
    expect(() => sheet.writeValues(gridRange(1, 1, 2, 1), [['a']])).toThrow();
    expect(fake.calls.sheet(TAB).writeValues).toBe(1);
  });

  it('a tab never called reads as all zeros, and resetCalls starts over', () => {
    const { fake, sheet } = fakeWithTab();
    sheet.readValues(gridRange(1, 1));
    fake.resetCalls();
    expect(fake.calls.sheet(TAB).readValues).toBe(0);
    expect(fake.calls.sheet('ไม่เคยเรียก').writeValues).toBe(0);
    expect([fake.calls.reads, fake.calls.writes, fake.calls.total]).toEqual([0, 0, 0]);
  });

  it('inspection helpers are not counted', () => {
    const { fake } = fakeWithTab();
    const sheet = fake.tab(TAB);
    sheet.peekValues(gridRange(1, 1));
    sheet.valueAt(1, 1);
    sheet.formulaAt(1, 1);
    sheet.noteAt(1, 1);
    sheet.formatAt(1, 1);
    sheet.validationAt(1, 1);
    fake.snapshot();
    expect(fake.calls.total).toBe(0);
  });
});

/** A small set-up in the style of the add-on's: writes only what is missing. */
function setUp(spreadsheet: FakeSpreadsheet): void {
  const settings = spreadsheet.sheet('ตั้งค่า') ?? spreadsheet.insertSheet('ตั้งค่า');
  const [[label]] = settings.readValues(gridRange(1, 1)) as [[string]];
  if (label === '') {
    settings.writeValues(gridRange(1, 1, 2, 2), [
      ['ปีงบประมาณ', 2566],
      ['กำหนดส่งรอบ 1', day('2023-04-10')],
    ]);
  }
  settings.setFrozenRows(1);
  settings.setColumnWidth(1, 200);
  settings.format(gridRange(1, 1, 1, 2), { bold: true, background: '#D9EAD3' });
  settings.setValidation(gridRange(2, 2), { rule: { kind: 'date' }, help: 'วันที่', reject: true });
  settings.setFormatRules([
    {
      kind: 'boolean',
      ranges: [gridRange(2, 2)],
      criteria: 'NUMBER_GREATER_THAN',
      values: [0],
      format: { background: '#ffffff', italic: true },
    },
  ]);
  settings.unprotect('ตั้งค่า');
  settings.protect(gridRange(1, 1, 1, 2), 'ตั้งค่า');
  spreadsheet.setNamedRange('FiscalYear', 'ตั้งค่า', gridRange(1, 2));
  spreadsheet.setNamedRange('DueRound1', 'ตั้งค่า', gridRange(2, 2));
}

describe('snapshots', () => {
  it('hold every part of the state as plain JSON data, dates as { date }', () => {
    const fake = new FakeSpreadsheet();
    setUp(fake);
    fake.tab('ตั้งค่า').writeNotes(gridRange(2, 1), [['ตามหนังสือเวียน']]);
    fake.tab('ตั้งค่า').writeFormulas(gridRange(3, 2), [['=B2+7']]);
    const snapshot = fake.snapshot();
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(snapshot).toEqual({
      format: SNAPSHOT_FORMAT,
      timeZone: 'Asia/Bangkok',
      sheets: [
        {
          name: 'Sheet1',
          maxRows: 1000,
          maxColumns: 26,
          frozenRows: 0,
          columnWidths: {},
          cells: {},
          conditionalRules: [],
          protections: [],
        },
        {
          name: 'ตั้งค่า',
          maxRows: 1000,
          maxColumns: 26,
          frozenRows: 1,
          columnWidths: { A: 200 },
          cells: {
            A1: { value: 'ปีงบประมาณ', format: { background: '#d9ead3', bold: true } },
            B1: { value: 2566, format: { background: '#d9ead3', bold: true } },
            A2: { value: 'กำหนดส่งรอบ 1', note: 'ตามหนังสือเวียน' },
            B2: {
              value: { date: '2023-04-09T17:00:00.000Z' },
              validation: { rule: { kind: 'date' }, help: 'วันที่', reject: true },
            },
            B3: { formula: '=B2+7' },
          },
          conditionalRules: [
            {
              kind: 'boolean',
              ranges: [gridRange(2, 2)],
              criteria: 'NUMBER_GREATER_THAN',
              values: [0],
              format: { background: '#ffffff', italic: true },
            },
          ],
          protections: [{ range: gridRange(1, 1, 1, 2), description: 'ตั้งค่า', warningOnly: true }],
        },
      ],
      namedRanges: [
        { name: 'DueRound1', sheetName: 'ตั้งค่า', range: gridRange(2, 2) },
        { name: 'FiscalYear', sheetName: 'ตั้งค่า', range: gridRange(1, 2) },
      ],
    });
    expect(Object.keys(snapshot.sheets[1]?.cells ?? {})).toEqual(['A1', 'B1', 'A2', 'B2', 'B3']);
  });

  it('running a set-up twice changes nothing', () => {
    const fake = new FakeSpreadsheet();
    setUp(fake);
    const once = fake.snapshot();
    setUp(fake);
    expect(fake.snapshot()).toEqual(once);
    expect(JSON.stringify(fake.snapshot())).toBe(JSON.stringify(once));
  });

  it('the same state reached in another order gives the same snapshot, key for key', () => {
    const first = new FakeSpreadsheet();
    first.tab('Sheet1').writeValues(gridRange(1, 1, 1, 2), [['a', 'b']]);
    first.tab('Sheet1').format(gridRange(1, 1), { bold: true, background: '#FFFFFF' });
    first.setNamedRange('A_name', 'Sheet1', gridRange(1, 1));
    first.setNamedRange('B_name', 'Sheet1', gridRange(1, 2));
    const second = new FakeSpreadsheet();
    second.setNamedRange('B_name', 'Sheet1', gridRange(1, 2));
    second.setNamedRange('A_name', 'Sheet1', gridRange(1, 1));
    second.tab('Sheet1').format(gridRange(1, 1), { background: '#ffffff' });
    second.tab('Sheet1').writeValues(gridRange(1, 2), [['b']]);
    second.tab('Sheet1').format(gridRange(1, 1), { bold: true });
    second.tab('Sheet1').writeValues(gridRange(1, 1), [['a']]);
    expect(JSON.stringify(second.snapshot())).toBe(JSON.stringify(first.snapshot()));
  });

  it('leave out call counts, toasts, the selection and cells emptied again', () => {
    const fake = new FakeSpreadsheet();
    const before = fake.snapshot();
    fake.toast('hello', 'KPI');
    fake.select('Sheet1', gridRange(5, 5));
    fake.tab('Sheet1').writeValues(gridRange(3, 3), [['x']]);
    fake.tab('Sheet1').writeValues(gridRange(3, 3), [['']]);
    fake.tab('Sheet1').setColumnWidth(2, 150);
    fake.tab('Sheet1').setColumnWidth(2, 100);
    expect(fake.snapshot()).toEqual(before);
  });

  it('are copies: changing one does not change the spreadsheet', () => {
    const fake = new FakeSpreadsheet();
    fake.tab('Sheet1').protect(gridRange(1, 1), 'p');
    const snapshot = fake.snapshot() as unknown as { sheets: { protections: unknown[] }[] };
    snapshot.sheets[0]?.protections.pop();
    expect(fake.tab('Sheet1').protections()).toHaveLength(1);
  });

  it('round-trip through fromSnapshot and through JSON text, dates restored as Dates', () => {
    const fake = new FakeSpreadsheet({ timeZone: 'Asia/Bangkok' });
    setUp(fake);
    fake.insertSheet(TAB).ensureSize(1200, 30);
    fake.tab(TAB).writeValues(gridRange(1200, 30), [[true]]);
    fake.tab(TAB).writeFormulas(gridRange(2, 8), [['=KPILEVEL(1, C2:E2)']]);

    const restored = FakeSpreadsheet.fromSnapshot(fake.snapshot());
    expect(restored.snapshot()).toEqual(fake.snapshot());
    const fromText = FakeSpreadsheet.fromJSON(JSON.stringify(fake));
    expect(fromText.snapshot()).toEqual(fake.snapshot());
    expect(fromText.calls.total).toBe(0);

    const due = fromText.tab('ตั้งค่า').valueAt(2, 2);
    expect(due).toBeInstanceOf(Date);
    expect(due).toEqual(day('2023-04-10'));
    expect(fromText.tab(TAB).readFormulas(gridRange(2, 8))).toEqual([['=KPILEVEL(1, C2:E2)']]);
    expect(fromText.tab(TAB).maxRows()).toBe(1200);
  });

  it('a restored spreadsheet is independent of the original', () => {
    const fake = new FakeSpreadsheet();
    const restored = FakeSpreadsheet.fromSnapshot(fake.snapshot());
    restored.tab('Sheet1').writeValues(gridRange(1, 1), [['x']]);
    expect(fake.tab('Sheet1').valueAt(1, 1)).toBe('');
  });

  it('a restored spreadsheet can be given an evaluator', () => {
    const fake = new FakeSpreadsheet();
    fake.tab('Sheet1').writeFormulas(gridRange(1, 1), [['=KPILEVEL(1, B1:D1)']]);
    const evaluator: FormulaEvaluator = () => 3;
    const restored = FakeSpreadsheet.fromSnapshot(fake.snapshot(), { evaluator });
    expect(restored.tab('Sheet1').valueAt(1, 1)).toBe(3);
  });

  it('data that is not a snapshot is refused', () => {
    expect(() => FakeSpreadsheet.fromJSON('{"sheets": []}')).toThrow(
      'not a fake spreadsheet snapshot (format undefined)',
    );
    const snapshot = new FakeSpreadsheet().snapshot();
    const broken = {
      ...snapshot,
      sheets: [{ ...snapshot.sheets[0], cells: { A1001: { value: 1 } } }],
    } as typeof snapshot;
    expect(() => FakeSpreadsheet.fromSnapshot(broken)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });
});

describe('deleting a sheet and reading backgrounds (issue 11)', () => {
  it('deletes a tab, never the only one, nor one a named range points to', () => {
    const fake = new FakeSpreadsheet({ sheets: ['Sheet1', 'ตั้งค่า'] });
    fake.select('Sheet1', gridRange(3, 3));
    fake.deleteSheet('Sheet1');
    expect(fake.sheets().map((sheet) => sheet.name)).toEqual(['ตั้งค่า']);
    expect(fake.selection().sheetName).toBe('ตั้งค่า');
    expect(() => fake.deleteSheet('ตั้งค่า')).toThrow("You can't remove all the sheets in a document.");
    expect(() => fake.deleteSheet('ไม่มี')).toThrow('Range not found: no sheet named "ไม่มี".');
    const named = new FakeSpreadsheet({ sheets: ['Sheet1', 'ตั้งค่า'] });
    named.setNamedRange('KPI_X', 'Sheet1', gridRange(1, 1));
    expect(() => named.deleteSheet('Sheet1')).toThrow(/Not modelled/);
    expect(named.calls.spreadsheet.deleteSheet).toBe(1);
  });

  it('reads #ffffff where no background was set, the colour where one was', () => {
    const { fake, sheet } = fakeWithTab();
    sheet.format(gridRange(2, 2), { background: '#f4cccc' });
    expect(sheet.readBackgrounds(gridRange(1, 1, 2, 2))).toEqual([
      ['#ffffff', '#ffffff'],
      ['#ffffff', '#f4cccc'],
    ]);
    expect(fake.calls.sheet(TAB).readBackgrounds).toBe(1);
    expect(fake.calls.reads).toBe(1);
  });
});
