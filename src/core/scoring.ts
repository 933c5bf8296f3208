/**
 * The card's scoring rules: level reached, the next milestone, late penalty, net
 * and weighted score, all in exact scaled integers.
 */

import type { CardRequirement, CardRound, FlagId, InputValue, Requirement, RoundCard } from './card';
import type { Percent } from './cells';
import {
  compareDecimals,
  decimalOfNumber,
  divideRounded,
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

/** A row's milestone cells read in its round's order (see `readInputs` in row.ts). */
export type InputValues = readonly InputValue[];

/**
 * Whether one requirement of a card is met by its cell's value. Percent and value
 * thresholds are met at the threshold and above (`ค่าไม่เกิน`: at the threshold and
 * below); a blank value cell meets no value threshold. An interpolation row is met
 * once its level's threshold is reached.
 */
export function requirementMet(requirement: CardRequirement, value: InputValue): boolean {
  switch (requirement.check) {
    case 'done':
      return value === true;
    case 'percent':
    case 'percentInterpolated':
      return (value as number) >= requirement.percent;
    case 'value':
    case 'valueInterpolated':
      return (
        value !== undefined && compareDecimals(value as ExactDecimal, requirement.value as ExactDecimal) >= 0
      );
    case 'valueAtMost':
      return (
        value !== undefined && compareDecimals(value as ExactDecimal, requirement.value as ExactDecimal) <= 0
      );
  }
}

/**
 * The level a round of a card gives a row, in hundredths. Levels are sequential:
 * a level counts only when every level below it with a requirement is met; a "–"
 * level is never reached on its own; a level with partial points adds the points
 * of the requirements met and stops there. An interpolation round scores its one
 * value between the level thresholds (see {@link interpolatedLevel}).
 *
 * @example cardLevel(BUILT_IN_CARD.rounds[0], [true, false, 60]) // 100
 */
export function cardLevel(round: CardRound, values: InputValues): Hundredths {
  if (round.interpolation !== undefined) {
    return interpolatedLevel(round.interpolation.thresholds, values[round.interpolation.inputIndex]);
  }
  let reached: Hundredths = 0;
  const levels = round.levels;
  for (let index = 0; index < levels.length; index++) {
    const rule = levels[index] as CardRound['levels'][number];
    const requirements = rule.requirements;
    if (requirements.length === 0) continue;
    let metCount = 0;
    for (let part = 0; part < requirements.length; part++) {
      const requirement = requirements[part] as CardRequirement;
      if (requirementMet(requirement, values[requirement.inputIndex])) metCount++;
    }
    if (metCount === requirements.length) {
      reached = rule.level * 100;
      continue;
    }
    if (rule.partialPoints !== undefined) reached += metCount * rule.partialPoints;
    break;
  }
  return reached;
}

/**
 * Linear interpolation between five level thresholds t1 < … < t5 (เทียบบัญญัติ
 * ไตรยางศ์), in hundredths: 0 below t1, 5 at t5 and above, otherwise
 * L + (v − t_L) / (t_{L+1} − t_L) for t_L ≤ v < t_{L+1}, rounded once, half up, to
 * 2 decimals, on exact decimals. A blank value scores as nothing reached.
 *
 * @example interpolatedLevel([60, 70, 80, 90, 100], 85) // 350
 * @example interpolatedLevel([60, 70, 80, 90, 100], 72) // 220
 */
export function interpolatedLevel(thresholds: readonly ExactDecimal[], value: InputValue): Hundredths {
  const reading =
    typeof value === 'number' ? decimalOfNumber(value) : typeof value === 'object' ? value : undefined;
  if (reading === undefined) return 0;
  let level = 0;
  while (level < thresholds.length && compareDecimals(reading, thresholds[level] as ExactDecimal) >= 0)
    level++;
  if (level === 0) return 0;
  if (level === thresholds.length) return level * 100;
  const low = thresholds[level - 1] as ExactDecimal;
  const high = thresholds[level] as ExactDecimal;
  return level * 100 + fractionHundredths(reading, low, high);
}

/** (v − low) / (high − low) in hundredths, rounded half up, for low ≤ v < high: exact. */
function fractionHundredths(value: ExactDecimal, low: ExactDecimal, high: ExactDecimal): Hundredths {
  const exponent = Math.min(value.exponent, low.exponent, high.exponent);
  const whole = (decimal: ExactDecimal) => {
    const digits = decimal.digits + '0'.repeat(decimal.exponent - exponent);
    return decimal.negative ? -BigInt(digits) : BigInt(digits);
  };
  const numerator = (whole(value) - whole(low)) * BigInt(100);
  const denominator = whole(high) - whole(low);
  if (numerator <= BigInt(Number.MAX_SAFE_INTEGER) && denominator <= BigInt(Number.MAX_SAFE_INTEGER)) {
    return divideRounded(Number(numerator), Number(denominator));
  }
  // Half up: floor((2n + d) / 2d), all whole and non-negative.
  return Number((numerator * BigInt(2) + denominator) / (denominator * BigInt(2)));
}

/** The next level to work on in a round of a card and what of it is still missing. */
export interface CardNextStep {
  readonly level: number;
  readonly missing: readonly CardRequirement[];
}

/**
 * The first level not yet fully met and its unmet requirements; `undefined` when
 * the round is complete.
 */
export function cardNextStep(round: CardRound, values: InputValues): CardNextStep | undefined {
  for (const rule of round.levels) {
    const missing = rule.requirements.filter(
      (requirement) => !requirementMet(requirement, values[requirement.inputIndex]),
    );
    if (missing.length > 0) return { level: rule.level, missing };
  }
  return undefined;
}

/** A built-in round's milestone values in its inputs' order, as the card's scoring reads them. */
export function inputValuesOf(card: RoundCard, values: MilestoneValues): InputValues {
  return card.inputs.map((input) => (input === 'progress' ? values.progress : values.flags[input]));
}

/**
 * Whether one requirement of the built-in card is met. Percent thresholds are met
 * at the threshold and above (50 % is met by 50 %).
 */
export function isMet(requirement: Requirement, values: MilestoneValues): boolean {
  return requirement.kind === 'flag'
    ? requirementMet(FLAG_CHECK, values.flags[requirement.input])
    : requirementMet({ ...PERCENT_CHECK, percent: requirement.atLeastPercent }, values.progress);
}

const FLAG_CHECK: CardRequirement = {
  inputIndex: 0,
  check: 'done',
  percent: 0,
  value: undefined,
  official: '',
  short: '',
  row: 0,
};
const PERCENT_CHECK: CardRequirement = { ...FLAG_CHECK, check: 'percent' };

/**
 * The level reached on a round of the built-in card, in hundredths (see
 * {@link cardLevel}).
 *
 * @example levelReached(ROUND_1, { ...NOTHING_DONE, flags: { ...NOTHING_DONE.flags, reviewDone: true } }) // 100
 */
export function levelReached(card: RoundCard, values: MilestoneValues): Hundredths {
  return cardLevel(card.general, inputValuesOf(card, values));
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
  const step = cardNextStep(card.general, inputValuesOf(card, values));
  if (step === undefined) return undefined;
  const index = step.level - 1;
  const general = card.general.levels[index]?.requirements ?? [];
  const own = card.levels[index]?.requirements ?? [];
  return {
    level: step.level,
    missing: step.missing.map((requirement) => own[general.indexOf(requirement)] as Requirement),
  };
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
