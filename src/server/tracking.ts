/**
 * The tracking tabs as the menu and sidebar use them: reading a round's tab in one
 * read, adding a division, listing every bad cell, selecting a cell.
 */

import { cellA1, parseBlockA1 } from '../core/a1';
import type { Round } from '../core/card';
import { CellProblem, cleanText, describeValue, isBlank } from '../core/cells';
import { dayFromCivil } from '../core/dates';
import { divisionKey } from '../core/division-name';
import { fiscalYearOfTab, latestFiscalYear } from '../core/fiscal-year';
import { holidaysForFiscalYear } from '../core/holidays';
import { FISCAL_YEAR, SHEET, TRACKING } from '../core/messages';
import {
  type ColumnMap,
  columnFormula,
  DATE_NUMBER_FORMAT,
  FIRST_DATA_ROW,
  FORMULA_KEYS,
  type FormulaKey,
  locateColumns,
  MAX_DIVISION_NAME,
  NAMES,
  roundOfTab,
  TAB,
  trackingColumns,
} from '../core/template';
import {
  type CellIssue,
  duplicateDivisionProblems,
  formulaColumnProblems,
  type HolidayCoverageEnd,
  holidayCoverageProblems,
  holidaysPastMessage,
  rowCellProblems,
  rowHoldsData,
  type TrackingRow,
  trackingRows,
} from '../core/tracking';
import type { ActionResult, DataProblem } from '../core/views';
import { gridRange, type SheetHandle, type SheetValue, type SpreadsheetHandle } from './services/spreadsheet';
import { inertText, readSheetContext, type SheetContext, serialOfDay } from './settings';
import { coverRoundTabRows, readHolidayCoverage } from './setup';

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

export { MAX_DIVISION_NAME };

/** The most lines "add many" takes at once (a few Sheets calls a tab, whatever the count). */
export const MAX_DIVISION_LIST = 300;

/** Lines of a refused list shown in the message; the rest are counted. */
const LIST_LINES_SHOWN = 20;

/** A division to add: its name and head, and optionally its reporter and the reporter's phone. */
export interface NewDivision {
  readonly name: string;
  readonly head: string;
  readonly reporter?: string;
  readonly reporterPhone?: string;
}

/** What "add division" is told besides the name and head. */
export interface AddDivisionDetails {
  readonly reporter?: string;
  readonly reporterPhone?: string;
  /** The rounds the division is assessed in (default both); the others get their "ไม่ประเมินรอบนี้" box ticked. */
  readonly rounds?: readonly Round[];
}

/**
 * Adds a division to every round's tab, in the first row below the last division
 * that holds nothing (a row with any data but a name is left to its owner), with
 * the round's due date from the settings, its head, reporter and phone. In the
 * tab of a round it is not assessed in, its "ไม่ประเมินรอบนี้" box is ticked. A
 * name the sheet already has, compared by {@link divisionKey} (case, spacing,
 * invisible characters and Unicode form aside), is refused: two rows of one
 * division would share its report files. So is a name longer than
 * {@link MAX_DIVISION_NAME}, with its length.
 */
export function addDivisionToSheet(
  spreadsheet: SpreadsheetHandle,
  name: string,
  head: string,
  details: AddDivisionDetails = {},
): ActionResult {
  const division = cleanDivision({
    name: String(name ?? ''),
    head: String(head ?? ''),
    reporter: String(details.reporter ?? ''),
    reporterPhone: String(details.reporterPhone ?? ''),
  });
  const key = divisionKey(division.name);
  if (key === '') return { ok: false, message: TRACKING.divisionNameMissing };
  if (division.name.length > MAX_DIVISION_NAME)
    return { ok: false, message: TRACKING.divisionNameTooLong(MAX_DIVISION_NAME, division.name.length) };
  const rounds = roundsOf(details.rounds);
  if (rounds.length === 0) return { ok: false, message: TRACKING.noRoundChosen };
  const planned = planDivisions(spreadsheet, 1, rounds);
  if ('message' in planned) return { ok: false, message: planned.message };
  const same = planned.existing.get(key);
  if (same !== undefined) {
    return {
      ok: false,
      message: TRACKING.divisionExists(describeValue(same.name), same.sheetName, same.cell),
    };
  }
  const { tabs, exemptTabs } = writePlanned(spreadsheet, planned.plans, [division]);
  return {
    ok: true,
    message:
      exemptTabs.length === 0
        ? TRACKING.divisionAdded(division.name, tabs)
        : TRACKING.divisionAddedExempt(division.name, tabs, exemptTabs),
  };
}

