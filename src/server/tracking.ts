/**
 * The tracking tabs as the menu and sidebar use them: reading a round's tab in one
 * read, adding a division, listing every bad cell, selecting a cell.
 */

import { parseBlockA1 } from '../core/a1';
import type { Round } from '../core/card';
import { cleanText, isBlank } from '../core/cells';
import { TRACKING } from '../core/messages';
import { type ColumnMap, FIRST_DATA_ROW, locateColumns, roundOfTab, trackingColumns } from '../core/template';
import { rowCellProblems, type TrackingRow, trackingRows } from '../core/tracking';
import type { ActionResult, DataProblem } from '../core/views';
import { gridRange, type SheetHandle, type SheetValue, type SpreadsheetHandle } from './services/spreadsheet';
import { inertText, readSheetContext, type SheetContext, serialOfDay } from './settings';
import { coverRoundTabRows } from './setup';

/** A round's tab, read once. */
export interface RoundTab {
  readonly round: Round;
  readonly sheet: SheetHandle;
  readonly columns: ColumnMap;
  readonly rows: readonly TrackingRow[];
}

/** How far down {@link readRoundTabs} reads each round's tab. */
export interface ReadRoundTabsOptions {
  /**
   * `'lastRow'` (the default): every row with content, so a row with input but no
   * name is seen (check data needs it). `'lastDivision'`: only down to the last row
   * with a division's name, for callers that show divisions (the sidebar's poll).
   */
  readonly through?: 'lastRow' | 'lastDivision';
}

/**
 * The round tabs of the spreadsheet in tab order, each read with one block
 * `readValues` (and, through the last division, one narrow read of the name
 * column first to find where the divisions end).
 */
export function readRoundTabs(
  spreadsheet: SpreadsheetHandle,
  options: ReadRoundTabsOptions = {},
): RoundTab[] {
  const tabs: RoundTab[] = [];
  for (const sheet of spreadsheet.sheets()) {
    const round = roundOfTab(sheet.name);
    if (round === undefined) continue;
    const table =
      options.through === 'lastDivision' ? readThroughLastDivision(sheet, round) : readWhole(sheet);
    const columns = locateColumns(round, table[0] ?? []);
    tabs.push({ round, sheet, columns, rows: trackingRows(round, table, columns) });
  }
  return tabs;
}

function readWhole(sheet: SheetHandle): SheetValue[][] {
  const lastRow = sheet.lastRow();
  const lastColumn = sheet.lastColumn();
  return lastRow === 0 ? [] : sheet.readValues(gridRange(1, 1, lastRow, lastColumn));
}

/**
 * The header row and the rows down to the last division. `getLastRow()` alone is
 * no bound here: it is the last row with any content
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow()),
 * and on a set-up tab each formula column's one formula fills its column with
 * results (`""` on rows without a division) to the bottom of the grid, so it says
 * 1,000 for a tab of 30 divisions. The name column, read narrowly, says where the
 * divisions end; then one block read takes just those rows.
 */
function readThroughLastDivision(sheet: SheetHandle, round: Round): SheetValue[][] {
  const lastRow = sheet.lastRow();
  if (lastRow === 0) return [];
  const lastColumn = sheet.lastColumn();
  const last = lastDivisionRow(sheet, round, lastRow, lastColumn);
  return sheet.readValues(gridRange(1, 1, last, lastColumn));
}

/** The last row whose name cell holds a name; 1 (the header) when none does. */
function lastDivisionRow(sheet: SheetHandle, round: Round, lastRow: number, lastColumn: number): number {
  const division = trackingColumns(round).findIndex((column) => column.key === 'division');
  const header = trackingColumns(round)[division]?.header;
  // The template's first column: its own header row cell says whether the user kept it there.
  let names: SheetValue[][] | undefined;
  if (division === 0) {
    names = sheet.readValues(gridRange(1, 1, lastRow, 1));
    const top = names[0]?.[0];
    if (typeof top !== 'string' || top.trim() !== header) names = undefined;
  }
  if (names === undefined) {
    const column = locateColumns(round, sheet.readValues(gridRange(1, 1, 1, lastColumn))[0] ?? []).get(
      'division',
    );
    if (column === undefined) return 1;
    names = sheet.readValues(gridRange(1, column, lastRow, 1));
  }
  for (let index = names.length - 1; index >= FIRST_DATA_ROW - 1; index--) {
    if (!isBlank(names[index]?.[0] ?? '')) return index + 1;
  }
  return 1;
}

/** The longest division name accepted: a Drive file name must stay readable. */
export const MAX_DIVISION_NAME = 150;

/**
 * Adds a division to every round's tab, below the last division, with the
 * round's due date from the settings. Names are compared trimmed and without case.
 */
