import { BUILT_IN_CARD_TABLE, CARD_TABLE_HEADER } from '../../src/core/card-table';
import {
  CARD_COLUMN_WIDTHS,
  columnFormula,
  FORMULA_KEYS,
  locateColumns,
  NAMES,
  previousColumnFormulas,
  roundOfTab,
  trackingColumns,
} from '../../src/core/template';

describe('the tracking template', () => {
  it.each([1, 2] as const)(
    'round %i: every header is different, so each column is found again by it',
    (round) => {
      const headers = trackingColumns(round).map((column) => column.header);
      expect(new Set(headers).size).toBe(headers.length);
      const map = locateColumns(round, headers);
      for (const [index, column] of trackingColumns(round).entries()) {
        expect([column.key, map.get(column.key)]).toEqual([column.key, index + 1]);
      }
    },
  );

  it('puts the milestone cells side by side in the card order, so one range reads them', () => {
    expect(
      trackingColumns(1)
        .slice(4, 7)
        .map((column) => column.key),
    ).toEqual(['reviewDone', 'planDone', 'progress']);
    expect(
      trackingColumns(2)
        .slice(4, 9)
        .map((column) => column.key),
    ).toEqual(['progress', 'workflowManualDone', 'trainingDone', 'forumDone', 'reportSent']);
  });

  it('has the six formula columns together, then the report columns side by side', () => {
    const keys = trackingColumns(2).map((column) => column.key);
    const first = keys.indexOf('level');
    expect(keys.slice(first, first + 6)).toEqual([...FORMULA_KEYS]);
    expect(keys.slice(-3)).toEqual(['reportLink', 'pdfLink', 'reportStatus']);
  });

  it('reads the round from a tab name and nothing else', () => {
    expect(roundOfTab('รอบ 1/2566')).toBe(1);
    expect(roundOfTab(' รอบ 2/2567 ')).toBe(2);
    expect(roundOfTab('รอบ 3/2566')).toBeUndefined();
    expect(roundOfTab('สรุป')).toBeUndefined();
  });
});

/**
 * Conservative widths in pixels of characters in a bold 14 px header (the
 * preview grid's size; Sheets' default 10 pt is smaller): for each character the
 * widest of the Thai fonts a browser falls back to (Loma, Waree, Garuda, Laksaman,
 * Umpush, Kinnari; Sarabun is metric-compatible with Laksaman) and Arial, as
 * Chromium's canvas measured them, rounded up to half a pixel. Thai marks above
 * and below (U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E) take no width of their own.
 */
const THAI_WIDTHS =
  'ก10.5 ข10 ฃ11 ค11 ฅ11 ฆ11.5 ง8 จ9.5 ฉ10.5 ช10 ซ11 ฌ14.5 ญ13.5 ฎ11 ฏ11 ฐ9 ฑ13 ฒ15.5 ณ14.5 ด11 ต11 ถ10 ท12 ธ9.5 น11 บ11 ป11 ผ11 ฝ11 พ12 ฟ12 ภ11 ม11 ย10.5 ร8.5 ฤ10 ล10.5 ฦ11 ว9 ศ11 ษ11.5 ส10.5 ห11.5 ฬ12 อ10.5 ฮ10 ฯ10 ะ8 า8.5 ำ8.5 เ6 แ11 โ8 ใ7.5 ไ8 ๅ8.5 ๆ11.5';
const ASCII_WIDTHS = '0-9:10 (:6.5 ):6.5 %:14.5 ::6 .:5.5 /:8.5 -:6.5 –:11 A-Z:15.5 a-z:15';
const CHARACTER_WIDTH = new Map<string, number>();
for (const entry of THAI_WIDTHS.split(' ')) CHARACTER_WIDTH.set(entry[0] as string, Number(entry.slice(1)));
for (const entry of ASCII_WIDTHS.split(' ')) {
  const [range, width] = [
    entry.slice(0, entry.lastIndexOf(':')),
    Number(entry.slice(entry.lastIndexOf(':') + 1)),
  ];
  if (/^.-.$/.test(range) && range.length === 3) {
    for (let code = range.charCodeAt(0); code <= range.charCodeAt(2); code++)
      CHARACTER_WIDTH.set(String.fromCharCode(code), width);
  } else CHARACTER_WIDTH.set(range, width);
}
const ZERO_WIDTH = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;

/** The estimated width of a text in a bold 14 px header; an unknown character counts as the widest. */
function textWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    if (ZERO_WIDTH.test(character)) continue;
    width += CHARACTER_WIDTH.get(character) ?? 18.5;
  }
  return width;
}

