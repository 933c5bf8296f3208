/**
 * The indicator card as data: its rounds, levels and requirements.
 *
 * A card is read from the card table (`card-table.ts`, PRODUCT.md §7); the
 * built-in 2566 card is that table's reading of {@link BUILT_IN_CARD_TABLE}. The
 * scoring code walks this data; it knows nothing of round 1 or round 2 by itself.
 * A "–" level on the card is a level with no requirements.
 *
 * `RoundCard`, `ROUND_1`, `ROUND_2` and `cardOf` are the app's view of the
 * built-in card, with the tracking sheet's milestone ids for its inputs.
 */

import { BUILT_IN_CARD_TABLE, readCardTable } from './card-table';
import type { ExactDecimal, Hundredths } from './decimal';
import { COLUMN, MILESTONE_TEXT, type MilestoneTextKey } from './messages';

/** What a card table row checks (column `ชนิด`). */
export type CardCheck =
  | 'done'
  | 'percent'
  | 'value'
  | 'valueAtMost'
  | 'percentInterpolated'
  | 'valueInterpolated';

/** How a milestone cell is read: a done-flag, a percent (0.6 / 60 / "60%"), or a plain number. */
export type InputReading = 'flag' | 'percent' | 'value';

/** A milestone cell of a round, named as on the card. */
export interface CardInput {
  readonly name: string;
  readonly reading: InputReading;
}

/** One requirement of a level: one row of the card table. */
export interface CardRequirement {
  /** The index of the cell it reads among its round's inputs. */
  readonly inputIndex: number;
  readonly check: CardCheck;
  /** Percent checks: the threshold in percent points; value checks: the exact threshold. */
  readonly percent: number;
  readonly value: ExactDecimal | undefined;
  /** The card's official wording, and its short form where the add-on has one. */
  readonly official: string;
  readonly short: string;
  /** The row of the card table it was read from, 1 = the range's first row. */
  readonly row: number;
}

/** A level of a round: what it asks for and its partial points. */
export interface CardLevel {
  /** The level's points, 1–5. */
  readonly level: number;
  /** Empty for a "–" level, which is never reached on its own. */
  readonly requirements: readonly CardRequirement[];
  /** Points each requirement met earns when the level is not fully met; absent: all or nothing. */
  readonly partialPoints?: Hundredths;
}

/** A round scored by linear interpolation between its five level thresholds (เทียบบัญญัติไตรยางศ์). */
export interface CardInterpolation {
  readonly inputIndex: number;
  /** Levels 1–5's thresholds, strictly increasing (percent points for a percent input). */
  readonly thresholds: readonly ExactDecimal[];
}

/** One round of a card. */
export interface CardRound {
  /** 1–4. */
  readonly round: number;
  /** The round's milestone cells, in order of first appearance on the card. */
  readonly inputs: readonly CardInput[];
  /** Levels 1 to 5, in order. */
  readonly levels: readonly CardLevel[];
  readonly interpolation?: CardInterpolation;
}

/** A card: 1 to 4 rounds, numbered from 1. */
export interface Card {
  readonly rounds: readonly CardRound[];
}

/** What a milestone cell holds once read: a flag, percent points, or a number (`undefined`: blank). */
export type InputValue = boolean | number | ExactDecimal | undefined;

/** The built-in 2566 card, read once from its table. */
export const BUILT_IN_CARD: Card = readCardTable(BUILT_IN_CARD_TABLE);

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
  /** The same round of the general card, which the scoring walks. */
  readonly general: CardRound;
}

const INPUT_ID = new Map<string, MilestoneInputId>(
  (
    [
      'reviewDone',
      'planDone',
      'progress',
      'workflowManualDone',
      'trainingDone',
      'forumDone',
      'reportSent',
    ] as const
  ).map((id) => [COLUMN[id], id]),
);
const TEXT_KEY = new Map<string, MilestoneTextKey>(
  (Object.keys(MILESTONE_TEXT) as MilestoneTextKey[]).map((key) => [MILESTONE_TEXT[key].official, key]),
);

/** The app's view of a round of the built-in card: its inputs by milestone id, its texts by key. */
function builtInView(general: CardRound): RoundCard {
  const idOf = (index: number): MilestoneInputId => {
    const id = INPUT_ID.get(general.inputs[index]?.name ?? '');
    if (id === undefined)
      throw new Error(`built-in card: input ${index} of round ${general.round} has no id`);
    return id;
  };
  const requirement = (rule: CardRequirement): Requirement => {
    const text = TEXT_KEY.get(rule.official);
    if (text === undefined) throw new Error(`built-in card: row ${rule.row} has no text key`);
    const input = idOf(rule.inputIndex);
    if (input === 'progress') return { kind: 'progress', atLeastPercent: rule.percent, text };
    return { kind: 'flag', input, text };
  };
  return {
    round: general.round as Round,
    inputs: general.inputs.map((_input, index) => idOf(index)),
    levels: general.levels.map((level) => ({
      level: level.level,
      requirements: level.requirements.map(requirement),
      ...(level.partialPoints === undefined ? {} : { partialPoints: level.partialPoints }),
    })),
    general,
  };
}

/** Round 1/2566 (Oct–Mar): review, plan, 50 % of the plan. Scores 0, 1, 3 or 5. */
export const ROUND_1: RoundCard = builtInView(BUILT_IN_CARD.rounds[0] as CardRound);

/** Round 2/2566 (Apr–Sep): 80 %, 100 %, two halves of level 3, forum, report. */
export const ROUND_2: RoundCard = builtInView(BUILT_IN_CARD.rounds[1] as CardRound);

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
