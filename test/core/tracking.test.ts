import { BUILT_IN_CARD, cardOf } from '../../src/core/card';
import { BUILT_IN_CARD_TABLE, readCardTable } from '../../src/core/card-table';
import { MILESTONE_TEXT } from '../../src/core/messages';
import {
  duplicateDivisionProblems,
  type FormulaColumnCells,
  formulaColumnProblems,
  rowCellProblems,
  rowHoldsData,
  summarizeRound,
  type TrackingRow,
  withCardTexts,
} from '../../src/core/tracking';
import { milestones, readDate, readTab, settingsWith } from './report-fixtures';

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
    exempt: false,
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

describe('a division not assessed this round ("ไม่ประเมินรอบนี้")', () => {
  // Due 10 April 2566; as of 25 December 2566 a report not yet in is 259 days late.
  const settings = settingsWith();
  const late = { division: 'กองคลัง', ...milestones(1, [true, true, 60]), due: 45026, submitted: 45036 };
  const unsubmitted = { division: 'กองใหม่', due: 45026 };

  it('reads the reporter, the phone and the ticked box from their own columns', () => {
    const tab = readTab(
      1,
      [{ ...late, reporter: 'นางสาวผู้รายงาน', reporterPhone: '0 2123 4567', exempt: true }],
      settings,
    );
    expect(tab.rows[0]?.text.reporter).toBe('นางสาวผู้รายงาน');
    expect(tab.rows[0]?.text.reporterPhone).toBe('0 2123 4567');
    expect(tab.rows[0]?.exempt).toBe(true);
    expect(readTab(1, [late], settings).rows[0]?.exempt).toBe(false);
  });

  it('gives a late row 0 days late, no penalty and no score when its box is ticked', () => {
    const [assessed, exempt] = readTab(1, [late, { ...late, exempt: true }], settings).statuses;
    expect(assessed).toMatchObject({ exempt: false, level: 5, daysLate: 10, penalty: 1, score: 4 });
    expect(exempt).toMatchObject({
      exempt: true,
      level: null,
      daysLate: 0,
      penalty: 0,
      score: null,
      weighted: null,
      next: '',
      problems: [],
    });
    // The checklist and the dates are still shown as typed.
    expect(exempt?.checklist.every((check) => check.met)).toBe(true);
    expect(exempt?.submitted).toBe('20 เม.ย. 2566');
  });

  it('a ticked unsubmitted division is not late and needs no due date', () => {
    const [status] = readTab(1, [{ division: 'กองใหม่', exempt: true }], settings).statuses;
    expect(status).toMatchObject({ daysLate: 0, penalty: 0, problems: [] });
    const [unticked] = readTab(1, [{ division: 'กองใหม่' }], settings).statuses;
    expect(unticked?.problems).toEqual([expect.stringMatching(/^K2: วันครบกำหนดว่างอยู่/)]);
  });

  it('leaves an exempt division out of the levels, the late and the unsubmitted counts', () => {
    const tab = readTab(
      1,
      [
        late,
        { ...late, division: 'กองแผน', exempt: true },
        unsubmitted,
        { ...unsubmitted, division: 'กองใหม่ 2', exempt: true },
      ],
      settings,
    );
    const summary = summarizeRound(1, tab.sheetName, tab.statuses);
    expect(summary).toMatchObject({ divisions: 4, late: 2, notSubmitted: 1, exempt: 2, withProblems: 0 });
    expect(summary.byLevel).toEqual([
      { level: '0', count: 1 },
      { level: '1', count: 0 },
      { level: '3', count: 0 },
      { level: '5', count: 1 },
    ]);
  });

  it.each([
    ['ใช่', '"ใช่"'],
    [1, '1'],
    ['x', '"x"'],
  ] as const)('a box holding %j is a problem named by its cell, and does not exempt', (value, shown) => {
    const tab = readTab(1, [{ ...late, exempt: value }], settings);
    const row = tab.rows[0] as TrackingRow;
    expect(row.exempt).toBe(false);
    expect(tab.statuses[0]).toMatchObject({ exempt: false, daysLate: 10 });
    const problems = rowCellProblems(1, row, { settings, readDate, today: 0 as never });
    expect(problems).toEqual([{ cell: 'M2', message: `ช่องไม่ประเมินรอบนี้ต้องติ๊ก (TRUE) หรือเว้นว่าง: ${shown}` }]);
  });

  it('an unticked box (FALSE) or a blank one is no problem', () => {
    for (const value of [false, '', '  ']) {
      const tab = readTab(1, [{ ...late, exempt: value }], settings);
      expect(tab.statuses[0]?.problems).toEqual([]);
    }
  });
});

describe('withCardTexts and the checklist: the sheet card words the round', () => {
  const NEW = 'รายงานผลตามแบบฟอร์มที่กำหนด (ถ้อยคำใหม่)';
  // The built-in table's last row: round 2, level 5, the report.
  const changed = BUILT_IN_CARD_TABLE.map((row, index) =>
    index === BUILT_IN_CARD_TABLE.length - 1 ? [...row.slice(0, 6), NEW] : row,
  );

  it('takes the wording of the requirement of the same round, level and input, and keeps the scoring', () => {
    const worded = withCardTexts(cardOf(2), readCardTable(changed));
    const texts = worded.general.levels.flatMap((level) => level.requirements.map((rule) => rule.official));
    const builtIn = cardOf(2).general.levels.flatMap((level) =>
      level.requirements.map((rule) => rule.official),
    );
    expect(texts).toEqual([...builtIn.slice(0, -1), NEW]);
    expect(worded.general.levels[4]?.requirements[0]?.short).toBe(NEW);
    expect(worded.levels).toBe(cardOf(2).levels);
    expect(worded.inputs).toBe(cardOf(2).inputs);
  });

  it('gives the built-in texts for the built-in card and for a card without the round', () => {
    expect(withCardTexts(cardOf(1), BUILT_IN_CARD)).toEqual(cardOf(1));
    const roundOneOnly = readCardTable(BUILT_IN_CARD_TABLE.filter((row) => row[0] === 1));
    expect(withCardTexts(cardOf(2), roundOneOnly)).toBe(cardOf(2));
  });

  it('puts the wording in the checklist and the next step of a division', () => {
    const settings = { ...settingsWith(), card: readCardTable(changed) };
    const tab = readTab(
      2,
      [{ division: 'กองคลัง', ...milestones(2, [1, true, true, true, false]) }],
      settings,
    );
    const status = tab.statuses[0];
    expect(status?.checklist.map((check) => check.text).at(-1)).toBe(NEW);
    expect(status?.next).toBe(`ระดับ 5: ${NEW}`);
    const builtIn = readTab(
      2,
      [{ division: 'กองคลัง', ...milestones(2, [1, true, true, true, false]) }],
      settingsWith(),
    );
    expect(builtIn.statuses[0]?.next).toBe(`ระดับ 5: ${MILESTONE_TEXT.reportSent.short}`);
  });
});
