/** How numbers read in the sidebar: fixed decimals for points, as few as needed for levels. */

/**
 * `value` with at least `min` and at most `max` decimals, trailing zeros past
 * `min` dropped.
 *
 * @example decimals(0.235, 2, 4) // '0.235'
 * @example decimals(4.7, 2, 4) // '4.70'
 */
export function decimals(value: number, min: number, max: number): string {
  const text = value.toFixed(max);
  if (max === 0) return text;
  const [whole, fraction = ''] = text.split('.');
  let kept = fraction;
  while (kept.length > min && kept.endsWith('0')) kept = kept.slice(0, -1);
  return kept === '' ? `${whole}` : `${whole}.${kept}`;
}

/** A level as the card writes it: `3`, `2.5`. */
export function formatLevel(level: number): string {
  return decimals(level, 0, 2);
}

/** Points (score, penalty) with two decimals: `4.70`. */
export function formatPoints(points: number): string {
  return decimals(points, 2, 2);
}

/** A weighted score: two decimals, more when the weight needs them (`0.235`). */
export function formatWeighted(points: number): string {
  return decimals(points, 2, 4);
}

/**
 * A percentage: `60%`, `62.5%`, cut (not rounded) to 2 decimals so a progress never
 * shows a threshold it has not reached (79.999 % is `79.99%`): core's rule, the one
 * the custom functions' next-step text uses, bundled into the sidebar.
 */
export { formatPercent } from '../core/thai';
