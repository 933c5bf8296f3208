/**
 * The tracking tabs as the menu and sidebar use them: reading a round's tab in one
 * read, adding a division, listing every bad cell, selecting a cell.
 */

import { cellA1, parseBlockA1 } from '../core/a1';
import type { Round } from '../core/card';
import { cleanText, describeValue, isBlank } from '../core/cells';
import { divisionKey } from '../core/division-name';
import { TRACKING } from '../core/messages';
import {
  type ColumnMap,
  columnFormula,
  FIRST_DATA_ROW,
  FORMULA_KEYS,
  type FormulaKey,
  locateColumns,
  roundOfTab,
  trackingColumns,
} from '../core/template';
import {
  type CellIssue,
  duplicateDivisionProblems,
  formulaColumnProblems,
  rowCellProblems,
  rowHoldsData,
  type TrackingRow,
  trackingRows,
} from '../core/tracking';
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
  return readRoundTables(spreadsheet, options).map((read) => read.tab);
}

/** The round tabs, each with the values it was read from (row 1 the headers). */
function readRoundTables(
  spreadsheet: SpreadsheetHandle,
  options: ReadRoundTabsOptions,
): { tab: RoundTab; table: SheetValue[][] }[] {
  const tabs: { tab: RoundTab; table: SheetValue[][] }[] = [];
  for (const sheet of spreadsheet.sheets()) {
    const round = roundOfTab(sheet.name);
    if (round === undefined) continue;
    const table =
      options.through === 'lastDivision' ? readThroughLastDivision(sheet, round) : readWhole(sheet);
    const columns = locateColumns(round, table[0] ?? []);
    tabs.push({ tab: { round, sheet, columns, rows: trackingRows(round, table, columns) }, table });
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
 * Adds a division to every round's tab, in the first row below the last division
 * that holds nothing (a row with any data but a name is left to its owner), with
 * the round's due date from the settings. A name the sheet already has, compared
 * by {@link divisionKey} (case, spacing, invisible characters and Unicode form
 * aside), is refused: two rows of one division would share its report files.
 */
export function addDivisionToSheet(spreadsheet: SpreadsheetHandle, name: string, head: string): ActionResult {
  const division = cleanText(String(name ?? ''));
  const headName = cleanText(String(head ?? ''));
  const key = divisionKey(division);
  if (key === '') return { ok: false, message: TRACKING.divisionNameMissing };
  if (division.length > MAX_DIVISION_NAME)
    return { ok: false, message: TRACKING.divisionNameTooLong(MAX_DIVISION_NAME) };
  const tabs = spreadsheet.sheets().filter((sheet) => roundOfTab(sheet.name) !== undefined);
  if (tabs.length === 0) return { ok: false, message: TRACKING.notSetUp };

  const context = readSheetContext(spreadsheet);
  const plans: { sheet: SheetHandle; row: number; columns: ColumnMap; round: Round }[] = [];
  for (const sheet of tabs) {
    const round = roundOfTab(sheet.name) as Round;
    const lastColumn = Math.max(sheet.lastColumn(), 1);
    const lastRow = sheet.lastRow();
    const header = sheet.readValues(gridRange(1, 1, 1, lastColumn))[0] ?? [];
    const columns = locateColumns(round, header);
    const divisionColumn = columns.get('division') ?? 1;
    const rows = Math.max(lastRow - 1, 0);
    const names =
      rows === 0
        ? []
        : sheet.readValues(gridRange(FIRST_DATA_ROW, divisionColumn, rows, 1)).map((row) => row[0]);
    const same = names.findIndex((value) => divisionKey(String(value ?? '')) === key);
    if (same >= 0) {
      const existing = cleanText(String(names[same]));
      const cell = cellA1(FIRST_DATA_ROW + same, divisionColumn);
      return { ok: false, message: TRACKING.divisionExists(describeValue(existing), sheet.name, cell) };
    }
    let lastNamed = 0;
    names.forEach((value, index) => {
      if (!isBlank(value ?? '')) lastNamed = index + 1;
    });
    const formulaColumns = new Set(
      FORMULA_KEYS.map((formulaKey) => columns.get(formulaKey)).filter(
        (column): column is number => column !== undefined,
      ),
    );
    const row = firstFreeRow(sheet, FIRST_DATA_ROW + lastNamed, { lastRow, lastColumn, formulaColumns });
    plans.push({ sheet, row, columns, round });
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

/** Rows read at a time while looking for a free row: the first below the last division usually is. */
const FREE_ROW_WINDOW = 20;

/**
 * The first row from `from` down that holds no data (`rowHoldsData`), reading
 * the rows in small blocks; rows below the tab's last row with content are free
 * without reading. Past the grid, the row just below it (the tab then grows).
 */
function firstFreeRow(
  sheet: SheetHandle,
  from: number,
  tab: { lastRow: number; lastColumn: number; formulaColumns: ReadonlySet<number> },
): number {
  const maxRows = sheet.maxRows();
  let row = from;
  while (row <= Math.min(tab.lastRow, maxRows)) {
    const rows = Math.min(FREE_ROW_WINDOW, maxRows - row + 1);
    const block = sheet.readValues(gridRange(row, 1, rows, tab.lastColumn));
    const free = block.findIndex((values) => !rowHoldsData(values, tab.formulaColumns));
    if (free >= 0) return row + free;
    row += rows;
  }
  return row;
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
  for (const { tab, table } of readRoundTables(spreadsheet, {})) {
    const found: CellIssue[] = [...duplicateDivisionProblems(tab.rows), ...formulaCellIssues(tab, table)];
    for (const row of tab.rows) found.push(...rowCellProblems(tab.round, row, context));
    for (const problem of found) problems.push({ sheetName: tab.sheet.name, ...problem });
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

/**
 * The problems of a round tab's formula columns (`formulaColumnProblems`): one
 * read of their formulas, the values coming from the tab's table. A column whose
 * formula cannot be made (a column it reads is missing: set-up adds it) is skipped.
 */
function formulaCellIssues(tab: RoundTab, table: readonly (readonly SheetValue[])[]): CellIssue[] {
  const present = FORMULA_KEYS.flatMap((key) => {
    const column = tab.columns.get(key);
    return column === undefined ? [] : [{ key, column }];
  });
  if (present.length === 0) return [];
  const first = Math.min(...present.map((entry) => entry.column));
  const last = Math.max(...present.map((entry) => entry.column));
  const rows = Math.max(table.length - FIRST_DATA_ROW + 1, 1);
  // A tab of headers alone has no data row to read: its formula cells are empty.
  const formulas =
    table.length < FIRST_DATA_ROW
      ? []
      : tab.sheet.readFormulas(gridRange(FIRST_DATA_ROW, first, rows, last - first + 1));
  const header = new Map(trackingColumns(tab.round).map((column) => [column.key, column.header]));
  const issues: CellIssue[] = [];
  for (const { key, column } of present) {
    let formula: string;
    try {
      formula = columnFormula(key as FormulaKey, tab.round, tab.columns);
    } catch {
      continue;
    }
    const cells = Array.from({ length: rows }, (_, index) => ({
      formula: formulas[index]?.[column - first] ?? '',
      value: table[FIRST_DATA_ROW - 1 + index]?.[column - 1] ?? '',
    }));
    issues.push(...formulaColumnProblems({ header: header.get(key) ?? key, column, formula, cells }));
  }
  return issues;
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
