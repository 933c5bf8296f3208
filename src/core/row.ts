/**
 * Scoring one division's row from its raw cells: the whole card applied to what
 * people typed, every problem in the row collected rather than the first thrown.
 */

import { cardOf, type Round, type RoundCard, requirementText } from './card';
import { CellProblem, type CellValue, type DateReader, isBlank, readFlag, readProgress } from './cells';
import type { DayNumber } from './dates';
import type { Hundredths } from './decimal';
import { CALENDAR_DAYS, type DayCountRule, daysLate } from './lateness';
import { CELL, COLUMN, nextMilestoneText } from './messages';
import {
  DEFAULT_RATE,
  levelReached,
  type MilestoneValues,
  NOTHING_DONE,
  netScore,
  nextStep,
  penalty,
  type RatePerDay,
} from './scoring';
import { formatPercent } from './thai';

/** The problems found in a row; never empty. */
export type RowProblems = readonly CellProblem[];

/** Whether a reading failed. */
export function isProblems(value: unknown): value is RowProblems {
  return Array.isArray(value);
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
 * A row's milestone cells read in the round's order (extra cells ignored). The
 * caller makes sure there are enough cells.
 *
 * @example readMilestones(ROUND_1, [true, 'ใช่', '60%']) // { flags: {…reviewDone: true, planDone: true}, progress: 60 }
 */
export function readMilestones(card: RoundCard, cells: ArrayLike<CellValue>): MilestoneValues | RowProblems {
  const flags = { ...NOTHING_DONE.flags };
  let progress = 0;
  let problems: CellProblem[] | undefined;
  for (let index = 0; index < card.inputs.length; index++) {
    const input = card.inputs[index] as RoundCard['inputs'][number];
    const cell = cells[index];
    const reading = input === 'progress' ? readProgress(cell) : readFlag(cell, COLUMN[input]);
    if (reading instanceof CellProblem) {
      if (problems === undefined) problems = [];
      problems.push(reading);
    } else if (input === 'progress') {
      progress = reading as number;
    } else {
      flags[input] = reading as boolean;
    }
  }
  return problems ?? { flags, progress };
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

/**
 * A row's full score: level from the milestones, days late and penalty from the
 * dates, net score.
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
  const values = readMilestones(cardOf(round), milestoneCells);
  const late = readDaysLate(due, submitted, rules);
  if (isProblems(values)) return isProblems(late) ? [...values, ...late] : values;
  if (isProblems(late)) return late;
  const level = levelReached(cardOf(round), values);
  const deducted = penalty(late, rules.rate ?? DEFAULT_RATE);
  return {
    round,
    values,
    level,
    daysLate: late,
    penalty: deducted,
    net: netScore(level, deducted, rules.floorAtZero),
  };
}

/**
 * The Thai text of the next milestone to reach, `''` when the round is complete:
 * the first level not fully met, what of it is missing, and the progress so far
 * when progress is what is missing.
 *
 * @example nextStepText(ROUND_2, values) // 'ระดับ 1: ดำเนินการตามแผนฯ ได้ร้อยละ 80 (ขณะนี้ 50%)'
 */
export function nextStepText(card: RoundCard, values: MilestoneValues): string {
  const step = nextStep(card, values);
  if (step === undefined) return '';
  const needsProgress = step.missing.some((requirement) => requirement.kind === 'progress');
  return nextMilestoneText(
    String(step.level),
    step.missing.map((requirement) => requirementText(requirement, 'short')),
    needsProgress ? formatPercent(values.progress) : undefined,
  );
}
