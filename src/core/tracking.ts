/**
 * Reading the tracking spreadsheet's tables, once read into arrays: its settings,
 * each division's row scored exactly as the custom functions score it, the
 * problems of every cell named by its A1 address, and a round's summary.
 */

import { cellA1 } from './a1';
import { type Card, type CardLevel, type CardRequirement, cardOf, type Round, type RoundCard } from './card';
import {
  CellProblem,
  type CellValue,
  cleanText,
  type DateReader,
  describeValue,
  isBlank,
  readDayCountMode,
  readFlag,
  readProgress,
  readRate,
  readWeightFraction,
  readWholeNumber,
} from './cells';
import type { DayNumber } from './dates';
import { decimalOfNumber, type ExactDecimal, fromScaled } from './decimal';
import { divisionKey } from './division-name';
import { CALENDAR_DAYS, type DayCountRule, holidayCalendar } from './lateness';
import { safeLink } from './links';
import { CELL, COLUMN, TRACKING } from './messages';
import { isProblems, nextStepText, readDaysLate, readMilestones } from './row';
import {
  DEFAULT_RATE,
  DEFAULT_WEIGHT,
  exactWeightedScore,
  isMet,
  levelReached,
  netScore,
  penalty,
  type RatePerDay,
} from './scoring';
import { type ColumnMap, FIRST_DATA_ROW, SETTINGS, type SettingKey, trackingColumns } from './template';
import { formatThaiDate } from './thai';
import type { DataProblem, LevelCount, MilestoneCheck, RoundStatus, RoundSummary } from './views';

/** The card's 5 % as the fraction the settings hold when the weight cannot be read. */
const DEFAULT_WEIGHT_FRACTION = readWeightFraction('', DEFAULT_WEIGHT) as ExactDecimal;

/** A setting's cell: where it is and what it holds. */
export interface SettingCell {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
}

/** The settings the scoring needs, read and checked. */
export interface TrackingSettings {
  readonly fiscalYear: number | undefined;
  readonly due: Readonly<Record<Round, DayNumber | undefined>>;
  /** Points a day, exactly as set. */
  readonly rate: RatePerDay;
  /** The indicator's weight as an exact fraction (5 % is 0.05), exactly as set. */
  readonly weight: ExactDecimal;
  readonly dayCount: DayCountRule;
  readonly countUnsubmitted: boolean;
  /** Write numbers and dates of the report form in Thai digits. */
  readonly thaiDigits: boolean;
  readonly text: Readonly<Partial<Record<SettingKey, string>>>;
  /** Problems of the settings and holidays tabs. */
  readonly problems: readonly DataProblem[];
  /**
   * The sheet's card (`KPI_CARD`), whose texts the checklist, next step and report
   * form use; absent: the built-in card's texts.
   */
  readonly card?: Card;
  /** Why the sheet's card cannot be read (its row and column named): every row then has this problem. */
  readonly cardProblem?: string;
}

/**
 * The settings from their cells (found by their named ranges) and the holiday
 * cells. A setting that cannot be read falls back to the card's default and is
 * reported as a problem.
 */
