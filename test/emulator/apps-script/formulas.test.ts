/**
 * The in-memory calculation: formulas read as Sheets reads them, custom
 * functions of dist/ called once per formula with values as Sheets passes them.
 */

import { parseFormula } from '../../../emulator/apps-script/formula-parser';
import { formulaEngine } from '../../../emulator/apps-script/formulas';
import { loadAddOn } from '../../../emulator/apps-script/vm-host';
import { FakeSpreadsheet } from '../../../emulator/spreadsheet';
import { FORMULA_KEYS, locateColumns, NAMES, previousColumnFormulas } from '../../../src/core/template';
import { gridRange } from '../../../src/server/services/spreadsheet';
import { DIST } from '../../bundle/dist';
import { columnOf, NOW, trackingFixture } from '../../server/tracking-fixture';

describe('reading formulas', () => {
  it.each([
    [
      '=KPILEVEL(1, C2:E)',
      { kind: 'call', name: 'KPILEVEL', args: [{ kind: 'number', value: 1 }, ref(2, 3, undefined, 5)] },
    ],
    [
      '=kpinext("รอบ 2", C2:G2)',
      { kind: 'call', name: 'KPINEXT', args: [{ kind: 'string', value: 'รอบ 2' }, ref(2, 3, 2, 7)] },
    ],
    ['=SUM(A:A)', { kind: 'call', name: 'SUM', args: [ref(1, 1, undefined, 1)] }],
    [
      "='รอบ 1/2566'!B3",
      { kind: 'ref', sheet: 'รอบ 1/2566', ref: { row: 3, column: 2, lastRow: 3, lastColumn: 2 } },
    ],
    [
      '=วันหยุด!A2:A30',
      { kind: 'ref', sheet: 'วันหยุด', ref: { row: 2, column: 1, lastRow: 30, lastColumn: 1 } },
    ],
    ['=KPI_AS_OF', { kind: 'name', name: 'KPI_AS_OF' }],
    ['="a""b"', { kind: 'string', value: 'a"b' }],
    ['=F(1, , 3)', { kind: 'call', name: 'F', args: [num(1), { kind: 'empty' }, num(3)] }],
    ['={A1:A3, C1:C3}', { kind: 'array', rows: [[ref(1, 1, 3, 1), ref(1, 3, 3, 3)]] }],
    [
      '=-1 + 2 * 3',
      {
        kind: 'binary',
        op: '+',
        left: { kind: 'unary', op: '-', operand: num(1) },
        right: { kind: 'binary', op: '*', left: num(2), right: num(3) },
      },
    ],
  ])('%s', (formula, tree) => {
    expect(parseFormula(formula)).toEqual(tree);
  });

  it.each(['=F(1', '="open', '=1 2', "='tab'A1"])('%s is a parse error', (formula) => {
    expect(() => parseFormula(formula)).toThrow('Formula parse error');
  });
});