/**
 * "Add many": the pasted list, one division a line: name, head, reporter, phone,
 * separated by tabs (rows copied from a sheet) or, on a line without a tab, by
 * commas; the last two may be left out. Blank lines inside the list, lines with
 * no name or more than four fields, over-long names, and names that repeat an
 * earlier line or a division already in the sheet (by {@link divisionKey}) are
 * refused with their line numbers, and then nothing is added. A clean list is
 * added below the last division of each round's tab as "add division" adds one,
 * a few block writes per tab whatever its length.
 */
export function addDivisionsToSheet(
  spreadsheet: SpreadsheetHandle,
  list: string,
  rounds?: readonly Round[],
): ActionResult {
  const lines = String(list ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/\s+$/u, '')
    .split('\n');
  if (lines.length === 1 && cleanText(lines[0] ?? '') === '')
    return { ok: false, message: TRACKING.listEmpty };
  if (lines.length > MAX_DIVISION_LIST)
    return { ok: false, message: TRACKING.listTooLong(lines.length, MAX_DIVISION_LIST) };
  const chosen = roundsOf(rounds);
  if (chosen.length === 0) return { ok: false, message: TRACKING.noRoundChosen };

  const problems: string[] = [];
  const divisions: Required<NewDivision>[] = [];
  const firstLineOf = new Map<string, number>();
  const keyed: { key: string; line: number; name: string }[] = [];
  lines.forEach((text, index) => {
    const line = index + 1;
    if (cleanText(text) === '') {
      problems.push(TRACKING.lineBlank(line));
      return;
    }
    const fields = text.includes('\t') ? text.split('\t') : text.split(',');
    // Cells left empty at the end of a copied row are no fields.
    while (fields.length > 1 && cleanText(fields[fields.length - 1] ?? '') === '') fields.pop();
    if (fields.length > 4) {
      problems.push(TRACKING.lineTooManyFields(line, fields.length));
      return;
    }
    const division = cleanDivision({
      name: fields[0] ?? '',
      head: fields[1] ?? '',
      reporter: fields[2] ?? '',
      reporterPhone: fields[3] ?? '',
    });
    const key = divisionKey(division.name);
    if (key === '') {
      problems.push(TRACKING.lineNameMissing(line));
      return;
    }
    if (division.name.length > MAX_DIVISION_NAME) {
      problems.push(TRACKING.lineTooLong(line, MAX_DIVISION_NAME, division.name.length));
      return;
    }
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      problems.push(TRACKING.lineDuplicate(line, describeValue(division.name), first));
      return;
    }
    firstLineOf.set(key, line);
    keyed.push({ key, line, name: division.name });
    divisions.push(division);
  });

  const planned = planDivisions(spreadsheet, divisions.length, chosen);
  if ('message' in planned) return { ok: false, message: planned.message };
  for (const { key, line, name } of keyed) {
    const same = planned.existing.get(key);
    if (same !== undefined)
      problems.push(TRACKING.lineExists(line, describeValue(name), same.sheetName, same.cell));
  }
  if (problems.length > 0) {
    const byLine = problems
      .map((problem) => ({ problem, line: Number(/\d+/.exec(problem)?.[0] ?? 0) }))
      .sort((a, b) => a.line - b.line)
      .map((entry) => entry.problem);
    const shown = byLine.slice(0, LIST_LINES_SHOWN);
    if (byLine.length > shown.length) shown.push(TRACKING.listMore(byLine.length - shown.length));
    return { ok: false, message: TRACKING.listRefused(new Set(byLine).size, shown) };
  }
  const { tabs, exemptTabs } = writePlanned(spreadsheet, planned.plans, divisions);
  return {
    ok: true,
    message:
      exemptTabs.length === 0
        ? TRACKING.divisionsAdded(divisions.length, tabs)
        : TRACKING.divisionsAddedExempt(divisions.length, tabs, exemptTabs),
  };
}

/** The rounds asked for, in order and once each; both when not said (a page from before the choice). */
function roundsOf(rounds: readonly Round[] | undefined): Round[] {
  if (rounds === undefined || rounds === null) return [1, 2];
  const asked = Array.isArray(rounds) ? rounds.map(Number) : [];
  return ([1, 2] as const).filter((round) => asked.includes(round));
}

/** A division's texts as cells keep them: invisible characters dropped, spaces folded. */
function cleanDivision(division: NewDivision): Required<NewDivision> {
  return {
    name: cleanText(String(division.name ?? '')),
    head: cleanText(String(division.head ?? '')),
    reporter: cleanText(String(division.reporter ?? '')),
    reporterPhone: cleanText(String(division.reporterPhone ?? '')),
  };
}

