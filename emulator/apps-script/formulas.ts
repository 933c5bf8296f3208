/**
 * An in-memory stand-in for Sheets' calculation, as `FakeSpreadsheet`'s formula
 * evaluator: it reads a formula cell, resolves its ranges and named ranges, and
 * calls the add-on's custom functions the way Sheets does, one call per formula:
 *
 * - a range of more than one cell is passed as an array of rows, one cell as its
 *   value; an open range (`C2:E`) runs to the tab's last row;
 * - empty cells are `''`, date cells `Date`s at midnight in the spreadsheet's zone,
 *   all made in the add-on's realm;
 * - an array returned spills down and right (the fake checks the room);
 * - a function that throws gives `#ERROR!` and its message is kept for the cell;
 * - it runs in the custom-function authorization mode (`emulator/scopes/auth-mode.ts`):
 *   reads only, and no service that needs authorization.
 *
 * Built-ins: just those the tracking sheet uses, `ARRAYFORMULA`, `IF`, `TODAY`,
 * `NOW`, `AND`, `OR`, `NOT`, `DATE` and `HYPERLINK`, plus comparisons, `&` and
 * arithmetic. Anything else that is not a global function of the add-on gives `#NAME?`.
 *
 * Arrays (https://support.google.com/docs/answer/3093275): inside `ARRAYFORMULA(…)`
 * comparisons, `&`, arithmetic, unary minus and `IF` work element by element over
 * ranges, `{…}` arrays and a custom function's returned array; a single value is
 * used for every element; arrays of different sizes are `#VALUE!` (Sheets: "Array
 * arguments to … are of different size"), and so is a row against a column (no
 * outer broadcasting is modelled). An element that fails (`IF("x", …)`, `"a"+1`)
 * is that error in its own cell only; an error value in an element passes on. An
 * array `IF` computes both branches whole (a custom function in them is still
 * called once, with whole ranges: custom functions take and return arrays,
 * https://developers.google.com/apps-script/guides/sheets/functions#optimization).
 * The other built-ins are not modelled over arrays: given a range of more than one
 * cell they are `#VALUE!`; outside `ARRAYFORMULA` every operator and `IF` is, too.
 */

import { SHEETS_SERIAL_OF_EPOCH } from '../../src/core/dates';
import type { GridRange, SheetValue } from '../../src/server/services/spreadsheet';
import { runInAuthMode } from '../scopes/auth-mode';
import type { FakeSheet, FakeSpreadsheet, FormulaEvaluator, FormulaResult } from '../spreadsheet';
import { type Expr, parseFormula, type RangeRef } from './formula-parser';
import {
  instantOfSerial,
  NODE_REALM,
  type Realm,
  scriptBlock,
  scriptValue,
  serialOfInstant,
} from './sheet-values';

/** What the engine needs: the cells, the add-on's functions, its realm and a clock. */
export interface FormulaEngineOptions {
  readonly spreadsheet: () => FakeSpreadsheet;
  /** The add-on's global function of this name (a custom function), if any. */
  readonly customFunction: (name: string) => ((...args: unknown[]) => unknown) | undefined;
  /** The realm the add-on's values are made in. */
  readonly realm?: Realm;
  /** The clock of `TODAY()` and `NOW()`, in milliseconds; the machine's when absent. */
  readonly now?: () => number;
}

/** The engine: the evaluator to give the fake, and what it last computed for a cell. */
export interface FormulaEngine {
  readonly evaluator: FormulaEvaluator;
  /** Why the formula at this cell gave `#ERROR!` the last time it was computed. */
  errorAt(sheetName: string, row: number, column: number): string | undefined;
  /** The rows and columns of the formula's last result at this cell (1 × 1 for one value). */
  shapeAt(sheetName: string, row: number, column: number): { rows: number; columns: number } | undefined;
}

/** A value while computing: one value, a block of them, or a block of cells not yet read. */
type Value = SheetValue | Block | CellRange;
type Block = { readonly kind: 'block'; readonly rows: SheetValue[][] };
type CellRange = { readonly kind: 'range'; readonly sheet: FakeSheet; readonly grid: GridRange };

/** Where a formula is computed: its spreadsheet, tab and the spreadsheet's time zone. */
interface Place {
  readonly spreadsheet: FakeSpreadsheet;
  readonly sheet: FakeSheet;
  readonly zone: string;
}

/** A Sheets error value, thrown to end a formula with it. */
class SheetsError extends Error {}

const ERROR_VALUE = /^#(?:REF!|ERROR!|VALUE!|NAME\?|N\/A|DIV\/0!|NUM!)$/;