export function readSettings(
  cells: ReadonlyMap<SettingKey, SettingCell>,
  settingsTab: string,
  holidayCells: readonly SettingCell[],
  holidaysTab: string,
  readDate: DateReader,
): TrackingSettings {
  const problems: DataProblem[] = [];
  const report = (cell: SettingCell, sheetName: string, label: string, problem: CellProblem) =>
    problems.push({
      sheetName,
      cell: cellA1(cell.row, cell.column),
      message: problem.message.startsWith(label)
        ? problem.message
        : TRACKING.settingInvalid(label, problem.message),
    });
  const labelOf = (key: SettingKey) => SETTINGS.find((spec) => spec.key === key)?.label ?? key;
  const read = <T>(key: SettingKey, reader: (value: CellValue) => T | CellProblem, fallback: T): T => {
    const cell = cells.get(key);
    if (cell === undefined) return fallback;
    const reading = reader(cell.value);
    if (reading instanceof CellProblem) {
      report(cell, settingsTab, labelOf(key), reading);
      return fallback;
    }
    return reading;
  };
  const readDue = (key: SettingKey) =>
    read<DayNumber | undefined>(
      key,
      (value) => (isBlank(value) ? undefined : readDate(value, labelOf(key))),
      undefined,
    );

  const mode = read('dayCount', readDayCountMode, 'calendar');
  const holidays: DayNumber[] = [];
  for (const cell of holidayCells) {
    if (isBlank(cell.value)) continue;
    const day = readDate(cell.value, COLUMN.holidays);
    if (day instanceof CellProblem) report(cell, holidaysTab, COLUMN.holidays, day);
    else holidays.push(day);
  }
  const text: Partial<Record<SettingKey, string>> = {};
  for (const [key, cell] of cells) text[key] = isBlank(cell.value) ? '' : cleanText(String(cell.value));
  const fiscalYear = readWholeNumber(text.fiscalYear);

  return {
    fiscalYear: fiscalYear !== undefined && fiscalYear > 2400 ? fiscalYear : undefined,
    due: { 1: readDue('dueRound1'), 2: readDue('dueRound2') },
    rate: read('ratePerDay', (value) => readRate(value, DEFAULT_RATE), DEFAULT_RATE),
    weight: read('weight', (value) => readWeightFraction(value, DEFAULT_WEIGHT), DEFAULT_WEIGHT_FRACTION),
    dayCount: mode === 'calendar' ? CALENDAR_DAYS : { mode, holidays: holidayCalendar(holidays) },
    countUnsubmitted: read('countUnsubmitted', (value) => readFlag(value, labelOf('countUnsubmitted')), true),
    thaiDigits: read('thaiDigits', (value) => readFlag(value, labelOf('thaiDigits')), false),
    text,
    problems,
  };
}

/** One division's row of a round's tab, its cells as typed. */
export interface TrackingRow {
  /** The row number in the tab (1-based). */
  readonly row: number;
  readonly division: string;
  readonly divisionColumn: number;
  readonly head: string;
  /** The round's milestone cells in the card's order, with their columns. */
  readonly milestones: readonly { readonly column: number; readonly value: CellValue }[];
  /** The evidence link of each milestone, in the same order. */
  readonly evidence: readonly { readonly column: number; readonly value: CellValue }[];
  readonly due: { readonly column: number; readonly value: CellValue };
  readonly submitted: { readonly column: number; readonly value: CellValue };
  /**
   * Free text and report columns by key (`reporter`, `reporterPhone`, `results`, `problems`,
   * `suggestions`, `reportLink`, `pdfLink`, `reportStatus`); `''` when blank or the column is missing.
   */
  readonly text: Readonly<Record<string, string>>;
  /** The round's "ไม่ประเมินรอบนี้" cell: ticked (TRUE or ใช่) means the division is not assessed this round. */
  readonly exempt: boolean;
  /** That cell as typed, with its column (0 when the tab has no such column): a bad value is a problem of the row. */
  readonly exemptCell?: { readonly column: number; readonly value: CellValue };
}

const TEXT_KEYS = [
  'reporter',
  'reporterPhone',
  'results',
  'problems',
  'suggestions',
  'reportLink',
  'pdfLink',
  'reportStatus',
] as const;

/**
 * The division rows of a round's tab from its values (row 1 the headers): every
 * row below the headers where a division name or any input cell is filled.
 */
export function trackingRows(
  round: Round,
  table: readonly (readonly CellValue[])[],
  columns: ColumnMap,
): TrackingRow[] {
  const card = cardOf(round);
  const inputColumns = trackingColumns(round)
    .filter((column) => !['formula', 'reportLink', 'pdfLink', 'reportStatus'].includes(column.kind))
    .map((column) => columns.get(column.key))
    .filter((column): column is number => column !== undefined);
  const at = (values: readonly CellValue[], key: string) => {
    const column = columns.get(key);
    return { column: column ?? 0, value: column === undefined ? '' : (values[column - 1] ?? '') };
  };
  const rows: TrackingRow[] = [];
  for (let index = FIRST_DATA_ROW - 1; index < table.length; index++) {
    const values = table[index] ?? [];
    // A row counts once it has a name or any input; an unticked checkbox (FALSE) alone is not input.
    if (inputColumns.every((column) => isBlank(values[column - 1]) || values[column - 1] === false)) continue;
    const text: Record<string, string> = {};
    for (const key of TEXT_KEYS) text[key] = displayText(at(values, key).value);
    rows.push({
      row: index + 1,
      division: displayText(at(values, 'division').value),
      divisionColumn: columns.get('division') ?? 1,
      head: displayText(at(values, 'head').value),
      milestones: card.inputs.map((input) => at(values, input)),
      evidence: card.inputs.map((input) => at(values, `evidence:${input}`)),
      due: at(values, 'due'),
      submitted: at(values, 'submitted'),
      text,
      exempt: at(values, 'exempt').value === true,
      exemptCell: at(values, 'exempt'),
    });
  }
  return rows;
}

