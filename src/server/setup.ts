/**
 * "Set up tracking sheet": creates what is missing of the template, and only
 * that. Existing tabs, rows, columns and settings stay where they are; a second
 * run finds nothing missing and writes nothing.
 */

import { ROUNDS, type Round } from '../core/card';
import { dayFromIso } from '../core/dates';
import { HOLIDAYS_FY2566 } from '../core/holidays';
import { DAY_COUNT_NAME, SHEET, VALIDATION_HELP, YES_NO } from '../core/messages';
import {
  type ColumnMap,
  columnFormula,
  DEFAULT_FISCAL_YEAR,
  FIRST_DATA_ROW,
  FORMULA_KEYS,
  type FormulaKey,
  HOLIDAY_ROWS,
  locateColumns,
  NAMES,
  roundOfTab,
  SETTINGS,
  SETTINGS_COLUMNS,
  type SettingSpec,
  TAB,
  type TrackingColumn,
  trackingColumns,
} from '../core/template';
import {
  type CellFormat,
  type ConditionalRule,
  type GridRange,
  gridRange,
  type SheetHandle,
  type SpreadsheetHandle,
  type Validation,
} from './services/spreadsheet';
import { serialOfDay } from './settings';

/** What set-up did. */
export interface SetUpOutcome {
  /** Tabs it created. */
  readonly createdTabs: readonly string[];
  /** Columns, settings and rules it added to tabs that were already there. */
  readonly added: number;
}

/** Colours of the template. */
export const COLOURS = {
  headerBackground: '#1f4e79',
  headerFont: '#ffffff',
  formulaBackground: '#eef3f8',
  settingsLabel: '#f3f6fa',
  level0: '#f4cccc',
  level1: '#fce5cd',
  level3: '#fff2cc',
  level5: '#d9ead3',
  late: '#f4cccc',
  lateFont: '#990000',
  warning: '#fff2cc',
  warningFont: '#8a4500',
} as const;

/** Formula columns show their figures as the card writes them: 0.30 points, 0.1150 weighted. */
const FORMULA_NUMBER_FORMAT: Readonly<Record<string, string>> = {
  daysLate: '0',
  penalty: '0.00',
  score: '0.00',
  weighted: '0.0000',
};

const HEADER_FORMAT: CellFormat = {
  background: COLOURS.headerBackground,
  fontColor: COLOURS.headerFont,
  bold: true,
  wrap: true,
  verticalAlignment: 'middle',
  horizontalAlignment: 'center',
};

/** Creates the tracking sheet's missing parts; safe to run any number of times. */
export function setUpTrackingSheet(spreadsheet: SpreadsheetHandle): SetUpOutcome {
  const createdTabs: string[] = [];
  let added = 0;

  const settingsOutcome = ensureSettingsTab(spreadsheet);
  if (settingsOutcome.created) createdTabs.push(TAB.settings);
  added += settingsOutcome.added;

  const fiscalYear = settingsOutcome.fiscalYear;
  const holidaysCreated = ensureHolidaysTab(spreadsheet, fiscalYear);
  if (holidaysCreated) createdTabs.push(TAB.holidays);
  const holidaysNamed = ensureHolidaysName(spreadsheet);
  if (!holidaysCreated) added += holidaysNamed;

  for (const round of ROUNDS) {
    const existing = spreadsheet.sheets().find((sheet) => roundOfTab(sheet.name) === round);
    if (existing === undefined) {
      const sheet = spreadsheet.insertSheet(TAB.round(round, fiscalYear));
      createdTabs.push(sheet.name);
      completeRoundTab(sheet, round);
    } else {
      added += completeRoundTab(existing, round);
    }
  }
  return { createdTabs, added };
}

// ------------------------------------------------------------------ settings

