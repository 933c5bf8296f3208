import fc from 'fast-check';
import { divisionKey, sameDivision } from '../../src/core/division-name';

describe('a division name as a key', () => {
  it.each([
    ['spaces around and between words', '  กอง  คลัง ', 'กอง คลัง'],
    ['a no-break space', 'กอง\u00a0คลัง', 'กอง คลัง'],
    ['case', 'กองA', 'กองa'],
    ['case of a whole word', 'IT Center', 'it center'],
    ['a zero-width space', 'กอง\u200bคลัง', 'กองคลัง'],
    ['direction marks', '\u200fกองคลัง\u200e', 'กองคลัง'],
    ['a byte-order mark and a soft hyphen', '\ufeffกอง\u00adคลัง', 'กองคลัง'],
    ['a word joiner', 'กอง\u2060คลัง', 'กองคลัง'],
    ['decomposed and composed accents (NFD and NFC)', 'Cafe\u0301', 'Café'],
  ])('ignores %s', (_, typed, other) => {
    expect(divisionKey(typed)).toBe(divisionKey(other));
    expect(sameDivision(typed, other)).toBe(true);
  });

  it.each([
    ['different words', 'กองคลัง', 'กองคลังจังหวัด'],
    ['a Thai tone mark', 'กองค้า', 'กองคา'],
    ['a space that splits a word', 'กองคลัง', 'กอง คลัง'],
    ['digits', 'กอง 1', 'กอง 2'],
  ])('tells apart %s', (_, one, other) => {
    expect(divisionKey(one)).not.toBe(divisionKey(other));
    expect(sameDivision(one, other)).toBe(false);
  });

  it('is empty for a name made only of spaces and invisible characters', () => {
    expect(divisionKey(' \u200b\u00a0\u200f ')).toBe('');
  });

  it('is the same for any name whatever invisible characters, case, spacing or normal form it is typed in', () => {
    const invisible = fc.constantFrom(
      '\u200b',
      '\u200c',
      '\u200d',
      '\u200e',
      '\u200f',
      '\u2060',
      '\ufeff',
      '\u00ad',
    );
    const space = fc.constantFrom(' ', '  ', '\u00a0', '\t');
    const name = fc.string({
      unit: fc.constantFrom(...'กขคงจฉชซญฎนบปผพภมยรลวศสหอฮะาิีุูเแโใไ่้๊๋็์ABCabcé0123456789'),
      minLength: 1,
    });
    fc.assert(
      fc.property(
        name,
        fc.array(fc.tuple(fc.nat(), invisible)),
        space,
        space,
        fc.boolean(),
        (text, inserts, before, after, upper) => {
          let typed = text;
          for (const [at, mark] of inserts) {
            const index = at % (typed.length + 1);
            typed = typed.slice(0, index) + mark + typed.slice(index);
          }
          typed = before + (upper ? typed.toUpperCase() : typed).normalize('NFD') + after;
          expect(divisionKey(typed)).toBe(divisionKey(text));
          expect(divisionKey(divisionKey(typed))).toBe(divisionKey(typed));
        },
      ),
    );
  });
});
