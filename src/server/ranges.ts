/**
 * The arguments of a custom function as Sheets passes them: one cell's value, or a
 * range as rows of cells. One call per column: a range of N rows gives N results,
 * and a single value applies to every row.
 */

import { type CellValue, isBlank } from '../core/cells';
import { CALL } from '../core/messages';

/** A row-wise argument: one value for every row, or one row of cells per row. */
export interface RowArgument {
  /** The argument's Thai name, for messages. */
  readonly label: string;
  /** Rows it has: 1 for a single value. */
  readonly height: number;
  /** The cells of row `index` (a single value's one row, whatever the index). */
  cells(index: number): readonly CellValue[];
  /** The first cell of row `index`. */
  cell(index: number): CellValue;
}

const EMPTY_ROW: readonly CellValue[] = [''];

/**
 * A row-wise argument from what Sheets passed: a value, or an array of rows.
 *
 * @example rowArgument([[1], [2]], 'วันครบกำหนด').cell(1) // 2
 */
export function rowArgument(value: unknown, label: string): RowArgument {
  const rows = asRows(value);
  const height = rows.length;
  const last = height - 1;
  return {
    label,
    height,
    cells: (index) => rows[Math.min(index, last)] ?? EMPTY_ROW,
    cell: (index) => (rows[Math.min(index, last)] ?? EMPTY_ROW)[0],
  };
}

function asRows(value: unknown): readonly (readonly CellValue[])[] {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [EMPTY_ROW];
  // Sheets always passes rows; a flat list (from a script) is one row.
  return Array.isArray(value[0]) ? (value as CellValue[][]) : [value];
}

/**
 * The number of rows a call covers: the height shared by its ranges, 1 when all
 * are single values. Ranges of different heights are a mistake in the call.
 */
export function tableHeight(args: readonly RowArgument[]): number {
  let tallest: RowArgument | undefined;
  for (const arg of args) {
    if (arg.height === 1) continue;
    if (tallest === undefined) tallest = arg;
    else if (arg.height !== tallest.height) {
      throw new Error(CALL.heightsDiffer(tallest.label, tallest.height, arg.label, arg.height));
    }
  }
  return tallest?.height ?? 1;
}

/**
 * Whether row `index` is blank: every cell of the given arguments is empty. With
 * more than one row, a single value given for all rows does not count, so an
 * open-ended range leaves its trailing rows empty.
 */
export function isBlankRow(index: number, height: number, args: readonly RowArgument[]): boolean {
  for (const arg of args) {
    if (height > 1 && arg.height === 1) continue;
    const cells = arg.cells(index);
    for (let column = 0; column < cells.length; column++) if (!isBlank(cells[column])) return false;
  }
  return true;
}

/**
 * One result per row, shaped as Sheets wants it: the value itself for one row, an
 * N × 1 array for N rows.
 */
export function shapeResults<T>(results: readonly T[], height: number): T | T[][] {
  if (height === 1 && results.length === 1) return results[0] as T;
  const column: T[][] = new Array(results.length);
  for (let index = 0; index < results.length; index++) column[index] = [results[index] as T];
  return column;
}

/**
 * The one value of a non-row-wise argument (a 1 × 1 range counts as a value); a
 * larger range there is a mistake in the call.
 */
export function singleValue(value: unknown, label: string): CellValue {
  if (!Array.isArray(value)) return value;
  const cells = value.flat();
  if (cells.length === 0) return '';
  if (cells.length > 1) throw new Error(CALL.singleValueExpected(label));
  return cells[0];
}

/** Every non-blank cell of an argument, whatever its shape (a list of holidays). */
export function nonBlankCells(value: unknown): CellValue[] {
  const cells = Array.isArray(value) ? value.flat(2) : [value];
  return cells.filter((cell) => !isBlank(cell));
}
