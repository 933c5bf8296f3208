/**
 * An in-memory spreadsheet that behaves like Google Sheets, the state behind the
 * emulator's `SpreadsheetApp` (`apps-script/spreadsheet-app.ts`), for the tests and
 * the local preview. Never imported from `src/` (it stays out of the Apps Script bundle).
 *
 * - A tab is a grid of `maxRows × maxColumns` (1000 × 26 when new, like Sheets);
 *   reaching outside it throws Sheets' own messages.
 * - A cell holds a value (string, number, boolean or `Date`) or a formula, and may
 *   have a note, a format and a validation. Empty cells read as `''`.
 * - A formula reads as its computed value: `''` unless a formula evaluator is set
 *   (`setFormulaEvaluator`), which the preview uses to run the custom functions.
 *   An evaluator may return a 2-D array, which spills into the cells below and to
 *   the right like an array result in Sheets.
 * - Conditional format rules are kept as Sheets keeps them (`formatRules`): any
 *   boolean criteria but dates, with background, font colour, bold, italic,
 *   underline and strikethrough, and colour scales; `setFormatRules` replaces them
 *   all, as `Sheet.setConditionalFormatRules` does.
 * - Protections have a description and a warning-only flag and start as Google's
 *   do (none, not warning-only); several may cover the same cells.
 * - Named ranges: a name in use (ignoring case) is refused when created again;
 *   they are renamed, moved and removed one by one.
 * - It is state, not a stand-in for the add-on's `SpreadsheetHandle`: the add-on
 *   (and every test of it) reaches it only through the `SpreadsheetApp` facade and
 *   the real adapter.
 * - Every call is counted (`calls`), per tab and per method.
 * - `snapshot()` is the whole state as plain JSON data; `fromSnapshot()` restores it.
 */

import { cellA1, columnLetters, columnNumber, parseBlockA1 } from '../src/core/a1';
import type {
  CellFormat,
  CellPosition,
  ConditionalCondition,
  ConditionalRule,
  ConditionalRulesChange,
  GridRange,
  NamedRange,
  Protection,
  SheetConditionalRule,
  SheetValue,
  Validation,
} from '../src/server/services/spreadsheet';
import { CallCounter, type SheetMethod, type SpreadsheetMethod } from './spreadsheet-calls';
import {
  type CellSnapshot,
  copyFormat,
  copyFormatRule,
  copyNamedRange,
  copyRange,
  copyStoredProtection,
  copyValidation,
  decodeValue,
  encodeValue,
  type FormatRule,
  isDate,
  type SheetSnapshot,
  SNAPSHOT_FORMAT,
  type SpreadsheetSnapshot,
  type StoredProtection,
} from './spreadsheet-snapshot';

export type { SheetCalls, SheetMethod, SpreadsheetCalls, SpreadsheetMethod } from './spreadsheet-calls';
export { CallCounter, READ_METHODS, WRITE_METHODS } from './spreadsheet-calls';
export type {
  BooleanCriteriaName,
  BooleanFormatRule,
  CellSnapshot,
  FormatRule,
  GradientFormatRule,
  GradientPoint,
  InterpolationTypeName,
  RuleFormat,
  SheetSnapshot,
  SpreadsheetSnapshot,
  StoredProtection,
  StoredValue,
} from './spreadsheet-snapshot';
export { BOOLEAN_CRITERIA, INTERPOLATION_TYPES, SNAPSHOT_FORMAT } from './spreadsheet-snapshot';

/** A protection with the id the state knows it by (ids are not part of a snapshot). */
export interface ProtectionEntry extends StoredProtection {
  readonly id: number;
}

/** What `changeProtection` may change; absent fields stay as they are. */
export interface ProtectionChange {
  readonly range?: GridRange;
  readonly description?: string;
  readonly warningOnly?: boolean;
}

/** Rows of a new tab, as in Sheets. */
export const NEW_SHEET_ROWS = 1000;
/** Columns of a new tab, as in Sheets. */
export const NEW_SHEET_COLUMNS = 26;
/** Width in pixels of a column never resized, as in Sheets. */
export const DEFAULT_COLUMN_WIDTH = 100;

/** The colour `getBackgrounds` gives a cell never coloured. */
const DEFAULT_BACKGROUND = '#ffffff';
/** Sheets' limit on the cells of a whole spreadsheet. */
export const MAX_CELLS = 10_000_000;
/** Sheets' limit on the characters of one cell. */
export const MAX_CELL_CHARACTERS = 50_000;

/** What a formula computes: one value, or a block that spills from its cell. */
export type FormulaResult = SheetValue | readonly (readonly SheetValue[])[];

/**
 * Computes a formula cell's value when it is read. It may read other cells with the
 * uncounted `peekValues`/`valueAt` (reads through `readValues` would be counted as
 * the add-on's own). Throwing gives `#ERROR!`, like a custom function that throws.
 */
export type FormulaEvaluator = (
  sheetName: string,
  row: number,
  column: number,
  formula: string,
) => FormulaResult;

/** How to make a new in-memory spreadsheet. */
export interface FakeSpreadsheetOptions {
  /** The spreadsheet's time zone; Asia/Bangkok when not given. */
  readonly timeZone?: string;
  /** The tabs it starts with, in order; `['Sheet1']` (a new spreadsheet) when not given. */
  readonly sheets?: readonly string[];
  /** Computes formula cells; without it they read as `''`. */
  readonly evaluator?: FormulaEvaluator;
}

/** A toast shown with `toast()`. */
export interface Toast {
  readonly message: string;
  readonly title: string;
}

/** The selected block and the tab it is on. */
export interface Selection {
  readonly sheetName: string;
  readonly range: GridRange;
}

interface Cell {
  value?: SheetValue;
  formula?: string;
  note?: string;
  format?: CellFormat;
  validation?: Validation;
}

/** What a write puts in a cell: nothing, a value or a formula. */
type Content = { readonly formula: string } | { readonly value: SheetValue } | null;