/** Where the new divisions go in one round's tab. */
interface DivisionPlan {
  readonly sheet: SheetHandle;
  readonly round: Round;
  readonly columns: ColumnMap;
  /** The free rows, top to bottom, one per new division. */
  readonly rows: readonly number[];
  /** The round does not apply: tick the division's "ไม่ประเมินรอบนี้" box. */
  readonly exempt: boolean;
}

/** A division already in the sheet: its name as written and where. */
interface ExistingDivision {
  readonly name: string;
  readonly sheetName: string;
  readonly cell: string;
}

/**
 * Reads each round's tab once (its header, its name column, and the rows below
 * the last division in blocks until `count` free rows are found) and says where
 * `count` new divisions go, and which names the sheet already has.
 */
function planDivisions(
  spreadsheet: SpreadsheetHandle,
  count: number,
  rounds: readonly Round[],
): { plans: DivisionPlan[]; existing: Map<string, ExistingDivision> } | { message: string } {
  // Only the latest fiscal year's tabs: an earlier year is closed.
  const latest = latestFiscalYear(spreadsheet.sheets().map((sheet) => sheet.name));
  const tabs =
    latest === undefined
      ? []
      : spreadsheet.sheets().filter((sheet) => fiscalYearOfTab(sheet.name) === latest);
  if (tabs.length === 0) return { message: TRACKING.notSetUp };
  const plans: DivisionPlan[] = [];
  const existing = new Map<string, ExistingDivision>();
  for (const sheet of tabs) {
    const round = roundOfTab(sheet.name) as Round;
    const lastColumn = Math.max(sheet.lastColumn(), 1);
    const lastRow = sheet.lastRow();
    const header = sheet.readValues(gridRange(1, 1, 1, lastColumn))[0] ?? [];
    const columns = locateColumns(round, header);
    const exempt = !rounds.includes(round);
    if (exempt && !columns.has('exempt')) {
      const exemptHeader = trackingColumns(round).find((column) => column.key === 'exempt')?.header ?? '';
      return { message: TRACKING.exemptColumnMissing(sheet.name, exemptHeader) };
    }
    const divisionColumn = columns.get('division') ?? 1;
    const rows = Math.max(lastRow - 1, 0);
    const names =
      rows === 0
        ? []
        : sheet.readValues(gridRange(FIRST_DATA_ROW, divisionColumn, rows, 1)).map((row) => row[0]);
    let lastNamed = 0;
    names.forEach((value, index) => {
      if (isBlank(value ?? '')) return;
      lastNamed = index + 1;
      const key = divisionKey(String(value));
      if (key !== '' && !existing.has(key)) {
        existing.set(key, {
          name: cleanText(String(value)),
          sheetName: sheet.name,
          cell: cellA1(FIRST_DATA_ROW + index, divisionColumn),
        });
      }
    });
    const formulaColumns = new Set(
      FORMULA_KEYS.map((formulaKey) => columns.get(formulaKey)).filter(
        (column): column is number => column !== undefined,
      ),
    );
    const free = freeRows(sheet, FIRST_DATA_ROW + lastNamed, count, { lastRow, lastColumn, formulaColumns });
    plans.push({ sheet, round, columns, rows: free, exempt });
  }
  return { plans, existing };
}

/** Rows read at a time while looking for free rows: the first below the last division usually is. */
const FREE_ROW_WINDOW = 20;

/**
 * The first `count` rows from `from` down that hold no data (`rowHoldsData`),
 * reading the rows in blocks; rows below the tab's last row with content are free
 * without reading, past the grid too (the tab then grows).
 */
function freeRows(
  sheet: SheetHandle,
  from: number,
  count: number,
  tab: { lastRow: number; lastColumn: number; formulaColumns: ReadonlySet<number> },
): number[] {
  const maxRows = sheet.maxRows();
  const found: number[] = [];
  let row = from;
  while (found.length < count && row <= Math.min(tab.lastRow, maxRows)) {
    const window = Math.max(FREE_ROW_WINDOW, count - found.length);
    const rows = Math.min(window, Math.min(tab.lastRow, maxRows) - row + 1);
    const block = sheet.readValues(gridRange(row, 1, rows, tab.lastColumn));
    block.forEach((values, index) => {
      if (found.length < count && !rowHoldsData(values, tab.formulaColumns)) found.push(row + index);
    });
    row += rows;
  }
  while (found.length < count) found.push(row++);
  return found;
}