/** A formula engine over a spreadsheet. */
export function formulaEngine(options: FormulaEngineOptions): FormulaEngine {
  const realm = options.realm ?? NODE_REALM;
  const now = options.now ?? Date.now;
  const errors = new Map<string, string>();
  const shapes = new Map<string, { rows: number; columns: number }>();
  const parsed = new Map<string, Expr>();

  const evaluator: FormulaEvaluator = (sheetName, row, column, formula) => {
    const key = `${sheetName}!${row}:${column}`;
    errors.delete(key);
    shapes.set(key, { rows: 1, columns: 1 });
    const spreadsheet = options.spreadsheet();
    try {
      let tree = parsed.get(formula);
      if (tree === undefined) {
        tree = parseFormula(formula);
        parsed.set(formula, tree);
      }
      const here: Place = { spreadsheet, sheet: spreadsheet.tab(sheetName), zone: spreadsheet.timeZone() };
      const value = result(evaluate(tree, here));
      if (Array.isArray(value)) shapes.set(key, { rows: value.length, columns: value[0]?.length ?? 1 });
      return value;
    } catch (error) {
      if (error instanceof SheetsError) return error.message;
      // The add-on's errors come from the vm's realm: read the message, not `instanceof Error`.
      const message = (error as { message?: unknown } | null)?.message;
      errors.set(key, typeof message === 'string' ? message : String(error));
      throw error;
    }
  };

  const evaluate = (expr: Expr, here: Place, arrays = false): Value => {
    switch (expr.kind) {
      case 'number':
      case 'string':
      case 'boolean':
        return expr.value;
      case 'empty':
        return '';
      case 'ref': {
        const sheet = expr.sheet === undefined ? here.sheet : findSheet(here.spreadsheet, expr.sheet);
        return { kind: 'range', sheet, grid: gridOf(expr.ref, sheet) };
      }
      case 'name': {
        const named = here.spreadsheet.namedRanges().find((entry) => entry.name === expr.name);
        if (named === undefined) throw new SheetsError('#NAME?');
        return { kind: 'range', sheet: here.spreadsheet.tab(named.sheetName), grid: named.range };
      }
      case 'array':
        return arrayOf(
          expr.rows.map((line) => line.map((item) => evaluate(item, here, arrays))),
          here.zone,
        );
      case 'unary': {
        const sign = (operand: SheetValue) => {
          const number = toNumber(operand);
          return expr.op === '-' ? -number : number;
        };
        if (arrays)
          return elementWise([evaluate(expr.operand, here, true)], ([operand]) => sign(operand ?? ''));
        return sign(scalar(evaluate(expr.operand, here)));
      }
      case 'binary':
        if (arrays) {
          return elementWise(
            [evaluate(expr.left, here, true), evaluate(expr.right, here, true)],
            ([left, right]) => binary(expr.op, left ?? '', right ?? ''),
          );
        }
        return binary(expr.op, scalar(evaluate(expr.left, here)), scalar(evaluate(expr.right, here)));
      case 'call':
        return call(expr.name, expr.args, here, arrays);
    }
  };

  /**
   * An operation applied element by element (inside ARRAYFORMULA): a single value
   * serves every element, arrays must have one size, an error is kept per element.
   */
  const elementWise = (
    operands: readonly Value[],
    operation: (values: SheetValue[]) => SheetValue,
  ): Value => {
    const grids = operands.map(cellsOf);
    const arrays = grids.filter((grid) => grid.length !== 1 || grid[0]?.length !== 1);
    const apply = (values: SheetValue[]): SheetValue => {
      const error = values.find((value) => typeof value === 'string' && ERROR_VALUE.test(value));
      if (error !== undefined) return error;
      try {
        return operation(values);
      } catch (thrown) {
        if (thrown instanceof SheetsError) return thrown.message;
        throw thrown;
      }
    };
    if (arrays.length === 0) {
      const single = apply(grids.map((grid) => grid[0]?.[0] ?? ''));
      if (typeof single === 'string' && ERROR_VALUE.test(single)) throw new SheetsError(single);
      return single;
    }
    const rows = arrays[0]?.length ?? 0;
    const columns = arrays[0]?.[0]?.length ?? 0;
    if (arrays.some((grid) => grid.length !== rows || grid.some((line) => line.length !== columns))) {
      throw new SheetsError('#VALUE!');
    }
    const at = (grid: SheetValue[][], row: number, column: number) =>
      grid.length === 1 && grid[0]?.length === 1 ? (grid[0][0] as SheetValue) : (grid[row]?.[column] ?? '');
    return {
      kind: 'block',
      rows: Array.from({ length: rows }, (_, row) =>
        Array.from({ length: columns }, (_, column) => apply(grids.map((grid) => at(grid, row, column)))),
      ),
    };
  };

  const call = (name: string, args: readonly Expr[], here: Place, arrays = false): Value => {
    const value = (index: number) => {
      const arg = args[index];
      return arg === undefined ? '' : scalar(evaluate(arg, here));
    };
    switch (name) {
      case 'ARRAYFORMULA': {
        const [only] = args;
        if (args.length !== 1 || only === undefined || only.kind === 'empty') throw new SheetsError('#N/A');
        return evaluate(only, here, true);
      }
      case 'IF': {
        if (args.length < 2 || args.length > 3) throw new SheetsError('#N/A');
        if (arrays) {
          const condition = evaluate(args[0] as Expr, here, true);
          const grid = cellsOf(condition);
          if (grid.length !== 1 || grid[0]?.length !== 1) {
            // Both branches whole, then chosen element by element.
            const yes = evaluate(args[1] as Expr, here, true);
            const no = args[2] === undefined ? false : evaluate(args[2], here, true);
            return elementWise([condition, yes, no], ([test, ifTrue, ifFalse]) =>
              toBoolean(test ?? '') ? (ifTrue ?? '') : (ifFalse ?? ''),
            );
          }
          const chosen = toBoolean(scalar(condition)) ? args[1] : args[2];
          if (chosen === undefined) return false;
          return evaluate(chosen, here, true);
        }
        const condition = value(0);
        const chosen = toBoolean(condition) ? args[1] : args[2];
        if (chosen === undefined) return toBoolean(condition);
        return evaluate(chosen, here);
      }
      case 'TODAY':
        return new Date(instantOfSerial(Math.floor(serialOfInstant(new Date(now()), here.zone)), here.zone));
      case 'NOW':
        return new Date(now());
      case 'AND':
        return args.every((_, index) => toBoolean(value(index)));
      case 'OR':
        return args.some((_, index) => toBoolean(value(index)));
      case 'NOT':
        return !toBoolean(value(0));
      case 'DATE': {
        const utc = Date.UTC(toNumber(value(0)), toNumber(value(1)) - 1, toNumber(value(2)));
        return new Date(instantOfSerial(utc / 86_400_000 + SHEETS_SERIAL_OF_EPOCH, here.zone));
      }
      case 'HYPERLINK':
        return value(1) === '' ? value(0) : value(1);
    }
    const fn = options.customFunction(name);
    if (fn === undefined) throw new SheetsError('#NAME?');
    // Sheets leaves out trailing arguments that were not typed.
    const given = [...args];
    while (given.length > 0 && given[given.length - 1]?.kind === 'empty') given.pop();
    const values = given.map((arg) => argumentOf(evaluate(arg, here, arrays), here.zone));
    // Sheets runs a custom function in AuthMode.CUSTOM_FUNCTION: reads only, no service that needs
    // authorization (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services).
    return fromFunction(runInAuthMode('customFunction', () => fn(...values)));
  };

  /** A custom function's argument as Sheets passes it, in the add-on's realm. */
  const argumentOf = (value: Value, zone: string): unknown => {
    const rows = rowsOf(value, zone);
    if (rows.length === 1 && rows[0]?.length === 1) return rows[0][0];
    return realm.Array.from(rows, (line) => realm.Array.from(line));
  };

  const rowsOf = (value: Value, zone: string): SheetValue[][] => {
    if (isRange(value)) {
      const sheet = value.sheet;
      return scriptBlock(
        sheet.peekValues(value.grid),
        value.grid,
        (row, column) => sheet.formatAt(row, column).numberFormat,
        zone,
        realm,
      );
    }
    if (isBlock(value))
      return value.rows.map((line) => line.map((cell) => scriptValue(cell, undefined, zone, realm)));
    return [[scriptValue(value, undefined, zone, realm)]];
  };

  const arrayOf = (rows: readonly (readonly Value[])[], zone: string): Block => {
    const blocks = rows.map((line) => {
      const parts = line.map((item) => rowsOf(item, zone));
      const height = parts[0]?.length ?? 0;
      if (parts.some((part) => part.length !== height)) throw new SheetsError('#VALUE!');
      return Array.from({ length: height }, (_, i) => parts.flatMap((part) => part[i] ?? []));
    });
    const width = blocks[0]?.[0]?.length ?? 0;
    if (blocks.some((block) => block.some((line) => line.length !== width))) throw new SheetsError('#VALUE!');
    return { kind: 'block', rows: blocks.flat() };
  };

  /** The cells of a value as Sheets' built-ins see them: a range's stored values, a block, one value. */
  const cellsOf = (value: Value): SheetValue[][] => {
    if (isRange(value)) return value.sheet.peekValues(value.grid);
    if (isBlock(value)) return value.rows;
    return [[value]];
  };

  /** One value from a range (its only cell) or a value; a larger range here is `#VALUE!`. */
  const scalar = (value: Value): SheetValue => {
    if (isRange(value)) {
      if (value.grid.rows !== 1 || value.grid.columns !== 1) throw new SheetsError('#VALUE!');
      return value.sheet.peekValues(value.grid)[0]?.[0] ?? '';
    }
    if (isBlock(value)) {
      if (value.rows.length !== 1 || value.rows[0]?.length !== 1) throw new SheetsError('#VALUE!');
      return value.rows[0][0] as SheetValue;
    }
    if (typeof value === 'string' && ERROR_VALUE.test(value)) throw new SheetsError(value);
    return value;
  };

  const result = (value: Value): FormulaResult => {
    if (isRange(value)) return value.sheet.peekValues(value.grid);
    if (isBlock(value)) return value.rows;
    return value;
  };

  return {
    evaluator,
    errorAt: (sheetName, row, column) => errors.get(`${sheetName}!${row}:${column}`),
    shapeAt: (sheetName, row, column) => shapes.get(`${sheetName}!${row}:${column}`),
  };
}

