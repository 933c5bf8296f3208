/**
 * Reading the `ตั้งค่า` and `วันหยุด` tabs: one read of each, the settings found by
 * their named ranges (or, where a name was lost, by their Thai label).
 */

import { cellA1 } from '../core/a1';
import type { Card } from '../core/card';
import { CARD_TABLE_HEADER, readCardTable } from '../core/card-table';
import { createDateReader, type DateReader } from '../core/cells';
import { type DayNumber, SHEETS_SERIAL_OF_EPOCH } from '../core/dates';
import { NAMES, SETTINGS, SETTINGS_COLUMNS, type SettingKey, TAB } from '../core/template';
import { readSettings, type SettingCell, type TrackingSettings } from '../core/tracking';
import type { DataProblem } from '../core/views';
import { dayOfInZone } from './services/calendar';
import { gridRange, type NamedRange, type SpreadsheetHandle } from './services/spreadsheet';

/** The settings (with the sheet's card), how dates are read in this spreadsheet, and today there. */
export interface SheetContext {
  readonly settings: TrackingSettings;
  readonly readDate: DateReader;
  readonly today: DayNumber;
  /** Why `KPI_CARD` cannot be read (as `settings.cardProblem`), as a problem of the card tab's cell. */
  readonly cardCellProblem?: DataProblem;
}

/** Reads the settings and holidays (one read of each tab) and today's date in the spreadsheet's zone. */
export function readSheetContext(spreadsheet: SpreadsheetHandle, now: Date = new Date()): SheetContext {
  const dayOf = dayOfInZone(spreadsheet.timeZone());
  const readDate = createDateReader(dayOf);
  const names = new Map(spreadsheet.namedRanges().map((named) => [named.name, named]));
  const settingCells = readSettingCells(spreadsheet, names);
  const holidayCells = readHolidayCells(spreadsheet, names.get(NAMES.holidays));
  const { cellProblem, ...card } = readSheetCard(spreadsheet, names.get(NAMES.card));
  const settings = {
    ...readSettings(settingCells, TAB.settings, holidayCells, TAB.holidays, readDate),
    ...card,
  };
  return {
    settings,
    readDate,
    today: dayOf(now),
    ...(cellProblem === undefined ? {} : { cardCellProblem: cellProblem }),
  };
}

/**
 * The card from its named range `KPI_CARD` (one read). A sheet set up before the
 * card tab has no such range and keeps the built-in card; a card that cannot be
 * read gives its Thai error (row and column named) and no card.
 */
