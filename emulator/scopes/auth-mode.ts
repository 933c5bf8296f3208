/**
 * The authorization mode the script runs in now, as Apps Script sets it for each
 * execution (https://developers.google.com/apps-script/reference/script/auth-mode):
 *
 * - `full`: a menu item, a sidebar call, an installable trigger: every service
 *   the manifest's scopes authorize;
 * - `customFunction`: a custom function computed by Sheets
 *   (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services);
 * - `none`: an add-on's `onOpen` in a document where it is installed but not yet
 *   used (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 *
 * The mode belongs to the running code, not to one emulator: Sheets computing a
 * custom function while a menu item reads cells is a custom-function execution
 * inside a full one. Script code runs synchronously, so a stack is exact.
 */

/** An authorization mode the emulator models (`LIMITED` is not modelled). */
export type AuthMode = 'full' | 'customFunction' | 'none';

const modes: AuthMode[] = [];

/** The mode of the code running now; `full` outside any `runInAuthMode`. */
export function currentAuthMode(): AuthMode {
  return modes[modes.length - 1] ?? 'full';
}

/**
 * Runs `body` in `mode`, as Apps Script runs a custom function or a trigger, and
 * returns what it returns.
 *
 * @example runInAuthMode('customFunction', () => addOn.call('KPILEVEL', 1, [['✓']]))
 */
export function runInAuthMode<T>(mode: AuthMode, body: () => T): T {
  modes.push(mode);
  try {
    return body();
  } finally {
    modes.pop();
  }
}

/** `ScriptApp.AuthMode`'s name of a mode, as an event's `authMode` carries it. */
export function authModeName(mode: AuthMode): 'FULL' | 'CUSTOM_FUNCTION' | 'NONE' {
  return mode === 'full' ? 'FULL' : mode === 'customFunction' ? 'CUSTOM_FUNCTION' : 'NONE';
}

/** The mode of a `ScriptApp.AuthMode` name (`'NONE'`) or of a mode (`'none'`). */
export function authModeOf(name: string): AuthMode {
  switch (name) {
    case 'FULL':
    case 'full':
      return 'full';
    case 'CUSTOM_FUNCTION':
    case 'customFunction':
      return 'customFunction';
    case 'NONE':
    case 'none':
      return 'none';
    default:
      // LIMITED (onOpen of an add-on enabled in the document, onEdit) is not modelled.
      throw new Error(`The Apps Script emulator does not model the authorization mode ${name}`);
  }
}
