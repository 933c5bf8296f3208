/**
 * `SpreadsheetApp` as the add-on's adapter (`src/server/services/apps-script-spreadsheet.ts`)
 * calls it, over the in-memory `FakeSpreadsheet`: the spreadsheet, its sheets,
 * ranges, named ranges, protections, data validations and conditional format
 * rules, with the builders and enums. Each call becomes one counted call of the
 * in-memory state, so the real adapter runs unchanged against it (in dist/ loaded
 * into a vm: the preview and the bundle tests; in Node: `emulator/install.ts`).
 *
 * Conditional format rules are kept as Sheets keeps them (any boolean criteria but
 * dates, colour scales, bold/italic/underline/strikethrough), and
 * `setConditionalFormatRules` replaces them all, as Google's does. Protections
 * start as Google's do: no description, not warning-only.
 *
 * Only what the adapters and tests call is here; anything else is `undefined`, so
 * code that starts using more of the service fails loudly until its facade is
 * written. Where what Google does is not known, the facade refuses and says so.
 * Values read come in the script's realm, date cells as `Date`s (`sheet-values.ts`).
 */

import { parseBlockA1 } from '../../src/core/a1';
import type {
  CellFormat,
  GridRange,
  SheetValue,
  Validation,
  ValidationRule,
} from '../../src/server/services/spreadsheet';
import {
  BOOLEAN_CRITERIA,
  type BooleanCriteriaName,
  type BooleanFormatRule,
  type FakeSheet,
  type FakeSpreadsheet,
  type FormatRule,
  type GradientFormatRule,
  type GradientPoint,
  INTERPOLATION_TYPES,
  type InterpolationTypeName,
  type ProtectionEntry,
  type RuleFormat,
} from '../spreadsheet';
import { checkedCriteriaValues, copyFormatRule } from '../spreadsheet-snapshot';
import { NODE_REALM, type Realm, realmRows, scriptBlock } from './sheet-values';
import type { UiFacade } from './ui';

const enumOf = <K extends string>(...names: K[]) =>
  Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as { readonly [P in K]: P };

/** `SpreadsheetApp.DataValidationCriteria`: the kinds the add-on sets. */
export const DataValidationCriteria = enumOf(
  'CHECKBOX',
  'DATE_IS_VALID_DATE',
  'NUMBER_BETWEEN',
  'VALUE_IN_LIST',
  'TEXT_IS_VALID_URL',
);

/**
 * `SpreadsheetApp.BooleanCriteria`, every name of
 * https://developers.google.com/apps-script/reference/spreadsheet/boolean-criteria
 * (the date ones are refused when used: not modelled).
 */
export const BooleanCriteria = enumOf(...(Object.keys(BOOLEAN_CRITERIA) as BooleanCriteriaName[]));

/** `SpreadsheetApp.InterpolationType`, for colour scales. */
export const InterpolationType = enumOf(...INTERPOLATION_TYPES);

/** `SpreadsheetApp.ColorType`: colours here are always RGB. */
export const ColorType = enumOf('UNSUPPORTED', 'RGB', 'THEME');

/** `SpreadsheetApp.ProtectionType`. */
export const ProtectionType = enumOf('RANGE', 'SHEET');

/** Where the facade finds its spreadsheet and realm. */
export interface SpreadsheetAppOptions {
  /** The bound spreadsheet; a function when the host may swap it (the preview's reset). */
  readonly spreadsheet: FakeSpreadsheet | (() => FakeSpreadsheet);
  /** `SpreadsheetApp.getUi()`; absent, it throws as it does where there is no UI. */
  readonly ui?: () => UiFacade;
  /** The realm values are made in: the vm's, for dist/. */
  readonly realm?: Realm | (() => Realm);
}

/** The `SpreadsheetApp` global. */
export interface SpreadsheetAppFacade {
  getActive(): SpreadsheetFacade;
  getActiveSpreadsheet(): SpreadsheetFacade;
  getUi(): UiFacade;
  newDataValidation(): DataValidationBuilder;
  newConditionalFormatRule(): ConditionalFormatRuleBuilder;
  readonly DataValidationCriteria: typeof DataValidationCriteria;
  readonly BooleanCriteria: typeof BooleanCriteria;
  readonly InterpolationType: typeof InterpolationType;
  readonly ColorType: typeof ColorType;
  readonly ProtectionType: typeof ProtectionType;
}

/** `SpreadsheetApp` over the in-memory spreadsheet. */
export function fakeSpreadsheetApp(options: SpreadsheetAppOptions): SpreadsheetAppFacade {
  const spreadsheet = () =>
    typeof options.spreadsheet === 'function' ? options.spreadsheet() : options.spreadsheet;
  const realm = () =>
    options.realm === undefined
      ? NODE_REALM
      : typeof options.realm === 'function'
        ? options.realm()
        : options.realm;
  const active = () => new SpreadsheetFacade(spreadsheet(), realm());
  return {
    getActive: active,
    getActiveSpreadsheet: active,
    getUi() {
      if (options.ui === undefined) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
      return options.ui();
    },
    newDataValidation: () => new DataValidationBuilder(),
    newConditionalFormatRule: () => new ConditionalFormatRuleBuilder(realm()),
    DataValidationCriteria,
    BooleanCriteria,
    InterpolationType,
    ColorType,
    ProtectionType,
  };
}