export function addDivisionToSheet(spreadsheet: SpreadsheetHandle, name: string, head: string): ActionResult {
  const division = cleanText(String(name ?? ''));
  const headName = cleanText(String(head ?? ''));
  if (division === '') return { ok: false, message: TRACKING.divisionNameMissing };
  if (division.length > MAX_DIVISION_NAME)
    return { ok: false, message: TRACKING.divisionNameTooLong(MAX_DIVISION_NAME) };
  const tabs = spreadsheet.sheets().filter((sheet) => roundOfTab(sheet.name) !== undefined);
  if (tabs.length === 0) return { ok: false, message: TRACKING.notSetUp };

  const context = readSheetContext(spreadsheet);
  const plans: { sheet: SheetHandle; row: number; columns: ColumnMap; round: Round }[] = [];
  for (const sheet of tabs) {
    const round = roundOfTab(sheet.name) as Round;
    const header = sheet.readValues(gridRange(1, 1, 1, Math.max(sheet.lastColumn(), 1)))[0] ?? [];
    const columns = locateColumns(round, header);
    const divisionColumn = columns.get('division') ?? 1;
    const rows = Math.max(sheet.lastRow() - 1, 0);
    const names =
      rows === 0
        ? []
        : sheet.readValues(gridRange(FIRST_DATA_ROW, divisionColumn, rows, 1)).map((row) => row[0]);
    const key = division.toLocaleLowerCase('th');
    if (names.some((value) => cleanText(String(value ?? '')).toLocaleLowerCase('th') === key)) {
      return { ok: false, message: TRACKING.divisionExists(division) };
    }
    let lastFilled = 0;
    names.forEach((value, index) => {
      if (cleanText(String(value ?? '')) !== '') lastFilled = index + 1;
    });
    plans.push({ sheet, row: FIRST_DATA_ROW + lastFilled, columns, round });
  }
  for (const plan of plans)
    writeDivision(plan.sheet, plan.row, plan.columns, plan.round, division, headName, context);
  return {
    ok: true,
    message: TRACKING.divisionAdded(
      division,
      plans.map((plan) => plan.sheet.name),
    ),
  };
}

function writeDivision(
  sheet: SheetHandle,
  row: number,
  columns: ColumnMap,
  round: Round,
  division: string,
  head: string,
  context: SheetContext,
): void {
  // A division below the last row grows the tab; the new row then gets the validation,
  // formats, protection and colours of the rows above (set-up's cover of the data rows).
  const grows = row > sheet.maxRows();
  if (grows) sheet.ensureSize(row, sheet.maxColumns());
  const divisionColumn = columns.get('division') ?? 1;
  const headColumn = columns.get('head');
  if (headColumn === divisionColumn + 1) {
    sheet.writeValues(gridRange(row, divisionColumn, 1, 2), [[inertText(division), inertText(head)]]);
  } else {
    sheet.writeValues(gridRange(row, divisionColumn), [[inertText(division)]]);
    if (headColumn !== undefined) sheet.writeValues(gridRange(row, headColumn), [[inertText(head)]]);
  }
  const due = context.settings.due[round];
  const dueColumn = columns.get('due');
  if (due !== undefined && dueColumn !== undefined) {
    const cell = gridRange(row, dueColumn);
    sheet.format(cell, { numberFormat: 'd/m/yyyy' });
    sheet.writeValues(cell, [[serialOfDay(due)]]);
  }
  if (grows) coverRoundTabRows(sheet, round, columns, { counted: false });
}

/**
 * Every bad cell of the settings, holidays and round tabs, with its A1 address and
 * the Thai message, in tab and row order.
 */
export function listDataProblems(spreadsheet: SpreadsheetHandle): DataProblem[] {
  const context = readSheetContext(spreadsheet);
  const problems: DataProblem[] = [...context.settings.problems];
  for (const tab of readRoundTabs(spreadsheet)) {
    for (const row of tab.rows) {
      for (const problem of rowCellProblems(tab.round, row, context)) {
        problems.push({ sheetName: tab.sheet.name, ...problem });
      }
    }
  }
  const tabOrder = new Map(spreadsheet.sheets().map((sheet, index) => [sheet.name, index]));
  const position = (problem: DataProblem) => {
    const cell = parseBlockA1(problem.cell);
    return { tab: tabOrder.get(problem.sheetName) ?? 0, row: cell.row, column: cell.column };
  };
  return problems
    .map((problem) => ({ problem, at: position(problem) }))
    .sort((a, b) => a.at.tab - b.at.tab || a.at.row - b.at.row || a.at.column - b.at.column)
    .map(({ problem }) => problem);
}

/** Shows a tab and selects a cell given in A1 notation. */
export function selectSheetCell(spreadsheet: SpreadsheetHandle, sheetName: string, cell: string): void {
  const sheet = spreadsheet.sheet(String(sheetName));
  if (sheet === undefined) throw new Error(TRACKING.sheetMissing(String(sheetName)));
  let block: ReturnType<typeof parseBlockA1>;
  try {
    block = parseBlockA1(String(cell));
  } catch {
    throw new Error(TRACKING.cellNotFound(String(cell)));
  }
  if (block.row > sheet.maxRows() || block.column > sheet.maxColumns()) {
    throw new Error(TRACKING.cellNotFound(String(cell)));
  }
  spreadsheet.select(sheet.name, block);
}
