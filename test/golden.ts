/**
 * The golden cases of the custom functions (../shared/kpi/golden-cases.json,
 * copied into test/fixtures so a clone without shared/ still tests), and how to
 * turn their arguments into the values Sheets passes.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const GOLDEN_COPY = join(__dirname, 'fixtures', 'golden-cases.json');
export const GOLDEN_SHARED = join(__dirname, '..', '..', 'shared', 'kpi', 'golden-cases.json');

export interface GoldenCase {
  readonly note: string;
  readonly fn: string;
  readonly args: unknown[];
  readonly expect: number | string;
}

/** The cases: the shared file when it is beside the repo, else the copy. */
export function goldenCases(): GoldenCase[] {
  const path = existsSync(GOLDEN_SHARED) ? GOLDEN_SHARED : GOLDEN_COPY;
  return (JSON.parse(readFileSync(path, 'utf8')) as { cases: GoldenCase[] }).cases;
}

const BANGKOK_OFFSET_MS = 7 * 3_600_000;

/**
 * A Date at a Bangkok wall-clock time: `2023-04-10` is that day's midnight in
 * Asia/Bangkok (as Sheets passes a date cell), `2023-04-11T01:00` that time.
 */
export function bangkokDate(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(text);
  if (!match) throw new Error(`bad golden date ${text}`);
  const [, year, month, day, hour = '0', minute = '0'] = match;
  return new Date(
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute)) - BANGKOK_OFFSET_MS,
  );
}

/** A golden argument as a cell value: `{ "date": … }` becomes a Date, arrays stay arrays. */
export function goldenArgument(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(goldenArgument);
  if (value !== null && typeof value === 'object' && 'date' in value) {
    return bangkokDate(String((value as { date: string }).date));
  }
  return value;
}

/** Checks a result against a golden expectation; returns a reason when it does not match. */
export function mismatch(
  expected: GoldenCase['expect'],
  outcome: { value?: unknown; error?: unknown },
): string | undefined {
  if (expected === 'error') {
    if (outcome.error === undefined) return `expected an Error, got ${JSON.stringify(outcome.value)}`;
    const error = outcome.error as { message?: unknown };
    if (Object.prototype.toString.call(outcome.error) !== '[object Error]')
      return 'thrown value is not an Error';
    if (typeof error.message !== 'string' || !/[\u0e00-\u0e7f]/.test(error.message)) {
      return `error message is not Thai: ${String(error.message)}`;
    }
    return undefined;
  }
  if (outcome.error !== undefined) return `threw ${(outcome.error as Error).message}`;
  if (expected === '⚠') {
    return typeof outcome.value === 'string' && outcome.value.startsWith('⚠ ') && outcome.value.length > 4
      ? undefined
      : `expected a ⚠ text, got ${JSON.stringify(outcome.value)}`;
  }
  return outcome.value === expected
    ? undefined
    : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(outcome.value)}`;
}

/** Runs `call` and captures its value or what it threw. */
export function outcomeOf(call: () => unknown): { value?: unknown; error?: unknown } {
  try {
    return { value: call() };
  } catch (error) {
    return { error };
  }
}