/** The free rows as runs of consecutive rows, each with the index of its first division. */
function runsOf(rows: readonly number[]): { row: number; from: number; count: number }[] {
  const runs: { row: number; from: number; count: number }[] = [];
  rows.forEach((row, index) => {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.row + last.count === row) last.count++;
    else runs.push({ row, from: index, count: 1 });
  });
  return runs;
}

/** The text columns "add division" fills, in the order of {@link NewDivision}. */
const TEXT_KEYS = ['division', 'head', 'reporter', 'reporterPhone'] as const;

/** A phone as a cell must hold it: digits stay text (a leading 0 kept), as does a leading `+`. */
function phoneText(phone: string): string {
  return /^[0-9+]/.test(phone) ? `'${phone}` : inertText(phone);
}

/** Writes the divisions into every planned tab; says which tabs got them and in which the round does not apply. */
function writePlanned(
  spreadsheet: SpreadsheetHandle,
  plans: readonly DivisionPlan[],
  divisions: readonly Required<NewDivision>[],
): { tabs: string[]; exemptTabs: string[] } {
  const context = readSheetContext(spreadsheet);
  for (const plan of plans) writeDivisions(plan, divisions, context);
  return {
    tabs: plans.map((plan) => plan.sheet.name),
    exemptTabs: plans.filter((plan) => plan.exempt).map((plan) => plan.sheet.name),
  };
}

/**
 * Writes the divisions into their rows of one tab: the texts, the due date and,
 * where the round does not apply, a ticked "ไม่ประเมินรอบนี้" box. Each run of
 * consecutive rows is one write per group of side-by-side columns, so 200
 * divisions cost a few calls, not 200.
 */
function writeDivisions(
  plan: DivisionPlan,
  divisions: readonly Required<NewDivision>[],
  context: SheetContext,
): void {
  const { sheet, columns, round } = plan;
  const lastRow = plan.rows[plan.rows.length - 1] ?? 0;
  // Divisions below the last row grow the tab; the new rows then get the validation,
  // formats, protection and colours of the rows above (set-up's cover of the data rows).
  const grows = lastRow > sheet.maxRows();
  if (grows) sheet.ensureSize(lastRow, sheet.maxColumns());
  const cellOf = (division: Required<NewDivision>, key: (typeof TEXT_KEYS)[number]): SheetValue => {
    switch (key) {
      case 'division':
        return inertText(division.name);
      case 'head':
        return inertText(division.head);
      case 'reporter':
        return inertText(division.reporter);
      case 'reporterPhone':
        return phoneText(division.reporterPhone);
    }
  };
  // Nothing to write in the reporter's columns when no division has one.
  const hasReporter = divisions.some((division) => division.reporter !== '' || division.reporterPhone !== '');
  const wanted = hasReporter ? TEXT_KEYS : TEXT_KEYS.filter((key) => key === 'division' || key === 'head');
  // Columns in groups of neighbours: the template's four are side by side, one write.
  const present = wanted
    .flatMap((key) => {
      const column = columns.get(key);
      return column === undefined ? [] : [{ key, column }];
    })
    .sort((a, b) => a.column - b.column);
  const groups: { column: number; keys: (typeof TEXT_KEYS)[number][] }[] = [];
  for (const entry of present) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.column + last.keys.length === entry.column) last.keys.push(entry.key);
    else groups.push({ column: entry.column, keys: [entry.key] });
  }
  const due = context.settings.due[round];
  const dueColumn = columns.get('due');
  const exemptColumn = columns.get('exempt');
  for (const run of runsOf(plan.rows)) {
    const batch = divisions.slice(run.from, run.from + run.count);
    for (const group of groups) {
      sheet.writeValues(
        gridRange(run.row, group.column, run.count, group.keys.length),
        batch.map((division) => group.keys.map((key) => cellOf(division, key))),
      );
    }
    if (due !== undefined && dueColumn !== undefined) {
      const cells = gridRange(run.row, dueColumn, run.count, 1);
      sheet.format(cells, { numberFormat: DATE_NUMBER_FORMAT });
      sheet.writeValues(
        cells,
        batch.map(() => [serialOfDay(due)]),
      );
    }
    if (plan.exempt && exemptColumn !== undefined) {
      sheet.writeValues(
        gridRange(run.row, exemptColumn, run.count, 1),
        batch.map(() => [true]),
      );
    }
  }
  if (grows) coverRoundTabRows(sheet, round, columns, { counted: false });
}

/**
 * Writes a new round tab's divisions (`startFiscalYear`) from its first data row
 * down, as "add division" writes them: texts, and the round's due date from the
 * settings.
 */
