/**
 * `SpreadsheetHandle` over the real `SpreadsheetApp`. Each method is one service
 * call where Sheets allows it (a whole block read with `getValues`, written with
 * `setValues`), and translates Sheets' objects (validations, conditional rules,
 * protections, named ranges) to and from the add-on's plain data.
 *
 * Conditional format rules are the exception to translating both ways:
 * `Sheet.setConditionalFormatRules` replaces ALL of a sheet's rules
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)),
 * so a rule rebuilt from what the add-on can read would lose what it cannot (custom
 * formulas, colour scales, bold, italic, …). The adapter therefore hands Sheets'
 * own rule objects back untouched, resizes a rule with `copy().setRanges()`, and
 * builds only the rules the add-on adds.
 *
 * Nothing here runs at load time: `SpreadsheetApp` is only touched inside calls.
 */

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
  SheetHandle,
  SheetValue,
  SpreadsheetHandle,
  Validation,
  ValidationRule,
} from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/**
 * The add-on's view of a spreadsheet, over the real service.
 *
 * @example appsScriptSpreadsheet().sheet('ตั้งค่า')?.readValues(gridRange(2, 2, 10, 1))
 */
export function appsScriptSpreadsheet(
  spreadsheet: Spreadsheet = SpreadsheetApp.getActive(),
): SpreadsheetHandle {
  const requireSheet = (name: string): Sheet => {
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`Range not found: no sheet named "${name}".`);
    return sheet;
  };
  return {
    timeZone: () => spreadsheet.getSpreadsheetTimeZone(),
    sheets: () => spreadsheet.getSheets().map(sheetHandle),
    sheet(name) {
      const sheet = spreadsheet.getSheetByName(name);
      return sheet ? sheetHandle(sheet) : undefined;
    },
    insertSheet(name, index) {
      return sheetHandle(spreadsheet.insertSheet(name, index ?? spreadsheet.getNumSheets()));
    },
    deleteSheet(name) {
      spreadsheet.deleteSheet(requireSheet(name));
    },
    namedRanges(): NamedRange[] {
      return spreadsheet.getNamedRanges().map((namedRange) => {
        const range = namedRange.getRange();
        return { name: namedRange.getName(), sheetName: range.getSheet().getName(), range: gridOf(range) };
      });
    },
    setNamedRange(name, sheetName, range) {
      const target = rangeOf(requireSheet(sheetName), range);
      // Move a name that exists rather than rely on how Sheets treats a second one.
      const existing = spreadsheet.getNamedRanges().find((namedRange) => namedRange.getName() === name);
      if (existing) existing.setRange(target);
      else spreadsheet.setNamedRange(name, target);
    },
    activeCell(): CellPosition | undefined {
      const cell = spreadsheet.getCurrentCell();
      if (!cell) return undefined;
      return { sheetName: cell.getSheet().getName(), row: cell.getRow(), column: cell.getColumn() };
    },
    select(sheetName, range) {
      rangeOf(requireSheet(sheetName), range).activate();
    },
    toast(message, title) {
      spreadsheet.toast(message, title);
    },
  };
}

/** One tab, over the real `Sheet`. */
function sheetHandle(sheet: Sheet): SheetHandle {
  const at = (range: GridRange) => rangeOf(sheet, range);
  return {
    name: sheet.getName(),
    lastRow: () => sheet.getLastRow(),
    lastColumn: () => sheet.getLastColumn(),
    maxRows: () => sheet.getMaxRows(),
    maxColumns: () => sheet.getMaxColumns(),
    ensureSize(rows, columns) {
      const maxRows = sheet.getMaxRows();
      if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
      const maxColumns = sheet.getMaxColumns();
      if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
    },
    readValues: (range) => at(range).getValues() as SheetValue[][],
    readFormulas: (range) => at(range).getFormulas(),
    readNotes: (range) => at(range).getNotes(),
    readBackgrounds: (range) => at(range).getBackgrounds(),
    writeValues(range, values) {
      at(range).setValues(values as SheetValue[][]);
    },
    writeFormulas(range, formulas) {
      at(range).setFormulas(formulas as string[][]);
    },
    writeNotes(range, notes) {
      at(range).setNotes(notes as string[][]);
    },
    format(range, format) {
      applyFormat(at(range), format);
    },
    readValidations: (range) =>
      at(range)
        .getDataValidations()
        .map((line) => line.map(validationOf)),
    setValidation(range, validation) {
      if (validation === null) at(range).clearDataValidations();
      else at(range).setDataValidation(dataValidationOf(validation));
    },
    conditionalRules: () => sheet.getConditionalFormatRules().map(sheetRuleOf),
    updateConditionalRules(change: ConditionalRulesChange) {
      const resize = change.resize ?? [];
      const add = change.add ?? [];
      if (resize.length === 0 && add.length === 0) return;
      const rules = sheet.getConditionalFormatRules();
      for (const { at, ranges } of resize) {
        const rule = rules[at];
        if (rule === undefined)
          throw new Error(`No conditional format rule at ${at}: the sheet has ${rules.length}.`);
        rules[at] = rule
          .copy()
          .setRanges(ranges.map((range) => rangeOf(sheet, range)))
          .build();
      }
      for (const rule of add) rules.push(formatRuleOf(sheet, rule));
      sheet.setConditionalFormatRules(rules);
    },
    protections: (): Protection[] =>
      sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).map((protection) => ({
        range: gridOf(protection.getRange()),
        description: protection.getDescription(),
      })),
    protect(range, description) {
      at(range).protect().setDescription(description).setWarningOnly(true);
    },
    reprotect(description, range) {
      for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
        if (protection.getDescription() === description) protection.setRange(at(range));
      }
    },
    unprotect(description) {
      for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
        if (protection.getDescription() === description) protection.remove();
      }
    },
    frozenRows: () => sheet.getFrozenRows(),
    setFrozenRows(rows) {
      sheet.setFrozenRows(rows);
    },
    columnWidth: (column) => sheet.getColumnWidth(column),
    setColumnWidth(column, width) {
      sheet.setColumnWidth(column, width);
    },
  };
}

