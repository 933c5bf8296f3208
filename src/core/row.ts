/**
 * Scoring one division's row from its raw cells: the whole card applied to what
 * people typed, every problem in the row collected rather than the first thrown.
 */

import { type CardRound, cardOf, type InputValue, type Round, type RoundCard } from './card';
import {
  CellProblem,
  type CellValue,
  type DateReader,
  describeValue,
  isBlank,
  readDecimal,
  readFlag,
  readProgress,
} from './cells';
import type { DayNumber } from './dates';
import { type ExactDecimal, formatDecimal, type Hundredths } from './decimal';
import { CALENDAR_DAYS, type DayCountRule, daysLate } from './lateness';
import { CARD_ERROR, CELL, COLUMN, nextMilestoneText } from './messages';
import {
  cardLevel,
  cardNextStep,
  DEFAULT_RATE,
  type InputValues,
  inputValuesOf,
  type MilestoneValues,
  NOTHING_DONE,
  netScore,
  penalty,
  type RatePerDay,
} from './scoring';
import { formatPercent } from './thai';

/** The problems found in a row; never empty. */
export type RowProblems = readonly CellProblem[];

/** Whether a reading failed (a list of problems, never empty; a row's input values are a list too). */
export function isProblems(value: unknown): value is RowProblems {
  return Array.isArray(value) && value[0] instanceof CellProblem;
}

/** Everything a row's lateness depends on besides its own cells. */
export interface LatenessRules {
  /** Reads date cells in the spreadsheet's time zone. */
  readonly readDate: DateReader;
  /** Count a report not yet in as late up to this day; absent: not late. */
  readonly asOf?: DayNumber;
  readonly dayCount?: DayCountRule;
}

/** The rules for a row's score. */
export interface ScoringRules extends LatenessRules {
  readonly rate?: RatePerDay;
  readonly floorAtZero?: boolean;
}

/** A row's score, every figure exact. */
export interface RowScore {
  readonly round: Round;
  readonly values: MilestoneValues;
  readonly level: Hundredths;
  readonly daysLate: number;
  readonly penalty: Hundredths;
  readonly net: Hundredths;
}

/**
 * A row's milestone cells read as a round of a card reads them, in its inputs'
 * order (extra cells ignored): done-flags, percents (0.6 / 60 / "60%", blank 0),
 * plain numbers (exact; blank stays blank). The caller makes sure there are
 * enough cells.
 *
 * @example readInputs(BUILT_IN_CARD.rounds[0], [true, 'ใช่', '60%']) // [true, true, 60]
 */
export function readInputs(round: CardRound, cells: ArrayLike<CellValue>): InputValues | RowProblems {
  const inputs = round.inputs;
  const values: InputValue[] = new Array(inputs.length);
  let problems: CellProblem[] | undefined;
  for (let index = 0; index < inputs.length; index++) {
    const input = inputs[index] as CardRound['inputs'][number];
    const cell = cells[index];
    const reading =
      input.reading === 'flag'
        ? readFlag(cell, input.name)
        : input.reading === 'percent'
          ? readPercentInput(cell, input.name)
          : readValueInput(cell, input.name);
    if (reading instanceof CellProblem) {
      if (problems === undefined) problems = [];
      problems.push(reading);
    } else {
      values[index] = reading;
    }
  }
  return problems ?? values;
}

/** A percent cell, read as the progress column is; its problem names the card's input. */
function readPercentInput(cell: CellValue, name: string): number | CellProblem {
  const reading = readProgress(cell);
  if (!(reading instanceof CellProblem) || name === COLUMN.progress) return reading;
  const shown = describeValue(cell);
  return new CellProblem(
    reading.message === CELL.progressOutOfRange(shown)
      ? CARD_ERROR.percentOutOfRange(name, shown)
      : CARD_ERROR.percentNotNumber(name, shown),
  );
}

/** A plain number cell, exactly as typed; blank is no value. */
function readValueInput(cell: CellValue, name: string): ExactDecimal | undefined | CellProblem {
  if (isBlank(cell)) return undefined;
  return readDecimal(cell) ?? new CellProblem(CARD_ERROR.valueNotNumber(name, describeValue(cell)));
}

/**
 * A row's milestone cells read in the built-in round's order (extra cells ignored).
 * The caller makes sure there are enough cells.
 *
 * @example readMilestones(ROUND_1, [true, 'ใช่', '60%']) // { flags: {…reviewDone: true, planDone: true}, progress: 60 }
 */
export function readMilestones(card: RoundCard, cells: ArrayLike<CellValue>): MilestoneValues | RowProblems {
  const values = readInputs(card.general, cells);
  return isProblems(values) ? values : milestoneValuesOf(card, values);
}

function milestoneValuesOf(card: RoundCard, values: InputValues): MilestoneValues {
  const flags = { ...NOTHING_DONE.flags };
  let progress = 0;
  for (let index = 0; index < card.inputs.length; index++) {
    const input = card.inputs[index] as RoundCard['inputs'][number];
    if (input === 'progress') progress = values[index] as number;
    else flags[input] = values[index] as boolean;
  }
  return { flags, progress };
}