export function fillNewRoundTab(
  sheet: SheetHandle,
  round: Round,
  divisions: readonly NewDivision[],
  context: SheetContext,
): void {
  if (divisions.length === 0) return;
  const header = sheet.readValues(gridRange(1, 1, 1, Math.max(sheet.lastColumn(), 1)))[0] ?? [];
  const columns = locateColumns(round, header);
  const rows = divisions.map((_, index) => FIRST_DATA_ROW + index);
  writeDivisions({ sheet, round, columns, rows, exempt: false }, divisions.map(cleanDivision), context);
}

/**
 * Every bad cell of the settings, holidays and round tabs, with its A1 address and
 * the Thai message, in tab and row order.
 */
export function listDataProblems(spreadsheet: SpreadsheetHandle): DataProblem[] {
  const context = readSheetContext(spreadsheet);
  const problems: DataProblem[] = [...context.settings.problems];
  if (context.cardCellProblem !== undefined) problems.push(context.cardCellProblem);
  const coverage = holidayCoverageEnd(spreadsheet, context, problems);
  const missingHolidays = holidaysMissingProblem(spreadsheet, context);
  if (missingHolidays !== undefined) problems.push(missingHolidays);
  let asOfPast = false;
  for (const { tab, table } of readRoundTables(spreadsheet, {})) {
    const found: CellIssue[] = [...duplicateDivisionProblems(tab.rows), ...formulaCellIssues(tab, table)];
    for (const row of tab.rows) found.push(...rowCellProblems(tab.round, row, context));
    if (coverage !== undefined) {
      const beyond = holidayCoverageProblems(tab.rows, context, coverage);
      found.push(...beyond.cells);
      asOfPast ||= beyond.asOfPast;
    }
    for (const problem of found) problems.push({ sheetName: tab.sheet.name, ...problem });
  }
  const asOfCell = spreadsheet.namedRanges().find((named) => named.name === NAMES.asOf);
  if (asOfPast && coverage !== undefined && asOfCell !== undefined) {
    problems.push({
      sheetName: asOfCell.sheetName,
      cell: cellA1(asOfCell.range.row, asOfCell.range.column),
      message: holidaysPastMessage(context.today, coverage),
    });
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
 * The warning of a fiscal year the add-on has no holidays for (`holidaysForFiscalYear`), while
 * the holidays tab's coverage cell does not reach the year's last day: on that cell (or A2).
 */
function holidaysMissingProblem(
  spreadsheet: SpreadsheetHandle,
  context: SheetContext,
): DataProblem | undefined {
  const year = context.settings.fiscalYear;
  if (year === undefined || holidaysForFiscalYear(year) !== undefined) return undefined;
  const found = readHolidayCoverage(spreadsheet, context.readDate);
  const yearEnd = dayFromCivil(year - 543, 9, 30);
  if (found !== undefined && typeof found.day === 'number' && found.day >= yearEnd) return undefined;
  return {
    sheetName: found?.sheetName ?? TAB.holidays,
    cell: found === undefined ? cellA1(FIRST_DATA_ROW, 1) : cellA1(found.row, found.column),
    message: FISCAL_YEAR.holidaysMissing(year),
  };
}

/**
 * Through which day the holidays tab is complete, when days late are counted in working days
 * (`undefined` for calendar days, which need no holidays): the day in its coverage cell
 * (`readHolidayCoverage`, which set-up fills); where that cell is missing, blank or not a date
 * (reported), the last holiday listed stands for it.
 */
function holidayCoverageEnd(
  spreadsheet: SpreadsheetHandle,
  context: SheetContext,
  problems: DataProblem[],
): HolidayCoverageEnd | undefined {
  if (context.settings.dayCount.mode !== 'working') return undefined;
  const found = readHolidayCoverage(spreadsheet, context.readDate);
  if (found !== undefined && typeof found.day === 'number') {
    return { kind: 'cell', day: found.day, cell: cellA1(found.row, found.column) };
  }
  if (found?.day instanceof CellProblem) {
    const label = SHEET.holidaysCoveredThroughLabel;
    const message = found.day.message;
    problems.push({
      sheetName: found.sheetName,
      cell: cellA1(found.row, found.column),
      message: message.startsWith(label) ? message : TRACKING.settingInvalid(label, message),
    });
  }
  const weekdayHolidays = context.settings.dayCount.holidays.weekdayHolidays;
  const last = weekdayHolidays[weekdayHolidays.length - 1];
  return last === undefined ? { kind: 'none' } : { kind: 'lastHoliday', day: last };
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