/** One read's memory of computed formulas, so each is computed once per read. */
interface Evaluation {
  readonly results: Map<string, SheetValue[][]>;
  readonly inProgress: Set<string>;
  readonly origins: Map<FakeSheet, readonly Origin[]>;
  readonly spills: Map<string, boolean>;
}

interface Origin {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

/** What a tab needs of its spreadsheet. */
interface SheetHost {
  readonly calls: CallCounter;
  evaluator(): FormulaEvaluator | undefined;
  evaluating<T>(read: (evaluation: Evaluation) => T): T;
  /** Cells in every tab, to keep under Sheets' limit. */
  cellCount(): number;
}

/** One tab of the in-memory spreadsheet; get it from `FakeSpreadsheet`, never build it. */
export class FakeSheet {
  readonly name: string;
  private readonly host: SheetHost;
  private rowCount: number;
  private columnCount: number;
  private readonly grid = new Map<number, Map<number, Cell>>();
  private frozen = 0;
  private readonly widths = new Map<number, number>();
  private rules: FormatRule[] = [];
  private protectionList: ProtectionEntry[] = [];
  private nextProtectionId = 1;

  /** @internal Use `FakeSpreadsheet.insertSheet`. */
  constructor(host: SheetHost, name: string, rows = NEW_SHEET_ROWS, columns = NEW_SHEET_COLUMNS) {
    this.host = host;
    this.name = name;
    this.rowCount = rows;
    this.columnCount = columns;
  }

  lastRow(): number {
    this.count('lastRow');
    return this.contentExtent().rows;
  }

  lastColumn(): number {
    this.count('lastColumn');
    return this.contentExtent().columns;
  }

  maxRows(): number {
    this.count('maxRows');
    return this.rowCount;
  }

  maxColumns(): number {
    this.count('maxColumns');
    return this.columnCount;
  }

  ensureSize(rows: number, columns: number): void {
    this.count('ensureSize');
    requireWhole(rows, 'rows');
    requireWhole(columns, 'columns');
    const newRows = Math.max(this.rowCount, rows);
    const newColumns = Math.max(this.columnCount, columns);
    const added = newRows * newColumns - this.cellCount();
    if (added > 0 && this.host.cellCount() + added > MAX_CELLS) throw tooManyCells();
    this.rowCount = newRows;
    this.columnCount = newColumns;
  }

  readValues(range: GridRange): SheetValue[][] {
    this.count('readValues');
    return this.peekValues(range);
  }

  readFormulas(range: GridRange): string[][] {
    this.count('readFormulas');
    this.assertInGrid(range);
    return this.map(range, (cell) => cell?.formula ?? '');
  }

  readNotes(range: GridRange): string[][] {
    this.count('readNotes');
    this.assertInGrid(range);
    return this.map(range, (cell) => cell?.note ?? '');
  }

  /**
   * `Range.getBackgrounds()`: each cell's colour as `#rrggbb`, `#ffffff` for a cell
   * never given one (the reference's own example,
   * https://developers.google.com/apps-script/reference/spreadsheet/range#getBackgrounds()).
   */
  readBackgrounds(range: GridRange): string[][] {
    this.count('readBackgrounds');
    this.assertInGrid(range);
    return this.map(range, (cell) => cell?.format?.background ?? DEFAULT_BACKGROUND);
  }

  writeValues(range: GridRange, values: readonly (readonly SheetValue[])[]): void {
    this.count('writeValues');
    this.assertInGrid(range);
    assertShape(values, range);
    const contents = values.map((row) => row.map(contentOfValue));
    this.putContents(range, contents);
  }

  writeFormulas(range: GridRange, formulas: readonly (readonly string[])[]): void {
    this.count('writeFormulas');
    this.assertInGrid(range);
    assertShape(formulas, range);
    const contents = formulas.map((row) => row.map(contentOfFormula));
    this.putContents(range, contents);
  }

  writeNotes(range: GridRange, notes: readonly (readonly string[])[]): void {
    this.count('writeNotes');
    this.assertInGrid(range);
    assertShape(notes, range);
    for (const row of notes) {
      for (const note of row)
        if (typeof note !== 'string') throw new Error(`A note must be text, got ${describe(note)}.`);
    }
    this.forEachCell(range, (row, column, i, j) => {
      const note = notes[i]?.[j] ?? '';
      this.change(row, column, (cell) => {
        if (note === '') delete cell.note;
        else cell.note = note;
      });
    });
  }

  format(range: GridRange, format: CellFormat): void {
    this.count('format');
    this.assertInGrid(range);
    const change = copyFormat(format);
    if (Object.keys(change).length === 0) return;
    this.forEachCell(range, (row, column) => {
      this.change(row, column, (cell) => {
        cell.format = copyFormat({ ...cell.format, ...change });
      });
    });
  }

  readValidations(range: GridRange): (Validation | null)[][] {
    this.count('readValidations');
    this.assertInGrid(range);
    return this.map(range, (cell) => (cell?.validation ? copyValidation(cell.validation) : null));
  }

  setValidation(range: GridRange, validation: Validation | null): void {
    this.count('setValidation');
    this.assertInGrid(range);
    const stored = validation === null ? undefined : checkedValidation(validation);
    this.forEachCell(range, (row, column) => {
      this.change(row, column, (cell) => {
        if (stored === undefined) delete cell.validation;
        else cell.validation = stored;
      });
    });
  }

  /**
   * The sheet's conditional format rules as Sheets keeps them, in the order they
   * are evaluated (`Sheet.getConditionalFormatRules()`).
   */
  formatRules(): FormatRule[] {
    this.count('formatRules');
    return this.rules.map(copyFormatRule);
  }

  /**
   * Replaces ALL the sheet's conditional format rules with these, in this order, as
   * `Sheet.setConditionalFormatRules` does: "Replaces all currently existing
   * conditional format rules in the sheet with the input rules"
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)).
   * A rule that is not valid, or reaches outside the grid, is refused and the old
   * rules stay.
   */
  setFormatRules(rules: readonly FormatRule[]): void {
    this.count('setFormatRules');
    const copies = rules.map(copyFormatRule);
    for (const rule of copies) for (const range of rule.ranges) this.assertInGrid(range);
    this.rules = copies;
  }

