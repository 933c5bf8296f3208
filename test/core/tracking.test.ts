import {
  duplicateDivisionProblems,
  type FormulaColumnCells,
  formulaColumnProblems,
  rowHoldsData,
  type TrackingRow,
} from '../../src/core/tracking';

const FORMULA = '=KPILEVEL(1, C2:E)';

/** Column N's cells from row 2 down: formula and value. */
function column(...cells: [formula: string, value: unknown][]): FormulaColumnCells {
  return {
    header: 'ระดับที่ได้',
    column: 14,
    formula: FORMULA,
    cells: cells.map(([formula, value]) => ({ formula, value })),
  };
}

const cellsOf = (problems: readonly { cell: string }[]) => problems.map((problem) => problem.cell);

describe('the problems of a formula column', () => {
  it.each([
    ['its formula, with results below', column([FORMULA, 3], ['', 1], ['', ''])],
    ['its formula as Sheets may rewrite it (spaces, case)', column(['=kpilevel(1,C2:E)', 3], ['', 5])],
  ])('none for %s', (_, cells) => {
    expect(formulaColumnProblems(cells)).toEqual([]);
  });

  it.each([
    ['a number typed over the formula', column(['', 7], ['', ''], ['', 'x']), ['N2', 'N4'], '7'],
    ['a text typed over the formula', column(['', 'ดูหมายเหตุ']), ['N2'], '"ดูหมายเหตุ"'],
    ['a tick typed over the formula', column(['', true]), ['N2'], 'TRUE'],
    ['spaces typed over the formula', column(['', '  ']), ['N2'], '"  "'],
    ['another formula', column(['=SUM(1)', 1], ['', 2]), ['N2'], '"=SUM(1)"'],
  ])('lists %s, naming it', (_, cells, listed, shown) => {
    const problems = formulaColumnProblems(cells);
    expect(cellsOf(problems)).toEqual(listed);
    expect(problems[0]?.message).toContain(`แต่มี ${shown} อยู่แทน`);
    expect(problems[0]?.message).toContain('"ระดับที่ได้"');
  });

  it('lists an empty formula cell, and what is typed below it', () => {
    const problems = formulaColumnProblems(column(['', ''], ['', ''], ['', 4]));
    expect(cellsOf(problems)).toEqual(['N2', 'N4']);
    expect(problems[0]?.message).toContain('แต่ว่างอยู่');
    expect(problems[1]?.message).toBe(
      'คอลัมน์ "ระดับที่ได้" คำนวณด้วยสูตรในช่อง N2 ค่า 4 ที่พิมพ์ไว้ในช่องนี้ทำให้สูตรแสดงผลไม่ได้ กรุณาลบค่านี้',
    );
  });

  it.each(['#REF!', '#ERROR!', '#NAME?', '#N/A'])(
    'when the formula shows %s, every value or formula below it is in the way',
    (error) => {
      const problems = formulaColumnProblems(column([FORMULA, error], ['', ''], ['', 0], ['=1+1', 2]));
      expect(cellsOf(problems)).toEqual(['N4', 'N5']);
      expect(problems[1]?.message).toContain('ค่า "=1+1" ที่พิมพ์ไว้');
    },
  );
});

describe('which rows hold data', () => {
  it.each([
    [['', '', ''], false],
    [['', false, '  '], false],
    [['', '', 0], true],
    [['x', '', ''], true],
    [['', '', true], true],
    // Column 2 is a formula column: its cells are results.
    [['', 5, ''], false],
  ] as const)('%j: %s', (values, holds) => {
    expect(rowHoldsData(values, new Set([2]))).toBe(holds);
  });
});

describe('rows of one division', () => {
  const row = (number: number, division: string): TrackingRow => ({
    row: number,
    division,
    divisionColumn: 2,
    head: '',
    milestones: [],
    evidence: [],
    due: { column: 0, value: '' },
    submitted: { column: 0, value: '' },
    text: {},
  });

  it('lists each row of a name used more than once, at its name cell; blank names are not names', () => {
    const problems = duplicateDivisionProblems([
      row(2, 'กองคลัง'),
      row(3, ''),
      row(4, 'กองคลัง\u200f'),
      row(5, 'กองแผน'),
      row(6, ''),
    ]);
    expect(problems).toEqual([
      {
        cell: 'B2',
        message: 'ชื่อหน่วยงาน "กองคลัง" ซ้ำกับช่อง B4 รายงานของแต่ละหน่วยงานแยกไฟล์ตามชื่อ กรุณาแก้ชื่อให้ไม่ซ้ำกัน',
      },
      {
        cell: 'B4',
        message: 'ชื่อหน่วยงาน "กองคลัง\u200f" ซ้ำกับช่อง B2 รายงานของแต่ละหน่วยงานแยกไฟล์ตามชื่อ กรุณาแก้ชื่อให้ไม่ซ้ำกัน',
      },
    ]);
  });
});
