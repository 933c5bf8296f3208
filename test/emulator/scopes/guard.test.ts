/**
 * The scope guard on its own, over small stand-ins for the facades: Apps Script's
 * error texts, the authorization modes, unknown methods, return types and counts.
 */

import { appsScriptServices } from '../../../emulator/apps-script/index';
import { FakeDocuments, FakeDrive } from '../../../emulator/documents';
import { currentAuthMode, runInAuthMode } from '../../../emulator/scopes/auth-mode';
import { requiredPermissions, type ScopeGuard, scopeGuard } from '../../../emulator/scopes/guard';
import type { Manifest } from '../../../emulator/scopes/manifest';
import { FakeSpreadsheet } from '../../../emulator/spreadsheet';

const AUTH = 'https://www.googleapis.com/auth/';
const SHEETS_NEEDED =
  '(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)';
const MORE =
  'For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is';

const manifest = (...scopes: string[]): Manifest => ({
  oauthScopes: scopes.map((scope) => `${AUTH}${scope}`),
});

/** A spreadsheet of one sheet, as the facades shape it. */
function spreadsheetApp() {
  const written: unknown[] = [];
  const range = {
    getValues: () => [[1]],
    setValue(value: unknown) {
      written.push(value);
      return range;
    },
  };
  const sheet = { getName: () => 'A', getRange: () => range, frobnicate: () => 'no' };
  const spreadsheet = {
    getSheets: () => [sheet, sheet],
    getSheetByName: (name: string) => (name === 'A' ? sheet : null),
    getSpreadsheetTimeZone: () => 'Asia/Bangkok',
  };
  const menu = {
    addItem: (_caption: string, _functionName: string) => menu,
    addSeparator: () => menu,
    addToUi: () => undefined,
  };
  const app = {
    getActive: () => spreadsheet,
    getUi: () => ({ createAddonMenu: () => menu, showSidebar: (_page: unknown) => undefined }),
    openById: (_id: string) => spreadsheet,
    ProtectionType: Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' }),
  };
  return { app, sheet, range, written };
}

function guarded(scopes: string[]) {
  const guard = scopeGuard({ manifest: manifest(...scopes) });
  const parts = spreadsheetApp();
  const SpreadsheetApp = guard.global('SpreadsheetApp', parts.app);
  return { guard, SpreadsheetApp, ...parts };
}

function services(guard: ScopeGuard) {
  const store = new Map<string, string>();
  const properties = {
    getProperty: (key: string) => store.get(key) ?? null,
    setProperty(key: string, value: string) {
      store.set(key, value);
      return properties;
    },
  };
  return {
    DocumentApp: guard.global('DocumentApp', { create: (name: string) => ({ name }) }),
    Utilities: guard.global('Utilities', {
      formatDate: (_date: Date, _zone: string, _pattern: string) => '2023-04-10',
    }),
    Session: guard.global('Session', { getScriptTimeZone: () => 'Asia/Bangkok', getActiveUser: () => ({}) }),
    PropertiesService: guard.global('PropertiesService', { getDocumentProperties: () => properties }),
    LockService: guard.global('LockService', {
      getDocumentLock: () => ({ tryLock: (_timeout: number) => true }),
    }),
  };
}

