/**
 * The custom functions: each reads its arguments once, then applies the core to
 * every row of its ranges. A bad cell gives its row a `⚠` text and the other rows
 * are still computed; a mistake in the call itself throws a Thai `Error`.
 */

import { BUILT_IN_CARD, type Card, type CardRound } from '../core/card';
import { readCardRound, readCardTable } from '../core/card-table';
import {
  CellProblem,
  type CellValue,
  createDateReader,
  type DateReader,
  isBlank,
  readDayCountMode,
  readRate,
  readRound,
  readScore,
  readWeightFraction,
} from '../core/cells';
import type { DayNumber } from '../core/dates';
import { fromScaled } from '../core/decimal';
import { CALENDAR_DAYS, type DayCountRule, holidayCalendar } from '../core/lateness';
import { CALL, COLUMN, WARNING_PREFIX, warningText } from '../core/messages';
import {
  cardNextStepText,
  isProblems,
  type LatenessRules,
  type RowProblems,
  readDaysLate,
  readInputs,
  scoreCardRow,
} from '../core/row';
import { cardLevel, DEFAULT_RATE, DEFAULT_WEIGHT, exactWeightedScore, penalty } from '../core/scoring';
import {
  isBlankRow,
  nonBlankCells,
  type RowArgument,
  rowArgument,
  shapeResults,
  singleValue,
  tableHeight,
} from './ranges';
import { spreadsheetCalendar } from './services/calendar';

/** What one row gives back: a number, a text (the next step, a `⚠` problem) or `""`. */
export type RowResult = number | string;

/** What a custom function returns: one row's result, or a column of them. */
export type FunctionResult = RowResult | RowResult[][];

/**
 * `KPILEVEL(round, milestones, [card])`: the level reached, 0–5 (round 2 of the
 * built-in card can give 2.5; an interpolation round gives 2 decimals).
 */
export function kpiLevel(round: unknown, milestones: unknown, card?: unknown): FunctionResult {
  return perMilestoneRow(round, milestones, cardArgument(card), (cardRound, cells) => {
    const values = readInputs(cardRound, cells);
    return isProblems(values) ? values : fromScaled(cardLevel(cardRound, values), 2);
  });
}

/** `KPINEXT(round, milestones, [card])`: the Thai text of the next milestone to reach; `""` at level 5. */
export function kpiNext(round: unknown, milestones: unknown, card?: unknown): FunctionResult {
  return perMilestoneRow(round, milestones, cardArgument(card), (cardRound, cells) => {
    const values = readInputs(cardRound, cells);
    return isProblems(values) ? values : cardNextStepText(cardRound, values);
  });
}

/** `KPILATEDAYS(due, submitted, [asOf], [dayCount], [holidays])`: whole days late, ≥ 0. */
export function kpiLateDays(
  due: unknown,
  submitted: unknown,
  asOf?: unknown,
  dayCount?: unknown,
  holidays?: unknown,
): FunctionResult {
  return perLatenessRow(due, submitted, asOf, dayCount, holidays, (days) => days);
}

/** `KPIPENALTY(due, submitted, [asOf], [ratePerDay], [dayCount], [holidays])`: points deducted. */
export function kpiPenalty(
  due: unknown,
  submitted: unknown,
  asOf?: unknown,
  ratePerDay?: unknown,
  dayCount?: unknown,
  holidays?: unknown,
): FunctionResult {
  const rate = orThrow(readRate(singleValue(ratePerDay, COLUMN.ratePerDay), DEFAULT_RATE));
  return perLatenessRow(due, submitted, asOf, dayCount, holidays, (days) =>
    fromScaled(penalty(days, rate), 2),
  );
}

/**
 * `KPISCORE(round, milestones, due, submitted, [asOf], [ratePerDay], [dayCount], [holidays], [card])`:
 * max(0, level − penalty).
 */
export function kpiScore(
  round: unknown,
  milestones: unknown,
  due: unknown,
  submitted: unknown,
  asOf?: unknown,
  ratePerDay?: unknown,
  dayCount?: unknown,
  holidays?: unknown,
  card?: unknown,
): FunctionResult {
  const rounds = roundArgument(round, cardArgument(card));
  const milestoneRows = rowArgument(milestones, COLUMN.milestones);
  const dueRows = rowArgument(due, COLUMN.due);
  const submittedRows = rowArgument(submitted, COLUMN.submitted);
  const height = tableHeight([rounds.rows, milestoneRows, dueRows, submittedRows]);
  const rate = orThrow(readRate(singleValue(ratePerDay, COLUMN.ratePerDay), DEFAULT_RATE));
  const rules = { ...latenessRules(asOf, dayCount, holidays), rate };
  return eachRow(height, [milestoneRows, submittedRows], (index) => {
    const roundValue = rounds.at(index);
    if (roundValue instanceof CellProblem) {
      const late = readDaysLate(dueRows.cell(index), submittedRows.cell(index), rules);
      return isProblems(late) ? [roundValue, ...late] : [roundValue];
    }
    const cells = milestoneCells(milestoneRows, index, roundValue);
    const score = scoreCardRow(roundValue, cells, dueRows.cell(index), submittedRows.cell(index), rules);
    return isProblems(score) ? score : fromScaled(score.net, 2);
  });
}

/**
 * `KPIWEIGHTED(score, [weight])`: score × weight, 4 decimals (5 → 0.25 at 5 %): the
 * exact product of the score and the weight as typed, rounded once.
 */