function ensureSettingsTab(spreadsheet: SpreadsheetHandle): {
  created: boolean;
  added: number;
  fiscalYear: number;
} {
  let sheet = spreadsheet.sheet(TAB.settings);
  const created = sheet === undefined;
  if (sheet === undefined) {
    sheet = spreadsheet.insertSheet(TAB.settings, 0);
    const header = gridRange(1, 1, 1, SHEET.settingsHeaders.length);
    sheet.writeValues(header, [[...SHEET.settingsHeaders]]);
    sheet.format(header, HEADER_FORMAT);
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(SETTINGS_COLUMNS.label, 300);
    sheet.setColumnWidth(SETTINGS_COLUMNS.value, 220);
    sheet.setColumnWidth(SETTINGS_COLUMNS.help, 520);
  }
  const table =
    sheet.lastRow() === 0 ? [] : sheet.readValues(gridRange(1, 1, sheet.lastRow(), SETTINGS_COLUMNS.help));
  const names = new Map(spreadsheet.namedRanges().map((named) => [named.name, named]));
  let nextRow = Math.max(table.length, 1) + 1;
  let added = 0;
  for (const spec of SETTINGS) {
    if (names.has(spec.name)) continue;
    const labelRow = table.findIndex(
      (row) => String(row[SETTINGS_COLUMNS.label - 1] ?? '').trim() === spec.label,
    );
    let row: number;
    if (labelRow >= 0) {
      row = labelRow + 1;
    } else {
      row = nextRow++;
      writeSetting(sheet, row, spec);
    }
    spreadsheet.setNamedRange(spec.name, TAB.settings, gridRange(row, SETTINGS_COLUMNS.value));
    if (!created) added++;
  }
  const yearNamed = spreadsheet.namedRanges().find((named) => named.name === NAMES.fiscalYear);
  const yearValue = yearNamed ? sheet.readValues(yearNamed.range)[0]?.[0] : undefined;
  const fiscalYear = Number(yearValue);
  return {
    created,
    added,
    fiscalYear: Number.isInteger(fiscalYear) && fiscalYear > 2400 ? fiscalYear : DEFAULT_FISCAL_YEAR,
  };
}

function writeSetting(sheet: SheetHandle, row: number, spec: SettingSpec): void {
  const value = spec.input === 'date' ? serialOfDay(dayFromIso(String(spec.initial))) : spec.initial;
  const valueCell = gridRange(row, SETTINGS_COLUMNS.value);
  // Number formats first, so a text setting such as a phone number stays text.
  if (spec.numberFormat !== undefined) sheet.format(valueCell, { numberFormat: spec.numberFormat });
  sheet.writeValues(gridRange(row, SETTINGS_COLUMNS.label, 1, 1), [[spec.label]]);
  if (spec.input === 'formula') sheet.writeFormulas(valueCell, [[String(spec.initial)]]);
  else sheet.writeValues(valueCell, [[value]]);
  sheet.writeValues(gridRange(row, SETTINGS_COLUMNS.help, 1, 1), [[spec.help]]);
  sheet.writeNotes(valueCell, [[spec.help]]);
  sheet.format(gridRange(row, SETTINGS_COLUMNS.label), {
    background: COLOURS.settingsLabel,
    bold: true,
    wrap: true,
  });
  sheet.format(gridRange(row, SETTINGS_COLUMNS.help), { wrap: true, fontColor: '#555555' });
  const validation = settingValidation(spec);
  if (validation !== null) sheet.setValidation(valueCell, validation);
  if (spec.input === 'formula') {
    sheet.format(valueCell, { background: COLOURS.formulaBackground });
    sheet.protect(valueCell, `${SHEET.settingsProtection}: ${spec.label}`);
  }
}

function settingValidation(spec: SettingSpec): Validation | null {
  switch (spec.input) {
    case 'year':
      return {
        rule: { kind: 'numberBetween', min: 2500, max: 2700 },
        help: VALIDATION_HELP.fiscalYear,
        reject: true,
      };
    case 'date':
      return { rule: { kind: 'date' }, help: VALIDATION_HELP.date, reject: true };
    case 'rate':
      return { rule: { kind: 'numberBetween', min: 0, max: 5 }, help: VALIDATION_HELP.rate, reject: true };
    case 'weight':
      return {
        rule: { kind: 'numberBetween', min: 0, max: 100 },
        help: VALIDATION_HELP.weight,
        reject: true,
      };
    case 'dayCount':
      return {
        rule: { kind: 'list', values: [DAY_COUNT_NAME.calendar, DAY_COUNT_NAME.working] },
        help: VALIDATION_HELP.dayCount,
        reject: true,
      };
    case 'yesNo':
      return {
        rule: { kind: 'list', values: [YES_NO.yes, YES_NO.no] },
        help: VALIDATION_HELP.yesNo,
        reject: true,
      };
    default:
      return null;
  }
}

// ------------------------------------------------------------------ holidays