  /**
   * The add-on's interface (`SheetHandle`), kept so tests that still use this state
   * as a handle compile; the add-on itself reaches the rules through the
   * `SpreadsheetApp` facade. Every rule, with its condition when the add-on makes
   * rules of its kind.
   */
  conditionalRules(): SheetConditionalRule[] {
    this.count('conditionalRules');
    return this.rules.map((rule) => ({ ranges: rule.ranges.map(copyRange), when: addOnConditionOf(rule) }));
  }

  /**
   * The add-on's interface (`SheetHandle`): resizes rules by their place and adds
   * new ones after the others, keeping everything else of every rule.
   */
  updateConditionalRules(change: ConditionalRulesChange): void {
    this.count('updateConditionalRules');
    const rules = [...this.rules];
    for (const { at, ranges } of change.resize ?? []) {
      const rule = rules[at];
      if (rule === undefined)
        throw new Error(`No conditional format rule at ${at}: the sheet has ${rules.length}.`);
      rules[at] = { ...rule, ranges };
    }
    for (const rule of change.add ?? []) rules.push(formatRuleOf(rule));
    const copies = rules.map(copyFormatRule);
    for (const rule of copies) for (const range of rule.ranges) this.assertInGrid(range);
    this.rules = copies;
  }

  /** The sheet's range protections, oldest first, with their ids (`Sheet.getProtections(RANGE)`). */
  protectionEntries(): ProtectionEntry[] {
    this.count('protectionEntries');
    return this.protectionList.map((entry) => ({ id: entry.id, ...copyStoredProtection(entry) }));
  }

  /**
   * Protects a block (`Range.protect()`): a new protection with no description that
   * is not warning-only, "If the range is already protected, this method creates a
   * new protected range that overlaps the existing one"
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#protect()).
   * Returns its id.
   */
  addProtection(range: GridRange): number {
    this.count('addProtection');
    this.assertInGrid(range);
    const id = this.nextProtectionId++;
    this.protectionList.push({ id, range: copyRange(range), description: '', warningOnly: false });
    return id;
  }

  /**
   * Changes a protection's block (`Protection.setRange`, which "moves the protection
   * to cover the new range"), description or warning-only state
   * (https://developers.google.com/apps-script/reference/spreadsheet/protection).
   * A protection removed before is refused.
   */
  changeProtection(id: number, change: ProtectionChange): void {
    this.count('changeProtection');
    const index = this.protectionIndex(id);
    const entry = this.protectionList[index] as ProtectionEntry;
    if (change.range !== undefined) this.assertInGrid(change.range);
    this.protectionList[index] = {
      id,
      ...copyStoredProtection({
        range: change.range ?? entry.range,
        description: change.description ?? entry.description,
        warningOnly: change.warningOnly ?? entry.warningOnly,
      }),
    };
  }

  /** Removes a protection (`Protection.remove()`); one removed before is refused. */
  removeProtection(id: number): void {
    this.count('removeProtection');
    this.protectionList.splice(this.protectionIndex(id), 1);
  }

  /** The add-on's interface (`SheetHandle`): protections with their block and description. */
  protections(): Protection[] {
    this.count('protections');
    return this.protectionList.map((entry) => ({
      range: copyRange(entry.range),
      description: entry.description,
    }));
  }

  /** The add-on's interface (`SheetHandle`): a warning-only protection with this description. */
  protect(range: GridRange, description: string): void {
    this.count('protect');
    this.assertInGrid(range);
    const id = this.nextProtectionId++;
    this.protectionList.push({ id, range: copyRange(range), description, warningOnly: true });
  }

  /** The add-on's interface (`SheetHandle`): moves every protection with this description to `range`. */
  reprotect(description: string, range: GridRange): void {
    this.count('reprotect');
    this.assertInGrid(range);
    this.protectionList = this.protectionList.map((entry) =>
      entry.description === description ? { ...entry, range: copyRange(range) } : entry,
    );
  }

  /** The add-on's interface (`SheetHandle`): removes every protection with this description (Sheets allows several). */
  unprotect(description: string): void {
    this.count('unprotect');
    this.protectionList = this.protectionList.filter((protection) => protection.description !== description);
  }

  frozenRows(): number {
    this.count('frozenRows');
    return this.frozen;
  }

  setFrozenRows(rows: number): void {
    this.count('setFrozenRows');
    if (!Number.isInteger(rows) || rows < 0)
      throw new Error(`Frozen rows must be a whole number ≥ 0, got ${rows}.`);
    if (rows >= this.rowCount) throw new Error("You can't freeze all visible rows on the sheet.");
    this.frozen = rows;
  }