export function kpiWeighted(score: unknown, weight?: unknown): FunctionResult {
  const weightValue = orThrow(readWeightFraction(singleValue(weight, COLUMN.weight), DEFAULT_WEIGHT));
  const scores = rowArgument(score, COLUMN.score);
  return eachRow(scores.height, [scores], (index) => {
    const cell = scores.cell(index);
    // The score column already explains its problem: pass it on unchanged.
    if (typeof cell === 'string' && cell.startsWith(WARNING_PREFIX)) return cell;
    const scoreValue = readScore(cell);
    return scoreValue instanceof CellProblem
      ? [scoreValue]
      : fromScaled(exactWeightedScore(scoreValue, weightValue), 4);
  });
}

/**
 * The call's card, read once: the card table passed as the last argument, or the
 * built-in 2566 card when there is none. A card that cannot be read is a mistake
 * in the call.
 */
function cardArgument(value: unknown): Card | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return readCardTable(value);
}

/** A row-wise `round` argument: a single bad value is a mistake in the call. */
interface RoundArgument {
  readonly rows: RowArgument;
  at(index: number): CardRound | CellProblem;
}

/** Rounds of the built-in card as `readRound` reads them (1 or 2), or of the card passed (1 to its rounds). */
function roundArgument(value: unknown, card: Card | undefined): RoundArgument {
  const rows = rowArgument(value, COLUMN.round);
  const read =
    card === undefined
      ? (cell: CellValue): CardRound | CellProblem => {
          const round = readRound(cell);
          return round instanceof CellProblem ? round : (BUILT_IN_CARD.rounds[round - 1] as CardRound);
        }
      : (cell: CellValue) => readCardRound(cell, card);
  if (rows.height === 1) {
    const round = orThrow(read(rows.cell(0)));
    return { rows, at: () => round };
  }
  return { rows, at: (index) => read(rows.cell(index)) };
}

function milestoneCells(rows: RowArgument, index: number, round: CardRound): readonly CellValue[] {
  const cells = rows.cells(index);
  if (cells.length < round.inputs.length) {
    const names = round.inputs.map((input) => input.name);
    throw new Error(CALL.tooFewMilestones(round.round, round.inputs.length, cells.length, names));
  }
  return cells;
}

type MilestoneRowScorer = (round: CardRound, cells: readonly CellValue[]) => RowResult | RowProblems;

function perMilestoneRow(
  round: unknown,
  milestones: unknown,
  card: Card | undefined,
  scoreOne: MilestoneRowScorer,
): FunctionResult {
  const rounds = roundArgument(round, card);
  const milestoneRows = rowArgument(milestones, COLUMN.milestones);
  const height = tableHeight([rounds.rows, milestoneRows]);
  return eachRow(height, [milestoneRows], (index) => {
    const roundValue = rounds.at(index);
    if (roundValue instanceof CellProblem) return [roundValue];
    return scoreOne(roundValue, milestoneCells(milestoneRows, index, roundValue));
  });
}

function perLatenessRow(
  due: unknown,
  submitted: unknown,
  asOf: unknown,
  dayCount: unknown,
  holidays: unknown,
  fromDays: (days: number) => number,
): FunctionResult {
  const dueRows = rowArgument(due, COLUMN.due);
  const submittedRows = rowArgument(submitted, COLUMN.submitted);
  const height = tableHeight([dueRows, submittedRows]);
  const rules = latenessRules(asOf, dayCount, holidays);
  return eachRow(height, [dueRows, submittedRows], (index) => {
    const days = readDaysLate(dueRows.cell(index), submittedRows.cell(index), rules);
    return isProblems(days) ? days : fromDays(days);
  });
}

/**
 * One result per row of the call: `""` for a blank row, the row's value, or its
 * problems as a `⚠` text; shaped as Sheets wants it.
 */
function eachRow(
  height: number,
  blankWhen: readonly RowArgument[],
  resultOf: (index: number) => RowResult | RowProblems,
): FunctionResult {
  const results: RowResult[] = new Array(height);
  for (let index = 0; index < height; index++) {
    if (isBlankRow(index, height, blankWhen)) {
      results[index] = '';
      continue;
    }
    const result = resultOf(index);
    results[index] = isProblems(result) ? problemText(result) : result;
  }
  return shapeResults(results, height);
}

/** The call's lateness rules, read once: the spreadsheet's zone is looked up here and only here. */
function latenessRules(asOf: unknown, dayCount: unknown, holidays: unknown): LatenessRules {
  const readDate = createDateReader(spreadsheetCalendar().dayOf);
  const asOfCell = singleValue(asOf, COLUMN.asOf);
  const asOfDay = isBlank(asOfCell) ? undefined : orThrow(readDate(asOfCell, COLUMN.asOf));
  const mode = orThrow(readDayCountMode(singleValue(dayCount, COLUMN.dayCount)));
  const rule: DayCountRule =
    mode === 'calendar'
      ? CALENDAR_DAYS
      : { mode, holidays: holidayCalendar(readHolidays(holidays, readDate)) };
  return { readDate, asOf: asOfDay, dayCount: rule };
}

function readHolidays(holidays: unknown, readDate: DateReader): DayNumber[] {
  return nonBlankCells(holidays).map((cell) => orThrow(readDate(cell, COLUMN.holidays)));
}

function orThrow<T>(value: T | CellProblem): T {
  if (value instanceof CellProblem) throw new Error(value.message);
  return value;
}

function problemText(problems: RowProblems): string {
  return warningText(problems.map((problem) => problem.message));
}
