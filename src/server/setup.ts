/**
 * "Set up tracking sheet": creates what is missing of the template, and only
 * that. Existing tabs, rows, columns and settings stay where they are; a second
 * run finds nothing missing and writes nothing.
 */

import { cellA1 } from '../core/a1';
import { ROUNDS, type Round } from '../core/card';
import { BUILT_IN_CARD_TABLE, CARD_KINDS, CARD_TABLE_HEADER } from '../core/card-table';
import { CellProblem, createDateReader, type DateReader, isBlank, readWholeNumber } from '../core/cells';
import { type DayNumber, dayFromIso } from '../core/dates';
import { fiscalYearOfTab, latestFiscalYear } from '../core/fiscal-year';
import { holidaysForFiscalYear } from '../core/holidays';
import { COLUMN, DAY_COUNT_NAME, SHEET, VALIDATION_HELP, YES_NO } from '../core/messages';
import {
  CARD_COLUMN_WIDTHS,
  CARD_ROWS,
  type ColumnMap,
  columnFormula,
  DATE_NUMBER_FORMAT,
  DEFAULT_FISCAL_YEAR,
  FIRST_DATA_ROW,
  FORMULA_KEYS,
  type FormulaKey,
  HOLIDAY_ROWS,
  locateColumns,
  NAMES,
  PROGRESS_NUMBER_FORMAT,
  previousColumnFormulas,
  roundOfTab,
  SETTINGS,
  SETTINGS_COLUMNS,
  type SettingSpec,
  TAB,
  type TrackingColumn,
  trackingColumns,
} from '../core/template';
import { formatThaiDate } from '../core/thai';
import { dayOfInZone } from './services/calendar';
import {
  type CellFormat,
  type ConditionalCondition,
  type ConditionalRule,
  type GridRange,
  gridRange,
  type Protection,
  type SheetConditionalRule,
  type SheetHandle,
  type SheetValue,
  type SpreadsheetHandle,
  type Validation,
} from './services/spreadsheet';
import { serialOfDay } from './settings';

/** A cell of a tab. */
export interface CellAddress {
  readonly sheetName: string;
  /** A1 notation (`N2`). */
  readonly cell: string;
}

/** What set-up did. */
export interface SetUpOutcome {
  /** Tabs it created. */
  readonly createdTabs: readonly string[];
  /** Columns, settings and rules it added to tabs that were already there. */
  readonly added: number;
  /**
   * Formula cells it left alone because they held something else (a value a
   * person typed, or another formula): their columns are not computed until the
   * cell is cleared. Check data lists them too.
   */
  readonly formulaCellsLeft: readonly CellAddress[];
  /** The empty, untouched default tab (`Sheet1`/`ชีต1`) it removed, when it did. */
  readonly removedTabs?: readonly string[];
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
  // Looked at before set-up adds anything; removed once set-up has made its tabs.
  const emptyDefault = untouchedDefaultSheet(spreadsheet);

  const settingsOutcome = ensureSettingsTab(spreadsheet);
  if (settingsOutcome.created) createdTabs.push(TAB.settings);
  added += settingsOutcome.added;

  const fiscalYear = settingsOutcome.fiscalYear;
  const holidaysCreated = ensureHolidaysTab(spreadsheet);
  if (holidaysCreated) createdTabs.push(TAB.holidays);
  const holidaysNamed = ensureHolidaysName(spreadsheet);
  const holidaysFilled = fillHolidays(spreadsheet, fiscalYear);
  if (!holidaysCreated) added += holidaysNamed + holidaysFilled;

  const cardCreated = ensureCardTab(spreadsheet);
  if (cardCreated) createdTabs.push(TAB.card);
  const cardNamed = ensureCardName(spreadsheet);
  if (!cardCreated) added += cardNamed;

