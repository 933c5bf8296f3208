/**
 * The in-memory spreadsheet's state as plain JSON data: what `snapshot()` returns,
 * what the local preview saves to its data file and what `fromSnapshot()` reads
 * back. Also the canonical copies of formats, validations, rules and ranges that
 * the fake stores, so that equal states always give equal snapshots.
 */

import type {
  CellFormat,
  GridRange,
  NamedRange,
  SheetValue,
  Validation,
  ValidationRule,
} from '../src/server/services/spreadsheet';

/**
 * The `format` tag of every snapshot; a file with another tag is refused. Version 2
 * keeps conditional format rules as Sheets does (any boolean criteria, colour
 * scales, bold/italic/…) and whether a protection is warning-only.
 */
export const SNAPSHOT_FORMAT = 'kpi-sheets/fake-spreadsheet@2';

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
  /** In the order Sheets evaluates them. */
  readonly conditionalRules: readonly FormatRule[];
  readonly protections: readonly StoredProtection[];
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

/**
 * A cell value as JSON data. Text is stored exactly as the cell holds it, also
 * text that starts with `=` or `'`: the `value` field is never read as typing
 * (a formula has its own `formula` field), so `'=1+1'` stays text across a restart.
 */
export function encodeValue(value: SheetValue): StoredValue {
  return isDate(value) ? { date: value.toISOString() } : value;
}

/**
 * A cell value from JSON data, exactly as it was stored: `{ date }` becomes a
 * `Date` again; text stays the same text (never a formula, never losing a `'`).
 * Anything else a hand-edited or damaged file may hold is refused.
 *
 * @example decodeValue('=1+1') // '=1+1', the text, not a formula
 */
export function decodeValue(value: StoredValue): SheetValue {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`snapshot has an invalid value: ${value}`);
    return value;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'date' in value) {
    const date = new Date(typeof value.date === 'string' ? value.date : Number.NaN);
    if (Number.isNaN(date.getTime())) throw new Error(`snapshot has an invalid date: ${value.date}`);
    return date;
  }
  throw new Error(`snapshot has an invalid value: ${JSON.stringify(value)}`);
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

/** A named range with exactly its fields. */
export function copyNamedRange(namedRange: NamedRange): NamedRange {
  return { name: namedRange.name, sheetName: namedRange.sheetName, range: copyRange(namedRange.range) };
}

// ------------------------------------------------------------------ conditional format rules

/**
 * The boolean criteria Sheets offers
 * (https://developers.google.com/apps-script/reference/spreadsheet/boolean-criteria)
 * and how many arguments of which kind each takes (the matching `when…()` builder
 * method's parameters). Date criteria are not modelled: `null`, refused.
 */
export const BOOLEAN_CRITERIA = {
  CELL_EMPTY: [],
  CELL_NOT_EMPTY: [],
  DATE_AFTER: null,
  DATE_BEFORE: null,
  DATE_EQUAL_TO: null,
  DATE_NOT_EQUAL_TO: null,
  DATE_AFTER_RELATIVE: null,
  DATE_BEFORE_RELATIVE: null,
  DATE_EQUAL_TO_RELATIVE: null,
  NUMBER_BETWEEN: ['number', 'number'],
  NUMBER_EQUAL_TO: ['number'],
  NUMBER_GREATER_THAN: ['number'],
  NUMBER_GREATER_THAN_OR_EQUAL_TO: ['number'],
  NUMBER_LESS_THAN: ['number'],
  NUMBER_LESS_THAN_OR_EQUAL_TO: ['number'],
  NUMBER_NOT_BETWEEN: ['number', 'number'],
  NUMBER_NOT_EQUAL_TO: ['number'],
  TEXT_CONTAINS: ['string'],
  TEXT_DOES_NOT_CONTAIN: ['string'],
  TEXT_EQUAL_TO: ['string'],
  TEXT_NOT_EQUAL_TO: ['string'],
  TEXT_STARTS_WITH: ['string'],
  TEXT_ENDS_WITH: ['string'],
  CUSTOM_FORMULA: ['string'],
} as const satisfies Record<string, readonly ('number' | 'string')[] | null>;

