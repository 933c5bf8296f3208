import { readFileSync } from 'node:fs';
import { calendarGlobals } from '../../emulator/apps-script-globals';
import * as globals from '../../src/server/globals';
import { GOLDEN_COPY, GOLDEN_SHARED, goldenArgument, goldenCases, mismatch, outcomeOf } from '../golden';
import { loadDist } from './dist';

const cases = goldenCases();

describe('the golden cases', () => {
  it('are all there (28 at least) and the copy in test/fixtures matches shared/', () => {
    expect(cases.length).toBeGreaterThanOrEqual(28);
    let shared: string | undefined;
    try {
      shared = readFileSync(GOLDEN_SHARED, 'utf8');
    } catch {
      shared = undefined; // a clone without shared/ beside it tests the copy
    }
    if (shared !== undefined)
      expect(JSON.parse(readFileSync(GOLDEN_COPY, 'utf8'))).toEqual(JSON.parse(shared));
  });

  it('the test process runs in UTC, so no answer leans on the local zone', () => {
    expect(new Date(2023, 3, 10).getTimezoneOffset()).toBe(0);
  });
});

describe.each([
  ['with Utilities.formatDate', true],
  ['without Utilities (Asia/Bangkok fallback)', false],
])('golden cases through dist/ in a vm, %s', (_label, withUtilities) => {
  const { globals: services } = calendarGlobals({ withUtilities });
  const addOn = loadDist(services);

  it.each(cases.map((goldenCase) => [goldenCase.note, goldenCase] as const))('%s', (_note, goldenCase) => {
    const outcome = outcomeOf(() => addOn.call(goldenCase.fn, ...goldenCase.args.map(goldenArgument)));
    expect(mismatch(goldenCase.expect, outcome)).toBeUndefined();
  });
});

describe('golden cases through the TypeScript sources directly', () => {
  const byName = globals as unknown as Record<string, (...args: unknown[]) => unknown>;
  it.each(cases.map((goldenCase) => [goldenCase.note, goldenCase] as const))('%s', (_note, goldenCase) => {
    const fn = byName[goldenCase.fn];
    expect(typeof fn).toBe('function');
    const outcome = outcomeOf(() => fn?.(...goldenCase.args.map(goldenArgument)));
    expect(mismatch(goldenCase.expect, outcome)).toBeUndefined();
  });
});