  const formulaCellsLeft: CellAddress[] = [];
  // After a new fiscal year has begun, the latest year's tabs are the ones in use; earlier years' are closed.
  const latestYear = latestFiscalYear(spreadsheet.sheets().map((sheet) => sheet.name));
  for (const round of ROUNDS) {
    const existing = spreadsheet
      .sheets()
      .find((sheet) => roundOfTab(sheet.name) === round && fiscalYearOfTab(sheet.name) === latestYear);
    if (existing === undefined) {
      const sheet = spreadsheet.insertSheet(TAB.round(round, fiscalYear));
      createdTabs.push(sheet.name);
      completeRoundTab(sheet, round);
    } else {
      const outcome = completeRoundTab(existing, round);
      added += outcome.added;
      for (const cell of outcome.formulaCellsLeft) formulaCellsLeft.push({ sheetName: existing.name, cell });
    }
  }
  // Only on the run that made the round tabs: a later run changes nothing it did not add.
  const madeRoundTabs = createdTabs.some((name) => roundOfTab(name) !== undefined);
  if (emptyDefault !== undefined && madeRoundTabs && spreadsheet.sheets().length > 1) {
    spreadsheet.deleteSheet(emptyDefault);
    return { createdTabs, added, formulaCellsLeft, removedTabs: [emptyDefault] };
  }
  return { createdTabs, added, formulaCellsLeft };
}

/** The names Sheets gives the first tab of a new file, in English and Thai. */
export const DEFAULT_SHEET_NAMES: readonly string[] = ['Sheet1', 'ชีต1'];

/** A new tab's grid (https://support.google.com/docs/answer/37603: 1,000 rows × 26 columns). */
const NEW_TAB = { rows: 1000, columns: 26 } as const;

/**
 * The default first tab (`Sheet1`/`ชีต1`) when nobody has touched it: no value or
 * formula, no note, validation, background, conditional rule, range protection,
 * frozen row or named range, and its grid still 1,000 × 26. Anything else (a
 * number format or font on empty cells cannot be seen, and is not looked for)
 * keeps it. Six reads, three of them of the whole grid.
 */