describe('Apps Script’s error when the manifest lacks a method’s scopes', () => {
  it('names the one scope as the page lists it', () => {
    const guard = scopeGuard({ manifest: manifest('drive.file') });
    const DriveApp = guard.global('DriveApp', { createFolder: (name: string) => ({ name }) });
    expect(() => DriveApp.createFolder('Reports')).toThrow(
      new Error(
        'Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive',
      ),
    );
  });

  it('lists several scopes as "(a || b)"', () => {
    const { SpreadsheetApp } = guarded(['script.container.ui']);
    expect(() => SpreadsheetApp.getActive()).toThrow(
      `Specified permissions are not sufficient to call SpreadsheetApp.getActive. Required permissions: ${SHEETS_NEEDED}`,
    );
    expect(requiredPermissions([`${AUTH}a`])).toBe(`${AUTH}a`);
  });

  it('checks every object a call returns, by its declared type (arrays item by item)', () => {
    const { SpreadsheetApp } = guarded(['spreadsheets.currentonly']);
    const sheets = SpreadsheetApp.getActive().getSheets();
    expect(Array.isArray(sheets)).toBe(true);
    expect(sheets.map((sheet) => sheet.getName())).toEqual(['A', 'A']);
    expect(SpreadsheetApp.getActive().getSheetByName('none')).toBeNull();
    expect(() => SpreadsheetApp.openById('other')).toThrow(
      'Specified permissions are not sufficient to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });

  it('lets a call through when one of its scopes is declared', () => {
    const { SpreadsheetApp, written } = guarded(['spreadsheets']);
    SpreadsheetApp.getActive().getSheetByName('A')?.getRange().setValue(7);
    expect(written).toEqual([7]);
  });
});

describe('what the guard does not model, and what it lets pass', () => {
  it('refuses, naming it, a method the scope table does not know', () => {
    const { SpreadsheetApp } = guarded(['spreadsheets.currentonly']);
    const sheet = SpreadsheetApp.getActive().getSheetByName('A') as unknown as { frobnicate(): string };
    expect(() => sheet.frobnicate()).toThrow(
      'The Apps Script emulator does not know Spreadsheet.Sheet.frobnicate',
    );
  });

  it('checks a method Apps Script has but no facade models, then refuses it loudly', () => {
    const { SpreadsheetApp } = guarded(['spreadsheets.currentonly']);
    const range = SpreadsheetApp.getActive().getSheetByName('A')?.getRange() as unknown as { clear(): void };
    expect(typeof range.clear).toBe('function');
    expect(() => range.clear()).toThrow('The Apps Script emulator does not know Spreadsheet.Range.clear');
    expect(() => runInAuthMode('customFunction', () => range.clear())).toThrow(
      new Error('You do not have permission to call clear'),
    );
  });

  it('lets enum reads pass as they are, and a method read as a value is a function', () => {
    const { SpreadsheetApp, app } = guarded([]);
    expect(SpreadsheetApp.ProtectionType).toBe(app.ProtectionType);
    expect(typeof SpreadsheetApp.getActive).toBe('function');
    expect(SpreadsheetApp.getActive).toBe(SpreadsheetApp.getActive);
  });

  it('hands the facade its own objects, never the guard’s', () => {
    const guard = scopeGuard({ manifest: manifest('spreadsheets.currentonly') });
    const range = { getValues: () => [[1]] };
    const seen: unknown[] = [];
    const spreadsheet = {
      getRange: () => range,
      setNamedRange: (_name: string, given: unknown) => {
        seen.push(given);
      },
    };
    const SpreadsheetApp = guard.global('SpreadsheetApp', { getActive: () => spreadsheet });
    const active = SpreadsheetApp.getActive() as unknown as {
      getRange(): unknown;
      setNamedRange(name: string, range: unknown): void;
    };
    const wrapped = active.getRange();
    expect(wrapped).not.toBe(range);
    active.setNamedRange('N', wrapped);
    expect(seen).toEqual([range]);
    expect(seen[0]).toBe(range);
  });

  it('refuses a manifest without oauthScopes: it checks calls against explicit scopes only', () => {
    expect(() => scopeGuard({ manifest: {} })).toThrow('appsscript.json declares no oauthScopes');
  });
});

describe('counting the calls', () => {
  it('counts each call by Type.method, and starts again on reset', () => {
    const { guard, SpreadsheetApp } = guarded(['spreadsheets.currentonly']);
    const active = SpreadsheetApp.getActive();
    active.getSheets();
    active.getSheets();
    expect(guard.calls.snapshot()).toEqual({
      'Spreadsheet.Spreadsheet.getSheets': 2,
      'Spreadsheet.SpreadsheetApp.getActive': 1,
    });
    expect(guard.calls.total()).toBe(3);
    guard.calls.reset();
    expect(guard.calls.total()).toBe(0);
  });

  it('counts only the add-on’s own calls, not those a facade makes while serving one (but checks them)', () => {
    const guard = scopeGuard({ manifest: manifest('spreadsheets.currentonly') });
    const Utilities = guard.global('Utilities', {
      formatDate: (_date: Date, _zone: string, _pattern: string) => 'x',
    });
    const SpreadsheetApp = guard.global('SpreadsheetApp', {
      getActive: () => ({ getSpreadsheetTimeZone: () => Utilities.formatDate(new Date(), 'UTC', 'yyyy') }),
    });
    SpreadsheetApp.getActive().getSpreadsheetTimeZone();
    expect(guard.calls.snapshot()).toEqual({
      'Spreadsheet.Spreadsheet.getSpreadsheetTimeZone': 1,
      'Spreadsheet.SpreadsheetApp.getActive': 1,
    });
  });
});

describe('a custom function (AuthMode.CUSTOM_FUNCTION)', () => {
  it('may read the spreadsheet, even where the manifest declares no Sheets scope', () => {
    const { SpreadsheetApp } = guarded([]);
    const values = runInAuthMode('customFunction', () =>
      SpreadsheetApp.getActive().getSheetByName('A')?.getRange().getValues(),
    );
    expect(values).toEqual([[1]]);
  });

  it('may not write: "You do not have permission to call setValue"', () => {
    const { SpreadsheetApp, written } = guarded(['spreadsheets.currentonly']);
    const range = SpreadsheetApp.getActive().getSheetByName('A')?.getRange();
    expect(() => runInAuthMode('customFunction', () => range?.setValue(1))).toThrow(
      new Error('You do not have permission to call setValue'),
    );
    expect(written).toEqual([]);
  });

  it('may not open another spreadsheet, nor reach the UI', () => {
    const { SpreadsheetApp } = guarded(['spreadsheets']);
    expect(() => runInAuthMode('customFunction', () => SpreadsheetApp.openById('x'))).toThrow(
      `You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets. ${MORE}`,
    );
    expect(() => runInAuthMode('customFunction', () => SpreadsheetApp.getUi())).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  it('may not use a service that needs authorization, declared or not', () => {
    const guard = scopeGuard({ manifest: manifest('documents', 'userinfo.email') });
    const { DocumentApp, Session } = services(guard);
    expect(() => runInAuthMode('customFunction', () => DocumentApp.create('Report'))).toThrow(
      `You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents. ${MORE}`,
    );
    expect(() => runInAuthMode('customFunction', () => Session.getActiveUser())).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email.',
    );
    expect(DocumentApp.create('Report')).toEqual({ name: 'Report' });
  });

  it('may use services that need none: Utilities, the script’s time zone, the lock, property reads', () => {
    const guard = scopeGuard({ manifest: manifest() });
    const { Utilities, Session, LockService, PropertiesService } = services(guard);
    runInAuthMode('customFunction', () => {
      expect(Utilities.formatDate(new Date(0), 'UTC', 'yyyy-MM-dd')).toBe('2023-04-10');
      expect(Session.getScriptTimeZone()).toBe('Asia/Bangkok');
      expect(LockService.getDocumentLock().tryLock(10)).toBe(true);
      expect(PropertiesService.getDocumentProperties().getProperty('x')).toBeNull();
    });
  });

  it('may not change the properties (refused where the guide is not explicit)', () => {
    const guard = scopeGuard({ manifest: manifest() });
    const { PropertiesService } = services(guard);
    const properties = PropertiesService.getDocumentProperties();
    expect(() => runInAuthMode('customFunction', () => properties.setProperty('x', '1'))).toThrow(
      new Error('You do not have permission to call setProperty'),
    );
  });
});

describe('onOpen of an add-on not yet used in the document (AuthMode.NONE)', () => {
  it('may build the add-on’s menu', () => {
    const { SpreadsheetApp } = guarded(['spreadsheets.currentonly', 'script.container.ui']);
    runInAuthMode('none', () =>
      SpreadsheetApp.getUi().createAddonMenu().addItem('a', 'f').addSeparator().addToUi(),
    );
  });

  it('may not read the spreadsheet, show a sidebar or open the properties', () => {
    const { guard, SpreadsheetApp } = guarded(['spreadsheets.currentonly', 'script.container.ui']);
    const { PropertiesService, Utilities } = services(guard);
    expect(() => runInAuthMode('none', () => SpreadsheetApp.getActive())).toThrow(
      `You do not have permission to call SpreadsheetApp.getActive. Required permissions: ${SHEETS_NEEDED}. ${MORE}`,
    );
    expect(() => runInAuthMode('none', () => SpreadsheetApp.getUi().showSidebar({}))).toThrow(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui.',
    );
    expect(() => runInAuthMode('none', () => PropertiesService.getDocumentProperties())).toThrow(
      new Error('You do not have permission to call getDocumentProperties'),
    );
    expect(runInAuthMode('none', () => Utilities.formatDate(new Date(0), 'UTC', 'yyyy'))).toBe('2023-04-10');
  });

  it('ends with the call, even when the call throws', () => {
    const { SpreadsheetApp } = guarded(['spreadsheets.currentonly']);
    expect(() => runInAuthMode('none', () => SpreadsheetApp.getActive())).toThrow();
    expect(currentAuthMode()).toBe('full');
    expect(SpreadsheetApp.getActive().getSheets()).toHaveLength(2);
  });
});

describe('advanced services', () => {
  const drive = { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' };
  const withDrive = (scopes: string[]): Manifest => ({
    ...manifest(...scopes),
    dependencies: { enabledAdvancedServices: [drive] },
  });
  const globals = (given: Manifest) =>
    appsScriptServices({
      spreadsheet: new FakeSpreadsheet(),
      documents: new FakeDocuments(new FakeDrive()),
      manifest: given,
    });

  it('exist only when the manifest enables them', () => {
    expect(globals(manifest('drive.file')).Drive).toBeUndefined();
    expect(globals(withDrive(['drive.file'])).Drive).toBeDefined();
  });

  it('answer a call without one of the REST method’s scopes as the API does', () => {
    const Drive = globals(withDrive(['documents'])).Drive as GoogleAppsScript.Drive;
    expect(() =>
      Drive.Files.create({ name: 'Reports', mimeType: 'application/vnd.google-apps.folder' }),
    ).toThrow(
      'API call to drive.files.create failed with error: Request had insufficient authentication scopes.',
    );
  });

  it('refuse to load when the manifest enables one the emulator does not model', () => {
    expect(() =>
      globals({
        ...manifest('documents'),
        dependencies: {
          enabledAdvancedServices: [{ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' }],
        },
      }),
    ).toThrow('The Apps Script emulator does not model the advanced service sheets v4');
  });
});
