/**
 * The indicator card as data: its rounds, levels and milestones.
 *
 * The scoring code walks this data; it knows nothing of round 1 or round 2 by
 * itself. A "–" level on the card is a level with no requirements.
 */

import type { Hundredths } from './decimal';
import { COLUMN, MILESTONE_TEXT, type MilestoneTextKey } from './messages';

/** An evaluation round of the fiscal year: 1 (Oct–Mar) or 2 (Apr–Sep). */
export type Round = 1 | 2;

/** The rounds, in order. */
export const ROUNDS: readonly Round[] = [1, 2];

/** A done/not-done milestone cell. */
export type FlagId =
  | 'reviewDone'
  | 'planDone'
  | 'workflowManualDone'
  | 'trainingDone'
  | 'forumDone'
  | 'reportSent';

/** A milestone cell of a tracking row: a done-flag or the plan's progress. */
export type MilestoneInputId = FlagId | 'progress';

/** One thing a level asks for. */
export type Requirement =
  | { readonly kind: 'flag'; readonly input: FlagId; readonly text: MilestoneTextKey }
  | { readonly kind: 'progress'; readonly atLeastPercent: number; readonly text: MilestoneTextKey };

/** A level of a round's scoring table. */
export interface LevelRule {
  /** The level's points, 1–5. */
  readonly level: number;
  /** What the level asks for; empty for a "–" level, which is never reached on its own. */
  readonly requirements: readonly Requirement[];
  /**
   * Points each requirement earns on its own when the level is not fully met
   * (round 2 level 3: two halves of 0.5). Absent: all or nothing.
   */
  readonly partialPoints?: Hundredths;
}

/** A round's scoring table and the order of its milestone cells in a row. */
export interface RoundCard {
  readonly round: Round;
  /** The milestone cells of a tracking row, left to right. */
  readonly inputs: readonly MilestoneInputId[];
  /** Levels 1 to 5, in order. */
  readonly levels: readonly LevelRule[];
}

const flag = (input: FlagId): Requirement => ({ kind: 'flag', input, text: input });
const progress = (atLeastPercent: 50 | 80 | 100): Requirement => ({
  kind: 'progress',
  atLeastPercent,
  text: `progress${atLeastPercent}`,
});

/** Round 1/2566 (Oct–Mar): review, plan, 50 % of the plan. Scores 0, 1, 3 or 5. */
export const ROUND_1: RoundCard = {
  round: 1,
  inputs: ['reviewDone', 'planDone', 'progress'],
  levels: [
    { level: 1, requirements: [flag('reviewDone')] },
    { level: 2, requirements: [] },
    { level: 3, requirements: [flag('planDone')] },
    { level: 4, requirements: [] },
    { level: 5, requirements: [progress(50)] },
  ],
};

/** Round 2/2566 (Apr–Sep): 80 %, 100 %, two halves of level 3, forum, report. */
export const ROUND_2: RoundCard = {
  round: 2,
  inputs: ['progress', 'workflowManualDone', 'trainingDone', 'forumDone', 'reportSent'],
  levels: [
    { level: 1, requirements: [progress(80)] },
    { level: 2, requirements: [progress(100)] },
    { level: 3, requirements: [flag('workflowManualDone'), flag('trainingDone')], partialPoints: 50 },
    { level: 4, requirements: [flag('forumDone')] },
    { level: 5, requirements: [flag('reportSent')] },
  ],
};

/**
 * The scoring table of a round.
 *
 * @example cardOf(2).inputs.length // 5
 */
export function cardOf(round: Round): RoundCard {
  return round === 1 ? ROUND_1 : ROUND_2;
}

/** The highest level of any round, in hundredths: 5 points. */
export const MAX_LEVEL: Hundredths = 500;

/**
 * The Thai column name of a milestone cell.
 *
 * @example inputColumnName('progress') // 'ความคืบหน้าตามแผน'
 */
export function inputColumnName(input: MilestoneInputId): string {
  return COLUMN[input];
}

/**
 * The Thai text of a requirement.
 *
 * @example requirementText(ROUND_1.levels[0].requirements[0], 'short')
 */
export function requirementText(requirement: Requirement, form: 'official' | 'short'): string {
  return MILESTONE_TEXT[requirement.text][form];
}