function rangeOf(sheet: Sheet, range: GridRange): Range {
  return sheet.getRange(range.row, range.column, range.rows, range.columns);
}

function gridOf(range: Range): GridRange {
  return {
    row: range.getRow(),
    column: range.getColumn(),
    rows: range.getNumRows(),
    columns: range.getNumColumns(),
  };
}

/** One service call per field that is set. */
function applyFormat(range: Range, format: CellFormat): void {
  if (format.background !== undefined) range.setBackground(format.background);
  if (format.fontColor !== undefined) range.setFontColor(format.fontColor);
  if (format.bold !== undefined) range.setFontWeight(format.bold ? 'bold' : 'normal');
  if (format.wrap !== undefined) range.setWrap(format.wrap);
  if (format.numberFormat !== undefined) range.setNumberFormat(format.numberFormat);
  if (format.horizontalAlignment !== undefined) range.setHorizontalAlignment(format.horizontalAlignment);
  if (format.verticalAlignment !== undefined) range.setVerticalAlignment(format.verticalAlignment);
}

/** A Sheets data validation for ours. */
export function dataValidationOf(validation: Validation): DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  const rule = validation.rule;
  switch (rule.kind) {
    case 'checkbox':
      builder.requireCheckbox();
      break;
    case 'date':
      builder.requireDate();
      break;
    case 'numberBetween':
      builder.requireNumberBetween(rule.min, rule.max);
      break;
    case 'list':
      builder.requireValueInList([...rule.values], true);
      break;
    case 'url':
      builder.requireTextIsUrl();
      break;
  }
  return builder.setAllowInvalid(!validation.reject).setHelpText(validation.help).build();
}

/**
 * Our validation for a Sheets one; `null` for none and for kinds the add-on never
 * sets (custom formulas, ranges, other comparisons, checkboxes with custom values).
 */
export function validationOf(validation: DataValidation | null): Validation | null {
  if (!validation) return null;
  const rule = validationRuleOf(validation.getCriteriaType(), validation.getCriteriaValues() ?? []);
  if (!rule) return null;
  return { rule, help: validation.getHelpText() ?? '', reject: !validation.getAllowInvalid() };
}

function validationRuleOf(
  criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria,
  values: unknown[],
): ValidationRule | undefined {
  const Criteria = SpreadsheetApp.DataValidationCriteria;
  switch (criteria) {
    case Criteria.CHECKBOX:
      return values.every((value) => value === undefined || value === null || value === '')
        ? { kind: 'checkbox' }
        : undefined;
    case Criteria.DATE_IS_VALID_DATE:
      return { kind: 'date' };
    case Criteria.NUMBER_BETWEEN:
      return { kind: 'numberBetween', min: Number(values[0]), max: Number(values[1]) };
    case Criteria.VALUE_IN_LIST:
      return Array.isArray(values[0]) ? { kind: 'list', values: values[0].map(String) } : undefined;
    case Criteria.TEXT_IS_VALID_URL:
      return { kind: 'url' };
    default:
      return undefined;
  }
}

/** A Sheets conditional format rule for ours, its ranges on `sheet`. */
export function formatRuleOf(sheet: Sheet, rule: ConditionalRule): ConditionalFormatRule {
  const builder = SpreadsheetApp.newConditionalFormatRule();
  const when = rule.when;
  switch (when.kind) {
    case 'numberBetween':
      builder.whenNumberBetween(when.min, when.max);
      break;
    case 'numberGreaterThan':
      builder.whenNumberGreaterThan(when.value);
      break;
    case 'textStartsWith':
      builder.whenTextStartsWith(when.text);
      break;
  }
  builder.setBackground(rule.background);
  if (rule.fontColor !== undefined) builder.setFontColor(rule.fontColor);
  return builder.setRanges(rule.ranges.map((range) => rangeOf(sheet, range))).build();
}

/** What the add-on reads of a Sheets rule: its ranges and, for the kinds it makes, its condition. */
export function sheetRuleOf(rule: ConditionalFormatRule): SheetConditionalRule {
  const condition = rule.getBooleanCondition();
  return {
    ranges: rule.getRanges().map(gridOf),
    when: condition
      ? conditionOf(condition.getCriteriaType(), condition.getCriteriaValues() ?? [])
      : undefined,
  };
}

function conditionOf(
  criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria,
  values: unknown[],
): ConditionalCondition | undefined {
  const Criteria = SpreadsheetApp.BooleanCriteria;
  switch (criteria) {
    case Criteria.NUMBER_BETWEEN:
      return { kind: 'numberBetween', min: Number(values[0]), max: Number(values[1]) };
    case Criteria.NUMBER_GREATER_THAN:
      return { kind: 'numberGreaterThan', value: Number(values[0]) };
    case Criteria.TEXT_STARTS_WITH:
      return { kind: 'textStartsWith', text: String(values[0] ?? '') };
    default:
      return undefined;
  }
}
