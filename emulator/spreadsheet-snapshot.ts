/**
 * The in-memory spreadsheet's state as plain JSON data: what `snapshot()` returns,
 * what the local preview saves to its data file and what `fromSnapshot()` reads
 * back. Also the canonical copies of formats, validations, rules and ranges that
 * the fake stores, so that equal states always give equal snapshots.
 */

import type {
  CellFormat,
  ConditionalCondition,
  ConditionalRule,
  GridRange,
  NamedRange,
  Protection,
  SheetValue,
  Validation,
  ValidationRule,
} from '../src/server/services/spreadsheet';

/** The `format` tag of every snapshot; a file with another tag is refused. */
export const SNAPSHOT_FORMAT = 'kpi-sheets/fake-spreadsheet@1';

/** A cell value in JSON: a `Date` becomes `{ date: '<ISO instant>' }`. */
export type StoredValue = string | number | boolean | { readonly date: string };

/** One non-empty cell: a value or a formula, and whatever else it has. */
export interface CellSnapshot {
  readonly value?: StoredValue;
  readonly formula?: string;
  readonly note?: string;
  readonly format?: CellFormat;
  readonly validation?: Validation;
}

/** One tab. */
export interface SheetSnapshot {
  readonly name: string;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly frozenRows: number;
  /** Widths that differ from the default, by column letters: `{ C: 240 }`. */
  readonly columnWidths: Readonly<Record<string, number>>;
  /** Every non-empty cell by its A1 name, in row then column order. */
  readonly cells: Readonly<Record<string, CellSnapshot>>;
  readonly conditionalRules: readonly ConditionalRule[];
  readonly protections: readonly Protection[];
}

/** The whole spreadsheet: tabs in order, named ranges by name. */
export interface SpreadsheetSnapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly timeZone: string;
  readonly sheets: readonly SheetSnapshot[];
  readonly namedRanges: readonly NamedRange[];
}

/**
 * Whether a value is a `Date`, also one made in another JavaScript realm (the
 * preview runs the built add-on in a `vm` context, whose `Date` is not ours).
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A cell value as JSON data. */
export function encodeValue(value: SheetValue): StoredValue {
  return isDate(value) ? { date: value.toISOString() } : value;
}

/** A cell value from JSON data: `{ date }` becomes a `Date` again. */
export function decodeValue(value: StoredValue): SheetValue {
  if (typeof value === 'object') {
    const date = new Date(value.date);
    if (Number.isNaN(date.getTime())) throw new Error(`snapshot has an invalid date: ${value.date}`);
    return date;
  }
  return value;
}

/** A copy of a range with exactly its four fields. */
export function copyRange(range: GridRange): GridRange {
  return { row: range.row, column: range.column, rows: range.rows, columns: range.columns };
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** A colour as Sheets reads it back: `#RRGGBB` in lower case; other names as given. */
export function normalizeColor(color: string): string {
  return HEX_COLOR.test(color) ? color.toLowerCase() : color;
}

/** A format with only its set fields, in a fixed order, colours normalized. */
export function copyFormat(format: CellFormat): CellFormat {
  const copy: { -readonly [K in keyof CellFormat]: CellFormat[K] } = {};
  if (format.background !== undefined) copy.background = normalizeColor(format.background);
  if (format.fontColor !== undefined) copy.fontColor = normalizeColor(format.fontColor);
  if (format.bold !== undefined) copy.bold = format.bold;
  if (format.wrap !== undefined) copy.wrap = format.wrap;
  if (format.numberFormat !== undefined) copy.numberFormat = format.numberFormat;
  if (format.horizontalAlignment !== undefined) copy.horizontalAlignment = format.horizontalAlignment;
  if (format.verticalAlignment !== undefined) copy.verticalAlignment = format.verticalAlignment;
  return copy;
}

/** A validation rule with exactly its fields. */
export function copyValidationRule(rule: ValidationRule): ValidationRule {
  switch (rule.kind) {
    case 'checkbox':
    case 'date':
    case 'url':
      return { kind: rule.kind };
    case 'numberBetween':
      return { kind: 'numberBetween', min: rule.min, max: rule.max };
    case 'list':
      return { kind: 'list', values: [...rule.values] };
    default:
      throw new Error(`unknown validation rule: ${JSON.stringify(rule)}`);
  }
}

/** A validation with exactly its fields. */
export function copyValidation(validation: Validation): Validation {
  return { rule: copyValidationRule(validation.rule), help: validation.help, reject: validation.reject };
}

function copyCondition(condition: ConditionalCondition): ConditionalCondition {
  switch (condition.kind) {
    case 'numberBetween':
      return { kind: 'numberBetween', min: condition.min, max: condition.max };
    case 'numberGreaterThan':
      return { kind: 'numberGreaterThan', value: condition.value };
    case 'textStartsWith':
      return { kind: 'textStartsWith', text: condition.text };
    default:
      throw new Error(`unknown conditional condition: ${JSON.stringify(condition)}`);
  }
}

/** A conditional rule with exactly its fields, colours normalized. */
export function copyConditionalRule(rule: ConditionalRule): ConditionalRule {
  const copy: ConditionalRule = {
    ranges: rule.ranges.map(copyRange),
    when: copyCondition(rule.when),
    background: normalizeColor(rule.background),
  };
  return rule.fontColor === undefined ? copy : { ...copy, fontColor: normalizeColor(rule.fontColor) };
}

/** A protection with exactly its fields. */
export function copyProtection(protection: Protection): Protection {
  return { range: copyRange(protection.range), description: protection.description };
}

/** A named range with exactly its fields. */
export function copyNamedRange(namedRange: NamedRange): NamedRange {
  return { name: namedRange.name, sheetName: namedRange.sheetName, range: copyRange(namedRange.range) };
}