/** A `SpreadsheetApp.BooleanCriteria` name. */
export type BooleanCriteriaName = keyof typeof BOOLEAN_CRITERIA;

/**
 * `SpreadsheetApp.InterpolationType`
 * (https://developers.google.com/apps-script/reference/spreadsheet/interpolation-type).
 */
export const INTERPOLATION_TYPES = ['NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX'] as const;

/** An `InterpolationType` name. */
export type InterpolationTypeName = (typeof INTERPOLATION_TYPES)[number];

/**
 * What a boolean rule does to a cell that meets it. An absent field leaves the
 * cell's own format (`BooleanCondition.getBold()` is `null` then, "bolding is
 * unaffected": https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition).
 */
export interface RuleFormat {
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly strikethrough?: boolean;
}

/** A rule with a boolean condition: criteria, their arguments and a format. */
export interface BooleanFormatRule {
  readonly kind: 'boolean';
  readonly ranges: readonly GridRange[];
  readonly criteria: BooleanCriteriaName;
  /** As `BooleanCondition.getCriteriaValues()` gives them: numbers or text. */
  readonly values: readonly (number | string)[];
  readonly format: RuleFormat;
}

/** One point of a colour scale. `value` is `''` for `MIN` and `MAX`, as `getMinValue()` says. */
export interface GradientPoint {
  readonly color: string;
  readonly type: InterpolationTypeName;
  readonly value: string;
}

/**
 * A colour scale: a start and an end point and an optional middle one
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#GradientRule).
 */
export interface GradientFormatRule {
  readonly kind: 'gradient';
  readonly ranges: readonly GridRange[];
  readonly min: GradientPoint;
  readonly mid?: GradientPoint;
  readonly max: GradientPoint;
}

/** A conditional format rule as Sheets keeps it. */
export type FormatRule = BooleanFormatRule | GradientFormatRule;

const RULE_FORMAT_FIELDS = [
  'background',
  'fontColor',
  'bold',
  'italic',
  'underline',
  'strikethrough',
] as const;

/**
 * A colour of a conditional rule: `#rrggbb`, read back in lower case. Other CSS
 * notations (`red`, `rgb(…)`) are refused: how Sheets stores them is not modelled.
 */
export function ruleColor(color: unknown): string {
  if (typeof color !== 'string' || !HEX_COLOR.test(color)) {
    throw new Error(
      `A conditional format colour must be "#rrggbb" in the in-memory spreadsheet, got ${JSON.stringify(color)}.`,
    );
  }
  return color.toLowerCase();
}

/** A rule format with only its set fields, in a fixed order, colours normalized. */
export function copyRuleFormat(format: RuleFormat): RuleFormat {
  const copy: { -readonly [K in keyof RuleFormat]: RuleFormat[K] } = {};
  for (const field of RULE_FORMAT_FIELDS) {
    const value = format[field];
    if (value === undefined || value === null) continue;
    if (field === 'background' || field === 'fontColor') copy[field] = ruleColor(value);
    else if (typeof value === 'boolean') copy[field] = value;
    else
      throw new Error(`A conditional format's ${field} must be true or false, got ${JSON.stringify(value)}.`);
  }
  return copy;
}

/** The criteria's arguments, checked against what its builder method takes. */
export function checkedCriteriaValues(criteria: string, values: readonly unknown[]): (number | string)[] {
  if (!Object.keys(BOOLEAN_CRITERIA).includes(criteria)) {
    throw new Error(`Unknown conditional format criteria ${JSON.stringify(criteria)}.`);
  }
  const kinds = BOOLEAN_CRITERIA[criteria as BooleanCriteriaName];
  if (kinds === null) {
    throw new Error(`Conditional format criteria ${criteria} are not modelled by the in-memory spreadsheet.`);
  }
  if (values.length !== kinds.length) {
    throw new Error(
      `Conditional format criteria ${criteria} take ${kinds.length} arguments, got ${values.length}.`,
    );
  }
  return kinds.map((kind, index) => {
    const value = values[index];
    if (kind === 'number' && typeof value === 'number' && Number.isFinite(value)) return value;
    if (kind === 'string' && typeof value === 'string') {
      // The custom formula of the Sheets UI and of the builder's example begins with "=";
      // without it, what Sheets does is not known here, so it is refused.
      if (criteria === 'CUSTOM_FORMULA' && !value.startsWith('=')) {
        throw new Error(
          `A custom formula rule needs a formula starting with "=", got ${JSON.stringify(value)}.`,
        );
      }
      return value;
    }
    throw new Error(`Conditional format criteria ${criteria} take a ${kind}, got ${JSON.stringify(value)}.`);
  });
}

