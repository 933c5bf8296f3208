/**
 * `SpreadsheetApp` as the add-on's adapter (`src/server/services/apps-script-spreadsheet.ts`)
 * calls it, over the in-memory `FakeSpreadsheet`: the spreadsheet, its sheets,
 * ranges, named ranges, protections, data validations and conditional format
 * rules, with the builders and enums. Each call becomes calls of the fake's
 * `SpreadsheetHandle`, so the real adapter runs unchanged against in-memory state
 * (in dist/ loaded into a vm: the preview and the bundle tests).
 *
 * Only what the adapters call is here; anything else is `undefined`, so code that
 * starts using more of the service fails loudly until its facade is written.
 * Values read come in the script's realm, date cells as `Date`s (`sheet-values.ts`).
 */

import { parseBlockA1 } from '../../src/core/a1';
import type {
  CellFormat,
  ConditionalCondition,
  ConditionalRule,
  GridRange,
  SheetValue,
  Validation,
  ValidationRule,
} from '../../src/server/services/spreadsheet';
import type { FakeSheet, FakeSpreadsheet } from '../spreadsheet';
import { NODE_REALM, type Realm, realmRows, scriptValue } from './sheet-values';
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

/** `SpreadsheetApp.BooleanCriteria`: the conditions the add-on colours by. */
export const BooleanCriteria = enumOf('NUMBER_BETWEEN', 'NUMBER_GREATER_THAN', 'TEXT_STARTS_WITH');

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
    newConditionalFormatRule: () => new ConditionalFormatRuleBuilder(),
    DataValidationCriteria,
    BooleanCriteria,
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

  getNamedRanges(): NamedRangeFacade[] {
    return this.realm.Array.from(
      this.fake.namedRanges(),
      (named) => new NamedRangeFacade(this, named.name, named.sheetName, named.range),
    );
  }

  setNamedRange(name: string, range: RangeFacade): void {
    this.fake.setNamedRange(String(name), range.sheet.getName(), range.grid);
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

  /** A facade of a tab known to exist, without counting a lookup. */
  private sheetFacade(name: string): SheetFacade {
    return new SheetFacade(this, this.fake.tab(name));
  }
}

/** `NamedRange`. */
export class NamedRangeFacade {
  constructor(
    private readonly spreadsheet: SpreadsheetFacade,
    private readonly name: string,
    private readonly sheetName: string,
    private readonly grid: GridRange,
  ) {}

  getName(): string {
    return this.name;
  }

  getRange(): RangeFacade {
    return new RangeFacade(
      new SheetFacade(this.spreadsheet, this.spreadsheet.fake.tab(this.sheetName)),
      this.grid,
    );
  }

