/** @jest-environment jsdom */

/**
 * Issue 10, finding 15 in the sidebar: a progress is never shown rounded up to a
 * threshold it has not reached (79.999 % is "79.99%", not "80%"), by the same rule
 * as the custom functions' next-step text.
 */

import fc from 'fast-check';
import { formatPercent } from '../../src/client/format';
import { formatPercent as coreFormatPercent } from '../../src/core/thai';
import type { DivisionView } from '../../src/core/views';
import { installFakeScript, removeFakeScript } from './fake-script-run';
import { FINANCE_ROUND_1, FINANCE_ROUND_2, sidebarData } from './fixtures';
import { loadPage, settle } from './page';

/** The number a shown percentage writes. */
const shownNumber = (text: string) => Number(text.replace(/%$/, ''));

describe('formatPercent in the sidebar', () => {
  it.each([
    [79.999, '79.99%'],
    [49.9999, '49.99%'],
    [99.995, '99.99%'],
    [60, '60%'],
    [62.5, '62.5%'],
    [0.001, '0%'],
    [100, '100%'],
  ])('writes %p as %s', (percent, shown) => {
    expect(formatPercent(percent)).toBe(shown);
  });

  it('never shows more than the progress, so never a threshold not reached, and is the core rule', () => {
    const progress = fc.oneof(
      fc.integer({ min: 0, max: 100_000_000 }).map((units) => units / 1_000_000),
      fc.double({ min: 0, max: 100, noNaN: true }),
    );
    fc.assert(
      fc.property(progress, (percent) => {
        const shown = formatPercent(percent);
        expect(shown).toBe(coreFormatPercent(percent));
        expect(shownNumber(shown)).toBeLessThanOrEqual(percent);
        // Cut to 2 decimals: less than 0.01 below the progress.
        expect(percent - shownNumber(shown)).toBeLessThan(0.01 + 1e-9);
        for (const threshold of [50, 80, 100]) {
          if (percent < threshold) expect(shownNumber(shown)).toBeLessThan(threshold);
        }
      }),
      { seed: 1015, numRuns: 2000 },
    );
  });
});

describe('the sidebar page (built bundle)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.clearAllTimers();
    jest.useRealTimers();
    removeFakeScript();
  });

  it('shows 79.999 % of the plan as 79.99%, not 80%', async () => {
    const division: DivisionView = {
      name: 'กองคลัง',
      head: 'นางสาวสมใจ ใจดี',
      selectedRound: 1,
      rounds: [{ ...FINANCE_ROUND_1, progressPercent: 79.999 }, FINANCE_ROUND_2],
    };
    installFakeScript({ getSidebarData: () => sidebarData(division) });
    loadPage('sidebar');
    await settle();
    expect(document.querySelector('.round-panel .figure-progress dd')?.textContent).toBe('79.99%');
  });
});
