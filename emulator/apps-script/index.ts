/**
 * The Apps Script globals the add-on's adapters call, as facades over the
 * in-memory fakes: put them in the global scope of dist/ (a Node vm, see
 * `vm-host.ts`) and the real adapters of `src/server/services/apps-script-*.ts`
 * run unchanged against in-memory state, which is what the preview shows and the
 * tests inspect.
 *
 * One file per service. A service whose fake is not given is left out, and the
 * add-on then fails with Apps Script's own "X is not defined", as it would
 * without the scope: a test gives only what it means to use.
 */

import { formatDate } from '../apps-script-globals';
import type { FakeDocuments } from '../documents';
import type { FakeLockState } from '../lock';
import type { FakeProperties } from '../properties';
import type { FakeSpreadsheet } from '../spreadsheet';
import type { FakeUi } from '../ui';
import { fakeDocumentApp } from './document-app';
import { fakeDriveApp } from './drive-app';
import { fakeLockService } from './lock-service';
import { fakePropertiesService } from './properties-service';
import { NODE_REALM, type Realm } from './sheet-values';
import { fakeSpreadsheetApp } from './spreadsheet-app';
import { fakeHtmlService, fakeUiFacade } from './ui';

/** A fake, or a function giving the current one (when the host swaps it, as the preview's reset does). */
export type Live<T> = T | (() => T);

function live<T>(value: Live<T>): () => T {
  return typeof value === 'function' ? (value as () => T) : () => value;
}

export { NODE_REALM, type Realm } from './sheet-values';

/** The in-memory state behind the services. */
export interface AppsScriptServicesOptions {
  /** The bound spreadsheet; a function when the host swaps it (the preview's reset). */
  readonly spreadsheet: FakeSpreadsheet | (() => FakeSpreadsheet);
  /** The spreadsheet's UI; without it `SpreadsheetApp.getUi()` throws, as in a custom function. */
  readonly ui?: FakeUi | (() => FakeUi);
  /** The HTML files of dist/ (names without `.html`) that `HtmlService` can open. */
  readonly htmlFiles?: Iterable<string>;
  /** The script's time zone (`Session.getScriptTimeZone()`); the manifest's Asia/Bangkok by default. */
  readonly scriptTimeZone?: string;
  /** The realm values are made in: the vm's for dist/, given late because the vm is made first. */
  readonly realm?: Realm | (() => Realm);
  /** The spreadsheet's document lock (`LockService`). */
  readonly lock?: Live<FakeLockState>;
  /** The spreadsheet's document properties (`PropertiesService`). */
  readonly properties?: Live<FakeProperties>;
  /** Docs and, through their `drive`, Drive (`DocumentApp`, `DriveApp`). */
  readonly documents?: Live<FakeDocuments>;
  /** Who runs the script now: `Session.getTemporaryActiveUserKey()` and the lock's holder. */
  readonly user?: Live<string>;
}

/**
 * The globals: `SpreadsheetApp`, `HtmlService`, `Session` and `Utilities`, and
 * `LockService`, `PropertiesService`, `DocumentApp` and `DriveApp` when their
 * fakes are given.
 *
 * @example vm.createContext(appsScriptServices({ spreadsheet: new FakeSpreadsheet(), ui: new FakeUi() }))
 */
export function appsScriptServices(options: AppsScriptServicesOptions): Record<string, unknown> {
  const realm = live(options.realm ?? NODE_REALM);
  const user = live(options.user ?? 'preview-user');
  const globals: Record<string, unknown> = {
    SpreadsheetApp: fakeSpreadsheetApp({
      spreadsheet: options.spreadsheet,
      ...(options.ui === undefined ? {} : { ui: () => fakeUiFacade(live(options.ui as Live<FakeUi>)()) }),
      realm,
    }),
    HtmlService: fakeHtmlService(options.htmlFiles),
    Session: fakeSession(options.scriptTimeZone ?? 'Asia/Bangkok', user),
    Utilities: fakeUtilities(),
  };
  if (options.lock !== undefined) globals.LockService = fakeLockService(live(options.lock), user);
  if (options.properties !== undefined) {
    globals.PropertiesService = fakePropertiesService(live(options.properties), realm);
  }
  if (options.documents !== undefined) {
    const documents = live(options.documents);
    globals.DocumentApp = fakeDocumentApp(documents, realm);
    globals.DriveApp = fakeDriveApp(() => documents().drive);
  }
  return globals;
}

/** `Session`: the script's time zone and the running user's temporary key. */
export function fakeSession(
  scriptTimeZone: string,
  user: () => string = () => 'preview-user',
): { getScriptTimeZone(): string; getTemporaryActiveUserKey(): string } {
  return { getScriptTimeZone: () => scriptTimeZone, getTemporaryActiveUserKey: () => user() };
}

/**
 * `Utilities`: `formatDate` with the Java pattern letters the add-on uses. Answers
 * are remembered (the same instant, zone and pattern always read the same), as a
 * sheet recomputed on every read asks for the same few dates over and over.
 */
export function fakeUtilities(): { formatDate(date: Date, timeZone: string, pattern: string): string } {
  const known = new Map<string, string>();
  return {
    formatDate(date, timeZone, pattern) {
      const time = Object.prototype.toString.call(date) === '[object Date]' ? date.getTime() : Number.NaN;
      if (Number.isNaN(time)) return formatDate(date, timeZone, pattern);
      const key = `${time}|${timeZone}|${pattern}`;
      let text = known.get(key);
      if (text === undefined) {
        if (known.size > 10_000) known.clear();
        text = formatDate(date, timeZone, pattern);
        known.set(key, text);
      }
      return text;
    },
  };
}
