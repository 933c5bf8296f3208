/**
 * A1 notation: how Sheets names cells (`C7`, `A2:E200`).
 */

/** A block of cells by its 1-based corner and size. */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * The letters of a 1-based column number.
 *
 * @example columnLetters(1) // 'A'
 * @example columnLetters(28) // 'AB'
 */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new Error(`not a column number: ${column}`);
  let letters = '';
  let rest = column;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/**
 * The 1-based column number of column letters.
 *
 * @example columnNumber('AB') // 28
 */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) throw new Error(`not column letters: ${letters}`);
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

/**
 * A cell's A1 name.
 *
 * @example cellA1(7, 3) // 'C7'
 */
export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/**
 * An open-ended column range from a row down, as formulas use it: `C2:E`.
 *
 * @example openColumnsA1(2, 3, 3) // 'C2:E'
 */
export function openColumnsA1(fromRow: number, column: number, columns = 1): string {
  return `${cellA1(fromRow, column)}:${columnLetters(column + columns - 1)}`;
}

const A1_BLOCK = /^([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?$/;

/**
 * The block an A1 name covers (both corners given).
 *
 * @example parseBlockA1('A2:E200') // { row: 2, column: 1, rows: 199, columns: 5 }
 */
export function parseBlockA1(a1: string): CellBlock {
  const match = A1_BLOCK.exec(a1.trim());
  if (!match) throw new Error(`not an A1 block: ${a1}`);
  const row = Number(match[2]);
  const column = columnNumber(match[1] as string);
  const lastRow = match[4] === undefined ? row : Number(match[4]);
  const lastColumn = match[3] === undefined ? column : columnNumber(match[3]);
  const top = Math.min(row, lastRow);
  const left = Math.min(column, lastColumn);
  return {
    row: top,
    column: left,
    rows: Math.abs(lastRow - row) + 1,
    columns: Math.abs(lastColumn - column) + 1,
  };
}