/**
 * Days late of a row. A report not in yet is late up to the "as of" day when one
 * is given, otherwise not late; a due date is needed only when there is a day to
 * count to, but a due date that is there must be readable.
 *
 * @example readDaysLate('10/04/2566', '13/04/2566', rules) // 3
 */
export function readDaysLate(
  due: CellValue,
  submitted: CellValue,
  rules: LatenessRules,
): number | RowProblems {
  const problems: CellProblem[] = [];
  let end = rules.asOf;
  if (!isBlank(submitted)) {
    const reading = rules.readDate(submitted, COLUMN.submitted);
    if (reading instanceof CellProblem) problems.push(reading);
    else end = reading;
  }
  let dueDay: DayNumber | undefined;
  if (!isBlank(due)) {
    const reading = rules.readDate(due, COLUMN.due);
    if (reading instanceof CellProblem) problems.unshift(reading);
    else dueDay = reading;
  } else if (end !== undefined) {
    problems.unshift(new CellProblem(CELL.dueMissing()));
  }
  if (problems.length > 0) return problems;
  if (end === undefined || dueDay === undefined) return 0;
  return daysLate(dueDay, end, rules.dayCount ?? CALENDAR_DAYS);
}

/** A row's score on a round of a card, every figure exact. */
export interface CardRowScore {
  readonly values: InputValues;
  readonly level: Hundredths;
  readonly daysLate: number;
  readonly penalty: Hundredths;
  readonly net: Hundredths;
}

/**
 * A row's full score on a round of a card: level from the milestones, days late
 * and penalty from the dates, net score.
 *
 * @example scoreCardRow(BUILT_IN_CARD.rounds[0], [true, false, 0.6], '10/4/2566', '13/4/2566', rules).net // 70
 */
export function scoreCardRow(
  round: CardRound,
  milestoneCells: ArrayLike<CellValue>,
  due: CellValue,
  submitted: CellValue,
  rules: ScoringRules,
): CardRowScore | RowProblems {
  const values = readInputs(round, milestoneCells);
  const late = readDaysLate(due, submitted, rules);
  if (isProblems(values)) return isProblems(late) ? [...values, ...late] : values;
  if (isProblems(late)) return late;
  const level = cardLevel(round, values);
  const deducted = penalty(late, rules.rate ?? DEFAULT_RATE);
  return {
    values,
    level,
    daysLate: late,
    penalty: deducted,
    net: netScore(level, deducted, rules.floorAtZero),
  };
}

/**
 * A row's full score on the built-in card (see {@link scoreCardRow}).
 *
 * @example scoreRow(1, [true, false, 0.6], '10/4/2566', '13/4/2566', rules).net // 70
 */
export function scoreRow(
  round: Round,
  milestoneCells: ArrayLike<CellValue>,
  due: CellValue,
  submitted: CellValue,
  rules: ScoringRules,
): RowScore | RowProblems {
  const card = cardOf(round);
  const score = scoreCardRow(card.general, milestoneCells, due, submitted, rules);
  if (isProblems(score)) return score;
  return {
    round,
    values: milestoneValuesOf(card, score.values),
    level: score.level,
    daysLate: score.daysLate,
    penalty: score.penalty,
    net: score.net,
  };
}

/**
 * The Thai text of the next milestone to reach on a round of a card, `''` when the
 * round is complete: the first level not fully met, what of it is missing (the
 * short wording where the add-on has one), and the value so far when a percent or
 * a number is what is missing.
 *
 * @example cardNextStepText(BUILT_IN_CARD.rounds[1], [50, false, false, false, false]) // 'ระดับ 1: ดำเนินการตามแผนฯ ได้ร้อยละ 80 (ขณะนี้ 50%)'
 */
export function cardNextStepText(round: CardRound, values: InputValues): string {
  const step = cardNextStep(round, values);
  if (step === undefined) return '';
  const measured = step.missing.find((requirement) => requirement.check !== 'done');
  let now: string | undefined;
  if (measured !== undefined) {
    const value = values[measured.inputIndex];
    if (typeof value === 'number') now = formatPercent(value);
    else if (typeof value === 'object') now = formatDecimal(value);
  }
  return nextMilestoneText(
    String(step.level),
    step.missing.map((requirement) => requirement.short),
    now,
  );
}

/**
 * The Thai text of the next milestone to reach on the built-in card, `''` when the
 * round is complete (see {@link cardNextStepText}).
 *
 * @example nextStepText(ROUND_2, values) // 'ระดับ 1: ดำเนินการตามแผนฯ ได้ร้อยละ 80 (ขณะนี้ 50%)'
 */
export function nextStepText(card: RoundCard, values: MilestoneValues): string {
  return cardNextStepText(card.general, inputValuesOf(card, values));
}