function readSheetCard(
  spreadsheet: SpreadsheetHandle,
  named: NamedRange | undefined,
): { card?: Card; cardProblem?: string; cellProblem?: DataProblem } {
  if (named === undefined) return {};
  const sheet = spreadsheet.sheet(named.sheetName);
  if (sheet === undefined) return {};
  const values = sheet.readValues(named.range);
  try {
    return { card: readCardTable(values) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const row = Number(/ (\d+) /.exec(message)?.[1] ?? 1);
    const column = CARD_TABLE_HEADER.findIndex((header) => message.includes(` ${header}:`));
    const cell = cellA1(named.range.row + row - 1, named.range.column + Math.max(column, 0));
    return { cardProblem: message, cellProblem: { sheetName: named.sheetName, cell, message } };
  }
}

function readSettingCells(
  spreadsheet: SpreadsheetHandle,
  names: ReadonlyMap<string, NamedRange>,
): Map<SettingKey, SettingCell> {
  const cells = new Map<SettingKey, SettingCell>();
  const sheet = spreadsheet.sheet(TAB.settings);
  if (sheet === undefined) return cells;
  const lastRow = sheet.lastRow();
  if (lastRow === 0) return cells;
  const width = Math.max(sheet.lastColumn(), SETTINGS_COLUMNS.help);
  const table = sheet.readValues(gridRange(1, 1, lastRow, width));
  const rowOfLabel = new Map<string, number>();
  table.forEach((row, index) => {
    const label = row[SETTINGS_COLUMNS.label - 1];
    if (typeof label === 'string') rowOfLabel.set(label.trim(), index + 1);
  });
  for (const spec of SETTINGS) {
    const named = names.get(spec.name);
    const position =
      named !== undefined && named.sheetName === TAB.settings
        ? { row: named.range.row, column: named.range.column }
        : rowOfLabel.has(spec.label)
          ? { row: rowOfLabel.get(spec.label) as number, column: SETTINGS_COLUMNS.value }
          : undefined;
    if (position === undefined) continue;
    const value = table[position.row - 1]?.[position.column - 1] ?? '';
    cells.set(spec.key, { ...position, value });
  }
  return cells;
}

/**
 * Writes one setting's value into the cell `readSheetContext` reads it from: its
 * named range, or, where the name was lost, the value column of its labelled row,
 * which is named again; where the row is gone too, it comes back below the others
 * (label, value, help), named, as set-up adds a missing setting. Text that would
 * read as a formula is kept as text. Returns whether it wrote (no `ตั้งค่า` tab
 * writes nothing).
 *
 * @example writeSetting(spreadsheet, 'reportFolder', folder.url) // true
 */
export function writeSetting(spreadsheet: SpreadsheetHandle, key: SettingKey, value: string): boolean {
  const names = new Map(spreadsheet.namedRanges().map((named) => [named.name, named]));
  const sheet = spreadsheet.sheet(TAB.settings);
  const spec = SETTINGS.find((entry) => entry.key === key);
  if (sheet === undefined || spec === undefined) return false;
  let cell: { row: number; column: number } | undefined = readSettingCells(spreadsheet, names).get(key);
  if (cell === undefined) {
    const row = sheet.lastRow() + 1;
    if (row > sheet.maxRows()) sheet.ensureSize(row, sheet.maxColumns());
    sheet.writeValues(gridRange(row, SETTINGS_COLUMNS.label), [[spec.label]]);
    sheet.writeValues(gridRange(row, SETTINGS_COLUMNS.help), [[spec.help]]);
    cell = { row, column: SETTINGS_COLUMNS.value };
  }
  const valueCell = gridRange(cell.row, cell.column);
  if (!names.has(spec.name)) {
    if (spec.numberFormat !== undefined) sheet.format(valueCell, { numberFormat: spec.numberFormat });
    spreadsheet.setNamedRange(spec.name, TAB.settings, valueCell);
  }
  sheet.writeValues(valueCell, [[inertText(value)]]);
  return true;
}

function readHolidayCells(spreadsheet: SpreadsheetHandle, named: NamedRange | undefined): SettingCell[] {
  const sheet = spreadsheet.sheet(named?.sheetName ?? TAB.holidays);
  if (sheet === undefined) return [];
  const range = named?.range ?? gridRange(2, 1, Math.max(sheet.lastRow() - 1, 0), 1);
  const rows = Math.min(range.rows, Math.max(sheet.lastRow() - range.row + 1, 0));
  if (rows <= 0) return [];
  const values = sheet.readValues(gridRange(range.row, range.column, rows, 1));
  return values.map((row, index) => ({ row: range.row + index, column: range.column, value: row[0] ?? '' }));
}

/**
 * A calendar day as Sheets stores a date: its serial number. Written with a date
 * number format it is a date cell, whatever the spreadsheet's locale.
 *
 * @example serialOfDay(dayFromIso('2023-04-10')) // 45026
 */
export function serialOfDay(day: DayNumber): number {
  return day + SHEETS_SERIAL_OF_EPOCH;
}

/**
 * Text as a cell must hold it: a leading `=`, `+`, `-` or `@` would make Sheets
 * read a formula, so such text gets Sheets' text mark `'`.
 *
 * @example inertText('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export function inertText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}