function displayText(value: CellValue): string {
  return isBlank(value) ? '' : cleanText(String(value));
}

/** What scoring a row needs besides the row. */
export interface RowContext {
  readonly settings: TrackingSettings;
  readonly readDate: DateReader;
  /** Today in the spreadsheet's zone (the sheet's `TODAY()`). */
  readonly today: DayNumber;
}

/**
 * A round of the app's card worded as `card` words it: each requirement's official
 * and short text from the requirement of the same round, level and input on
 * `card` (the N-th such when a level has several); where `card` has none, the
 * built-in text stays. Scoring is the app's round as it is; only its texts change.
 *
 * @example withCardTexts(cardOf(1), sheetCard).general.levels[0].requirements[0].short
 */
export function withCardTexts(round: RoundCard, card: Card | undefined): RoundCard {
  const sheetRound = card?.rounds.find((entry) => entry.round === round.round);
  if (sheetRound === undefined) return round;
  const general = round.general;
  const inputName = (inputs: typeof general.inputs, index: number) => inputs[index]?.name ?? '';
  const levels: CardLevel[] = general.levels.map((level) => {
    const sheetLevel = sheetRound.levels.find((entry) => entry.level === level.level);
    const seen = new Map<string, number>();
    const requirements: CardRequirement[] = level.requirements.map((requirement) => {
      const name = inputName(general.inputs, requirement.inputIndex);
      const nth = seen.get(name) ?? 0;
      seen.set(name, nth + 1);
      const match = (sheetLevel?.requirements ?? []).filter(
        (entry) => inputName(sheetRound.inputs, entry.inputIndex) === name,
      )[nth];
      return match === undefined
        ? requirement
        : { ...requirement, official: match.official, short: match.short };
    });
    return { ...level, requirements };
  });
  return { ...round, general: { ...general, levels } };
}

/**
 * A division's standing in a round, with the same numbers the custom functions
 * give for its row, and every problem of the row named by its cell.
 */
export function roundStatus(
  round: Round,
  sheetName: string,
  row: TrackingRow,
  context: RowContext,
): RoundStatus {
  const card = withCardTexts(cardOf(round), context.settings.card);
  const problems = rowCellProblems(round, row, context).map(
    (problem) => `${problem.cell}: ${problem.message}`,
  );
  if (context.settings.cardProblem !== undefined) problems.push(context.settings.cardProblem);
  const asOf = context.settings.countUnsubmitted ? context.today : undefined;
  const rules = {
    readDate: context.readDate,
    asOf,
    dayCount: context.settings.dayCount,
    rate: context.settings.rate,
  };
  const milestoneCells = row.milestones.map((cell) => cell.value);
  // Each figure is blank exactly where its column's custom function leaves the row blank.
  const milestonesBlank = milestoneCells.every(isBlank);
  const scoreBlank = milestonesBlank && isBlank(row.submitted.value);
  const lateBlank = isBlank(row.due.value) && isBlank(row.submitted.value);
  const readings = readMilestones(card, milestoneCells);
  const values = isProblems(readings) ? undefined : readings;
  // The same readings KPISCORE combines (scoreRow): the milestones and the lateness, each read once here.
  const late = readDaysLate(row.due.value, row.submitted.value, rules);
  const daysLateValue = lateBlank || isProblems(late) ? null : late;
  const level = values === undefined ? undefined : levelReached(card, values);
  const net =
    scoreBlank || level === undefined || isProblems(late)
      ? null
      : netScore(level, penalty(late, context.settings.rate));
  const progress = readProgress(row.milestones[card.inputs.indexOf('progress')]?.value);
  const checklist: MilestoneCheck[] = [];
  card.levels.forEach((rule, levelIndex) => {
    rule.requirements.forEach((requirement, index) => {
      const input = requirement.kind === 'flag' ? requirement.input : 'progress';
      const evidence = row.evidence[card.inputs.indexOf(input)]?.value;
      checklist.push({
        level: rule.level,
        text: card.general.levels[levelIndex]?.requirements[index]?.short ?? '',
        met: values !== undefined && isMet(requirement, values),
        ...(rule.partialPoints === undefined ? {} : { partialPoints: fromScaled(rule.partialPoints, 2) }),
        evidence: isBlank(evidence) ? '' : cleanText(String(evidence)),
      });
    });
  });
  const dateText = (value: CellValue, column: string) => {
    if (isBlank(value)) return '';
    const day = context.readDate(value, column);
    return day instanceof CellProblem ? displayText(value) : formatThaiDate(day, { style: 'short' });
  };
  // Not assessed this round: its formula cells show "ไม่ประเมินรอบนี้", no penalty, no score.
  const figures = row.exempt
    ? { level: null, daysLate: 0, penalty: 0, score: null, weighted: null, next: '' }
    : {
        level: milestonesBlank || level === undefined ? null : fromScaled(level, 2),
        daysLate: daysLateValue,
        penalty: daysLateValue === null ? null : fromScaled(penalty(daysLateValue, context.settings.rate), 2),
        score: net === null ? null : fromScaled(net, 2),
        weighted: net === null ? null : weightedOf(net, context.settings.weight),
        next: milestonesBlank || values === undefined ? '' : nextStepText(card, values),
      };
  return {
    round,
    sheetName,
    row: row.row,
    exempt: row.exempt,
    checklist,
    progressPercent: progress instanceof CellProblem ? null : progress,
    ...figures,
    problems,
    due: dateText(row.due.value, COLUMN.due),
    submitted: dateText(row.submitted.value, COLUMN.submitted),
    reportLink: row.text.reportLink ?? '',
    pdfLink: row.text.pdfLink ?? '',
    reportStatus: row.text.reportStatus ?? '',
  };
}