  columnWidth(column: number): number {
    this.count('columnWidth');
    this.assertColumn(column);
    return this.widths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  setColumnWidth(column: number, width: number): void {
    this.count('setColumnWidth');
    this.assertColumn(column);
    if (!Number.isInteger(width) || width < 0) {
      throw new Error(`A column width is a whole number of pixels ≥ 0, got ${width}.`);
    }
    if (width === DEFAULT_COLUMN_WIDTH) this.widths.delete(column);
    else this.widths.set(column, width);
  }

  // Inspection for tests, evaluators and the preview: not counted.

  /** The values of a block as `readValues` gives them, without counting a call. */
  peekValues(range: GridRange): SheetValue[][] {
    this.assertInGrid(range);
    return this.host.evaluating((evaluation) => {
      const values: SheetValue[][] = [];
      for (let i = 0; i < range.rows; i++) {
        const line: SheetValue[] = [];
        for (let j = 0; j < range.columns; j++) {
          line.push(this.shownValue(evaluation, range.row + i, range.column + j));
        }
        values.push(line);
      }
      return values;
    });
  }

  /** One cell's value as `readValues` gives it, without counting a call. */
  valueAt(row: number, column: number): SheetValue {
    return this.peekValues({ row, column, rows: 1, columns: 1 })[0]?.[0] ?? '';
  }

  /** One cell's formula, `''` when it has none. */
  formulaAt(row: number, column: number): string {
    this.assertInGrid({ row, column, rows: 1, columns: 1 });
    return this.cell(row, column)?.formula ?? '';
  }

  /** One cell's note, `''` when it has none. */
  noteAt(row: number, column: number): string {
    this.assertInGrid({ row, column, rows: 1, columns: 1 });
    return this.cell(row, column)?.note ?? '';
  }

  /** One cell's format: only the fields ever set (`{}` for a cell never formatted). */
  formatAt(row: number, column: number): CellFormat {
    this.assertInGrid({ row, column, rows: 1, columns: 1 });
    return copyFormat(this.cell(row, column)?.format ?? {});
  }

  /** One cell's validation, `null` when it has none. */
  validationAt(row: number, column: number): Validation | null {
    this.assertInGrid({ row, column, rows: 1, columns: 1 });
    const validation = this.cell(row, column)?.validation;
    return validation ? copyValidation(validation) : null;
  }

  /** Throws Sheets' messages unless the block lies inside this tab's grid. */
  assertInGrid(range: GridRange): void {
    requireWhole(range.row, 'row', -Infinity);
    requireWhole(range.column, 'column', -Infinity);
    requireWhole(range.rows, 'rows', -Infinity);
    requireWhole(range.columns, 'columns', -Infinity);
    if (range.row < 1) throw new Error('The starting row of the range is too small.');
    if (range.column < 1) throw new Error('The starting column of the range is too small.');
    if (range.rows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (range.columns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (range.row + range.rows - 1 > this.rowCount || range.column + range.columns - 1 > this.columnCount) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  /** @internal This tab as JSON data. */
  toSnapshot(): SheetSnapshot {
    const cells: Record<string, CellSnapshot> = {};
    for (const row of [...this.grid.keys()].sort(byNumber)) {
      const line = this.grid.get(row) as Map<number, Cell>;
      for (const column of [...line.keys()].sort(byNumber)) {
        cells[cellA1(row, column)] = snapshotOfCell(line.get(column) as Cell);
      }
    }
    const columnWidths: Record<string, number> = {};
    for (const column of [...this.widths.keys()].sort(byNumber)) {
      columnWidths[columnLetters(column)] = this.widths.get(column) as number;
    }
    return {
      name: this.name,
      maxRows: this.rowCount,
      maxColumns: this.columnCount,
      frozenRows: this.frozen,
      columnWidths,
      cells,
      conditionalRules: this.rules.map(copyFormatRule),
      protections: this.protectionList.map(copyStoredProtection),
    };
  }

  /** @internal Puts back the state of a snapshot into this new, empty tab. */
  restore(snapshot: SheetSnapshot): void {
    requireWhole(snapshot.maxRows, 'maxRows');
    requireWhole(snapshot.maxColumns, 'maxColumns');
    this.rowCount = snapshot.maxRows;
    this.columnCount = snapshot.maxColumns;
    for (const [a1, stored] of Object.entries(snapshot.cells)) {
      const block = parseBlockA1(a1);
      if (block.rows !== 1 || block.columns !== 1)
        throw new Error(`snapshot cell key is not one cell: ${a1}`);
      this.assertInGrid(block);
      if (stored.value !== undefined && stored.formula !== undefined) {
        throw new Error(`snapshot cell ${a1} has both a value and a formula`);
      }
      const content =
        stored.formula !== undefined
          ? contentOfFormula(stored.formula)
          : stored.value !== undefined
            ? contentOfStoredValue(decodeValue(stored.value))
            : null;
      this.change(block.row, block.column, (cell) => {
        putContent(cell, content);
        if (stored.note) cell.note = stored.note;
        if (stored.format && Object.keys(stored.format).length > 0) cell.format = copyFormat(stored.format);
        if (stored.validation) cell.validation = checkedValidation(stored.validation);
      });
    }
    for (const [letters, width] of Object.entries(snapshot.columnWidths)) {
      this.setWidthQuietly(columnNumber(letters), width);
    }
    if (snapshot.frozenRows !== 0) {
      if (!Number.isInteger(snapshot.frozenRows) || snapshot.frozenRows < 0) {
        throw new Error(`snapshot has invalid frozen rows: ${snapshot.frozenRows}`);
      }
      if (snapshot.frozenRows >= this.rowCount)
        throw new Error("You can't freeze all visible rows on the sheet.");
      this.frozen = snapshot.frozenRows;
    }
    this.rules = snapshot.conditionalRules.map(copyFormatRule);
    for (const rule of this.rules) for (const range of rule.ranges) this.assertInGrid(range);
    this.protectionList = snapshot.protections.map((protection) => ({
      id: this.nextProtectionId++,
      ...copyStoredProtection(protection),
    }));
    for (const protection of this.protectionList) this.assertInGrid(protection.range);
  }

  /** @internal The cells of this tab's grid. */
  cellCount(): number {
    return this.rowCount * this.columnCount;
  }

  private setWidthQuietly(column: number, width: number): void {
    this.assertColumn(column);
    if (!Number.isInteger(width) || width < 0)
      throw new Error(`snapshot has an invalid column width: ${width}`);
    if (width !== DEFAULT_COLUMN_WIDTH) this.widths.set(column, width);
  }

  private count(method: SheetMethod): void {
    this.host.calls.countSheet(this.name, method);
  }

  private protectionIndex(id: number): number {
    const index = this.protectionList.findIndex((entry) => entry.id === id);
    // Apps Script's message for a protection used after remove() is not known here.
    if (index < 0) throw new Error('This protection has been removed.');
    return index;
  }

  private assertColumn(column: number): void {
    if (!Number.isInteger(column) || column < 1 || column > this.columnCount) {
      throw new Error('Those columns are out of bounds.');
    }
  }

  private cell(row: number, column: number): Cell | undefined {
    return this.grid.get(row)?.get(column);
  }

  /** Changes one cell, dropping it from the grid when nothing is left in it. */
  private change(row: number, column: number, edit: (cell: Cell) => void): void {
    let line = this.grid.get(row);
    if (!line) {
      line = new Map();
      this.grid.set(row, line);
    }
    const cell = line.get(column) ?? {};
    edit(cell);
    if (isEmptyCell(cell)) {
      line.delete(column);
      if (line.size === 0) this.grid.delete(row);
    } else {
      line.set(column, cell);
    }
  }

  private forEachCell(
    range: GridRange,
    visit: (row: number, column: number, i: number, j: number) => void,
  ): void {
    for (let i = 0; i < range.rows; i++) {
      for (let j = 0; j < range.columns; j++) visit(range.row + i, range.column + j, i, j);
    }
  }

  private map<T>(range: GridRange, read: (cell: Cell | undefined) => T): T[][] {
    const result: T[][] = [];
    for (let i = 0; i < range.rows; i++) {
      const line: T[] = [];
      for (let j = 0; j < range.columns; j++) line.push(read(this.cell(range.row + i, range.column + j)));
      result.push(line);
    }
    return result;
  }

  private putContents(range: GridRange, contents: readonly (readonly Content[])[]): void {
    this.forEachCell(range, (row, column, i, j) => {
      this.change(row, column, (cell) => putContent(cell, contents[i]?.[j] ?? null));
    });
  }

  /** The last row and column holding a value, a formula or a spilled result. */
  private contentExtent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    for (const [row, line] of this.grid) {
      for (const [column, cell] of line) {
        if (cell.value === undefined && cell.formula === undefined) continue;
        rows = Math.max(rows, row);
        columns = Math.max(columns, column);
      }
    }
    if (this.host.evaluator()) {
      this.host.evaluating((evaluation) => {
        for (const origin of this.origins(evaluation)) {
          const result = this.result(evaluation, origin.row, origin.column, origin.formula);
          if (!this.spills(evaluation, origin, result)) continue;
          rows = Math.max(rows, origin.row + result.length - 1);
          columns = Math.max(columns, origin.column + width(result) - 1);
        }
      });
    }
    return { rows, columns };
  }

  /** A cell's value as Sheets shows it: its value, its formula's result, or a spilled one. */
  private shownValue(evaluation: Evaluation, row: number, column: number): SheetValue {
    const cell = this.cell(row, column);
    if (cell?.formula !== undefined) {
      if (!this.host.evaluator()) return '';
      const result = this.result(evaluation, row, column, cell.formula);
      if (!this.spills(evaluation, { row, column, formula: cell.formula }, result)) return '#REF!';
      return copyValue(result[0]?.[0] ?? '');
    }
    if (cell?.value !== undefined) return copyValue(cell.value);
    if (!this.host.evaluator()) return '';
    for (const origin of this.origins(evaluation)) {
      if (origin.row > row) break;
      if (origin.column > column) continue;
      const result = this.result(evaluation, origin.row, origin.column, origin.formula);
      const i = row - origin.row;
      const j = column - origin.column;
      if (i < result.length && j < width(result) && this.spills(evaluation, origin, result)) {
        return copyValue(result[i]?.[j] ?? '');
      }
    }
    return '';
  }

  /** The formula cells of this tab in row, then column order, found once per read. */
  private origins(evaluation: Evaluation): readonly Origin[] {
    let origins = evaluation.origins.get(this);
    if (!origins) {
      const found: Origin[] = [];
      for (const row of [...this.grid.keys()].sort(byNumber)) {
        const line = this.grid.get(row) as Map<number, Cell>;
        for (const column of [...line.keys()].sort(byNumber)) {
          const formula = line.get(column)?.formula;
          if (formula !== undefined) found.push({ row, column, formula });
        }
      }
      origins = found;
      evaluation.origins.set(this, origins);
    }
    return origins;
  }

  /** A formula's result, computed once per read; a formula that needs itself gives `#REF!`. */
  private result(evaluation: Evaluation, row: number, column: number, formula: string): SheetValue[][] {
    const key = `${this.name}!${row}:${column}`;
    const known = evaluation.results.get(key);
    if (known) return known;
    if (evaluation.inProgress.has(key)) return [['#REF!']];
    const evaluator = this.host.evaluator();
    evaluation.inProgress.add(key);
    let result: SheetValue[][];
    try {
      result = normalizeResult(evaluator ? evaluator(this.name, row, column, formula) : '');
    } catch {
      result = [['#ERROR!']];
    } finally {
      evaluation.inProgress.delete(key);
    }
    evaluation.results.set(key, result);
    return result;
  }

  /**
   * Whether a formula's result can spill: it fits in the grid and every cell it
   * would cover, other than its own, is free of values and formulas. When it
   * cannot, Sheets shows `#REF!` in the formula's cell.
   */
  private spills(
    evaluation: Evaluation,
    origin: Origin,
    result: readonly (readonly SheetValue[])[],
  ): boolean {
    const columns = width(result);
    if (result.length === 1 && columns === 1) return true;
    const key = `${origin.row}:${origin.column}`;
    const known = evaluation.spills.get(`${this.name}!${key}`);
    if (known !== undefined) return known;
    let free =
      origin.row + result.length - 1 <= this.rowCount && origin.column + columns - 1 <= this.columnCount;
    for (let row = origin.row; free && row < origin.row + result.length; row++) {
      const line = this.grid.get(row);
      if (!line) continue;
      for (let column = origin.column; column < origin.column + columns; column++) {
        if (row === origin.row && column === origin.column) continue;
        const cell = line.get(column);
        if (cell && (cell.value !== undefined || cell.formula !== undefined)) {
          free = false;
          break;
        }
      }
    }
    evaluation.spills.set(`${this.name}!${key}`, free);
    return free;
  }
}

/**
 * The in-memory spreadsheet. See the file's comment for what it imitates.
 *
 * @example
 * const fake = new FakeSpreadsheet({ sheets: ['ตั้งค่า'] });
 * fake.sheet('ตั้งค่า')?.writeValues(gridRange(1, 1, 1, 2), [['ปีงบประมาณ', 2566]]);
 * fake.calls.writes // 1
 */
export class FakeSpreadsheet {
  /** How often each method was called; see `CallCounter`. */
  readonly calls = new CallCounter();
  private readonly zone: string;
  private readonly tabs: FakeSheet[] = [];
  private readonly named = new Map<string, NamedRange>();
  private readonly toastList: Toast[] = [];
  private selected: { sheet: FakeSheet; range: GridRange };
  private evaluator: FormulaEvaluator | undefined;
  private evaluation: Evaluation | undefined;
  private readonly host: SheetHost;

  constructor(options: FakeSpreadsheetOptions = {}) {
    this.zone = options.timeZone ?? 'Asia/Bangkok';
    this.evaluator = options.evaluator;
    this.host = {
      calls: this.calls,
      evaluator: () => this.evaluator,
      evaluating: (read) => this.evaluating(read),
      cellCount: () => this.tabs.reduce((sum, tab) => sum + tab.cellCount(), 0),
    };
    const names = options.sheets ?? ['Sheet1'];
    if (names.length === 0) throw new Error('A spreadsheet always has at least one sheet.');
    for (const name of names) this.addSheet(name, this.tabs.length);
    this.selected = { sheet: this.tabs[0] as FakeSheet, range: { row: 1, column: 1, rows: 1, columns: 1 } };
  }

  /** A spreadsheet in the state of a snapshot (see `snapshot()`). */
  static fromSnapshot(
    snapshot: SpreadsheetSnapshot,
    options: { evaluator?: FormulaEvaluator } = {},
  ): FakeSpreadsheet {
    if (snapshot?.format !== SNAPSHOT_FORMAT) {
      throw new Error(`not a fake spreadsheet snapshot (format ${JSON.stringify(snapshot?.format)})`);
    }
    const fake = new FakeSpreadsheet({
      timeZone: snapshot.timeZone,
      sheets: snapshot.sheets.map((sheet) => sheet.name),
      ...options,
    });
    snapshot.sheets.forEach((sheet, index) => {
      (fake.tabs[index] as FakeSheet).restore(sheet);
    });
    if (fake.host.cellCount() > MAX_CELLS) throw tooManyCells();
    for (const namedRange of snapshot.namedRanges) {
      fake.putNamedRange(namedRange.name, namedRange.sheetName, namedRange.range);
    }
    return fake;
  }

  /** A spreadsheet from the JSON text of a snapshot (the preview's data file). */
  static fromJSON(text: string, options: { evaluator?: FormulaEvaluator } = {}): FakeSpreadsheet {
    return FakeSpreadsheet.fromSnapshot(JSON.parse(text) as SpreadsheetSnapshot, options);
  }

  timeZone(): string {
    this.count('timeZone');
    return this.zone;
  }

  sheets(): FakeSheet[] {
    this.count('sheets');
    return [...this.tabs];
  }

  sheet(name: string): FakeSheet | undefined {
    this.count('sheet');
    return this.find(name);
  }

  insertSheet(name: string, index?: number): FakeSheet {
    this.count('insertSheet');
    const at = index ?? this.tabs.length;
    if (!Number.isInteger(at) || at < 0 || at > this.tabs.length) {
      throw new Error(`Sheet index ${at} is out of range: the spreadsheet has ${this.tabs.length} sheets.`);
    }
    if (this.host.cellCount() + NEW_SHEET_ROWS * NEW_SHEET_COLUMNS > MAX_CELLS) throw tooManyCells();
    const sheet = this.addSheet(name, at);
    // Like Sheets, the new tab becomes the active one.
    this.selected = { sheet, range: { row: 1, column: 1, rows: 1, columns: 1 } };
    return sheet;
  }

  /**
   * Deletes a tab (`Spreadsheet.deleteSheet(sheet)`,
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deleteSheet(Sheet)).
   * Sheets keeps at least one sheet in a file, so deleting the only one is refused.
   * What becomes of a named range on the deleted tab (Sheets leaves `#REF!`) is not
   * modelled: such a delete is refused. A selection on it moves to the first tab.
   */
  deleteSheet(name: string): void {
    this.count('deleteSheet');
    const sheet = this.require(name);
    if (this.tabs.length === 1) throw new Error("You can't remove all the sheets in a document.");
    const named = [...this.named.values()].find((entry) => entry.sheetName === sheet.name);
    if (named !== undefined) {
      throw new Error(
        `Not modelled: deleting sheet "${sheet.name}", which named range ${named.name} points to.`,
      );
    }
    this.tabs.splice(this.tabs.indexOf(sheet), 1);
    if (this.selected.sheet === sheet) {
      this.selected = { sheet: this.tabs[0] as FakeSheet, range: { row: 1, column: 1, rows: 1, columns: 1 } };
    }
  }

  /** The named ranges, by name. */
  namedRanges(): NamedRange[] {
    this.count('namedRanges');
    return [...this.named.values()].map(copyNamedRange).sort((a, b) => compareText(a.name, b.name));
  }

  /** The add-on's interface (`SpreadsheetHandle`): creates the name, or moves it when it exists. */
  setNamedRange(name: string, sheetName: string, range: GridRange): void {
    this.count('setNamedRange');
    this.putNamedRange(name, sheetName, range);
  }

  /**
   * Names a block (`Spreadsheet.setNamedRange(name, range)`: "Names a range",
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setNamedRange(String,Range)).
   * The reference does not say what happens to a name already in use (Sheets may
   * replace it or fail), nor whether names differ by case, so a name equal to one in
   * use, ignoring case, is refused: move a name with `NamedRange.setRange`.
   */
  addNamedRange(name: string, sheetName: string, range: GridRange): void {
    this.count('addNamedRange');
    assertRangeName(name);
    this.refuseNameInUse(name);
    this.require(sheetName).assertInGrid(range);
    this.named.set(name, copyNamedRange({ name, sheetName, range }));
  }

  /**
   * Renames (`NamedRange.setName`) or moves (`NamedRange.setRange`) a named range
   * (https://developers.google.com/apps-script/reference/spreadsheet/named-range).
   * A new name already in use by another range is refused, as in `addNamedRange`.
   */
  changeNamedRange(
    name: string,
    change: { readonly name?: string; readonly sheetName?: string; readonly range?: GridRange },
  ): void {
    this.count('changeNamedRange');
    const current = this.requireNamed(name);
    const newName = change.name ?? name;
    if (newName !== name) {
      assertRangeName(newName);
      this.refuseNameInUse(newName, name);
    }
    const sheetName = change.sheetName ?? current.sheetName;
    const range = change.range ?? current.range;
    this.require(sheetName).assertInGrid(range);
    this.named.delete(name);
    this.named.set(newName, copyNamedRange({ name: newName, sheetName, range }));
  }

  /** Deletes a named range (`NamedRange.remove()`); a name not in use is refused. */
  removeNamedRange(name: string): void {
    this.count('removeNamedRange');
    this.requireNamed(name);
    this.named.delete(name);
  }

  activeCell(): CellPosition | undefined {
    this.count('activeCell');
    const { sheet, range } = this.selected;
    return { sheetName: sheet.name, row: range.row, column: range.column };
  }

  select(sheetName: string, range: GridRange): void {
    this.count('select');
    const sheet = this.require(sheetName);
    sheet.assertInGrid(range);
    this.selected = { sheet, range: copyRange(range) };
  }

  toast(message: string, title: string): void {
    this.count('toast');
    this.toastList.push({ message, title });
  }

  // Beyond the interface: for tests and the preview, never counted.

  /** The tab of this name (throws when there is none); not counted. */
  tab(name: string): FakeSheet {
    return this.require(name);
  }

  /** The selected block and its tab. */
  selection(): Selection {
    return { sheetName: this.selected.sheet.name, range: copyRange(this.selected.range) };
  }

  /** Every toast shown, oldest first. */
  get toasts(): readonly Toast[] {
    return this.toastList.map((toast) => ({ ...toast }));
  }

  /** Sets (or, with `undefined`, removes) what computes formula cells when read. */
  setFormulaEvaluator(evaluator: FormulaEvaluator | undefined): void {
    this.evaluator = evaluator;
  }

  /** Sets every call counter back to zero. */
  resetCalls(): void {
    this.calls.reset();
  }

  /**
   * The whole state as plain JSON data, the same for equal states: tabs in order
   * with every non-empty cell (by A1 name, dates as `{ date: ISO }`), widths,
   * frozen rows, rules and protections; named ranges by name. Not the call
   * counters, toasts, selection or evaluator.
   */
  snapshot(): SpreadsheetSnapshot {
    return {
      format: SNAPSHOT_FORMAT,
      timeZone: this.zone,
      sheets: this.tabs.map((tab) => tab.toSnapshot()),
      namedRanges: [...this.named.values()].map(copyNamedRange).sort((a, b) => compareText(a.name, b.name)),
    };
  }

  /** `JSON.stringify(fake)` writes the snapshot. */
  toJSON(): SpreadsheetSnapshot {
    return this.snapshot();
  }

  private count(method: SpreadsheetMethod): void {
    this.calls.countSpreadsheet(method);
  }

  private find(name: string): FakeSheet | undefined {
    return this.tabs.find((tab) => tab.name === name);
  }

  private require(name: string): FakeSheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`Range not found: no sheet named "${name}".`);
    return sheet;
  }

  private addSheet(name: string, index: number): FakeSheet {
    if (typeof name !== 'string' || name.trim() === '') throw new Error('A sheet needs a name.');
    // Sheets compares tab names without regard to case.
    if (this.tabs.some((tab) => tab.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this.host, name);
    this.tabs.splice(index, 0, sheet);
    return sheet;
  }

  private putNamedRange(name: string, sheetName: string, range: GridRange): void {
    assertRangeName(name);
    if (!this.named.has(name)) this.refuseNameInUse(name);
    this.require(sheetName).assertInGrid(range);
    this.named.set(name, copyNamedRange({ name, sheetName, range }));
  }

  private requireNamed(name: string): NamedRange {
    const named = this.named.get(name);
    // Apps Script's message for a named range used after remove() is not known here.
    if (named === undefined) throw new Error(`There is no named range "${name}".`);
    return named;
  }

  /** Refuses a name that another named range has, ignoring case (`except`: the range being renamed). */
  private refuseNameInUse(name: string, except?: string): void {
    const key = name.toLowerCase();
    const taken = [...this.named.keys()].find((other) => other !== except && other.toLowerCase() === key);
    if (taken !== undefined) {
      throw new Error(
        `A named range "${taken}" already exists; the in-memory spreadsheet refuses a second one (move it with NamedRange.setRange).`,
      );
    }
  }

  private evaluating<T>(read: (evaluation: Evaluation) => T): T {
    if (this.evaluation) return read(this.evaluation);
    const evaluation: Evaluation = {
      results: new Map(),
      inProgress: new Set(),
      origins: new Map(),
      spills: new Map(),
    };
    this.evaluation = evaluation;
    try {
      return read(evaluation);
    } finally {
      this.evaluation = undefined;
    }
  }
}

const A1_LIKE = /^[A-Za-z]{1,3}[0-9]+$/;
const R1C1_LIKE = /^[Rr][0-9]*[Cc][0-9]*$/;
const NAME_CHARACTERS = /^[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*$/u;

/**
 * Sheets' rules for a range name: letters, digits and underscores, not starting
 * with a digit, 1–250 characters, not `true`/`false`, not a cell reference
 * (`KPI1` is column KPI, row 1) in A1 or R1C1 style.
 */
function assertRangeName(name: string): void {
  if (
    typeof name !== 'string' ||
    name.length > 250 ||
    !NAME_CHARACTERS.test(name) ||
    /^(true|false)$/i.test(name) ||
    A1_LIKE.test(name) ||
    R1C1_LIKE.test(name)
  ) {
    throw new Error(
      `Invalid range name "${name}": use letters, digits and underscores, not starting with a digit, ` +
        'not TRUE/FALSE and not like a cell reference (A1 or R1C1).',
    );
  }
}

/**
 * A rule of the add-on's interface as Sheets keeps it: the boolean criteria its
 * builder call makes (`whenNumberBetween` → NUMBER_BETWEEN, …) and its colours.
 */
function formatRuleOf(rule: ConditionalRule): FormatRule {
  const when = rule.when;
  const condition =
    when.kind === 'numberBetween'
      ? { criteria: 'NUMBER_BETWEEN' as const, values: [when.min, when.max] }
      : when.kind === 'numberGreaterThan'
        ? { criteria: 'NUMBER_GREATER_THAN' as const, values: [when.value] }
        : { criteria: 'TEXT_STARTS_WITH' as const, values: [when.text] };
  return {
    kind: 'boolean',
    ranges: rule.ranges,
    ...condition,
    format:
      rule.fontColor === undefined
        ? { background: rule.background }
        : { background: rule.background, fontColor: rule.fontColor },
  };
}

/** A rule's condition as the add-on's interface has it, or `undefined` for kinds it never makes. */
function addOnConditionOf(rule: FormatRule): ConditionalCondition | undefined {
  if (rule.kind !== 'boolean') return undefined;
  const [first, second] = rule.values;
  switch (rule.criteria) {
    case 'NUMBER_BETWEEN':
      return { kind: 'numberBetween', min: Number(first), max: Number(second) };
    case 'NUMBER_GREATER_THAN':
      return { kind: 'numberGreaterThan', value: Number(first) };
    case 'TEXT_STARTS_WITH':
      return { kind: 'textStartsWith', text: String(first) };
    default:
      return undefined;
  }
}

function assertShape(data: readonly (readonly unknown[])[], range: GridRange): void {
  if (!Array.isArray(data) || data.length !== range.rows) {
    const rows = Array.isArray(data) ? data.length : 0;
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows} but the range has ${range.rows}.`,
    );
  }
  for (const line of data) {
    const columns = Array.isArray(line) ? line.length : 0;
    if (!Array.isArray(line) || columns !== range.columns) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${columns} but the range has ${range.columns}.`,
      );
    }
  }
}

/**
 * What `setValues` puts in a cell: a string starting with `=` is a formula; a
 * leading `'` is Sheets' text mark, dropped from the text it keeps as typed.
 */
function contentOfValue(value: unknown): Content {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string') {
    assertCellLength(value);
    if (value.startsWith("'")) return value.length === 1 ? null : { value: value.slice(1) };
    return value.startsWith('=') ? { formula: value } : { value };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`A cell cannot hold the number ${value}.`);
    return { value };
  }
  if (typeof value === 'boolean') return { value };
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) throw new Error('A cell cannot hold an invalid Date.');
    return { value: new Date(value.getTime()) };
  }
  throw new Error(`A cell holds a string, number, boolean or Date, not ${describe(value)}.`);
}

