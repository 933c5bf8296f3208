/**
 * The card's scoring rules: level reached, the next milestone, late penalty, net
 * and weighted score, all in exact scaled integers.
 */

import type { FlagId, LevelRule, Requirement, RoundCard } from './card';
import type { Percent } from './cells';
import {
  decimalOfNumber,
  type ExactDecimal,
  type Hundredths,
  multiplyDecimals,
  parseDecimal,
  roundDecimal,
  type TenThousandths,
} from './decimal';

/** A tracking row's milestone cells, read: every flag and the plan's progress. */
export interface MilestoneValues {
  readonly flags: Readonly<Record<FlagId, boolean>>;
  readonly progress: Percent;
}

/** No flag done and no progress. */
export const NOTHING_DONE: MilestoneValues = {
  flags: {
    reviewDone: false,
    planDone: false,
    workflowManualDone: false,
    trainingDone: false,
    forumDone: false,
    reportSent: false,
  },
  progress: 0,
};

/**
 * Penalty rate in points per day, exactly as set (0.0049995 stays 0.0049995): the
 * penalty is rounded once, after multiplying by the days.
 */
export type RatePerDay = ExactDecimal;

/** A weight in hundredths of a percent: 5 % is `500`. */
export type WeightBasisPoints = number;

/** The card's penalty: 0.10 points a day. */
export const DEFAULT_RATE: RatePerDay = parseDecimal('0.1') as ExactDecimal;

/** The card's weight: 5 percent. */
export const DEFAULT_WEIGHT: WeightBasisPoints = 500;

/**
 * Whether one requirement is met. Percent thresholds are met at the threshold and
 * above (50 % is met by 50 %).
 */
export function isMet(requirement: Requirement, values: MilestoneValues): boolean {
  return requirement.kind === 'flag'
    ? values.flags[requirement.input]
    : values.progress >= requirement.atLeastPercent;
}

/**
 * The level reached, in hundredths. Levels are sequential: a level counts only
 * when every level below it with a milestone is met; a "–" level is never reached
 * on its own; a level with partial points (round 2 level 3) adds the points of
 * the parts met and stops there.
 *
 * @example levelReached(ROUND_1, { ...NOTHING_DONE, flags: { ...NOTHING_DONE.flags, reviewDone: true } }) // 100
 */
export function levelReached(card: RoundCard, values: MilestoneValues): Hundredths {
  let reached: Hundredths = 0;
  for (const rule of card.levels) {
    if (rule.requirements.length === 0) continue;
    const metCount = countMet(rule, values);
    if (metCount === rule.requirements.length) {
      reached = rule.level * 100;
      continue;
    }
    if (rule.partialPoints !== undefined) reached += metCount * rule.partialPoints;
    break;
  }
  return reached;
}

function countMet(rule: LevelRule, values: MilestoneValues): number {
  let count = 0;
  for (const requirement of rule.requirements) if (isMet(requirement, values)) count++;
  return count;
}

/** The next level to work on and what of it is still missing. */
export interface NextStep {
  readonly level: number;
  readonly missing: readonly Requirement[];
}

/**
 * The first level not yet fully met and its unmet requirements; `undefined` when
 * the round is complete.
 *
 * @example nextStep(ROUND_2, NOTHING_DONE) // { level: 1, missing: [80 % of the plan] }
 */
export function nextStep(card: RoundCard, values: MilestoneValues): NextStep | undefined {
  for (const rule of card.levels) {
    const missing = rule.requirements.filter((requirement) => !isMet(requirement, values));
    if (missing.length > 0) return { level: rule.level, missing };
  }
  return undefined;
}

/**
 * The late penalty in hundredths: the exact product days × rate, rounded once,
 * half up, to 0.01 point (the rate is never rounded first).
 *
 * @example penalty(3, DEFAULT_RATE) // 30 (0.30 points)
 * @example penalty(1, rate 0.0049995) // 0 (not 0.005 rounded again to 0.01)
 */
export function penalty(days: number, rate: RatePerDay = DEFAULT_RATE): Hundredths {
  const dayCount = decimalOfNumber(days);
  return dayCount === undefined ? 0 : roundDecimal(multiplyDecimals(dayCount, rate), 2);
}

/**
 * The net score: level − penalty, floored at 0 unless told otherwise.
 *
 * @example netScore(100, 30) // 70
 * @example netScore(500, 510) // 0
 */
export function netScore(level: Hundredths, deducted: Hundredths, floorAtZero = true): Hundredths {
  const net = level - deducted;
  return floorAtZero && net < 0 ? 0 : net;
}

/**
 * The weighted score in ten-thousandths from a score and a weight fraction as
 * typed: their exact product, rounded once, half up (neither is rounded first).
 *
 * @example exactWeightedScore(score 5, weight 0.05555) // 2778 (0.2778, from 0.27775)
 * @example exactWeightedScore(score 1.00045, weight 0.1) // 1000 (0.1, from 0.100045)
 */
export function exactWeightedScore(score: ExactDecimal, weight: ExactDecimal): TenThousandths {
  return roundDecimal(multiplyDecimals(score, weight), 4);
}
