/**
 * The preview's clock. The sample is a sheet seen a few days after round 2 of
 * B.E. 2566 was due, so its "today" is that day, with the time of day running
 * on; `PREVIEW_TODAY=yyyy-mm-dd` picks another day and `PREVIEW_TODAY=now` the
 * machine's own. The add-on in the vm, `TODAY()` and the sidebar all read it.
 */

import { SAMPLE_TODAY } from './sample';

/** A clock and what it is, for the console. */
export interface PreviewClock {
  readonly now: () => number;
  readonly description: string;
}

/** Bangkok is 7 hours ahead of UTC. */
const BANGKOK_OFFSET_MS = 7 * 3_600_000;

/**
 * The clock for `today`: undefined for the sample's day, `now` for the machine's.
 *
 * @example previewClock('2023-10-16').now() // some moment of 16 October 2023 in Bangkok
 */
export function previewClock(today: string | undefined): PreviewClock {
  if (today === 'now') return { now: Date.now, description: 'the machine’s clock (PREVIEW_TODAY=now)' };
  const day = today ?? SAMPLE_TODAY;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`PREVIEW_TODAY must be yyyy-mm-dd or now, not "${day}"`);
  const midnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - BANGKOK_OFFSET_MS;
  const real = Date.now();
  const sinceMidnight = (((real + BANGKOK_OFFSET_MS) % 86_400_000) + 86_400_000) % 86_400_000;
  const offset = midnight + sinceMidnight - real;
  return {
    now: () => Date.now() + offset,
    description: `${day} in Asia/Bangkok${today === undefined ? ' (the sample’s; PREVIEW_TODAY=now for the real date)' : ''}`,
  };
}