/** `Spreadsheet`. */
export class SpreadsheetFacade {
  constructor(
    /** @internal */ readonly fake: FakeSpreadsheet,
    /** @internal */ readonly realm: Realm,
  ) {}

  getSpreadsheetTimeZone(): string {
    return this.fake.timeZone();
  }

  getSheets(): SheetFacade[] {
    return this.realm.Array.from(this.fake.sheets(), (sheet) => new SheetFacade(this, sheet));
  }

  getNumSheets(): number {
    return this.fake.sheets().length;
  }

  getSheetByName(name: string): SheetFacade | null {
    const sheet = this.fake.sheet(String(name));
    return sheet ? new SheetFacade(this, sheet) : null;
  }

  insertSheet(name: string, index?: number): SheetFacade {
    return new SheetFacade(this, this.fake.insertSheet(String(name), index));
  }

  /** `deleteSheet(sheet)`: a sheet of this spreadsheet; see `FakeSpreadsheet.deleteSheet`. */
  deleteSheet(sheet: SheetFacade): void {
    if (!(sheet instanceof SheetFacade) || sheet.getParent().fake !== this.fake) {
      throw new Error('deleteSheet takes a Sheet of this spreadsheet.');
    }
    this.fake.deleteSheet(sheet.getName());
  }

  getNamedRanges(): NamedRangeFacade[] {
    return this.realm.Array.from(this.fake.namedRanges(), (named) => new NamedRangeFacade(this, named.name));
  }

  /** A new name; one in use is refused (see `FakeSpreadsheet.addNamedRange`). */
  setNamedRange(name: string, range: RangeFacade): void {
    const target = this.ownRange(range, 'setNamedRange');
    this.fake.addNamedRange(String(name), target.sheet.getName(), target.grid);
  }

  /** The range of a name, or `null` when no range has it. */
  getRangeByName(name: string): RangeFacade | null {
    const named = this.fake.namedRanges().find((entry) => entry.name === String(name));
    return named === undefined
      ? null
      : new RangeFacade(new SheetFacade(this, this.fake.tab(named.sheetName)), named.range);
  }

  removeNamedRange(name: string): void {
    this.fake.removeNamedRange(String(name));
  }

  getCurrentCell(): RangeFacade | null {
    const cell = this.fake.activeCell();
    if (cell === undefined) return null;
    return new RangeFacade(this.sheetFacade(cell.sheetName), {
      row: cell.row,
      column: cell.column,
      rows: 1,
      columns: 1,
    });
  }

  getActiveSheet(): SheetFacade {
    return this.sheetFacade(this.fake.selection().sheetName);
  }

  toast(message: string, title?: string): void {
    this.fake.toast(String(message), title === undefined ? '' : String(title));
  }

  /** @internal A range of this spreadsheet, or an error naming the method. */
  ownRange(range: unknown, method: string): RangeFacade {
    if (!(range instanceof RangeFacade) || range.sheet.spreadsheet.fake !== this.fake) {
      throw new Error(`${method} needs a Range of this spreadsheet.`);
    }
    return range;
  }

  /** A facade of a tab known to exist, without counting a lookup. */
  private sheetFacade(name: string): SheetFacade {
    return new SheetFacade(this, this.fake.tab(name));
  }
}

/**
 * `NamedRange`: rename (`setName`), move (`setRange`) and `remove`, each a change of
 * the spreadsheet's names (https://developers.google.com/apps-script/reference/spreadsheet/named-range).
 */
export class NamedRangeFacade {
  constructor(
    private readonly spreadsheet: SpreadsheetFacade,
    private name: string,
  ) {}

  getName(): string {
    return this.name;
  }

  getRange(): RangeFacade {
    const named = this.spreadsheet.fake.namedRanges().find((entry) => entry.name === this.name);
    if (named === undefined) throw new Error(`There is no named range "${this.name}".`);
    return new RangeFacade(
      new SheetFacade(this.spreadsheet, this.spreadsheet.fake.tab(named.sheetName)),
      named.range,
    );
  }

  setRange(range: RangeFacade): NamedRangeFacade {
    const target = this.spreadsheet.ownRange(range, 'NamedRange.setRange');
    this.spreadsheet.fake.changeNamedRange(this.name, {
      sheetName: target.sheet.getName(),
      range: target.grid,
    });
    return this;
  }

  setName(name: string): NamedRangeFacade {
    this.spreadsheet.fake.changeNamedRange(this.name, { name: String(name) });
    this.name = String(name);
    return this;
  }

