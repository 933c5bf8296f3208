/**
 * The emulator in Node's own global scope, for tests that run the add-on's real
 * adapters (`src/server/services/apps-script-*.ts`) straight from TypeScript rather
 * than through dist/ in a vm. `installEmulator` puts `SpreadsheetApp`,
 * `DocumentApp`, `Drive`, `PropertiesService`, … on `globalThis` exactly as
 * `appsScriptServices` builds them for the vm, so both paths meet one emulator:
 * the same scope guard, under the project's `appsscript.json` unless another
 * manifest is given, and the same authorization modes (`emulator.runAs`).
 *
 * @example
 *   const emulator = installEmulator();
 *   setUpTrackingSheet(appsScriptSpreadsheet());
 *   emulator.spreadsheet.tab('ตั้งค่า'); // the state, to inspect
 *   emulator.uninstall();
 */

import { join } from 'node:path';
import { type AppsScriptServicesOptions, appsScriptServices } from './apps-script/index';
import { FakeDocuments, FakeDrive } from './documents';
import { FakeLockState } from './lock';
import { FakeProperties } from './properties';
import { type AuthMode, runInAuthMode } from './scopes/auth-mode';
import { ServiceCalls } from './scopes/guard';
import { type Manifest, readManifest } from './scopes/manifest';
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
  /** The manifest the calls are checked against. */
  readonly manifest: Manifest;
  /** Every service call made through the globals, by `Type.method` (reset with `serviceCalls.reset()`). */
  readonly serviceCalls: ServiceCalls;
  /** Runs `body` in an authorization mode, as Apps Script runs a custom function (`customFunction`) or `onOpen` (`none`). */
  runAs<T>(mode: AuthMode, body: () => T): T;
  /** Removes the globals, restoring whatever was there before. */
  uninstall(): void;
}

/** What to install: any state not given is made new; the manifest is the project's `appsscript.json` unless given. */
export interface InstallOptions extends Partial<Omit<AppsScriptServicesOptions, 'spreadsheet' | 'calls'>> {
  readonly spreadsheet?: FakeSpreadsheet;
}

/** The project's manifest, `appsscript.json` (what the build copies into dist/). */
export function projectManifest(): Manifest {
  return readManifest(join(__dirname, '..', 'appsscript.json'));
}

/** The in-memory state behind every service: a new spreadsheet, UI, Drive with its Docs, properties and lock. */
export interface EmulatorState {
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly documents: FakeDocuments;
  readonly properties: FakeProperties;
  readonly lock: FakeLockState;
}

/**
 * New, empty state for every service, for `installEmulator` or `loadAddOn`.
 *
 * @example loadAddOn({ distDir: 'dist', ...newEmulatorState({ ui: new FakeUi({ addOnName: 'KPI' }) }) })
 */
export function newEmulatorState(given: Partial<EmulatorState> = {}): EmulatorState {
  return {
    spreadsheet: given.spreadsheet ?? new FakeSpreadsheet(),
    ui: given.ui ?? new FakeUi(),
    documents: given.documents ?? new FakeDocuments(new FakeDrive()),
    properties: given.properties ?? new FakeProperties(),
    lock: given.lock ?? new FakeLockState(),
  };
}

/** Installs the emulator's Apps Script globals on `globalThis`. */
export function installEmulator(options: InstallOptions = {}): InstalledEmulator {
  const { spreadsheet, ui, documents, properties, lock } = newEmulatorState({
    ...(options.spreadsheet === undefined ? {} : { spreadsheet: options.spreadsheet }),
    ...(options.ui === undefined ? {} : { ui: options.ui as FakeUi }),
    ...(options.documents === undefined ? {} : { documents: options.documents as FakeDocuments }),
    ...(options.properties === undefined ? {} : { properties: options.properties as FakeProperties }),
    ...(options.lock === undefined ? {} : { lock: options.lock as FakeLockState }),
  });
  const manifest = options.manifest ?? projectManifest();
  const serviceCalls = new ServiceCalls();
  const globals = appsScriptServices({
    ...options,
    spreadsheet,
    ui,
    documents,
    properties,
    lock,
    manifest,
    calls: serviceCalls,
  });
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
    manifest,
    serviceCalls,
    runAs: runInAuthMode,
    uninstall() {
      for (const [name, descriptor] of before) {
        if (descriptor === undefined) delete target[name];
        else Object.defineProperty(target, name, descriptor);
      }
    },
  };
}
