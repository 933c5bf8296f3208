/**
 * Reads a Sheets formula into a tree, for the in-memory formula engine
 * (`formulas.ts`). Just enough of the language for the tracking sheet's
 * formulas: function calls (empty arguments too), numbers, `"text"` (with `""`
 * for a quote), TRUE/FALSE, cell and range references (`C2`, `C2:E200`, open
 * ranges `C2:E` and `A:A`, on another tab `วันหยุด!A2:A30` or `'รอบ 1/2566'!C2`),
 * named ranges, `{a, b; c, d}` arrays, comparisons, `&`, arithmetic, unary minus
 * and parentheses.
 */

/** A formula's tree. */
export type Expr =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'empty' }
  | { readonly kind: 'ref'; readonly sheet?: string; readonly ref: RangeRef }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expr[] }
  | { readonly kind: 'array'; readonly rows: readonly (readonly Expr[])[] }
  | { readonly kind: 'unary'; readonly op: '-' | '+'; readonly operand: Expr }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr };

/** The binary operators read. */
export type BinaryOp = '=' | '<>' | '<' | '>' | '<=' | '>=' | '&' | '+' | '-' | '*' | '/';

/**
 * A reference's corners, 1-based; `lastRow` undefined for an open range (`C2:E`
 * runs to the tab's last row), `row` 1 and `lastRow` undefined for whole columns.
 */
export interface RangeRef {
  readonly row: number;
  readonly column: number;
  readonly lastRow: number | undefined;
  readonly lastColumn: number;
}

type Token =
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'word'; readonly value: string }
  | { readonly type: 'sheet'; readonly value: string }
  | { readonly type: 'op'; readonly value: string };

const WORD = /^[\p{L}\p{M}\p{N}_.$]+/u;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const OPERATORS = [
  '<>',
  '<=',
  '>=',
  '=',
  '<',
  '>',
  '&',
  '+',
  '-',
  '*',
  '/',
  '(',
  ')',
  ',',
  ';',
  '{',
  '}',
  ':',
];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let rest = text;
  while (rest.length > 0) {
    const space = /^\s+/.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    if (rest.startsWith('"')) {
      let value = '';
      let index = 1;
      for (;;) {
        const quote = rest.indexOf('"', index);
        if (quote < 0) throw new Error(`Formula parse error: a text has no closing quote in ${text}`);
        value += rest.slice(index, quote);
        if (rest[quote + 1] === '"') {
          value += '"';
          index = quote + 2;
        } else {
          index = quote + 1;
          break;
        }
      }
      tokens.push({ type: 'string', value });
      rest = rest.slice(index);
      continue;
    }
    if (rest.startsWith("'")) {
      const match = /^'((?:[^']|'')*)'!/.exec(rest);
      if (!match) throw new Error(`Formula parse error: a quoted tab name needs ! after it in ${text}`);
      tokens.push({ type: 'sheet', value: (match[1] as string).replace(/''/g, "'") });
      rest = rest.slice(match[0].length);
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number && !WORD.exec(rest.slice(number[0].length))?.[0].match(/^\p{L}/u)) {
      tokens.push({ type: 'number', value: Number(number[0]) });
      rest = rest.slice(number[0].length);
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      rest = rest.slice(word[0].length);
      if (rest.startsWith('!')) {
        tokens.push({ type: 'sheet', value: word[0] });
        rest = rest.slice(1);
      } else {
        tokens.push({ type: 'word', value: word[0] });
      }
      continue;
    }
    const op = OPERATORS.find((candidate) => rest.startsWith(candidate));
    if (op === undefined) throw new Error(`Formula parse error: unexpected "${rest[0]}" in ${text}`);
    tokens.push({ type: 'op', value: op });
    rest = rest.slice(op.length);
  }
  return tokens;
}

const CELL = /^([A-Za-z]{1,3})(\d+)$/;
const COLUMN = /^[A-Za-z]{1,3}$/;

function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

/** A reference from its two words (`C2`, `E` or `E200`), or undefined when they are not one. */
function rangeRef(first: string, second: string | undefined): RangeRef | undefined {
  const start = CELL.exec(first);
  if (second === undefined) {
    if (!start) return undefined;
    const row = Number(start[2]);
    const column = columnNumber(start[1] as string);
    return { row, column, lastRow: row, lastColumn: column };
  }
  const end = CELL.exec(second);
  if (start) {
    const row = Number(start[2]);
    const column = columnNumber(start[1] as string);
    if (end) {
      const lastRow = Number(end[2]);
      const lastColumn = columnNumber(end[1] as string);
      return {
        row: Math.min(row, lastRow),
        column: Math.min(column, lastColumn),
        lastRow: Math.max(row, lastRow),
        lastColumn: Math.max(column, lastColumn),
      };
    }
    if (COLUMN.test(second)) {
      const lastColumn = columnNumber(second);
      return {
        row,
        column: Math.min(column, lastColumn),
        lastRow: undefined,
        lastColumn: Math.max(column, lastColumn),
      };
    }
    return undefined;
  }
  if (COLUMN.test(first) && COLUMN.test(second)) {
    const column = columnNumber(first);
    const lastColumn = columnNumber(second);
    return {
      row: 1,
      column: Math.min(column, lastColumn),
      lastRow: undefined,
      lastColumn: Math.max(column, lastColumn),
    };
  }
  return undefined;
}