  remove(): void {
    this.spreadsheet.fake.removeNamedRange(this.name);
  }
}

/** `Sheet`. */
export class SheetFacade {
  constructor(
    /** @internal */ readonly spreadsheet: SpreadsheetFacade,
    /** @internal */ readonly fake: FakeSheet,
  ) {}

  getName(): string {
    return this.fake.name;
  }

  getParent(): SpreadsheetFacade {
    return this.spreadsheet;
  }

  getLastRow(): number {
    return this.fake.lastRow();
  }

  getLastColumn(): number {
    return this.fake.lastColumn();
  }

  getMaxRows(): number {
    return this.fake.maxRows();
  }

  getMaxColumns(): number {
    return this.fake.maxColumns();
  }

  /** Rows can only be added at the end: the in-memory grid does not shift cells. */
  insertRowsAfter(afterPosition: number, howMany: number): SheetFacade {
    const maxRows = this.fake.maxRows();
    if (afterPosition !== maxRows) throw unsupported('insertRowsAfter other than after the last row');
    this.fake.ensureSize(maxRows + howMany, this.fake.maxColumns());
    return this;
  }

  /** Columns can only be added at the end, as rows. */
  insertColumnsAfter(afterPosition: number, howMany: number): SheetFacade {
    const maxColumns = this.fake.maxColumns();
    if (afterPosition !== maxColumns)
      throw unsupported('insertColumnsAfter other than after the last column');
    this.fake.ensureSize(this.fake.maxRows(), maxColumns + howMany);
    return this;
  }

  /** `getRange(row, column, [rows], [columns])` or `getRange("B2:C5")`. */
  getRange(rowOrA1: number | string, column?: number, rows = 1, columns = 1): RangeFacade {
    if (typeof rowOrA1 === 'string') return new RangeFacade(this, parseBlockA1(rowOrA1));
    const grid = { row: rowOrA1, column: column ?? Number.NaN, rows, columns };
    this.fake.assertInGrid(grid);
    return new RangeFacade(this, grid);
  }

  /** The sheet's rules as Sheets keeps them, in evaluation order. */
  getConditionalFormatRules(): ConditionalFormatRuleFacade[] {
    return this.spreadsheet.realm.Array.from(
      this.fake.formatRules(),
      (rule) => new ConditionalFormatRuleFacade(rule, this.rangesOf(rule.ranges), this.spreadsheet.realm),
    );
  }

  /**
   * Replaces ALL the sheet's rules with these
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)):
   * a rule left out of the list is gone. Each must be a built rule whose ranges lie
   * on this sheet (a rule on another sheet's range is refused: not modelled).
   */
  setConditionalFormatRules(rules: readonly ConditionalFormatRuleFacade[]): void {
    if (!Array.isArray(rules)) throw new Error('setConditionalFormatRules needs an array of rules.');
    const stored = Array.from(rules, (rule) => {
      if (!(rule instanceof ConditionalFormatRuleFacade)) {
        throw new Error(
          'setConditionalFormatRules needs ConditionalFormatRule objects (built with build()).',
        );
      }
      for (const range of rule.rangeFacades) {
        if (range.sheet.fake !== this.fake) {
          throw new Error('A conditional format rule of this sheet cannot cover a range of another sheet.');
        }
      }
      return rule.stored;
    });
    this.fake.setFormatRules(stored);
  }

  /** "Equivalent to calling setConditionalFormatRules(rules) with an empty array". */
  clearConditionalFormatRules(): void {
    this.fake.setFormatRules([]);
  }

  /** Range protections (sheet protections are not modelled: none are listed). */
  getProtections(type: string): ProtectionFacade[] {
    if (type !== ProtectionType.RANGE && type !== ProtectionType.SHEET) {
      throw new Error(`Unknown protection type ${JSON.stringify(type)}.`);
    }
    const found =
      type === ProtectionType.RANGE
        ? this.fake.protectionEntries().map((entry) => new ProtectionFacade(this, entry.id))
        : [];
    return this.spreadsheet.realm.Array.from(found);
  }

  getFrozenRows(): number {
    return this.fake.frozenRows();
  }

  setFrozenRows(rows: number): SheetFacade {
    this.fake.setFrozenRows(rows);
    return this;
  }

  getColumnWidth(column: number): number {
    return this.fake.columnWidth(column);
  }

  setColumnWidth(column: number, width: number): SheetFacade {
    this.fake.setColumnWidth(column, width);
    return this;
  }

  activate(): SheetFacade {
    this.spreadsheet.fake.select(this.fake.name, { row: 1, column: 1, rows: 1, columns: 1 });
    return this;
  }

  /** @internal Ranges of this sheet as facades. */
  rangesOf(grids: readonly GridRange[]): RangeFacade[] {
    return grids.map((grid) => new RangeFacade(this, grid));
  }
}