/**
 * The weighted score of a net score, as KPIWEIGHTED gives it from the score cell
 * (which shows the net score with its 2 decimals) and the weight as set: the exact
 * product, rounded once.
 */
function weightedOf(net: number, weight: ExactDecimal): number {
  const score = decimalOfNumber(fromScaled(net, 2));
  return score === undefined ? 0 : fromScaled(exactWeightedScore(score, weight), 4);
}

/** Every bad cell of a division's row, by its A1 address. */
export function rowCellProblems(
  round: Round,
  row: TrackingRow,
  context: RowContext,
): { cell: string; message: string }[] {
  const card = cardOf(round);
  const problems: { cell: string; message: string }[] = [];
  const add = (column: number, message: string) =>
    problems.push({ cell: cellA1(row.row, column || 1), message });
  if (row.division === '') add(row.divisionColumn, TRACKING.divisionNameBlank);
  card.inputs.forEach((input, index) => {
    const cell = row.milestones[index];
    if (cell === undefined) return;
    const reading = input === 'progress' ? readProgress(cell.value) : readFlag(cell.value, COLUMN[input]);
    if (reading instanceof CellProblem) add(cell.column, reading.message);
  });
  for (const cell of row.evidence) {
    if (isBlank(cell.value)) continue;
    const text = cleanText(String(cell.value));
    // The same rule that decides what the reports and the sidebar show as a link.
    if (safeLink(text) === undefined) add(cell.column, TRACKING.evidenceNotLink(`"${text}"`));
  }
  const exemptCell = row.exemptCell;
  if (exemptCell !== undefined && !isBlank(exemptCell.value) && typeof exemptCell.value !== 'boolean') {
    add(exemptCell.column, TRACKING.exemptNotCheckbox(describeValue(exemptCell.value)));
  }
  // An exempt row is not late, so it needs no due date; a date typed is still read.
  const counting = !row.exempt && (!isBlank(row.submitted.value) || context.settings.countUnsubmitted);
  if (!isBlank(row.submitted.value)) {
    const day = context.readDate(row.submitted.value, COLUMN.submitted);
    if (day instanceof CellProblem) add(row.submitted.column, day.message);
  }
  if (!isBlank(row.due.value)) {
    const day = context.readDate(row.due.value, COLUMN.due);
    if (day instanceof CellProblem) add(row.due.column, day.message);
  } else if (counting) {
    add(row.due.column, CELL.dueMissing());
  }
  return problems;
}

/** A problem of one cell of a round's tab, by its A1 address. */
export interface CellIssue {
  readonly cell: string;
  readonly message: string;
}