function copyGradientPoint(point: GradientPoint, which: 'min' | 'mid' | 'max'): GradientPoint {
  if (!INTERPOLATION_TYPES.includes(point.type)) {
    throw new Error(`Unknown interpolation type ${JSON.stringify(point.type)}.`);
  }
  // MIN and MAX say "the lowest/highest value in the ranges"; a middle point needs a value.
  if (which === 'mid' && (point.type === 'MIN' || point.type === 'MAX')) {
    throw new Error(`A colour scale's midpoint cannot be of type ${point.type}.`);
  }
  if ((which === 'min' && point.type === 'MAX') || (which === 'max' && point.type === 'MIN')) {
    throw new Error(`A colour scale's ${which}point cannot be of type ${point.type}.`);
  }
  const value = point.type === 'MIN' || point.type === 'MAX' ? '' : String(point.value ?? '');
  if (value === '' && point.type !== 'MIN' && point.type !== 'MAX') {
    throw new Error(`A colour scale's ${which}point of type ${point.type} needs a value.`);
  }
  return { color: ruleColor(point.color), type: point.type, value };
}

/** A conditional format rule with exactly its fields, checked, colours normalized. */
export function copyFormatRule(rule: FormatRule): FormatRule {
  if (!Array.isArray(rule?.ranges) || rule.ranges.length === 0) {
    throw new Error('A conditional format rule needs at least one range.');
  }
  const ranges = rule.ranges.map(copyRange);
  if (rule.kind === 'boolean') {
    const format = copyRuleFormat(rule.format ?? {});
    // A rule that changes nothing: Sheets' API requires a format; what Apps Script
    // does with one is not known here, so it is refused.
    if (Object.keys(format).length === 0) {
      throw new Error('A conditional format rule needs a format (a colour, bold, italic, …).');
    }
    return {
      kind: 'boolean',
      ranges,
      criteria: rule.criteria,
      values: checkedCriteriaValues(rule.criteria, rule.values ?? []),
      format,
    };
  }
  if (rule.kind === 'gradient') {
    if (rule.min === undefined || rule.max === undefined) {
      throw new Error('A colour scale needs a minpoint and a maxpoint.');
    }
    const copy: GradientFormatRule = {
      kind: 'gradient',
      ranges,
      min: copyGradientPoint(rule.min, 'min'),
      max: copyGradientPoint(rule.max, 'max'),
    };
    return rule.mid === undefined
      ? copy
      : { kind: 'gradient', ranges, min: copy.min, mid: copyGradientPoint(rule.mid, 'mid'), max: copy.max };
  }
  throw new Error(`unknown conditional format rule: ${JSON.stringify(rule)}`);
}

// ------------------------------------------------------------------ protections

/**
 * A protected range. A new one is not warning-only and has no description
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection#isWarningOnly()).
 */
export interface StoredProtection {
  readonly range: GridRange;
  /** `''` when none, as `getDescription()` gives it. */
  readonly description: string;
  readonly warningOnly: boolean;
}

/** A protection with exactly its fields. */
export function copyStoredProtection(protection: StoredProtection): StoredProtection {
  if (typeof protection.description !== 'string' || typeof protection.warningOnly !== 'boolean') {
    throw new Error(`invalid protection: ${JSON.stringify(protection)}`);
  }
  return {
    range: copyRange(protection.range),
    description: protection.description,
    warningOnly: protection.warningOnly,
  };
}