/** `Range`. */
export class RangeFacade {
  constructor(
    /** @internal */ readonly sheet: SheetFacade,
    /** @internal */ readonly grid: GridRange,
  ) {}

  getSheet(): SheetFacade {
    return this.sheet;
  }

  getRow(): number {
    return this.grid.row;
  }

  getColumn(): number {
    return this.grid.column;
  }

  getNumRows(): number {
    return this.grid.rows;
  }

  getNumColumns(): number {
    return this.grid.columns;
  }

  getLastRow(): number {
    return this.grid.row + this.grid.rows - 1;
  }

  getLastColumn(): number {
    return this.grid.column + this.grid.columns - 1;
  }

  /** Values as Sheets gives them: numbers under a date format are `Date`s. */
  getValues(): SheetValue[][] {
    const values = this.fake.readValues(this.grid);
    const timeZone = this.sheet.spreadsheet.fake.timeZone();
    const realm = this.sheet.spreadsheet.realm;
    const rows = scriptBlock(
      values,
      this.grid,
      (row, column) => this.fake.formatAt(row, column).numberFormat,
      timeZone,
      realm,
    );
    return realmRows(rows, realm);
  }

  getValue(): SheetValue {
    return this.getValues()[0]?.[0] ?? '';
  }

  getFormulas(): string[][] {
    return realmRows(this.fake.readFormulas(this.grid), this.sheet.spreadsheet.realm);
  }

  getNotes(): string[][] {
    return realmRows(this.fake.readNotes(this.grid), this.sheet.spreadsheet.realm);
  }

  /** `#rrggbb` per cell, `#ffffff` where none was set. */
  getBackgrounds(): string[][] {
    return realmRows(this.fake.readBackgrounds(this.grid), this.sheet.spreadsheet.realm);
  }

  setValues(values: SheetValue[][]): RangeFacade {
    this.fake.writeValues(this.grid, values);
    return this;
  }

  setFormulas(formulas: string[][]): RangeFacade {
    this.fake.writeFormulas(this.grid, formulas);
    return this;
  }

  setNotes(notes: string[][]): RangeFacade {
    this.fake.writeNotes(this.grid, notes);
    return this;
  }

  setBackground(color: string | null): RangeFacade {
    return this.format({ background: color ?? '#ffffff' });
  }

  setFontColor(color: string | null): RangeFacade {
    return this.format({ fontColor: color ?? '#000000' });
  }

  setFontWeight(weight: 'bold' | 'normal' | null): RangeFacade {
    return this.format({ bold: weight === 'bold' });
  }

  setWrap(wrap: boolean): RangeFacade {
    return this.format({ wrap });
  }

  setNumberFormat(numberFormat: string): RangeFacade {
    return this.format({ numberFormat });
  }

  setHorizontalAlignment(alignment: string | null): RangeFacade {
    const value = alignment ?? 'left';
    if (value !== 'left' && value !== 'center' && value !== 'right') {
      throw unsupported(`horizontal alignment "${value}"`);
    }
    return this.format({ horizontalAlignment: value });
  }

  setVerticalAlignment(alignment: string | null): RangeFacade {
    const value = alignment ?? 'bottom';
    if (value !== 'top' && value !== 'middle' && value !== 'bottom') {
      throw unsupported(`vertical alignment "${value}"`);
    }
    return this.format({ verticalAlignment: value });
  }

  getDataValidations(): (DataValidationFacade | null)[][] {
    const rows = this.fake
      .readValidations(this.grid)
      .map((line) =>
        line.map((validation) => (validation === null ? null : DataValidationFacade.of(validation))),
      );
    return realmRows(rows, this.sheet.spreadsheet.realm);
  }

  /**
   * "Sets one data validation rule for all cells in the range", replacing what each
   * had; `null` removes it
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidation(DataValidation)).
   */
  setDataValidation(rule: DataValidationFacade | null): RangeFacade {
    if (rule !== null && !(rule instanceof DataValidationFacade)) {
      throw new Error('setDataValidation needs a DataValidation (built with build()) or null.');
    }
    this.fake.setValidation(this.grid, rule === null ? null : rule.toValidation());
    return this;
  }

  clearDataValidations(): RangeFacade {
    return this.setDataValidation(null);
  }

  /**
   * A new protection of this block, overlapping any other: no description, not
   * warning-only (https://developers.google.com/apps-script/reference/spreadsheet/range#protect()).
   */
  protect(): ProtectionFacade {
    return new ProtectionFacade(this.sheet, this.fake.addProtection(this.grid));
  }

  activate(): RangeFacade {
    this.sheet.spreadsheet.fake.select(this.sheet.getName(), this.grid);
    return this;
  }

  private get fake(): FakeSheet {
    return this.sheet.fake;
  }

  private format(format: CellFormat): RangeFacade {
    this.fake.format(this.grid, format);
    return this;
  }
}

/**
 * `Protection` of a range (https://developers.google.com/apps-script/reference/spreadsheet/protection).
 * Editors are not modelled (their methods are absent). After `remove()` every call
 * is refused.
 */