/**
 * Rows of a round's tab that name the same division (compared by
 * {@link divisionKey}): each such row is listed at its name cell, naming the
 * cells of the others. Two rows of one division would share its report files.
 */
export function duplicateDivisionProblems(rows: readonly TrackingRow[]): CellIssue[] {
  const byKey = new Map<string, TrackingRow[]>();
  for (const row of rows) {
    const key = divisionKey(row.division);
    if (key === '') continue;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  const problems: CellIssue[] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const cells = group.map((row) => cellA1(row.row, row.divisionColumn));
    group.forEach((row, index) => {
      const others = cells.filter((_, at) => at !== index);
      problems.push({
        cell: cells[index] as string,
        message: TRACKING.divisionDuplicate(describeValue(row.division), others),
      });
    });
  }
  return problems;
}

/** A formula column of a round's tab as read: where it is, its formula, and its cells. */
export interface FormulaColumnCells {
  /** The column's Thai header. */
  readonly header: string;
  /** The column's number (1-based). */
  readonly column: number;
  /** The one formula set-up writes in the column's first data row. */
  readonly formula: string;
  /**
   * The column's cells from the first data row down: the formula each holds
   * (`''` for none) and the value it shows.
   */
  readonly cells: readonly { readonly formula: string; readonly value: CellValue }[];
}

// Sheets shows a formula that cannot give a value as one of these.
const ERROR_VALUE = /^#(?:REF!|ERROR!|VALUE!|NAME\?|N\/A|DIV\/0!|NUM!|NULL!)$/;

/**
 * What is wrong with a formula column: its first data cell must hold the
 * column's formula (compared ignoring spaces and letter case, as Sheets may
 * rewrite them), and no cell below may hold a typed value, which would stop the
 * formula's results from filling the column. A cell below is known to be typed
 * when the column's formula gives no results (it is missing, or shows an error
 * such as `#REF!`, which is what Sheets shows when a value is in the way): a
 * cell showing a result is otherwise indistinguishable from a typed one.
 */
export function formulaColumnProblems(column: FormulaColumnCells): CellIssue[] {
  const [first, ...below] = column.cells;
  const anchor = cellA1(FIRST_DATA_ROW, column.column);
  const problems: CellIssue[] = [];
  const formula = first?.formula ?? '';
  const value = first?.value ?? '';
  const hasFormula = formula !== '' && sameFormula(formula, column.formula);
  if (!hasFormula) {
    problems.push({
      cell: anchor,
      message:
        formula === '' && value === ''
          ? TRACKING.formulaCellEmpty(column.header)
          : TRACKING.formulaCellHoldsOther(column.header, describeValue(formula === '' ? value : formula)),
    });
  }
  // Another formula of the person's own may fill the column with its results: those are not typed.
  const resultsBelow = hasFormula ? !ERROR_VALUE.test(String(value)) : formula !== '';
  if (resultsBelow) return problems;
  below.forEach((cell, index) => {
    if (cell.formula === '' && cell.value === '') return;
    problems.push({
      cell: cellA1(FIRST_DATA_ROW + 1 + index, column.column),
      message: TRACKING.formulaColumnTyped(column.header, anchor, describeValue(cell.formula || cell.value)),
    });
  });
  return problems;
}

/** Whether two formulas are the same but for spaces and letter case. */
function sameFormula(one: string, other: string): boolean {
  const plain = (formula: string) => formula.replace(/\s+/g, '').toUpperCase();
  return plain(one) === plain(other);
}

/**
 * Whether a row of a round's tab holds anything a person entered: any cell but
 * those of `formulaColumns` (their cells show the formulas' results). An
 * unticked checkbox (`FALSE`) or a cell of spaces is nothing, as in
 * {@link trackingRows}. Such a row is never given to a new division.
 *
 * @example rowHoldsData(['', '', 45026], new Set()) // true: a due date
 */
export function rowHoldsData(values: readonly CellValue[], formulaColumns: ReadonlySet<number>): boolean {
  return values.some((value, index) => !formulaColumns.has(index + 1) && !isBlank(value) && value !== false);
}

/**
 * Counts of a round's divisions: at each level reached, late, not submitted,
 * with problems.
 */
