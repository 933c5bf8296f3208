/**
 * The emulator in Node's own global scope, for tests that run the add-on's real
 * adapters (`src/server/services/apps-script-*.ts`) straight from TypeScript rather
 * than through dist/ in a vm. `installEmulator` puts `SpreadsheetApp`,
 * `DocumentApp`, `Drive`, `PropertiesService`, … on `globalThis` exactly as
 * `appsScriptServices` builds them for the vm, so both paths meet one emulator.
 *
 * @example
 *   const emulator = installEmulator();
 *   setUpTrackingSheet(appsScriptSpreadsheet());
 *   emulator.spreadsheet.tab('ตั้งค่า'); // the state, to inspect
 *   emulator.uninstall();
 */

import { type AppsScriptServicesOptions, appsScriptServices } from './apps-script/index';
import { FakeDocuments, FakeDrive } from './documents';
import { FakeLockState } from './lock';
import { FakeProperties } from './properties';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeUi } from './ui';

/** The in-memory state behind the installed globals, and how to take them away. */
export interface InstalledEmulator {
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly drive: FakeDrive;
  readonly documents: FakeDocuments;
  readonly properties: FakeProperties;
  readonly lock: FakeLockState;
  /** The globals as installed (the same objects the add-on calls). */
  readonly globals: Record<string, unknown>;
  /** Removes the globals, restoring whatever was there before. */
  uninstall(): void;
}

/** What to install: any state not given is made new. */
export interface InstallOptions extends Partial<Omit<AppsScriptServicesOptions, 'spreadsheet'>> {
  readonly spreadsheet?: FakeSpreadsheet;
}

/** Installs the emulator's Apps Script globals on `globalThis`. */
export function installEmulator(options: InstallOptions = {}): InstalledEmulator {
  const spreadsheet = options.spreadsheet ?? new FakeSpreadsheet();
  const ui = (options.ui as FakeUi | undefined) ?? new FakeUi();
  const documents = (options.documents as FakeDocuments | undefined) ?? new FakeDocuments(new FakeDrive());
  const properties = (options.properties as FakeProperties | undefined) ?? new FakeProperties();
  const lock = (options.lock as FakeLockState | undefined) ?? new FakeLockState();
  const globals = appsScriptServices({ ...options, spreadsheet, ui, documents, properties, lock });
  const target = globalThis as Record<string, unknown>;
  const before = new Map<string, PropertyDescriptor | undefined>();
  for (const [name, value] of Object.entries(globals)) {
    before.set(name, Object.getOwnPropertyDescriptor(target, name));
    target[name] = value;
  }
  return {
    spreadsheet,
    ui,
    drive: documents.drive,
    documents,
    properties,
    lock,
    globals,
    uninstall() {
      for (const [name, descriptor] of before) {
        if (descriptor === undefined) delete target[name];
        else Object.defineProperty(target, name, descriptor);
      }
    },
  };
}