/** The pieces a header may wrap between: at spaces, and after a slash. */
function unbreakablePieces(header: string): string[] {
  return header
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=\/)/))
    .filter((piece) => piece !== '');
}

/** Cell padding of the grid (4 px a side in the preview). */
const CELL_PADDING = 8;

describe('the round tabs’ headers in the grid', () => {
  it('estimates widths from real text: ข้อเสนอแนะ, with its marks taking no room', () => {
    expect(textWidth('ข้อเสนอแนะ')).toBe(10 + 10.5 + 6 + 10.5 + 11 + 10.5 + 11 + 11 + 8);
    expect(unbreakablePieces('ระดับ 3 (0.5): ผังงาน/มาตรฐาน/คู่มือ')).toEqual([
      'ระดับ',
      '3',
      '(0.5):',
      'ผังงาน/',
      'มาตรฐาน/',
      'คู่มือ',
    ]);
  });

  it.each([1, 2] as const)(
    'round %i: every piece of every header fits its column, so no word breaks',
    (round) => {
      const tooNarrow = trackingColumns(round).flatMap((column) => {
        const widest = Math.max(...unbreakablePieces(column.header).map(textWidth));
        return widest + CELL_PADDING > column.width
          ? [`${column.key} "${column.header}": ${column.width} < ${Math.ceil(widest + CELL_PADDING)}`]
          : [];
      });
      expect(tooNarrow).toEqual([]);
    },
  );
});

describe('the card tab’s columns in the grid (issue 12)', () => {
  it('each header fits its column on one line', () => {
    const tooNarrow = CARD_TABLE_HEADER.flatMap((header, index) => {
      const width = CARD_COLUMN_WIDTHS[index] as number;
      return textWidth(header) + CELL_PADDING > width ? [`${header}: ${width}`] : [];
    });
    expect(CARD_COLUMN_WIDTHS).toHaveLength(CARD_TABLE_HEADER.length);
    expect(tooNarrow).toEqual([]);
  });

  it('the built-in card’s input names and kinds fit their columns on one line', () => {
    const tooNarrow = BUILT_IN_CARD_TABLE.flatMap((row) =>
      [2, 3].flatMap((index) => {
        const text = String(row[index]);
        const width = CARD_COLUMN_WIDTHS[index] as number;
        return textWidth(text) + CELL_PADDING > width ? [`${text}: ${width}`] : [];
      }),
    );
    expect(tooNarrow).toEqual([]);
  });
});

describe('the formula columns pass the card (issue 12)', () => {
  const columns = locateColumns(
    1,
    trackingColumns(1).map((column) => column.header),
  );

  it('KPILEVEL, KPINEXT and KPISCORE take KPI_CARD last; the others are as before', () => {
    expect(columnFormula('level', 1, columns)).toBe(
      '=ARRAYFORMULA(IF(M2:M=TRUE, "ไม่ประเมินรอบนี้", KPILEVEL(1, E2:G, KPI_CARD)))',
    );
    expect(columnFormula('next', 1, columns)).toBe(
      '=ARRAYFORMULA(IF(M2:M=TRUE, "ไม่ประเมินรอบนี้", KPINEXT(1, E2:G, KPI_CARD)))',
    );
    expect(columnFormula('score', 1, columns)).toBe(
      '=ARRAYFORMULA(IF(M2:M=TRUE, "ไม่ประเมินรอบนี้", KPISCORE(1, E2:G, K2:K, L2:L, KPI_AS_OF, KPI_RATE_PER_DAY, KPI_DAY_COUNT, KPI_HOLIDAYS, KPI_CARD)))',
    );
    expect(columnFormula('penalty', 1, columns)).not.toContain(NAMES.card);
  });

  it('recognises both earlier versions of its own formulas, and none for a formula that did not change', () => {
    expect(previousColumnFormulas('level', 1, columns)).toEqual([
      '=KPILEVEL(1, E2:G)',
      '=ARRAYFORMULA(IF(M2:M=TRUE, "ไม่ประเมินรอบนี้", KPILEVEL(1, E2:G)))',
    ]);
    expect(previousColumnFormulas('penalty', 1, columns)).toEqual([
      '=KPIPENALTY(K2:K, L2:L, KPI_AS_OF, KPI_RATE_PER_DAY, KPI_DAY_COUNT, KPI_HOLIDAYS)',
    ]);
  });
});