describe('the tracking sheet computed through dist/', () => {
  function computed() {
    const spreadsheet = trackingFixture();
    const addOn = loadAddOn({ distDir: DIST, spreadsheet, now: () => NOW.getTime() });
    const engine = formulaEngine({
      spreadsheet: () => spreadsheet,
      customFunction: (name) =>
        addOn.has(name) ? (...args: unknown[]) => addOn.call(name, ...args) : undefined,
      realm: addOn.realm,
      now: () => NOW.getTime(),
    });
    spreadsheet.setFormulaEvaluator(engine.evaluator);
    return { spreadsheet, addOn, engine };
  }

  it('KPI_AS_OF is today in Bangkok while unsubmitted reports count, blank when they do not', () => {
    const { spreadsheet } = computed();
    const named = spreadsheet.namedRanges().find((entry) => entry.name === NAMES.asOf);
    const countUnsubmitted = spreadsheet.namedRanges().find((entry) => entry.name === NAMES.countUnsubmitted);
    const settings = spreadsheet.tab('ตั้งค่า');
    const asOf = () => settings.valueAt(named?.range.row ?? 0, named?.range.column ?? 0);
    expect((asOf() as Date).toISOString()).toBe('2023-04-19T17:00:00.000Z');
    settings.writeValues(countUnsubmitted?.range ?? gridRange(1, 1), [['ไม่ใช่']]);
    expect(asOf()).toBe('');
  });

  it('each formula column is one call that fills the column, and matches the functions called row by row', () => {
    const { spreadsheet, addOn } = computed();
    const sheet = spreadsheet.tab('รอบ 1/2566');
    const score = columnOf(1, 'score');
    const column = sheet.peekValues(gridRange(2, score, 5, 1)).map((line) => line[0]);
    const milestones = (row: number) => sheet.peekValues(gridRange(row, columnOf(1, 'reviewDone'), 1, 3));
    const cell = (row: number, key: string) => sheet.valueAt(row, columnOf(1, key));
    const dueDay = new Date('2023-04-09T17:00:00Z');
    const expected = [2, 3, 4, 5].map((row) =>
      addOn.call('KPISCORE', 1, milestones(row), dueDay, cell(row, 'submitted'), NOW, 0.1, 'วันปฏิทิน'),
    );
    expect(column.slice(0, 4)).toEqual(expected);
    expect(column[4]).toBe('');
    expect(column[0]).toBe(5);
    expect(String(column[2])).toMatch(/^⚠ /);
    for (const key of FORMULA_KEYS) {
      expect(sheet.formulaAt(2, columnOf(1, key))).toMatch(
        /^=ARRAYFORMULA\(IF\([A-Z]+2:[A-Z]+=TRUE, "ไม่ประเมินรอบนี้", KPI/,
      );
    }
    expect(sheet.formulaAt(3, score)).toBe('');
  });

  it('a row whose "ไม่ประเมินรอบนี้" box is ticked shows it in every formula column; the others keep their figures', () => {
    const { spreadsheet } = computed();
    const sheet = spreadsheet.tab('รอบ 1/2566');
    const figures = (row: number) => FORMULA_KEYS.map((key) => sheet.valueAt(row, columnOf(1, key)));
    const before = [2, 3, 4, 5].map(figures);
    // กองคลัง (row 3) sent 3 days late: 0.30 off its level.
    expect(before[1]?.slice(0, 4)).toEqual([1, 3, 0.3, 0.7]);
    sheet.writeValues(gridRange(3, columnOf(1, 'exempt')), [[true]]);
    expect(figures(3)).toEqual(Array(FORMULA_KEYS.length).fill('ไม่ประเมินรอบนี้'));
    expect([2, 4, 5].map(figures)).toEqual([before[0], before[2], before[3]]);
    // Unticked, the row is scored again; a blank row below stays blank.
    sheet.writeValues(gridRange(3, columnOf(1, 'exempt')), [[false]]);
    expect(figures(3)).toEqual(before[1]);
    expect(figures(6)).toEqual(['', '', '', '', '', '']);
  });

  it('with KPI_CARD passed, every formula column of both rounds gives what it gave without the card', () => {
    const { spreadsheet } = computed();
    const figures = () =>
      ([1, 2] as const).map((round) => {
        const sheet = spreadsheet.tab(`รอบ ${round}/2566`);
        return FORMULA_KEYS.map((key) => sheet.peekValues(gridRange(2, columnOf(round, key), 6, 1)));
      });
    const withCard = figures();
    for (const round of [1, 2] as const) {
      const sheet = spreadsheet.tab(`รอบ ${round}/2566`);
      const header = sheet.peekValues(gridRange(1, 1, 1, sheet.maxColumns()))[0] ?? [];
      const columns = locateColumns(round, header);
      for (const key of ['level', 'score', 'next'] as const) {
        const formula = sheet.formulaAt(2, columnOf(round, key));
        expect(formula).toContain(', KPI_CARD)))');
        const previous = previousColumnFormulas(key, round, columns);
        expect(previous[1]).toBe(formula.replace(', KPI_CARD)))', ')))'));
        sheet.writeFormulas(gridRange(2, columnOf(round, key)), [[previous[1] as string]]);
      }
    }
    expect(figures()).toEqual(withCard);
    expect(withCard[0]?.[0]?.slice(0, 2)).toEqual([[5], [1]]);
  });

  it('editing the card re-scores: round 1 level 5 at ร้อยละ 70 puts a row at 60 % on level 3, and back at 50', () => {
    const { spreadsheet } = computed();
    const sheet = spreadsheet.tab('รอบ 1/2566');
    const card = spreadsheet.tab('บัตรตัวชี้วัด');
    // The card's row of round 1 level 5 (row 4 of the tab: header, levels 1 and 3 before it).
    expect(card.peekValues(gridRange(4, 1, 1, 5))).toEqual([[1, 5, 'ความคืบหน้าตามแผน', 'ร้อยละ', 50]]);
    const row2 = () => ['level', 'score'].map((key) => sheet.valueAt(2, columnOf(1, key)));
    expect(sheet.valueAt(2, columnOf(1, 'progress'))).toBe(0.6);
    expect(row2()).toEqual([5, 5]);
    card.writeValues(gridRange(4, 5), [[70]]);
    expect(row2()).toEqual([3, 3]);
    card.writeValues(gridRange(4, 5), [[50]]);
    expect(row2()).toEqual([5, 5]);
  });

  it('a function that throws gives #ERROR! and keeps the message; an unknown one gives #NAME?', () => {
    const { spreadsheet, engine } = computed();
    // A tab of the user's (set-up removes an untouched Sheet1).
    const sheet = spreadsheet.insertSheet('Sheet1');
    sheet.writeFormulas(gridRange(1, 1, 1, 3), [
      ['=KPILEVEL(3, B5:D5)', '=NOSUCH(1)', '=IF(1 > 2, "a", "b") & "!"'],
    ]);
    expect(sheet.peekValues(gridRange(1, 1, 1, 3))).toEqual([['#ERROR!', '#NAME?', 'b!']]);
    expect(engine.errorAt('Sheet1', 1, 1)).toMatch(/รอบ/);
  });

  it('an array of ranges side by side is passed as one block', () => {
    const spreadsheet = new FakeSpreadsheet();
    const sheet = spreadsheet.tab('Sheet1');
    const seen: unknown[] = [];
    const engine = formulaEngine({
      spreadsheet: () => spreadsheet,
      customFunction: () => (value: unknown) => {
        seen.push(value);
        return 1;
      },
    });
    spreadsheet.setFormulaEvaluator(engine.evaluator);
    sheet.writeValues(gridRange(1, 1, 2, 3), [
      [1, 'x', true],
      [2, 'y', false],
    ]);
    sheet.writeFormulas(gridRange(5, 1), [['=F({A1:A2, C1:C2})']]);
    sheet.peekValues(gridRange(5, 1));
    expect(seen).toEqual([
      [
        [1, true],
        [2, false],
      ],
    ]);
  });
});

describe('ARRAYFORMULA and IF over arrays, as Sheets computes them', () => {
  /** A tab with values in A1:C4 and a custom function F that records its calls and returns a column. */
  function tab() {
    const spreadsheet = new FakeSpreadsheet();
    const sheet = spreadsheet.tab('Sheet1');
    const calls: unknown[][] = [];
    const engine = formulaEngine({
      spreadsheet: () => spreadsheet,
      customFunction: (name) =>
        name === 'F'
          ? (...args: unknown[]) => {
              calls.push(args);
              const rows = args[0] as unknown[][];
              return rows.map((line) => [`f(${String(line[0])})`]);
            }
          : undefined,
    });
    spreadsheet.setFormulaEvaluator(engine.evaluator);
    sheet.writeValues(gridRange(1, 1, 4, 3), [
      [true, 1, 'ก'],
      ['', 2, 'ข'],
      [false, 3, 'ค'],
      ['ใช่', 4, ''],
    ]);
    const at = (formula: string) => {
      sheet.writeFormulas(gridRange(1, 6), [[formula]]);
      sheet.peekValues(gridRange(1, 6));
      const shape = engine.shapeAt('Sheet1', 1, 6) ?? { rows: 1, columns: 1 };
      // Each read computes the formula again: count the calls of the last one.
      calls.length = 0;
      return sheet.peekValues(gridRange(1, 6, shape.rows, shape.columns)).map((line) => line.join('|'));
    };
    return { at, calls };
  }

  it('picks row by row between a text and one call of a custom function over the whole range', () => {
    const { at, calls } = tab();
    expect(at('=ARRAYFORMULA(IF(A1:A4=TRUE, "ไม่ประเมินรอบนี้", F(C1:C4)))')).toEqual([
      'ไม่ประเมินรอบนี้',
      'f(ข)',
      'f(ค)',
      'f()',
    ]);
    expect(calls).toEqual([[[['ก'], ['ข'], ['ค'], ['']]]]);
  });

  it('compares, adds and joins element by element; a single value serves every row', () => {
    const { at } = tab();
    expect(at('=ARRAYFORMULA(B1:B4 * 10 + 1)')).toEqual(['11', '21', '31', '41']);
    expect(at('=ARRAYFORMULA(C1:C4 & "!")')).toEqual(['ก!', 'ข!', 'ค!', '!']);
    expect(at('=ARRAYFORMULA(IF(B1:B4 > 2, "มาก", "น้อย"))')).toEqual(['น้อย', 'น้อย', 'มาก', 'มาก']);
    expect(at('=ARRAYFORMULA(IF(B1:B4 > 2, B1:B4))')).toEqual(['false', 'false', '3', '4']);
  });

  it('a text condition is #VALUE! in its own cell only; an error passes on', () => {
    const { at } = tab();
    // IF("ใช่", …) is not a condition Sheets can read; blank is FALSE.
    expect(at('=ARRAYFORMULA(IF(A1:A4, "y", "n"))')).toEqual(['y', 'n', 'n', '#VALUE!']);
    expect(at('=ARRAYFORMULA(IF(A1:A4="ใช่", "y", C1:C4 + 1))')).toEqual([
      '#VALUE!',
      '#VALUE!',
      '#VALUE!',
      'y',
    ]);
  });

  it('refuses arrays of different sizes, and arrays outside ARRAYFORMULA', () => {
    const { at } = tab();
    expect(at('=ARRAYFORMULA(IF(A1:A4=TRUE, "x", B1:B3))')).toEqual(['#VALUE!']);
    expect(at('=ARRAYFORMULA(A1:A4 = B1:C1)')).toEqual(['#VALUE!']);
    expect(at('=IF(A1:A4=TRUE, "x", F(C1:C4))')).toEqual(['#VALUE!']);
    expect(at('=ARRAYFORMULA(NOT(A1:A3))')).toEqual(['#VALUE!']);
    expect(at('=ARRAYFORMULA()')).toEqual(['#N/A']);
  });

  it('with a single-cell condition, computes only the branch it takes', () => {
    const { at, calls } = tab();
    expect(at('=ARRAYFORMULA(IF(A1=TRUE, "x", F(C1:C4)))')).toEqual(['x']);
    expect(calls).toEqual([]);
  });
});

function ref(row: number, column: number, lastRow: number | undefined, lastColumn: number) {
  return { kind: 'ref', ref: { row, column, lastRow, lastColumn } };
}

function num(value: number) {
  return { kind: 'number', value };
}

describe('a named range of another tab as a custom function argument (the card, KPI_CARD)', () => {
  // Sheets passes a range argument of more than one cell as a 2-D array of its values
  // (https://developers.google.com/apps-script/guides/sheets/functions#arguments), and
  // recalculates a formula when a cell of a range it takes changes.
  function workbook() {
    const spreadsheet = new FakeSpreadsheet({ sheets: ['รอบ 1/2566', 'บัตรตัวชี้วัด'] });
    const card = spreadsheet.tab('บัตรตัวชี้วัด');
    card.writeValues(gridRange(1, 1, 3, 3), [
      ['รอบ', 'ระดับ', 'เกณฑ์'],
      [1, 5, 50],
      ['', '', ''],
    ]);
    spreadsheet.setNamedRange('KPI_CARD', 'บัตรตัวชี้วัด', gridRange(1, 1, 4, 3));
    const calls: unknown[][] = [];
    const engine = formulaEngine({
      spreadsheet: () => spreadsheet,
      customFunction: (name) =>
        name === 'LEVEL'
          ? (...args: unknown[]) => {
              calls.push(args);
              const [values, table] = args as [unknown[][], unknown[][]];
              const threshold = Number(table[1]?.[2]);
              return values.map((line) => [Number(line[0]) >= threshold ? 5 : 3]);
            }
          : undefined,
    });
    spreadsheet.setFormulaEvaluator(engine.evaluator);
    const round = spreadsheet.tab('รอบ 1/2566');
    round.writeValues(gridRange(1, 1, 2, 1), [[60], [40]]);
    round.writeFormulas(gridRange(1, 2), [['=ARRAYFORMULA(IF(A1:A2="", "", LEVEL(A1:A2, KPI_CARD)))']]);
    return { card, round, calls };
  }

  it('passes the whole named range, blank rows too, as one 2-D array of its values', () => {
    const { round, calls } = workbook();
    expect(round.peekValues(gridRange(1, 2, 2, 1))).toEqual([[5], [3]]);
    const table = calls.at(-1)?.[1];
    expect(table).toEqual([
      ['รอบ', 'ระดับ', 'เกณฑ์'],
      [1, 5, 50],
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it('computes again when a cell of the named range changes, and back when it is restored', () => {
    const { card, round } = workbook();
    expect(round.peekValues(gridRange(1, 2, 2, 1))).toEqual([[5], [3]]);
    card.writeValues(gridRange(2, 3), [[70]]);
    expect(round.peekValues(gridRange(1, 2, 2, 1))).toEqual([[3], [3]]);
    card.writeValues(gridRange(2, 3), [[50]]);
    expect(round.peekValues(gridRange(1, 2, 2, 1))).toEqual([[5], [3]]);
  });
});