function isRange(value: Value): value is CellRange {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'range';
}

function isBlock(value: Value): value is Block {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'block';
}

function findSheet(spreadsheet: FakeSpreadsheet, name: string): FakeSheet {
  try {
    return spreadsheet.tab(name);
  } catch {
    throw new SheetsError('#REF!');
  }
}

/** The block a reference covers; an open range ends at the tab's last row. */
function gridOf(ref: RangeRef, sheet: FakeSheet): GridRange {
  const lastRow = ref.lastRow ?? sheet.maxRows();
  const grid = {
    row: ref.row,
    column: ref.column,
    rows: lastRow - ref.row + 1,
    columns: ref.lastColumn - ref.column + 1,
  };
  try {
    sheet.assertInGrid(grid);
  } catch {
    throw new SheetsError('#REF!');
  }
  return grid;
}

/** A custom function's return value as cells: dates and numbers kept, anything else as text. */
function fromFunction(value: unknown): Value {
  if (Array.isArray(value)) {
    const rows = value.map((line: unknown) => (Array.isArray(line) ? line : [line]).map(cellOf));
    return { kind: 'block', rows };
  }
  return cellOf(value);
}

function cellOf(value: unknown): SheetValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (Object.prototype.toString.call(value) === '[object Date]') return new Date((value as Date).getTime());
  return String(value);
}