function untouchedDefaultSheet(spreadsheet: SpreadsheetHandle): string | undefined {
  const sheet = spreadsheet.sheets().find((tab) => DEFAULT_SHEET_NAMES.includes(tab.name));
  if (sheet === undefined) return undefined;
  if (sheet.lastRow() !== 0 || sheet.lastColumn() !== 0) return undefined;
  if (sheet.maxRows() !== NEW_TAB.rows || sheet.maxColumns() !== NEW_TAB.columns) return undefined;
  if (sheet.frozenRows() !== 0) return undefined;
  if (sheet.conditionalRules().length > 0 || sheet.protections().length > 0) return undefined;
  if (spreadsheet.namedRanges().some((named) => named.sheetName === sheet.name)) return undefined;
  const grid = gridRange(1, 1, NEW_TAB.rows, NEW_TAB.columns);
  if (sheet.readNotes(grid).some((row) => row.some((note) => note !== ''))) return undefined;
  if (sheet.readValidations(grid).some((row) => row.some((validation) => validation !== null)))
    return undefined;
  const white = (colour: string) => /^#?(fff|ffffff)$/i.test(colour) || colour === '';
  if (sheet.readBackgrounds(grid).some((row) => row.some((colour) => !white(colour)))) return undefined;
  return sheet.name;
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
  const fiscalYear = readWholeNumber(yearValue);
  return {
    created,
    added,
    fiscalYear: fiscalYear !== undefined && fiscalYear > 2400 ? fiscalYear : DEFAULT_FISCAL_YEAR,
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

/** Creates the holidays tab (headers, date checks); returns whether it was created. `fillHolidays` fills it. */
function ensureHolidaysTab(spreadsheet: SpreadsheetHandle): boolean {
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
  formatHolidayDates(sheet, gridRange(FIRST_DATA_ROW, 1, HOLIDAY_ROWS, 1));
  return true;
}

function formatHolidayDates(sheet: SheetHandle, dates: GridRange): void {
  sheet.format(dates, { numberFormat: 'd/m/yyyy', horizontalAlignment: 'left' });
  sheet.setValidation(dates, { rule: { kind: 'date' }, help: VALIDATION_HELP.date, reject: true });
}

function ensureHolidaysName(spreadsheet: SpreadsheetHandle): number {
  if (spreadsheet.namedRanges().some((named) => named.name === NAMES.holidays)) return 0;
  const listed = (spreadsheet.sheet(TAB.holidays)?.lastRow() ?? 0) - FIRST_DATA_ROW + 1;
  spreadsheet.setNamedRange(
    NAMES.holidays,
    TAB.holidays,
    gridRange(FIRST_DATA_ROW, 1, Math.max(HOLIDAY_ROWS, listed), 1),
  );
  return 1;
}

/** Where the holidays tab says through which day it is complete (see {@link readHolidayCoverage}). */
export interface HolidayCoverage {
  readonly sheetName: string;
  readonly row: number;
  readonly column: number;
  /** What the cell holds, as read. */
  readonly value: SheetValue;
  /** The day it holds; `undefined` when blank; a problem when it is not a date. */
  readonly day: DayNumber | CellProblem | undefined;
}

/** The column of the label when set-up first writes it (D, after a blank column C). */
const COVERAGE_COLUMN = 4;

/**
 * The cell that says through which day the holidays tab is complete: in the `วันหยุด` tab, the
 * cell under the header {@link SHEET.holidaysCoveredThroughLabel} (row 1, any column; set-up
 * writes it in D1 and the day in D2). `undefined` when the tab or the label is not there.
 */
export function readHolidayCoverage(
  spreadsheet: SpreadsheetHandle,
  readDate: DateReader,
): HolidayCoverage | undefined {
  const sheet = spreadsheet.sheet(TAB.holidays);
  if (sheet === undefined || sheet.lastColumn() === 0 || sheet.maxRows() < 2) return undefined;
  const [labels = [], values = []] = sheet.readValues(gridRange(1, 1, 2, sheet.lastColumn()));
  const index = labels.findIndex((label) => String(label).trim() === SHEET.holidaysCoveredThroughLabel);
  if (index < 0) return undefined;
  const value = values[index] ?? '';
  const day = isBlank(value) ? undefined : readDate(value, SHEET.holidaysCoveredThroughLabel);
  return { sheetName: sheet.name, row: 2, column: index + 1, value, day };
}

/**
 * Fills the holidays tab with the shipped holidays of the fiscal year (`holidaysForFiscalYear`:
 * through 31 October after it) and records through which day the tab is complete. Only what is
 * missing is added, below the last listed row: a date already listed (whatever its name) stays,
 * and a date before the recorded coverage day is never added again (a person may have removed
 * it). The coverage cell is set-up's own while it holds the day set-up's note on it names, or is
 * blank: once a person changes it, set-up leaves the tab alone. Returns 1 when it wrote anything.
 */
export function fillHolidays(spreadsheet: SpreadsheetHandle, fiscalYear: number): number {
  const sheet = spreadsheet.sheet(TAB.holidays);
  if (sheet === undefined) return 0;
  const readDate = createDateReader(dayOfInZone(spreadsheet.timeZone()));
  let wrote = 0;
  let coverage = readHolidayCoverage(spreadsheet, readDate);
  if (coverage === undefined) {
    const column = Math.max(COVERAGE_COLUMN, sheet.lastColumn() + 2);
    sheet.ensureSize(Math.max(sheet.maxRows(), 2), Math.max(sheet.maxColumns(), column));
    const label = gridRange(1, column);
    sheet.writeValues(label, [[SHEET.holidaysCoveredThroughLabel]]);
    sheet.format(label, HEADER_FORMAT);
    sheet.setColumnWidth(column, 160);
    coverage = { sheetName: sheet.name, row: 2, column, value: '', day: undefined };
    wrote = 1;
  }
  const table = holidaysForFiscalYear(fiscalYear);
  if (table === undefined) return wrote;
  const cell = gridRange(coverage.row, coverage.column);
  const since = coverage.day;
  if (since instanceof CellProblem) return wrote;
  if (since !== undefined) {
    const note = sheet.readNotes(cell)[0]?.[0] ?? '';
    if (note !== SHEET.holidaysCoveredThroughNote(formatThaiDate(since))) return wrote;
  }
  const through = dayFromIso(table.coveredThrough);
  if (since !== undefined && since >= through) return wrote;

  const lastRow = sheet.lastRow();
  const listed =
    lastRow < FIRST_DATA_ROW ? [] : sheet.readValues(gridRange(FIRST_DATA_ROW, 1, lastRow - 1, 2));
  const present = new Set<DayNumber>();
  let lastListed = FIRST_DATA_ROW - 1;
  listed.forEach((row, index) => {
    if (!isBlank(row[0]) || !isBlank(row[1])) lastListed = FIRST_DATA_ROW + index;
    const day = isBlank(row[0]) ? undefined : readDate(row[0], COLUMN.holidays);
    if (typeof day === 'number') present.add(day);
  });
  const rows = table.holidays
    .map((holiday) => ({ day: dayFromIso(holiday.date), name: holiday.name }))
    .filter(({ day }) => (since === undefined || day > since) && !present.has(day))
    .map(({ day, name }) => [serialOfDay(day), name]);
  if (rows.length > 0) {
    const first = lastListed + 1;
    coverHolidayRows(spreadsheet, sheet, first + rows.length - 1);
    sheet.writeValues(gridRange(first, 1, rows.length, 2), rows);
    if (present.size === 0) sheet.writeNotes(gridRange(first, 2), [[SHEET.holidaysCheckBeforeUse]]);
  }
  sheet.format(cell, { numberFormat: 'd/m/yyyy', horizontalAlignment: 'left' });
  sheet.writeValues(cell, [[serialOfDay(through)]]);
  sheet.writeNotes(cell, [[SHEET.holidaysCoveredThroughNote(formatThaiDate(through))]]);
  return 1;
}

/** Room to spare below the last holiday when the named range grows. */
const HOLIDAY_ROWS_SPARE = 50;

/**
 * Makes the rows up to `lastRow` part of the tab and of `KPI_HOLIDAYS` (where it is set-up's own
 * column A range of this tab), formatted and checked as dates like the rows set-up made.
 */
function coverHolidayRows(spreadsheet: SpreadsheetHandle, sheet: SheetHandle, lastRow: number): void {
  const named = spreadsheet.namedRanges().find((entry) => entry.name === NAMES.holidays);
  const range = named?.range;
  const ownRange =
    named?.sheetName === sheet.name && range?.row === FIRST_DATA_ROW && range.column === 1
      ? range
      : undefined;
  const end = ownRange === undefined ? Math.max(sheet.maxRows(), lastRow) : ownRange.row + ownRange.rows - 1;
  if (lastRow <= end) {
    if (lastRow > sheet.maxRows()) sheet.ensureSize(lastRow, sheet.maxColumns());
    return;
  }
  const newEnd = lastRow + HOLIDAY_ROWS_SPARE;
  if (newEnd > sheet.maxRows()) sheet.ensureSize(newEnd, sheet.maxColumns());
  formatHolidayDates(sheet, gridRange(end + 1, 1, newEnd - end, 1));
  spreadsheet.setNamedRange(
    NAMES.holidays,
    sheet.name,
    gridRange(FIRST_DATA_ROW, 1, newEnd - FIRST_DATA_ROW + 1, 1),
  );
}

// ------------------------------------------------------------------ card

/** The largest threshold the check accepts: "a number from 0 up" (Sheets' number-between needs an end). */
export const CARD_THRESHOLD_MAX = 1e15;

/** The checks of the card table's columns, left to right (`null`: any text). */
export const CARD_VALIDATIONS: readonly (Validation | null)[] = [
  { rule: { kind: 'numberBetween', min: 1, max: 4 }, help: VALIDATION_HELP.cardRound, reject: true },
  { rule: { kind: 'numberBetween', min: 1, max: 5 }, help: VALIDATION_HELP.cardLevel, reject: true },
  null,
  { rule: { kind: 'list', values: [...CARD_KINDS] }, help: VALIDATION_HELP.cardKind, reject: true },
  {
    rule: { kind: 'numberBetween', min: 0, max: CARD_THRESHOLD_MAX },
    help: VALIDATION_HELP.cardThreshold,
    reject: true,
  },
  { rule: { kind: 'numberBetween', min: 0, max: 1 }, help: VALIDATION_HELP.cardPartial, reject: true },
  null,
];

/**
 * Creates the card tab (`บัตรตัวชี้วัด`) from the built-in 2566 card: the header
 * with its help note, the card's rows, a check on each column for {@link CARD_ROWS}
 * rows, widths and a frozen header. A tab of that name already there is the
 * user's card and is never written to. Returns whether it created the tab.
 */
function ensureCardTab(spreadsheet: SpreadsheetHandle): boolean {
  if (spreadsheet.sheet(TAB.card) !== undefined) return false;
  const sheet = spreadsheet.insertSheet(TAB.card, Math.min(2, spreadsheet.sheets().length));
  const width = CARD_TABLE_HEADER.length;
  const header = gridRange(1, 1, 1, width);
  sheet.writeValues(header, [[...CARD_TABLE_HEADER]]);
  sheet.format(header, HEADER_FORMAT);
  sheet.writeNotes(gridRange(1, 1), [[SHEET.cardNote]]);
  sheet.setFrozenRows(1);
  CARD_COLUMN_WIDTHS.forEach((pixels, index) => {
    sheet.setColumnWidth(index + 1, pixels);
  });
  if (sheet.maxRows() < CARD_ROWS + 1) sheet.ensureSize(CARD_ROWS + 1, sheet.maxColumns());
  const body = gridRange(FIRST_DATA_ROW, 1, CARD_ROWS, width);
  sheet.format(body, { verticalAlignment: 'top' });
  sheet.format({ ...body, column: width, columns: 1 }, { wrap: true });
  CARD_VALIDATIONS.forEach((validation, index) => {
    if (validation !== null) sheet.setValidation({ ...body, column: index + 1, columns: 1 }, validation);
  });
  sheet.writeValues(
    gridRange(FIRST_DATA_ROW, 1, BUILT_IN_CARD_TABLE.length, width),
    BUILT_IN_CARD_TABLE.map((row) => [...row]),
  );
  return true;
}

/**
 * Names the card table `KPI_CARD` when no range has that name: the card tab's header
 * row and {@link CARD_ROWS} rows below it (more when the user's card is longer).
 * Returns 1 when it named it.
 */
function ensureCardName(spreadsheet: SpreadsheetHandle): number {
  if (spreadsheet.namedRanges().some((named) => named.name === NAMES.card)) return 0;
  const sheet = spreadsheet.sheet(TAB.card);
  if (sheet === undefined) return 0;
  const rows = Math.max(CARD_ROWS + 1, sheet.lastRow());
  spreadsheet.setNamedRange(NAMES.card, TAB.card, gridRange(1, 1, rows, CARD_TABLE_HEADER.length));
  return 1;
}

// ------------------------------------------------------------------ round tabs

/** What `completeRoundTab` did to a tab. */
export interface RoundTabOutcome {
  /** How many things it added. */
  readonly added: number;
  /** The formula cells (A1) it left alone because they held something else. */
  readonly formulaCellsLeft: readonly string[];
}

/**
 * Brings a round's tab up to the template: missing columns are added after the
 * last used one, each formula column gets its formula where its cell is empty,
 * and then every data row of the tab is covered (`coverRoundTabRows`). A formula
 * cell holding anything else (a value a person typed, another formula) is left
 * as it is and reported.
 */
export function completeRoundTab(sheet: SheetHandle, round: Round): RoundTabOutcome {
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
  // A tab cut down to its header row has no data row to validate, and Sheets will not freeze its only row.
  if (sheet.maxRows() < FIRST_DATA_ROW) sheet.ensureSize(FIRST_DATA_ROW, sheet.maxColumns());
  // A new column's own number format (a phone kept as text), once, when it is added.
  for (const column of missing) {
    if (column.numberFormat === undefined) continue;
    const number = columns.get(column.key) as number;
    sheet.format(gridRange(FIRST_DATA_ROW, number, sheet.maxRows() - 1, 1), {
      numberFormat: column.numberFormat,
    });
  }
  if (sheet.frozenRows() < 1) sheet.setFrozenRows(1);

  const dataRows = dataRowsOf(sheet);
  const firstRow = isNew ? undefined : readFirstDataRow(sheet, columns);
  const formulaCellsLeft: string[] = [];
  for (const column of template) {
    if (column.kind !== 'formula') continue;
    const cells: GridRange = { ...dataRows, column: columns.get(column.key) as number };
    const outcome = ensureFormula(sheet, round, column, cells, columns, firstRow);
    if (outcome === 'written' && !isNew) added++;
    if (outcome === 'left') formulaCellsLeft.push(cellA1(FIRST_DATA_ROW, cells.column));
  }
  const newColumns = new Set(missing.map((column) => column.key));
  added += coverRoundTabRows(sheet, round, columns, { counted: !isNew, newColumns });
  return { added, formulaCellsLeft };
}

/** The first data row's formulas and values, where the formula columns have their one formula. */
interface FirstDataRow {
  readonly formulas: readonly string[];
  /** `undefined` when every formula cell holds a formula: then no value needs reading. */
  readonly values: readonly SheetValue[] | undefined;
}

/**
 * The first data row, read once for all formula columns: its formulas, and its
 * values only when a formula cell has no formula (reading values computes every
 * formula of the row, which a re-run of set-up need not pay for).
 */
function readFirstDataRow(sheet: SheetHandle, columns: ColumnMap): FirstDataRow {
  const width = Math.max(...columns.values());
  const row = gridRange(FIRST_DATA_ROW, 1, 1, width);
  const formulas = sheet.readFormulas(row)[0] ?? [];
  const anyWithout = FORMULA_KEYS.some((key) => (formulas[(columns.get(key) as number) - 1] ?? '') === '');
  return { formulas, values: anyWithout ? (sheet.readValues(row)[0] ?? []) : undefined };
}

/** How `coverRoundTabRows` counts and what it may format. */
export interface CoverOptions {
  /** Count what is added (set-up on a tab it did not just create). */
  readonly counted: boolean;
  /** Columns just added: their validation is counted with the column, their dates formatted. */
  readonly newColumns?: ReadonlySet<string>;
}

/**
 * Makes the template's validation, formats, protections and conditional colours
 * cover every data row the tab has, down to its last row, so rows added after
 * set-up (past the first 1,000, by Sheets' "add rows" or by "add division") work
 * like the others. What a row range already has is left alone: a column with no
 * validation at all gets it everywhere, one validated above gets it on the rows
 * below its last validated one; a protection or a colour rule of the template
 * that stops short is stretched, keeping its settings. The user's own rules and
 * validations are never touched. Returns how many things it added or stretched
 * (when `counted`).
 */
export function coverRoundTabRows(
  sheet: SheetHandle,
  round: Round,
  columns: ColumnMap,
  options: CoverOptions,
): number {
  const newColumns = options.newColumns ?? new Set<string>();
  const dataRows = dataRowsOf(sheet);
  // Read once for the tab: each protection's getters are calls of their own on Google's side.
  const protections = sheet.protections();
  let added = 0;
  for (const column of trackingColumns(round)) {
    const number = columns.get(column.key);
    if (number === undefined) continue;
    const cells: GridRange = { ...dataRows, column: number };
    const validation = columnValidation(column);
    const isDate = column.kind === 'due' || column.kind === 'submitted';
    if (validation !== null) {
      const uncovered = uncoveredRows(sheet.readValidations(cells), cells);
      if (uncovered !== undefined) {
        sheet.setValidation(uncovered.rows, validation);
        // A date column's own format: on a new column, and on rows added below validated ones.
        if (isDate && (newColumns.has(column.key) || uncovered.tail))
          sheet.format(uncovered.rows, DATE_FORMAT);
        // The progress column shows its fraction as a percentage (1 is 100%), on the same rows.
        if (column.kind === 'progress' && (newColumns.has(column.key) || uncovered.tail))
          sheet.format(uncovered.rows, PROGRESS_FORMAT);
        if (options.counted && !newColumns.has(column.key)) added++;
      }
    }
    if (column.kind === 'formula' && ensureFormulaProtection(sheet, round, column, cells, protections)) {
      if (options.counted) added++;
    }
  }
  const rules = ensureConditionalRules(sheet, columns, dataRows);
  return added + (options.counted ? rules : 0);
}

const DATE_FORMAT: CellFormat = { numberFormat: DATE_NUMBER_FORMAT, horizontalAlignment: 'center' };

/**
 * `0%`: the value 1 shows `100%`, 0.65 `65%`. Typing `65%` stores 0.65 in any
 * format; a bare `65` stays 65 (`6500%`), which the column's validation marks.
 */
const PROGRESS_FORMAT: CellFormat = { numberFormat: PROGRESS_NUMBER_FORMAT, horizontalAlignment: 'center' };

/** Every row below the header, to the tab's last row. */
function dataRowsOf(sheet: SheetHandle): GridRange {
  return gridRange(FIRST_DATA_ROW, 1, sheet.maxRows() - FIRST_DATA_ROW + 1, 1);
}

/**
 * The rows of a column that lack a validation: all of them when none has one
 * (`tail: false`), else the rows below the last validated one (`tail: true`), or
 * `undefined` when the last row is validated.
 */
function uncoveredRows(
  validations: readonly (readonly (Validation | null)[])[],
  cells: GridRange,
): { rows: GridRange; tail: boolean } | undefined {
  let last = -1;
  validations.forEach((line, index) => {
    if (line[0] != null) last = index;
  });
  if (last < 0) return { rows: cells, tail: false };
  if (last === cells.rows - 1) return undefined;
  return { rows: { ...cells, row: cells.row + last + 1, rows: cells.rows - last - 1 }, tail: true };
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
      // A fraction, as `60%` types it and the `0%` format shows it; a bare 60 is marked (the add-on still reads it as 60 %).
      return {
        rule: { kind: 'numberBetween', min: 0, max: 1 },
        help: VALIDATION_HELP.progress,
        reject: false,
      };
    case 'evidence':
      return { rule: { kind: 'url' }, help: VALIDATION_HELP.url, reject: false };
    case 'due':
    case 'submitted':
      return { rule: { kind: 'date' }, help: VALIDATION_HELP.date, reject: false };
    case 'exempt':
      // Only a ticked box exempts (the formula columns test `=TRUE`): anything else is refused.
      return { rule: { kind: 'checkbox' }, help: VALIDATION_HELP.exempt, reject: true };
    default:
      return null;
  }
}

/** The format of a formula column's cells. */
function formulaFormat(column: TrackingColumn): CellFormat {
  const numberFormat = FORMULA_NUMBER_FORMAT[column.key];
  return {
    background: COLOURS.formulaBackground,
    horizontalAlignment: column.key === 'next' ? 'left' : 'center',
    ...(column.key === 'next' ? { wrap: true } : {}),
    ...(numberFormat === undefined ? {} : { numberFormat }),
  };
}

/**
 * Writes the column's one formula (and its format) into its cell when that cell
 * is empty. A cell holding the formula is `'there'`; a cell holding anything else
 * is `'left'` as it is: a value a person typed there, or a formula of theirs, is
 * theirs (check data says the cell should hold the formula). `firstRow` is
 * `undefined` on a tab set-up just made, whose cells are all empty.
 */
function ensureFormula(
  sheet: SheetHandle,
  round: Round,
  column: TrackingColumn,
  cells: GridRange,
  columns: ColumnMap,
  firstRow: FirstDataRow | undefined,
): 'written' | 'there' | 'left' {
  const formula = columnFormula(column.key as FormulaKey, round, columns);
  const existing = firstRow?.formulas[cells.column - 1] ?? '';
  if (existing === formula) return 'there';
  // An earlier template's own formula (the bare call, before "ไม่ประเมินรอบนี้"; the wrapped call
  // before KPI_CARD), exactly as it wrote it for these columns, moves to the new one; any other
  // formula is the user's.
  const previous = previousColumnFormulas(column.key as FormulaKey, round, columns);
  if (existing !== '' && previous.includes(existing)) {
    sheet.writeFormulas(gridRange(FIRST_DATA_ROW, cells.column), [[formula]]);
    return 'written';
  }
  // An empty cell reads as '' (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()).
  if (existing !== '' || (firstRow?.values?.[cells.column - 1] ?? '') !== '') return 'left';
  const first = gridRange(FIRST_DATA_ROW, cells.column);
  sheet.writeFormulas(first, [[formula]]);
  sheet.format(cells, formulaFormat(column));
  return 'written';
}

/**
 * Protects the formula column's cells with a warning, or stretches its protection
 * over rows added below it (formatting those rows like the ones above). Whether
 * it changed anything.
 */
function ensureFormulaProtection(
  sheet: SheetHandle,
  round: Round,
  column: TrackingColumn,
  cells: GridRange,
  protections: readonly Protection[],
): boolean {
  const description = `${SHEET.formulaProtection(round)} (${column.header})`;
  const own = protections.filter((protection) => protection.description === description);
  if (own.length === 0) {
    sheet.protect(cells, description);
    return true;
  }
  const lastRow = cells.row + cells.rows - 1;
  const end = Math.max(...own.map((protection) => protection.range.row + protection.range.rows - 1));
  if (end >= lastRow) return false;
  sheet.reprotect(description, cells);
  const below = Math.max(end + 1, cells.row);
  sheet.format({ ...cells, row: below, rows: lastRow - below + 1 }, formulaFormat(column));
  return true;
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

/**
 * Adds the template's conditional colours that are missing, and stretches those
 * that stop short of the last row, in one write. A rule is the template's when
 * its condition is one of the template's and it colours the same columns; its
 * row span does not matter (the tab may have grown), nor its format (the user may
 * have restyled it). Every other rule is the user's and is handed back to Sheets
 * untouched. Returns how many rules it added or stretched.
 */
function ensureConditionalRules(sheet: SheetHandle, columns: ColumnMap, dataRows: GridRange): number {
  const wanted = conditionalRules(columns, dataRows);
  const existing = sheet.conditionalRules();
  const claimed = new Set<number>();
  const resize: { at: number; ranges: readonly GridRange[] }[] = [];
  const add: ConditionalRule[] = [];
  const lastRow = dataRows.row + dataRows.rows - 1;
  for (const rule of wanted) {
    const wantedColumns = columnsOf(rule.ranges);
    const at = existing.findIndex(
      (candidate, index) =>
        !claimed.has(index) &&
        candidate.when !== undefined &&
        sameCondition(candidate.when, rule.when) &&
        columnsOf(candidate.ranges) === wantedColumns,
    );
    if (at < 0) {
      add.push(rule);
      continue;
    }
    claimed.add(at);
    const covers = (existing[at] as SheetConditionalRule).ranges.every(
      (range) => range.row <= dataRows.row && range.row + range.rows - 1 >= lastRow,
    );
    if (!covers) resize.push({ at, ranges: rule.ranges });
  }
  if (resize.length === 0 && add.length === 0) return 0;
  sheet.updateConditionalRules({ resize, add });
  return resize.length + add.length;
}

/** The columns a rule's ranges colour, as one comparable text ("14,15,16"). */
function columnsOf(ranges: readonly GridRange[]): string {
  const columns = new Set<number>();
  for (const range of ranges) {
    for (let column = range.column; column < range.column + range.columns; column++) columns.add(column);
  }
  return [...columns].sort((a, b) => a - b).join(',');
}

function sameCondition(a: ConditionalCondition, b: ConditionalCondition): boolean {
  switch (a.kind) {
    case 'numberBetween':
      return b.kind === 'numberBetween' && a.min === b.min && a.max === b.max;
    case 'numberGreaterThan':
      return b.kind === 'numberGreaterThan' && a.value === b.value;
    case 'textStartsWith':
      return b.kind === 'textStartsWith' && a.text === b.text;
  }
}
