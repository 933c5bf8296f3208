import { readFileSync } from 'node:fs';
import { loadAddOn } from '../../emulator/apps-script/vm-host';
import { FakeSpreadsheet } from '../../emulator/spreadsheet';
import * as globals from '../../src/server/globals';
import { GOLDEN_COPY, GOLDEN_SHARED, goldenArgument, goldenCases, mismatch, outcomeOf } from '../golden';
import { DIST } from './dist';

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

describe('golden cases through dist/ on the emulator, as Sheets runs a custom function (AuthMode.CUSTOM_FUNCTION)', () => {
  const addOn = loadAddOn({ distDir: DIST, spreadsheet: new FakeSpreadsheet() });

  it.each(cases.map((goldenCase) => [goldenCase.note, goldenCase] as const))('%s', (_note, goldenCase) => {
    const outcome = outcomeOf(() =>
      addOn.callAs('customFunction', goldenCase.fn, ...goldenCase.args.map(goldenArgument)),
    );
    expect(mismatch(goldenCase.expect, outcome)).toBeUndefined();
  });

  it('called only what a custom function may call, under the scope guard', () => {
    expect(Object.keys(addOn.serviceCalls.snapshot()).sort()).toEqual(
      expect.arrayContaining(['Utilities.Utilities.formatDate']),
    );
    for (const key of Object.keys(addOn.serviceCalls.snapshot())) {
      expect(key).toMatch(
        /^(Spreadsheet\.(SpreadsheetApp|Spreadsheet)\.get|Base\.Session\.getScriptTimeZone|Utilities\.Utilities\.formatDate)/,
      );
    }
  });
});

describe('golden cases through dist/ in a vm without Utilities (the Asia/Bangkok fallback)', () => {
  const addOn = loadAddOn({ distDir: DIST, spreadsheet: new FakeSpreadsheet(), omit: ['Utilities'] });

  it.each(cases.map((goldenCase) => [goldenCase.note, goldenCase] as const))('%s', (_note, goldenCase) => {
    const outcome = outcomeOf(() =>
      addOn.callAs('customFunction', goldenCase.fn, ...goldenCase.args.map(goldenArgument)),
    );
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