export function summarizeRound(
  round: Round,
  sheetName: string,
  statuses: readonly RoundStatus[],
): RoundSummary {
  const counts = new Map<string, number>();
  const levels = round === 1 ? ['0', '1', '3', '5'] : ['0', '1', '2', '2.5', '3', '4', '5'];
  for (const level of levels) counts.set(level, 0);
  let late = 0;
  let notSubmitted = 0;
  let withProblems = 0;
  let exempt = 0;
  for (const status of statuses) {
    if (status.problems.length > 0) withProblems++;
    // Not assessed this round: in no level, not late, not missing.
    if (status.exempt) {
      exempt++;
      continue;
    }
    // A listed division with nothing ticked yet (its level cell blank) stands at level 0.
    const level = status.level ?? (status.problems.length === 0 ? 0 : null);
    if (level !== null) counts.set(String(level), (counts.get(String(level)) ?? 0) + 1);
    if (status.daysLate !== null && status.daysLate > 0) late++;
    if (status.submitted === '') notSubmitted++;
  }
  const byLevel: LevelCount[] = [...counts].map(([level, count]) => ({ level, count }));
  return { round, sheetName, divisions: statuses.length, byLevel, late, notSubmitted, withProblems, exempt };
}

/** Through which day the holidays tab is known to be complete, as check data finds it. */
export type HolidayCoverageEnd =
  /** The day the tab's coverage cell holds, and that cell ("วันหยุด" tab, A1). */
  | { readonly kind: 'cell'; readonly day: DayNumber; readonly cell: string }
  /** No coverage day recorded: the last weekday holiday listed stands for it. */
  | { readonly kind: 'lastHoliday'; readonly day: DayNumber }
  /** No coverage day and no holiday at all. */
  | { readonly kind: 'none' };

/** What {@link holidayCoverageProblems} finds in a round's rows. */
export interface HolidayCoverageFindings {
  /** The due and submitted cells that count working days past the coverage end. */
  readonly cells: readonly CellIssue[];
  /** Whether some unsubmitted row counts up to today (the as-of day) past the coverage end. */
  readonly asOfPast: boolean;
}

/**
 * Where counting in working days runs past the holidays the tab lists: a holiday after the
 * coverage end would count as a working day. Only rows that are counted late matter (not exempt,
 * due date read, and submitted, or counted up to today, after it): their submitted date when it
 * is past the end (or, unsubmitted, the as-of day), and their due date too when it is past the
 * end. Calendar days need no holidays: nothing is found then.
 */
export function holidayCoverageProblems(
  rows: readonly TrackingRow[],
  context: RowContext,
  coverage: HolidayCoverageEnd,
): HolidayCoverageFindings {
  const cells: CellIssue[] = [];
  let asOfPast = false;
  if (context.settings.dayCount.mode !== 'working') return { cells, asOfPast };
  const past = (day: DayNumber) => coverage.kind === 'none' || day > coverage.day;
  const issue = (row: TrackingRow, column: number, day: DayNumber) =>
    cells.push({ cell: cellA1(row.row, column || 1), message: holidaysPastMessage(day, coverage) });
  for (const row of rows) {
    if (row.exempt || isBlank(row.due.value)) continue;
    const due = context.readDate(row.due.value, COLUMN.due);
    if (due instanceof CellProblem) continue;
    let end: DayNumber;
    const submitted = isBlank(row.submitted.value)
      ? undefined
      : context.readDate(row.submitted.value, COLUMN.submitted);
    if (submitted instanceof CellProblem) continue;
    if (submitted !== undefined) end = submitted;
    else if (context.settings.countUnsubmitted) end = context.today;
    else continue;
    if (end <= due || !past(end)) continue;
    if (past(due)) issue(row, row.due.column, due);
    if (submitted !== undefined) issue(row, row.submitted.column, submitted);
    else asOfPast = true;
  }
  return { cells, asOfPast };
}

/** The message for a date (`day`) counted past the holidays tab's coverage end. */
export function holidaysPastMessage(day: DayNumber, coverage: HolidayCoverageEnd): string {
  const shown = formatThaiDate(day, { style: 'short' });
  if (coverage.kind === 'none') return TRACKING.holidaysNone(shown);
  const end = formatThaiDate(coverage.day, { style: 'short' });
  return coverage.kind === 'cell'
    ? TRACKING.holidaysPastCoverage(shown, end, coverage.cell)
    : TRACKING.holidaysPastLastHoliday(shown, end);
}
