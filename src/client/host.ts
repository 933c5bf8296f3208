/**
 * What the HTML page gets from Apps Script: `google.script.run` to call the
 * server and `google.script.host` to close a dialog. Both are looked up when
 * used, never at load, so a page opened outside Sheets (or a test that installs
 * a fake later) still loads and says what is wrong.
 */

/** A handler Apps Script calls with the server function's return value. */
export type SuccessHandler = (value: unknown) => void;

/** A handler Apps Script calls with the error the server function threw. */
export type FailureHandler = (error: unknown) => void;

/**
 * `google.script.run`: `withSuccessHandler` and `withFailureHandler` each return a
 * runner with that handler set; any other property is a server function.
 */
export interface ScriptRunner {
  withSuccessHandler(handler: SuccessHandler): ScriptRunner;
  withFailureHandler(handler: FailureHandler): ScriptRunner;
  [serverFunction: string]: unknown;
}

interface AppsScriptClient {
  readonly google?: {
    readonly script?: {
      readonly run?: ScriptRunner;
      readonly host?: { close?: () => void };
    };
  };
}

/** `google.script.run`, or `undefined` when the page is not running inside Apps Script. */
export function scriptRun(): ScriptRunner | undefined {
  return (globalThis as AppsScriptClient).google?.script?.run;
}

/** Closes the dialog the page is shown in; does nothing outside Apps Script. */
export function closeDialog(): void {
  (globalThis as AppsScriptClient).google?.script?.host?.close?.();
}