export class ProtectionFacade {
  constructor(
    private readonly sheet: SheetFacade,
    private readonly id: number,
  ) {}

  getDescription(): string {
    return this.entry().description;
  }

  setDescription(description: string): ProtectionFacade {
    this.sheet.fake.changeProtection(this.id, { description: String(description) });
    return this;
  }

  getRange(): RangeFacade {
    return new RangeFacade(this.sheet, this.entry().range);
  }

  /** Moves the protection to cover this range (of the same sheet; another sheet's is refused: not modelled). */
  setRange(range: RangeFacade): ProtectionFacade {
    const target = this.sheet.spreadsheet.ownRange(range, 'Protection.setRange');
    if (target.sheet.fake !== this.sheet.fake) {
      throw new Error('Protection.setRange: a range protection cannot move to another sheet here.');
    }
    this.sheet.fake.changeProtection(this.id, { range: target.grid });
    return this;
  }

  getProtectionType(): string {
    this.entry();
    return ProtectionType.RANGE;
  }

  /** "By default, protected ranges or sheets are not warning-based." */
  isWarningOnly(): boolean {
    return this.entry().warningOnly;
  }

  setWarningOnly(warningOnly: boolean): ProtectionFacade {
    if (typeof warningOnly !== 'boolean') throw new Error('setWarningOnly needs true or false.');
    this.sheet.fake.changeProtection(this.id, { warningOnly });
    return this;
  }

  remove(): void {
    this.sheet.fake.removeProtection(this.id);
  }

  private entry(): ProtectionEntry {
    const entry = this.sheet.fake.protectionEntries().find((candidate) => candidate.id === this.id);
    if (entry === undefined) throw new Error('This protection has been removed.');
    return entry;
  }
}

/** `DataValidation`: criteria and values as Apps Script's builder documents them. */
export class DataValidationFacade {
  constructor(
    private readonly criteria: string,
    private readonly values: readonly unknown[],
    private readonly allowInvalid: boolean,
    private readonly helpText: string,
  ) {}

  /** The facade of one of the fake's validations. */
  static of(validation: Validation): DataValidationFacade {
    const { criteria, values } = criteriaOf(validation.rule);
    return new DataValidationFacade(criteria, values, !validation.reject, validation.help);
  }

  getCriteriaType(): string {
    return this.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this.values.map((value) => (Array.isArray(value) ? [...value] : value));
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  /** "the rule's help text, or null if no help text is set". */
  getHelpText(): string | null {
    return this.helpText === '' ? null : this.helpText;
  }

  /** @internal The fake's validation for this one. */
  toValidation(): Validation {
    return { rule: ruleOf(this.criteria, this.values), help: this.helpText, reject: !this.allowInvalid };
  }
}

/** `SpreadsheetApp.newDataValidation()`. */
export class DataValidationBuilder {
  private criteria = '';
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';

  requireCheckbox(...values: unknown[]): DataValidationBuilder {
    return this.set(DataValidationCriteria.CHECKBOX, values);
  }

  requireDate(): DataValidationBuilder {
    return this.set(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }

  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    return this.set(DataValidationCriteria.NUMBER_BETWEEN, [start, end]);
  }

  requireValueInList(values: readonly string[], showDropdown = true): DataValidationBuilder {
    return this.set(DataValidationCriteria.VALUE_IN_LIST, [[...values], showDropdown]);
  }

  requireTextIsUrl(): DataValidationBuilder {
    return this.set(DataValidationCriteria.TEXT_IS_VALID_URL, []);
  }

  setAllowInvalid(allowInvalid: boolean): DataValidationBuilder {
    this.allowInvalid = allowInvalid;
    return this;
  }

  setHelpText(helpText: string): DataValidationBuilder {
    this.helpText = String(helpText);
    return this;
  }

  build(): DataValidationFacade {
    if (this.criteria === '') throw new Error('A data validation needs a criterion.');
    return new DataValidationFacade(this.criteria, this.values, this.allowInvalid, this.helpText);
  }