  setRange(range: RangeFacade): NamedRangeFacade {
    this.spreadsheet.fake.setNamedRange(this.name, range.sheet.getName(), range.grid);
    return this;
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

  getConditionalFormatRules(): ConditionalFormatRuleFacade[] {
    return this.spreadsheet.realm.Array.from(
      this.fake.conditionalRules(),
      (rule) =>
        new ConditionalFormatRuleFacade(
          rule.when,
          rule.background,
          rule.fontColor ?? null,
          rule.ranges.map((range) => new RangeFacade(this, range)),
        ),
    );
  }

  setConditionalFormatRules(rules: readonly ConditionalFormatRuleFacade[]): void {
    this.fake.setConditionalRules(rules.map((rule) => rule.toRule()));
  }

  getProtections(type: string): ProtectionFacade[] {
    const found =
      type === ProtectionType.RANGE
        ? this.fake
            .protections()
            .map((protection) => new ProtectionFacade(this, protection.range, protection.description))
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
    const rows = values.map((line, i) =>
      line.map((value, j) =>
        scriptValue(
          value,
          this.fake.formatAt(this.grid.row + i, this.grid.column + j).numberFormat,
          timeZone,
          realm,
        ),
      ),
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

  setDataValidation(rule: DataValidationFacade | null): RangeFacade {
    this.fake.setValidation(this.grid, rule === null ? null : rule.toValidation());
    return this;
  }

  clearDataValidations(): RangeFacade {
    return this.setDataValidation(null);
  }

  /** A warning-only protection until told otherwise; its description is set next, as Sheets does. */
  protect(): ProtectionFacade {
    this.fake.protect(this.grid, '');
    return new ProtectionFacade(this.sheet, this.grid, '');
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

/** `Protection` of a range. The in-memory sheet keeps warning-only protections. */
export class ProtectionFacade {
  constructor(
    private readonly sheet: SheetFacade,
    private readonly grid: GridRange,
    private description: string,
  ) {}

  getDescription(): string {
    return this.description;
  }

  getRange(): RangeFacade {
    return new RangeFacade(this.sheet, this.grid);
  }

  setDescription(description: string): ProtectionFacade {
    this.removeFromSheet();
    this.sheet.fake.protect(this.grid, String(description));
    this.description = String(description);
    return this;
  }

  setWarningOnly(warningOnly: boolean): ProtectionFacade {
    if (!warningOnly) throw unsupported('protections that are not warning-only');
    return this;
  }

  isWarningOnly(): boolean {
    return true;
  }

  remove(): void {
    this.removeFromSheet();
  }

  /** Removes this one protection: the fake removes by description, so the others of the same are put back. */
  private removeFromSheet(): void {
    const same = this.sheet.fake
      .protections()
      .filter((protection) => protection.description === this.description);
    const index = same.findIndex((protection) => sameGrid(protection.range, this.grid));
    if (index < 0) return;
    this.sheet.fake.unprotect(this.description);
    same.forEach((protection, position) => {
      if (position !== index) this.sheet.fake.protect(protection.range, protection.description);
    });
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

  getHelpText(): string {
    return this.helpText;
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
export class BooleanConditionFacade {
  constructor(
    private readonly when: ConditionalCondition,
    private readonly background: string | null,
    private readonly fontColor: string | null,
  ) {}

  getCriteriaType(): string {
    switch (this.when.kind) {
      case 'numberBetween':
        return BooleanCriteria.NUMBER_BETWEEN;
      case 'numberGreaterThan':
        return BooleanCriteria.NUMBER_GREATER_THAN;
      case 'textStartsWith':
        return BooleanCriteria.TEXT_STARTS_WITH;
    }
  }

  getCriteriaValues(): unknown[] {
    switch (this.when.kind) {
      case 'numberBetween':
        return [this.when.min, this.when.max];
      case 'numberGreaterThan':
        return [this.when.value];
      case 'textStartsWith':
        return [this.when.text];
    }
  }

  getBackground(): string | null {
    return this.background;
  }

  getFontColor(): string | null {
    return this.fontColor;
  }
}

/** `ConditionalFormatRule`. */
export class ConditionalFormatRuleFacade {
  constructor(
    private readonly when: ConditionalCondition | undefined,
    private readonly background: string | null,
    private readonly fontColor: string | null,
    private readonly ranges: readonly RangeFacade[],
  ) {}

  getBooleanCondition(): BooleanConditionFacade | null {
    return this.when === undefined
      ? null
      : new BooleanConditionFacade(this.when, this.background, this.fontColor);
  }

  getRanges(): RangeFacade[] {
    return [...this.ranges];
  }

  /** @internal The fake's rule for this one. */
  toRule(): ConditionalRule {
    if (this.when === undefined) throw unsupported('conditional format rules without a boolean condition');
    if (this.background === null) throw unsupported('conditional format rules without a background');
    const rule: ConditionalRule = {
      ranges: this.ranges.map((range) => range.grid),
      when: this.when,
      background: this.background,
    };
    return this.fontColor === null ? rule : { ...rule, fontColor: this.fontColor };
  }
}

/** `SpreadsheetApp.newConditionalFormatRule()`. */
export class ConditionalFormatRuleBuilder {
  private when: ConditionalCondition | undefined;
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: RangeFacade[] = [];

  whenNumberBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    this.when = { kind: 'numberBetween', min: start, max: end };
    return this;
  }

  whenNumberGreaterThan(number: number): ConditionalFormatRuleBuilder {
    this.when = { kind: 'numberGreaterThan', value: number };
    return this;
  }

  whenTextStartsWith(text: string): ConditionalFormatRuleBuilder {
    this.when = { kind: 'textStartsWith', text: String(text) };
    return this;
  }

  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    this.background = color;
    return this;
  }

  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    this.fontColor = color;
    return this;
  }

  setRanges(ranges: readonly RangeFacade[]): ConditionalFormatRuleBuilder {
    this.ranges = [...ranges];
    return this;
  }

  build(): ConditionalFormatRuleFacade {
    if (this.ranges.length === 0) throw new Error('A conditional format rule needs at least one range.');
    return new ConditionalFormatRuleFacade(this.when, this.background, this.fontColor, this.ranges);
  }
}

function sameGrid(a: GridRange, b: GridRange): boolean {
  return a.row === b.row && a.column === b.column && a.rows === b.rows && a.columns === b.columns;
}

function unsupported(what: string): Error {
  return new Error(`SpreadsheetApp facade: ${what} is not supported by the in-memory spreadsheet.`);
}
