/**
 * A stand-in for Apps Script's `google.script.run` and `google.script.host`: each
 * server function answers from `handlers` a moment later (as the real one does,
 * never synchronously), and every call is recorded with its arguments.
 */

import type { ServerFunctionName, ServerFunctions } from '../../src/client/server';

/** What the fake server answers: a value, a promise of one, or a throw (sent to the failure handler). */
export type FakeHandlers = {
  [Name in ServerFunctionName]?: (
    ...args: Parameters<ServerFunctions[Name]>
  ) => ReturnType<ServerFunctions[Name]> | Promise<ReturnType<ServerFunctions[Name]>>;
};

/** One call the page made. */
export interface RecordedCall {
  readonly name: string;
  readonly args: readonly unknown[];
}

/** The installed fake. */
export interface FakeScript {
  readonly calls: RecordedCall[];
  /** How many times `name` was called. */
  count(name: ServerFunctionName): number;
  /** Replaces what the server answers from now on. */
  readonly handlers: FakeHandlers;
  /** How many times the page called `google.script.host.close()`. */
  closed: number;
}

type Handler = (value: unknown) => void;

/** Every server function the pages may call: a function added to `src/server/api.ts` breaks this compile. */
const SERVER_FUNCTION_SET: Readonly<Record<ServerFunctionName, true>> = {
  getSidebarData: true,
  addDivision: true,
  addDivisions: true,
  checkData: true,
  selectCell: true,
  showDivisionReportPreview: true,
  generateDivisionReport: true,
  generateSummaryReport: true,
  startReportBatch: true,
  continueReportBatch: true,
  cancelReportBatch: true,
  getReportBatch: true,
  getFiscalYearPlan: true,
  startNewFiscalYear: true,
};
const SERVER_FUNCTIONS = Object.keys(SERVER_FUNCTION_SET) as ServerFunctionName[];

/** What a spreadsheet answers unless a test says otherwise: no batch of reports was ever run. */
const DEFAULTS: FakeHandlers = { getReportBatch: () => null };

/** Installs the fake as `window.google.script`; `handlers` over {@link DEFAULTS}. */
export function installFakeScript(handlers: FakeHandlers): FakeScript {
  const fake: FakeScript = {
    calls: [],
    count: (name) => fake.calls.filter((call) => call.name === name).length,
    handlers: { ...DEFAULTS, ...handlers },
    closed: 0,
  };
  const runner = (success: Handler, failure: Handler): Record<string, unknown> => {
    const target: Record<string, unknown> = {
      withSuccessHandler: (handler: Handler) => runner(handler, failure),
      withFailureHandler: (handler: Handler) => runner(success, handler),
    };
    // Every server function the page may call; an unknown name is undefined, as in Apps Script.
    for (const name of SERVER_FUNCTIONS) {
      target[name] = function (this: unknown, ...args: unknown[]) {
        if (this !== target) throw new Error(`google.script.run.${name} called without its runner`);
        fake.calls.push({ name, args });
        setTimeout(() => {
          const handler = fake.handlers[name] as ((...values: unknown[]) => unknown) | undefined;
          if (handler === undefined) {
            failure(new Error(`Exception: no fake for ${name}`));
            return;
          }
          Promise.resolve()
            .then(() => handler(...args))
            .then(success, failure);
        }, 0);
      };
    }
    return target;
  };
  const ignore: Handler = () => {};
  Object.defineProperty(window, 'google', {
    configurable: true,
    value: {
      script: {
        get run() {
          return runner(ignore, ignore);
        },
        host: {
          close: () => {
            fake.closed += 1;
          },
        },
      },
    },
  });
  return fake;
}

/** Removes `window.google`, as on a page opened outside Apps Script. */
export function removeFakeScript(): void {
  delete (window as { google?: unknown }).google;
}
