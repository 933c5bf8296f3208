/**
 * The in-memory spreadsheet's snapshot (what the preview keeps in its data file)
 * gives back exactly the cells it was taken of: a value stays a value, whatever
 * its text looks like, and a formula stays a formula.
 */

import fc from 'fast-check';
import { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { decodeValue, encodeValue, type StoredValue } from '../../emulator/spreadsheet-snapshot';
import { gridRange, type SheetValue } from '../../src/server/services/spreadsheet';

/** What a cell can hold as a value (not a formula), as `getValues` gives it back. */
const cellValue: fc.Arbitrary<SheetValue> = fc.oneof(
  fc.string({ minLength: 1 }),
  fc.constantFrom('=1+1', '=IMPORTXML("https://example.test","//a")', "'", "'=1+1", "''", '+1', '@x'),
  fc.string({ minLength: 1 }).map((text) => `=${text}`),
  fc.string({ minLength: 1 }).map((text) => `'${text}`),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((number) => (Object.is(number, -0) ? 0 : number)),
  fc.boolean(),
  fc.date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2200-01-01T00:00:00Z'),
    noInvalidDate: true,
  }),
);

/** A spreadsheet whose A1 holds `value` as a value: how the add-on writes text (`'` + text). */
function holding(value: SheetValue): FakeSpreadsheet {
  const fake = new FakeSpreadsheet();
  const written = typeof value === 'string' ? `'${value}` : value;
  fake.tab('Sheet1').writeValues(gridRange(1, 1), [[written]]);
  return fake;
}

describe('a snapshot round-trips every cell exactly', () => {
  it('a value, whatever its text, comes back as that value and never as a formula', () => {
    fc.assert(
      fc.property(cellValue, (value) => {
        const fake = holding(value);
        expect(fake.tab('Sheet1').valueAt(1, 1)).toEqual(value);
        const restored = FakeSpreadsheet.fromJSON(JSON.stringify(fake.snapshot()));
        expect(restored.tab('Sheet1').formulaAt(1, 1)).toBe('');
        expect(restored.tab('Sheet1').valueAt(1, 1)).toEqual(value);
        expect(restored.snapshot()).toEqual(fake.snapshot());
      }),
      { seed: 20231016, numRuns: 500 },
    );
  });

  it.each([['=IMPORTXML("https://example.test","//a")'], ['=1+1'], ["'60"], ["'"]])(
    'text %p written as text survives a restart as that text',
    (text) => {
      const fake = holding(text);
      const restored = FakeSpreadsheet.fromJSON(JSON.stringify(fake));
      expect([restored.tab('Sheet1').valueAt(1, 1), restored.tab('Sheet1').formulaAt(1, 1)]).toEqual([
        text,
        '',
      ]);
    },
  );

  it('a formula stays a formula', () => {
    const fake = new FakeSpreadsheet();
    fake.tab('Sheet1').writeFormulas(gridRange(1, 1), [['=1+1']]);
    const restored = FakeSpreadsheet.fromJSON(JSON.stringify(fake));
    expect(restored.tab('Sheet1').formulaAt(1, 1)).toBe('=1+1');
  });
});

describe('stored values', () => {
  it('a Date is kept as its instant; other values as they are', () => {
    expect(encodeValue(new Date('2023-10-16T00:00:00Z'))).toEqual({ date: '2023-10-16T00:00:00.000Z' });
    expect(decodeValue({ date: '2023-10-16T00:00:00.000Z' })).toEqual(new Date('2023-10-16T00:00:00Z'));
    expect(decodeValue('=1+1')).toBe('=1+1');
  });

  it.each([
    [null, 'snapshot has an invalid value: null'],
    [{ date: 'not a day' }, 'snapshot has an invalid date: not a day'],
    [{}, 'snapshot has an invalid value: {}'],
    [[1], 'snapshot has an invalid value: [1]'],
    [Number.POSITIVE_INFINITY, 'snapshot has an invalid value: Infinity'],
  ])('a stored value %p is refused', (stored, message) => {
    expect(() => decodeValue(stored as unknown as StoredValue)).toThrow(message);
  });
});
