/**
 * What the add-on needs of a spreadsheet, and nothing more.
 *
 * The one implementation is `apps-script-spreadsheet.ts` over `SpreadsheetApp`;
 * tests and the local preview run it on the emulator (`emulator/`, never bundled).
 * Rows and columns are 1-based, as in Sheets. Every read and write is one call on
 * the real service, so code that reads a table once and writes a column once stays
 * fast on Google's side; the emulator counts them so tests can prove it.
 */

/** A cell's value as Sheets gives it: `''` for an empty cell, a `Date` for a date cell. */
export type SheetValue = string | number | boolean | Date;

/** A block of cells: top-left corner (1-based) and size. */
export interface GridRange {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** How a range's cells are validated. */
export type ValidationRule =
  | { readonly kind: 'checkbox' }
  | { readonly kind: 'date' }
  | { readonly kind: 'numberBetween'; readonly min: number; readonly max: number }
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'url' };

/** A validation with its help text and whether bad input is rejected or only flagged. */
export interface Validation {
  readonly rule: ValidationRule;
  /** Thai help shown when the input is wrong. */
  readonly help: string;
  /** Reject bad input (true) or accept it with a warning mark (false). */
  readonly reject: boolean;
}

/** The look of a range's cells; absent fields are left as they are. */
export interface CellFormat {
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly wrap?: boolean;
  /** A Sheets number format such as `0.00`, `0%` or `d/m/yyyy`. */
  readonly numberFormat?: string;
  readonly horizontalAlignment?: 'left' | 'center' | 'right';
  readonly verticalAlignment?: 'top' | 'middle' | 'bottom';
}

/** When a conditional colour applies to a cell. */
export type ConditionalCondition =
  | { readonly kind: 'numberBetween'; readonly min: number; readonly max: number }
  | { readonly kind: 'numberGreaterThan'; readonly value: number }
  | { readonly kind: 'textStartsWith'; readonly text: string };

/** A conditional format rule the add-on makes: cells of `ranges` meeting `when` get the colours. */
export interface ConditionalRule {
  readonly ranges: readonly GridRange[];
  readonly when: ConditionalCondition;
  readonly background: string;
  readonly fontColor?: string;
}

/**
 * A conditional format rule as a sheet holds it, as far as the add-on reads it:
 * where it applies and, for the kinds the add-on makes, its condition. Its format
 * and anything else are never read, so never rebuilt.
 */
export interface SheetConditionalRule {
  readonly ranges: readonly GridRange[];
  /** `undefined` for kinds the add-on never makes: custom formulas, colour scales, other criteria. */
  readonly when: ConditionalCondition | undefined;
}

/**
 * A change of a sheet's conditional format rules. Sheets can only replace all of a
 * sheet's rules at once, so every rule the change does not name is handed back to
 * Sheets exactly as it was read.
 */
export interface ConditionalRulesChange {
  /**
   * Rules to cover other ranges, by their place in the list `conditionalRules()`
   * gave; their condition and format stay exactly as they are.
   */
  readonly resize?: readonly { readonly at: number; readonly ranges: readonly GridRange[] }[];
  /** New rules, after all the others. */
  readonly add?: readonly ConditionalRule[];
}

/** A protected range: editing it warns (warning only) with the description. */
export interface Protection {
  readonly range: GridRange;
  readonly description: string;
}

/** A named range: a name formulas can use for a block of one sheet. */
export interface NamedRange {
  readonly name: string;
  readonly sheetName: string;
  readonly range: GridRange;
}

/** One tab of the spreadsheet. */
export interface SheetHandle {
  readonly name: string;
  /** The last row with content, 0 when empty. */
  lastRow(): number;
  /** The last column with content, 0 when empty. */
  lastColumn(): number;
  maxRows(): number;
  maxColumns(): number;
  /** Adds rows or columns at the end so the grid is at least this big. */
  ensureSize(rows: number, columns: number): void;

  /** The values of a block (`getValues`): `''` for empty cells. One read. */
  readValues(range: GridRange): SheetValue[][];
  /** The formulas of a block (`getFormulas`): `''` where a cell has none. One read. */
  readFormulas(range: GridRange): string[][];
  /** The notes of a block (`getNotes`). One read. */
  readNotes(range: GridRange): string[][];
  /** The background colours of a block (`getBackgrounds`): `#ffffff` where none was set. One read. */
  readBackgrounds(range: GridRange): string[][];
  /** Writes values (`setValues`); the array must match the block's size. One write. */
  writeValues(range: GridRange, values: readonly (readonly SheetValue[])[]): void;
  /** Writes formulas (`setFormulas`); `''` clears a cell. One write. */
  writeFormulas(range: GridRange, formulas: readonly (readonly string[])[]): void;
  /** Writes notes (`setNotes`). One write. */
  writeNotes(range: GridRange, notes: readonly (readonly string[])[]): void;

  /** Applies a format to every cell of a block. */
  format(range: GridRange, format: CellFormat): void;
  /** The validation of each cell of a block (`getDataValidations`), `null` where none. */
  readValidations(range: GridRange): (Validation | null)[][];
  /** Sets one validation on every cell of a block, or clears it with `null`. */
  setValidation(range: GridRange, validation: Validation | null): void;
  /** The sheet's conditional format rules, in the order Sheets applies them. One read. */
  conditionalRules(): SheetConditionalRule[];
  /**
   * Resizes and adds rules in one write (see `ConditionalRulesChange`); nothing is
   * written when the change is empty. The places in `resize` are those of the
   * `conditionalRules()` read just before.
   */
  updateConditionalRules(change: ConditionalRulesChange): void;
  /** The sheet's range protections. */
  protections(): Protection[];
  /** Protects a block with a warning only (editing asks "are you sure?"). */
  protect(range: GridRange, description: string): void;
  /** Moves every protection with this description to cover `range`, keeping its other settings. */
  reprotect(description: string, range: GridRange): void;
  /** Removes the protection whose description matches. */
  unprotect(description: string): void;

  frozenRows(): number;
  setFrozenRows(rows: number): void;
  columnWidth(column: number): number;
  setColumnWidth(column: number, width: number): void;
}

/** Where the user's cursor is. */
export interface CellPosition {
  readonly sheetName: string;
  readonly row: number;
  readonly column: number;
}

/** The spreadsheet the add-on is bound to. */
export interface SpreadsheetHandle {
  timeZone(): string;
  sheets(): SheetHandle[];
  sheet(name: string): SheetHandle | undefined;
  /** Adds a tab at the end (or at `index`, 0-based). */
  insertSheet(name: string, index?: number): SheetHandle;
  /** Deletes a tab (`deleteSheet`); Sheets refuses to delete the only one. */
  deleteSheet(name: string): void;
  namedRanges(): NamedRange[];
  /** Creates or moves a named range. */
  setNamedRange(name: string, sheetName: string, range: GridRange): void;
  /** The active cell, if any. */
  activeCell(): CellPosition | undefined;
  /** Shows a tab and selects a block. */
  select(sheetName: string, range: GridRange): void;
  /** A short message in the corner. */
  toast(message: string, title: string): void;
}

/** A 1-based block from its corner and size. */
export function gridRange(row: number, column: number, rows = 1, columns = 1): GridRange {
  return { row, column, rows, columns };
}