/** Creates the holidays tab, prefilled for B.E. 2566; returns whether it was created. */
function ensureHolidaysTab(spreadsheet: SpreadsheetHandle, fiscalYear: number): boolean {
  if (spreadsheet.sheet(TAB.holidays) !== undefined) return false;
  const sheet = spreadsheet.insertSheet(TAB.holidays, 1);
  const header = gridRange(1, 1, 1, SHEET.holidaysHeaders.length);
  sheet.writeValues(header, [[...SHEET.holidaysHeaders]]);
  sheet.format(header, HEADER_FORMAT);
  sheet.writeNotes(gridRange(1, 1), [[SHEET.holidaysNote]]);
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 120);
  sheet.setColumnWidth(2, 520);
  sheet.ensureSize(FIRST_DATA_ROW + HOLIDAY_ROWS - 1, 2);
  const dates = gridRange(FIRST_DATA_ROW, 1, HOLIDAY_ROWS, 1);
  sheet.format(dates, { numberFormat: 'd/m/yyyy', horizontalAlignment: 'left' });
  sheet.setValidation(dates, { rule: { kind: 'date' }, help: VALIDATION_HELP.date, reject: true });
  if (fiscalYear === DEFAULT_FISCAL_YEAR && HOLIDAYS_FY2566.length > 0) {
    const rows = HOLIDAYS_FY2566.map((holiday) => [serialOfDay(dayFromIso(holiday.date)), holiday.name]);
    sheet.writeValues(gridRange(FIRST_DATA_ROW, 1, rows.length, 2), rows);
    sheet.writeNotes(gridRange(FIRST_DATA_ROW, 2), [[SHEET.holidaysCheckBeforeUse]]);
  }
  return true;
}

function ensureHolidaysName(spreadsheet: SpreadsheetHandle): number {
  if (spreadsheet.namedRanges().some((named) => named.name === NAMES.holidays)) return 0;
  spreadsheet.setNamedRange(NAMES.holidays, TAB.holidays, gridRange(FIRST_DATA_ROW, 1, HOLIDAY_ROWS, 1));
  return 1;
}

// ------------------------------------------------------------------ round tabs

/**
 * Brings a round's tab up to the template: missing columns are added after the
 * last used one, and each column's formula, validation, protection and colours
 * are set where missing. Returns how many things were added.
 */
function completeRoundTab(sheet: SheetHandle, round: Round): number {
  const template = trackingColumns(round);
  const isNew = sheet.lastRow() === 0 && sheet.lastColumn() === 0;
  const headerRow = isNew
    ? []
    : (sheet.readValues(gridRange(1, 1, 1, Math.max(sheet.lastColumn(), 1)))[0] ?? []);
  const found = locateColumns(round, headerRow);
  const missing = template.filter((column) => !found.has(column.key));
  const columns = new Map(found);
  let nextColumn = Math.max(sheet.lastColumn(), 0) + 1;
  for (const column of missing) columns.set(column.key, nextColumn++);
  if (nextColumn - 1 > sheet.maxColumns()) sheet.ensureSize(sheet.maxRows(), nextColumn - 1);

  let added = isNew ? 0 : missing.length;
  if (missing.length > 0) writeHeaders(sheet, missing, columns);
  if (sheet.frozenRows() < 1) sheet.setFrozenRows(1);

  const dataRows = gridRange(FIRST_DATA_ROW, 1, sheet.maxRows() - FIRST_DATA_ROW + 1, 1);
  for (const column of template) {
    const number = columns.get(column.key) as number;
    const cells: GridRange = { ...dataRows, column: number };
    const validation = columnValidation(column);
    if (validation !== null && sheet.readValidations(gridRange(FIRST_DATA_ROW, number))[0]?.[0] == null) {
      sheet.setValidation(cells, validation);
      if (!isNew && found.has(column.key)) added++;
    }
    if (column.kind === 'due' || column.kind === 'submitted') {
      if (missing.includes(column))
        sheet.format(cells, { numberFormat: 'd/m/yyyy', horizontalAlignment: 'center' });
    }
    if (column.kind === 'formula') added += ensureFormulaColumn(sheet, round, column, cells, columns, isNew);
  }
  added += ensureConditionalRules(sheet, columns, dataRows, isNew);
  return added;
}

