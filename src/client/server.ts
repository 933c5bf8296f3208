/**
 * The one way the pages call the server: `server.getSidebarData()` and so on, a
 * promise per call, typed from the server's own list (`src/server/api.ts`) as
 * enuchi/React-Google-Apps-Script's `GASClient<typeof serverFunctions>` does. A
 * renamed or re-typed server function breaks this compile, not a user's click.
 *
 * The import is type-only: no server code is bundled into a page.
 */

import { UI } from '../core/messages';
import type * as api from '../server/api';
import { type ScriptRunner, scriptRun } from './host';

/** The server functions the client may call, as the server declares them. */
export type ServerFunctions = typeof api;

/** The name of a server function. */
export type ServerFunctionName = keyof ServerFunctions;

/** Each server function as a promise of its result. */
export type Server = {
  readonly [Name in ServerFunctionName]: (
    ...args: Parameters<ServerFunctions[Name]>
  ) => Promise<ReturnType<ServerFunctions[Name]>>;
};

/**
 * The text of what a failure handler got: Apps Script passes an `Error` whose
 * message may start with `Exception: ` or `Error: `, which tells the user nothing.
 */
export function failureDetail(error: unknown): string {
  let text = '';
  if (typeof error === 'string') text = error;
  else if (error !== null && typeof error === 'object' && 'message' in error) {
    const { message } = error as { message: unknown };
    if (typeof message === 'string') text = message;
  }
  return text.replace(/^\s*(?:Exception|Error|ScriptError):\s*/, '').trim();
}

/**
 * Calls server function `name` with `args` through `google.script.run`. Resolves
 * with its return value; rejects with an `Error` whose message is Thai, ready to
 * show: what Apps Script said, or that the page is not inside Apps Script.
 *
 * @example callServer('addDivision', ['กองคลัง', 'นางสาวสมใจ ใจดี'])
 */
export function callServer<Name extends ServerFunctionName>(
  name: Name,
  args: Parameters<ServerFunctions[Name]>,
  run: () => ScriptRunner | undefined = scriptRun,
): Promise<ReturnType<ServerFunctions[Name]>> {
  return new Promise((resolve, reject) => {
    const runner = run();
    if (runner === undefined) {
      reject(new Error(UI.noAppsScript));
      return;
    }
    try {
      const handled = runner
        .withSuccessHandler((value) => resolve(value as ReturnType<ServerFunctions[Name]>))
        .withFailureHandler((error) => reject(new Error(UI.callFailed(failureDetail(error)))));
      const call = handled[name];
      if (typeof call !== 'function') throw new Error(`google.script.run has no function ${name}`);
      // Called as a method: the runner carries the handlers set above.
      (call as (...callArgs: unknown[]) => unknown).apply(handled, args);
    } catch (error) {
      reject(new Error(UI.callFailed(failureDetail(error))));
    }
  });
}

/**
 * A {@link Server} over `run` (by default the page's `google.script.run`): every
 * property is the server function of that name.
 */
export function createServer(run: () => ScriptRunner | undefined = scriptRun): Server {
  return new Proxy({} as Server, {
    get: (_target, name) => {
      // `await server` and similar probe `then`: the server object is not a promise.
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args: unknown[]) =>
        callServer(name as ServerFunctionName, args as Parameters<ServerFunctions[ServerFunctionName]>, run);
    },
  });
}

/** The server, through this page's `google.script.run`. */
export const server: Server = createServer();