/**
 * What a snapshot's stored value puts back in a cell: that value exactly. Unlike
 * `setValues`, text starting with `=` or `'` is not read as typing: it was text.
 */
function contentOfStoredValue(value: SheetValue): Content {
  if (value === '') return null;
  if (typeof value === 'string') assertCellLength(value);
  return { value };
}

/** What `setFormulas` puts in a cell: `''` empties it; text without `=` is a plain value. */
function contentOfFormula(formula: unknown): Content {
  if (typeof formula !== 'string') throw new Error(`A formula must be text, got ${describe(formula)}.`);
  if (formula === '') return null;
  assertCellLength(formula);
  return formula.startsWith('=') ? { formula } : { value: formula };
}

function putContent(cell: Cell, content: Content): void {
  delete cell.value;
  delete cell.formula;
  if (content === null) return;
  if ('formula' in content) cell.formula = content.formula;
  else cell.value = content.value;
}

function assertCellLength(text: string): void {
  if (text.length > MAX_CELL_CHARACTERS) {
    throw new Error(
      `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
    );
  }
}

function checkedValidation(validation: Validation): Validation {
  const copy = copyValidation(validation);
  const rule = copy.rule;
  if (rule.kind === 'numberBetween' && !(Number.isFinite(rule.min) && Number.isFinite(rule.max))) {
    throw new Error(`A number validation needs finite bounds, got ${rule.min} and ${rule.max}.`);
  }
  if (rule.kind === 'list' && rule.values.length === 0)
    throw new Error('A list validation needs at least one value.');
  return copy;
}

function normalizeResult(raw: unknown): SheetValue[][] {
  if (!Array.isArray(raw)) return [[normalizeScalar(raw)]];
  if (raw.length === 0) return [['']];
  const lines = raw.map((line: unknown) => (Array.isArray(line) ? line : [line]));
  let columns = 1;
  for (const line of lines) columns = Math.max(columns, line.length);
  return lines.map((line) => Array.from({ length: columns }, (_, j) => normalizeScalar(line[j])));
}

function normalizeScalar(value: unknown): SheetValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : '#NUM!';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '#VALUE!' : new Date(value.getTime());
  return String(value);
}

function snapshotOfCell(cell: Cell): CellSnapshot {
  const snapshot: { -readonly [K in keyof CellSnapshot]: CellSnapshot[K] } = {};
  if (cell.value !== undefined) snapshot.value = encodeValue(cell.value);
  if (cell.formula !== undefined) snapshot.formula = cell.formula;
  if (cell.note !== undefined) snapshot.note = cell.note;
  if (cell.format !== undefined) snapshot.format = copyFormat(cell.format);
  if (cell.validation !== undefined) snapshot.validation = copyValidation(cell.validation);
  return snapshot;
}

function isEmptyCell(cell: Cell): boolean {
  return (
    cell.value === undefined &&
    cell.formula === undefined &&
    cell.note === undefined &&
    (cell.format === undefined || Object.keys(cell.format).length === 0) &&
    cell.validation === undefined
  );
}

function copyValue(value: SheetValue): SheetValue {
  return isDate(value) ? new Date(value.getTime()) : value;
}

function width(block: readonly (readonly unknown[])[]): number {
  return block[0]?.length ?? 0;
}

function requireWhole(value: number, what: string, min = 1): void {
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${what} must be a whole number${min === 1 ? ' ≥ 1' : ''}, got ${value}.`);
  }
}

function tooManyCells(): Error {
  return new Error(
    `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function byNumber(a: number, b: number): number {
  return a - b;
}

function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