function toNumber(value: SheetValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === '') return 0;
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    return (value as Date).getTime() / 86_400_000 + SHEETS_SERIAL_OF_EPOCH;
  }
  const number = Number(value);
  if (Number.isNaN(number)) throw new SheetsError('#VALUE!');
  return number;
}

function toBoolean(value: SheetValue): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value === '') return false;
  if (typeof value === 'string') {
    if (/^true$/i.test(value)) return true;
    if (/^false$/i.test(value)) return false;
    throw new SheetsError('#VALUE!');
  }
  return true;
}

function binary(op: string, left: SheetValue, right: SheetValue): SheetValue {
  switch (op) {
    case '&':
      return textOf(left) + textOf(right);
    case '+':
      return toNumber(left) + toNumber(right);
    case '-':
      return toNumber(left) - toNumber(right);
    case '*':
      return toNumber(left) * toNumber(right);
    case '/': {
      const divisor = toNumber(right);
      if (divisor === 0) throw new SheetsError('#DIV/0!');
      return toNumber(left) / divisor;
    }
  }
  const order = compare(left, right);
  switch (op) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    default:
      return order >= 0;
  }
}

/** Sheets' order: blank is 0 or "", numbers before text before booleans, text without case. */
function compare(left: SheetValue, right: SheetValue): number {
  const rank = (value: SheetValue) => (typeof value === 'boolean' ? 2 : typeof value === 'string' ? 1 : 0);
  const a = left === '' ? (typeof right === 'string' ? '' : typeof right === 'boolean' ? false : 0) : left;
  const b = right === '' ? (typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0) : right;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLocaleLowerCase();
    const y = b.toLocaleLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Math.sign(toNumber(a) - toNumber(b));
}

function textOf(value: SheetValue): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    return String(toNumber(value));
  }
  return String(value);
}