/**
 * The tree of a formula (with or without its leading `=`).
 *
 * @example parseFormula('=KPILEVEL(1, C2:E)') // { kind: 'call', name: 'KPILEVEL', args: [...] }
 */
export function parseFormula(formula: string): Expr {
  const text = formula.trim().replace(/^=/, '');
  const tokens = tokenize(text);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const isOp = (value: string, token = peek()) => token?.type === 'op' && token.value === value;
  const expect = (value: string) => {
    if (!isOp(value)) throw new Error(`Formula parse error: expected "${value}" in =${text}`);
    position++;
  };

  const comparison = (): Expr => {
    let left = concatenation();
    for (;;) {
      const token = peek();
      if (token?.type !== 'op' || !['=', '<>', '<', '>', '<=', '>='].includes(token.value)) return left;
      position++;
      left = { kind: 'binary', op: token.value as BinaryOp, left, right: concatenation() };
    }
  };
  const concatenation = (): Expr => {
    let left = additive();
    while (isOp('&')) {
      position++;
      left = { kind: 'binary', op: '&', left, right: additive() };
    }
    return left;
  };
  const additive = (): Expr => {
    let left = multiplicative();
    for (;;) {
      const token = peek();
      if (!isOp('+', token) && !isOp('-', token)) return left;
      position++;
      left = { kind: 'binary', op: token?.value as BinaryOp, left, right: multiplicative() };
    }
  };
  const multiplicative = (): Expr => {
    let left = unary();
    for (;;) {
      const token = peek();
      if (!isOp('*', token) && !isOp('/', token)) return left;
      position++;
      left = { kind: 'binary', op: token?.value as BinaryOp, left, right: unary() };
    }
  };
  const unary = (): Expr => {
    const token = peek();
    if (isOp('-', token) || isOp('+', token)) {
      position++;
      return { kind: 'unary', op: token?.value as '-' | '+', operand: unary() };
    }
    return primary();
  };
  const argument = (): Expr => (isOp(',') || isOp(')') ? { kind: 'empty' } : comparison());
  const primary = (): Expr => {
    const token = tokens[position++];
    if (token === undefined) throw new Error(`Formula parse error: the formula ends too soon: =${text}`);
    switch (token.type) {
      case 'number':
        return { kind: 'number', value: token.value };
      case 'string':
        return { kind: 'string', value: token.value };
      case 'sheet': {
        const word = tokens[position++];
        if (word?.type !== 'word')
          throw new Error(`Formula parse error: a tab name needs a range in =${text}`);
        return reference(word.value, token.value);
      }
      case 'op':
        if (token.value === '(') {
          const inner = comparison();
          expect(')');
          return inner;
        }
        if (token.value === '{') return array();
        throw new Error(`Formula parse error: unexpected "${token.value}" in =${text}`);
      case 'word': {
        if (isOp('(')) {
          position++;
          const args: Expr[] = [];
          if (isOp(')')) {
            position++;
            return { kind: 'call', name: token.value.toUpperCase(), args };
          }
          for (;;) {
            args.push(argument());
            if (isOp(',')) {
              position++;
              continue;
            }
            expect(')');
            return { kind: 'call', name: token.value.toUpperCase(), args };
          }
        }
        if (/^(true|false)$/i.test(token.value))
          return { kind: 'boolean', value: /^true$/i.test(token.value) };
        return reference(token.value, undefined);
      }
    }
  };
  const reference = (word: string, sheet: string | undefined): Expr => {
    let second: string | undefined;
    if (isOp(':')) {
      const next = tokens[position + 1];
      if (next?.type === 'word' || next?.type === 'number') {
        second = String(next.value);
        position += 2;
      }
    }
    const ref = rangeRef(word, second);
    if (ref !== undefined) return sheet === undefined ? { kind: 'ref', ref } : { kind: 'ref', sheet, ref };
    if (sheet === undefined && second === undefined) return { kind: 'name', name: word };
    throw new Error(`Formula parse error: not a range: ${sheet === undefined ? '' : `${sheet}!`}${word}`);
  };
  const array = (): Expr => {
    const rows: Expr[][] = [[]];
    for (;;) {
      (rows[rows.length - 1] as Expr[]).push(comparison());
      if (isOp(',')) {
        position++;
      } else if (isOp(';')) {
        position++;
        rows.push([]);
      } else {
        expect('}');
        return { kind: 'array', rows };
      }
    }
  };

  const tree = comparison();
  if (position < tokens.length)
    throw new Error(`Formula parse error: unexpected text after the formula: =${text}`);
  return tree;
}