  private set(criteria: string, values: unknown[]): DataValidationBuilder {
    this.criteria = criteria;
    this.values = values;
    return this;
  }
}

function criteriaOf(rule: ValidationRule): { criteria: string; values: unknown[] } {
  switch (rule.kind) {
    case 'checkbox':
      return { criteria: DataValidationCriteria.CHECKBOX, values: [] };
    case 'date':
      return { criteria: DataValidationCriteria.DATE_IS_VALID_DATE, values: [] };
    case 'numberBetween':
      return { criteria: DataValidationCriteria.NUMBER_BETWEEN, values: [rule.min, rule.max] };
    case 'list':
      return { criteria: DataValidationCriteria.VALUE_IN_LIST, values: [[...rule.values], true] };
    case 'url':
      return { criteria: DataValidationCriteria.TEXT_IS_VALID_URL, values: [] };
  }
}

function ruleOf(criteria: string, values: readonly unknown[]): ValidationRule {
  switch (criteria) {
    case DataValidationCriteria.CHECKBOX:
      if (values.length > 0) throw unsupported('checkboxes with custom checked values');
      return { kind: 'checkbox' };
    case DataValidationCriteria.DATE_IS_VALID_DATE:
      return { kind: 'date' };
    case DataValidationCriteria.NUMBER_BETWEEN:
      return { kind: 'numberBetween', min: Number(values[0]), max: Number(values[1]) };
    case DataValidationCriteria.VALUE_IN_LIST:
      return { kind: 'list', values: (values[0] as unknown[]).map(String) };
    case DataValidationCriteria.TEXT_IS_VALID_URL:
      return { kind: 'url' };
    default:
      throw unsupported(`data validation ${criteria}`);
  }
}

/** `BooleanCondition` of a conditional format rule. */

/**
 * A colour as `get…Object()` gives it (https://developers.google.com/apps-script/reference/spreadsheet/color):
 * always RGB here.
 */
export class ColorFacade {
  constructor(private readonly hex: string) {}

  getColorType(): string {
    return ColorType.RGB;
  }

  asRgbColor(): RgbColorFacade {
    return new RgbColorFacade(this.hex);
  }
}

/** `RgbColor`. */
export class RgbColorFacade {
  constructor(private readonly hex: string) {}

  asHexString(): string {
    return this.hex;
  }

  getRed(): number {
    return Number.parseInt(this.hex.slice(1, 3), 16);
  }

  getGreen(): number {
    return Number.parseInt(this.hex.slice(3, 5), 16);
  }

  getBlue(): number {
    return Number.parseInt(this.hex.slice(5, 7), 16);
  }
}

const colorObject = (hex: string | undefined) => (hex === undefined ? null : new ColorFacade(hex));

/**
 * `BooleanCondition`: criteria, arguments and the format, each format field `null`
 * when the rule leaves it alone
 * (https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition).
 */
export class BooleanConditionFacade {
  constructor(
    private readonly rule: BooleanFormatRule,
    private readonly realm: Realm,
  ) {}

  getCriteriaType(): string {
    return this.rule.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this.realm.Array.from(this.rule.values);
  }

  /** Deprecated in the reference, still answered: `#rrggbb` or `null`. */
  getBackground(): string | null {
    return this.rule.format.background ?? null;
  }

  getBackgroundObject(): ColorFacade | null {
    return colorObject(this.rule.format.background);
  }

  /** Deprecated in the reference, still answered: `#rrggbb` or `null`. */
  getFontColor(): string | null {
    return this.rule.format.fontColor ?? null;
  }

  getFontColorObject(): ColorFacade | null {
    return colorObject(this.rule.format.fontColor);
  }

  getBold(): boolean | null {
    return this.rule.format.bold ?? null;
  }

  getItalic(): boolean | null {
    return this.rule.format.italic ?? null;
  }

  getUnderline(): boolean | null {
    return this.rule.format.underline ?? null;
  }

  getStrikethrough(): boolean | null {
    return this.rule.format.strikethrough ?? null;
  }
}

/**
 * `GradientCondition`: the colour scale's points; the midpoint's fields are `null`
 * (and its value `''`) when it has none
 * (https://developers.google.com/apps-script/reference/spreadsheet/gradient-condition).
 */
export class GradientConditionFacade {
  constructor(private readonly rule: GradientFormatRule) {}

  getMinColorObject(): ColorFacade | null {
    return colorObject(this.rule.min.color);
  }

  getMinType(): string {
    return this.rule.min.type;
  }

  getMinValue(): string {
    return this.rule.min.value;
  }

  getMidColorObject(): ColorFacade | null {
    return colorObject(this.rule.mid?.color);
  }

  getMidType(): string | null {
    return this.rule.mid?.type ?? null;
  }

  getMidValue(): string {
    return this.rule.mid?.value ?? '';
  }

  getMaxColorObject(): ColorFacade | null {
    return colorObject(this.rule.max.color);
  }

  getMaxType(): string {
    return this.rule.max.type;
  }

  getMaxValue(): string {
    return this.rule.max.value;
  }

  /** Deprecated in the reference, still answered. */
  getMinColor(): string {
    return this.rule.min.color;
  }

  /** Deprecated in the reference, still answered. */
  getMidColor(): string | null {
    return this.rule.mid?.color ?? null;
  }

  /** Deprecated in the reference, still answered. */
  getMaxColor(): string {
    return this.rule.max.color;
  }
}

/**
 * `ConditionalFormatRule`: a built rule, as `build()` makes it or
 * `getConditionalFormatRules()` reads it
 * (https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule).
 */
export class ConditionalFormatRuleFacade {
  constructor(
    /** @internal The rule as the state keeps it. */ readonly stored: FormatRule,
    /** @internal Its ranges, with their sheets. */ readonly rangeFacades: readonly RangeFacade[],
    private readonly realm: Realm,
  ) {}