function writeHeaders(sheet: SheetHandle, columns: readonly TrackingColumn[], map: ColumnMap): void {
  // Template columns are contiguous when they are new: one write for all headers and one for all notes.
  const numbers = columns.map((column) => map.get(column.key) as number);
  const first = numbers[0] as number;
  const contiguous = numbers.every((number, index) => number === first + index);
  if (contiguous) {
    const block = gridRange(1, first, 1, columns.length);
    sheet.writeValues(block, [columns.map((column) => column.header)]);
    sheet.writeNotes(block, [columns.map((column) => column.note)]);
    sheet.format(block, HEADER_FORMAT);
  } else {
    columns.forEach((column, index) => {
      const cell = gridRange(1, numbers[index] as number);
      sheet.writeValues(cell, [[column.header]]);
      sheet.writeNotes(cell, [[column.note]]);
      sheet.format(cell, HEADER_FORMAT);
    });
  }
  columns.forEach((column, index) => {
    sheet.setColumnWidth(numbers[index] as number, column.width);
  });
}

function columnValidation(column: TrackingColumn): Validation | null {
  switch (column.kind) {
    case 'flag':
      return { rule: { kind: 'checkbox' }, help: VALIDATION_HELP.flag, reject: false };
    case 'progress':
      return {
        rule: { kind: 'numberBetween', min: 0, max: 100 },
        help: VALIDATION_HELP.progress,
        reject: false,
      };
    case 'evidence':
      return { rule: { kind: 'url' }, help: VALIDATION_HELP.url, reject: false };
    case 'due':
    case 'submitted':
      return { rule: { kind: 'date' }, help: VALIDATION_HELP.date, reject: false };
    default:
      return null;
  }
}

function ensureFormulaColumn(
  sheet: SheetHandle,
  round: Round,
  column: TrackingColumn,
  cells: GridRange,
  columns: ColumnMap,
  isNew: boolean,
): number {
  let added = 0;
  const formula = columnFormula(column.key as FormulaKey, round, columns);
  const first = gridRange(FIRST_DATA_ROW, cells.column);
  if (sheet.readFormulas(first)[0]?.[0] !== formula) {
    sheet.writeFormulas(first, [[formula]]);
    const numberFormat = FORMULA_NUMBER_FORMAT[column.key];
    sheet.format(cells, {
      background: COLOURS.formulaBackground,
      horizontalAlignment: column.key === 'next' ? 'left' : 'center',
      ...(column.key === 'next' ? { wrap: true } : {}),
      ...(numberFormat === undefined ? {} : { numberFormat }),
    });
    if (!isNew) added++;
  }
  const description = `${SHEET.formulaProtection(round)} (${column.header})`;
  if (!sheet.protections().some((protection) => protection.description === description)) {
    sheet.protect(cells, description);
    if (!isNew) added++;
  }
  return added;
}

/** The template's conditional colours: levels, late rows, ⚠ problems. */
export function conditionalRules(columns: ColumnMap, dataRows: GridRange): ConditionalRule[] {
  const column = (key: string): GridRange => ({ ...dataRows, column: columns.get(key) as number });
  const formulaColumns = FORMULA_KEYS.map(column);
  return [
    {
      ranges: formulaColumns,
      when: { kind: 'textStartsWith', text: '⚠' },
      background: COLOURS.warning,
      fontColor: COLOURS.warningFont,
    },
    {
      ranges: [column('level')],
      when: { kind: 'numberBetween', min: 5, max: 5 },
      background: COLOURS.level5,
    },
    {
      ranges: [column('level')],
      when: { kind: 'numberBetween', min: 3, max: 4.99 },
      background: COLOURS.level3,
    },
    {
      ranges: [column('level')],
      when: { kind: 'numberBetween', min: 1, max: 2.99 },
      background: COLOURS.level1,
    },
    {
      ranges: [column('level')],
      when: { kind: 'numberBetween', min: 0, max: 0.99 },
      background: COLOURS.level0,
    },
    {
      ranges: [column('daysLate'), column('penalty')],
      when: { kind: 'numberGreaterThan', value: 0 },
      background: COLOURS.late,
      fontColor: COLOURS.lateFont,
    },
  ];
}

function ensureConditionalRules(
  sheet: SheetHandle,
  columns: ColumnMap,
  dataRows: GridRange,
  isNew: boolean,
): number {
  const wanted = conditionalRules(columns, dataRows);
  const existing = sheet.conditionalRules();
  // What a rule colours and when; colours read back from Sheets may differ in case.
  const key = (rule: ConditionalRule) => JSON.stringify([rule.when, rule.ranges]);
  const have = new Set(existing.map(key));
  const lacking = wanted.filter((rule) => !have.has(key(rule)));
  if (lacking.length === 0) return 0;
  sheet.setConditionalRules([...existing, ...lacking]);
  return isNew ? 0 : lacking.length;
}
