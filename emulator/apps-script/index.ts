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
 *
 * Every global is behind the scope guard (`emulator/scopes/guard.ts`): each call
 * is counted, checked against the manifest's `oauthScopes` and the running
 * authorization mode, and refused with Apps Script's own error text when Google
 * would refuse it; a method the scope table does not know is refused too.
 */

import type { FakeDocuments } from '../documents';
import type { FakeLockState } from '../lock';
import type { FakeProperties } from '../properties';
import { ADVANCED_SERVICES } from '../scopes/advanced';
import { type ScopeGuard, type ServiceCalls, scopeGuard } from '../scopes/guard';
import { enabledAdvancedServices, type Manifest } from '../scopes/manifest';
import type { FakeSpreadsheet } from '../spreadsheet';
import type { FakeUi } from '../ui';
import { advancedDocsGlobals } from './docs-advanced';
import { fakeDocumentApp } from './document-app';
import { advancedDriveGlobals } from './drive-advanced';
import { fakeLockService } from './lock-service';
import { fakePropertiesService } from './properties-service';
import { NODE_REALM, type Realm } from './sheet-values';
import { fakeSpreadsheetApp } from './spreadsheet-app';
import { fakeHtmlService, fakeUiFacade } from './ui';
import { fakeUtilities } from './utilities';

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
  /** Docs and, through their `drive`, Drive (`DocumentApp`, and `Drive` where the manifest enables it). */
  readonly documents?: Live<FakeDocuments>;
  /**
   * The manifest (`appsscript.json`): every call is checked against its
   * `oauthScopes`, and an advanced service is a global only when it is enabled there.
   */
  readonly manifest: Manifest;
  /** Where the guard counts the calls (`Type.method`); a fresh counter when absent. */
  readonly calls?: ServiceCalls;
  /** Who runs the script now: `Session.getTemporaryActiveUserKey()` and the lock's holder. */
  readonly user?: Live<string>;
  /**
   * Globals to leave out, as in a scope where they are missing (the custom
   * functions' fallback to Asia/Bangkok without `Utilities`, for one).
   */
  readonly omit?: readonly string[];
}

/**
 * The globals: `SpreadsheetApp`, `HtmlService`, `Session` and `Utilities`, and
 * `LockService`, `PropertiesService` and `DocumentApp` when their fakes are
 * given, and the Advanced Drive (`Drive`) and Docs (`Docs`) services when the
 * manifest enables them too.
 *
 * @example
 *   vm.createContext(
 *     appsScriptServices({ spreadsheet: new FakeSpreadsheet(), ui: new FakeUi(), manifest: readManifest('dist/appsscript.json') }),
 *   )
 */
export function appsScriptServices(options: AppsScriptServicesOptions): Record<string, unknown> {
  const realm = live(options.realm ?? NODE_REALM);
  const user = live(options.user ?? 'preview-user');
  const guard = scopeGuard({
    manifest: options.manifest,
    ...(options.calls === undefined ? {} : { calls: options.calls }),
  });
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
  }
  for (const name of Object.keys(globals)) globals[name] = guard.global(name, globals[name]);
  Object.assign(globals, advancedServices(options, guard));
  for (const name of options.omit ?? []) delete globals[name];
  return globals;
}

/**
 * The advanced services the manifest enables, each under its `userSymbol` and
 * behind the guard (https://developers.google.com/apps-script/guides/services/advanced).
 * One the emulator does not model is refused, so a manifest that enables it
 * cannot pass unnoticed.
 */
function advancedServices(options: AppsScriptServicesOptions, guard: ScopeGuard): Record<string, unknown> {
  const services: Record<string, unknown> = {};
  for (const enabled of enabledAdvancedServices(options.manifest)) {
    const known = ADVANCED_SERVICES.find(
      (service) => service.serviceId === enabled.serviceId && service.version === enabled.version,
    );
    if (known === undefined || (known.serviceId !== 'drive' && known.serviceId !== 'docs')) {
      throw new Error(
        `The Apps Script emulator does not model the advanced service ${enabled.serviceId} ${enabled.version}`,
      );
    }
  }
  if (options.documents !== undefined) {
    const documents = live(options.documents);
    const drive = advancedDriveGlobals(options.manifest, () => documents().drive);
    const type = ADVANCED_SERVICES.find((service) => service.serviceId === 'drive')?.type as string;
    for (const [name, service] of Object.entries(drive)) services[name] = guard.wrap(service, type);
    const docs = advancedDocsGlobals(options.manifest, documents);
    const docsType = ADVANCED_SERVICES.find((service) => service.serviceId === 'docs')?.type as string;
    for (const [name, service] of Object.entries(docs)) services[name] = guard.wrap(service, docsType);
  }
  return services;
}

/** `Session`: the script's time zone and the running user's temporary key. */
export function fakeSession(
  scriptTimeZone: string,
  user: () => string = () => 'preview-user',
): { getScriptTimeZone(): string; getTemporaryActiveUserKey(): string } {
  return { getScriptTimeZone: () => scriptTimeZone, getTemporaryActiveUserKey: () => user() };
}