  /** "Returns a rule builder preset with this rule's settings", ranges included. */
  copy(): ConditionalFormatRuleBuilder {
    return ConditionalFormatRuleBuilder.from(this.stored, this.rangeFacades, this.realm);
  }

  getBooleanCondition(): BooleanConditionFacade | null {
    return this.stored.kind === 'boolean' ? new BooleanConditionFacade(this.stored, this.realm) : null;
  }

  getGradientCondition(): GradientConditionFacade | null {
    return this.stored.kind === 'gradient' ? new GradientConditionFacade(this.stored) : null;
  }

  getRanges(): RangeFacade[] {
    return this.realm.Array.from(this.rangeFacades);
  }
}

type MutableFormat = { -readonly [K in keyof RuleFormat]: RuleFormat[K] };

/**
 * `SpreadsheetApp.newConditionalFormatRule()` and `ConditionalFormatRule.copy()`
 * (https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder).
 * A rule has either a boolean condition (criteria and a format) or a colour scale;
 * `build()` refuses one with both, with neither, with no range, with a boolean
 * condition that formats nothing, or with a colour scale lacking its min or max
 * point (what Google does with those is not modelled).
 */
export class ConditionalFormatRuleBuilder {
  private criteria: BooleanCriteriaName | undefined;
  private values: (number | string)[] = [];
  private format: MutableFormat = {};
  private min: GradientPoint | undefined;
  private mid: GradientPoint | undefined;
  private max: GradientPoint | undefined;
  private ranges: RangeFacade[] = [];

  constructor(private readonly realm: Realm = NODE_REALM) {}

  /** @internal A builder preset with a rule's settings (`copy()`). */
  static from(rule: FormatRule, ranges: readonly RangeFacade[], realm: Realm): ConditionalFormatRuleBuilder {
    const builder = new ConditionalFormatRuleBuilder(realm);
    builder.ranges = [...ranges];
    if (rule.kind === 'boolean') {
      builder.criteria = rule.criteria;
      builder.values = [...rule.values];
      builder.format = { ...rule.format };
    } else {
      builder.min = rule.min;
      builder.mid = rule.mid;
      builder.max = rule.max;
    }
    return builder;
  }

  whenCellEmpty(): ConditionalFormatRuleBuilder {
    return this.withCriteria(BooleanCriteria.CELL_EMPTY, []);
  }

  whenCellNotEmpty(): ConditionalFormatRuleBuilder {
    return this.withCriteria(BooleanCriteria.CELL_NOT_EMPTY, []);
  }

  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    return this.withCriteria(BooleanCriteria.CUSTOM_FORMULA, [formula]);
  }

  whenNumberBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    return this.withCriteria(BooleanCriteria.NUMBER_BETWEEN, [start, end]);
  }

  whenNumberNotBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    return this.withCriteria(BooleanCriteria.NUMBER_NOT_BETWEEN, [start, end]);
  }

  whenNumberEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this.withCriteria(BooleanCriteria.NUMBER_EQUAL_TO, [number]);
  }

  whenNumberNotEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this.withCriteria(BooleanCriteria.NUMBER_NOT_EQUAL_TO, [number]);
  }

  whenNumberGreaterThan(number: number): ConditionalFormatRuleBuilder {
    return this.withCriteria(BooleanCriteria.NUMBER_GREATER_THAN, [number]);
  }

  whenNumberGreaterThanOrEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this.withCriteria(BooleanCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [number]);
  }

  whenNumberLessThan(number: number): ConditionalFormatRuleBuilder {
    return this.withCriteria(BooleanCriteria.NUMBER_LESS_THAN, [number]);
  }

  whenNumberLessThanOrEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this.withCriteria(BooleanCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, [number]);
  }

  whenTextContains(text: string): ConditionalFormatRuleBuilder {
    return this.withCriteria(BooleanCriteria.TEXT_CONTAINS, [text]);
  }

  whenTextDoesNotContain(text: string): ConditionalFormatRuleBuilder {
    return this.withCriteria(BooleanCriteria.TEXT_DOES_NOT_CONTAIN, [text]);
  }

  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder {
    return this.withCriteria(BooleanCriteria.TEXT_EQUAL_TO, [text]);
  }

  whenTextStartsWith(text: string): ConditionalFormatRuleBuilder {
    return this.withCriteria(BooleanCriteria.TEXT_STARTS_WITH, [text]);
  }

  whenTextEndsWith(text: string): ConditionalFormatRuleBuilder {
    return this.withCriteria(BooleanCriteria.TEXT_ENDS_WITH, [text]);
  }

  /** Criteria by name with their arguments, as `getCriteriaType()`/`getCriteriaValues()` give them. */
  withCriteria(criteria: string, args: readonly unknown[]): ConditionalFormatRuleBuilder {
    this.values = checkedCriteriaValues(String(criteria), Array.from(args ?? []));
    this.criteria = criteria as BooleanCriteriaName;
    return this;
  }

  /** `null` removes the setting, as the reference says of each format setter. */
  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    return this.setFormat('background', color);
  }

  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    return this.setFormat('fontColor', color);
  }

  setBold(bold: boolean | null): ConditionalFormatRuleBuilder {
    return this.setFormat('bold', bold);
  }

  setItalic(italic: boolean | null): ConditionalFormatRuleBuilder {
    return this.setFormat('italic', italic);
  }

  setUnderline(underline: boolean | null): ConditionalFormatRuleBuilder {
    return this.setFormat('underline', underline);
  }

  setStrikethrough(strikethrough: boolean | null): ConditionalFormatRuleBuilder {
    return this.setFormat('strikethrough', strikethrough);
  }

  /** "Clears the … gradient minpoint value, and instead uses the minimum value in the rule's ranges." */
  setGradientMinpoint(color: string): ConditionalFormatRuleBuilder {
    this.min = { color, type: 'MIN', value: '' };
    return this;
  }

  setGradientMinpointWithValue(color: string, type: string, value: string): ConditionalFormatRuleBuilder {
    this.min = { color, type: type as InterpolationTypeName, value };
    return this;
  }

  /** "Clears all of the midpoint fields if the passed in interpolation type is null." */
  setGradientMidpointWithValue(
    color: string,
    type: string | null,
    value: string,
  ): ConditionalFormatRuleBuilder {
    this.mid = type === null ? undefined : { color, type: type as InterpolationTypeName, value };
    return this;
  }

  setGradientMaxpoint(color: string): ConditionalFormatRuleBuilder {
    this.max = { color, type: 'MAX', value: '' };
    return this;
  }

  setGradientMaxpointWithValue(color: string, type: string, value: string): ConditionalFormatRuleBuilder {
    this.max = { color, type: type as InterpolationTypeName, value };
    return this;
  }

  setRanges(ranges: readonly RangeFacade[]): ConditionalFormatRuleBuilder {
    if (!Array.isArray(ranges)) throw new Error('setRanges needs an array of ranges.');
    for (const range of ranges) {
      if (!(range instanceof RangeFacade)) throw new Error('setRanges needs Range objects.');
    }
    this.ranges = Array.from(ranges);
    return this;
  }

  getRanges(): RangeFacade[] {
    return this.realm.Array.from(this.ranges);
  }

  getBooleanCondition(): BooleanConditionFacade | null {
    const rule = this.candidate();
    return rule.kind === 'boolean' ? new BooleanConditionFacade(rule, this.realm) : null;
  }

  getGradientCondition(): GradientConditionFacade | null {
    const rule = this.candidate();
    return rule.kind === 'gradient' ? new GradientConditionFacade(rule) : null;
  }

  copy(): ConditionalFormatRuleBuilder {
    const builder = new ConditionalFormatRuleBuilder(this.realm);
    builder.criteria = this.criteria;
    builder.values = [...this.values];
    builder.format = { ...this.format };
    builder.min = this.min;
    builder.mid = this.mid;
    builder.max = this.max;
    builder.ranges = [...this.ranges];
    return builder;
  }

  build(): ConditionalFormatRuleFacade {
    if (this.ranges.length === 0) throw new Error('A conditional format rule needs at least one range.');
    return new ConditionalFormatRuleFacade(copyFormatRule(this.candidate()), [...this.ranges], this.realm);
  }

  /** The rule this builder describes, unchecked but for the choice of kind. */
  private candidate(): FormatRule {
    const gradient = this.min !== undefined || this.mid !== undefined || this.max !== undefined;
    const ranges = this.ranges.map((range) => range.grid);
    if (gradient && (this.criteria !== undefined || Object.keys(this.format).length > 0)) {
      throw new Error(
        'A conditional format rule with both a colour scale and a boolean condition or format is not modelled by the in-memory spreadsheet.',
      );
    }
    if (gradient) {
      return {
        kind: 'gradient',
        ranges,
        min: this.min as GradientPoint,
        ...(this.mid === undefined ? {} : { mid: this.mid }),
        max: this.max as GradientPoint,
      };
    }
    if (this.criteria === undefined) {
      throw new Error('A conditional format rule needs a condition (when…()) or a colour scale.');
    }
    return {
      kind: 'boolean',
      ranges,
      criteria: this.criteria,
      values: [...this.values],
      format: { ...this.format },
    };
  }

  private setFormat<K extends keyof RuleFormat>(
    field: K,
    value: RuleFormat[K] | null,
  ): ConditionalFormatRuleBuilder {
    if (value === null || value === undefined) delete this.format[field];
    else this.format[field] = value;
    return this;
  }
}

function unsupported(what: string): Error {
  return new Error(`SpreadsheetApp facade: ${what} is not supported by the in-memory spreadsheet.`);
}
