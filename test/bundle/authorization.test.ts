/**
 * dist/ in a vm on the emulator, under the manifest it ships or one with a scope
 * dropped: the emulator refuses with Apps Script's own words what Google would
 * refuse, runs custom functions as Sheets does (AuthMode.CUSTOM_FUNCTION) and an
 * unauthorized add-on's onOpen in AuthMode.NONE, and counts every service call.
 */

import { formulaEngine } from '../../emulator/apps-script/formulas';
import { type AddOn, loadAddOn } from '../../emulator/apps-script/vm-host';
import { newEmulatorState } from '../../emulator/install';
import { runInAuthMode } from '../../emulator/scopes/auth-mode';
import { type Manifest, readManifest } from '../../emulator/scopes/manifest';
import { FakeUi } from '../../emulator/ui';
import { MENU } from '../../src/core/messages';
import { menuEntries } from '../../src/server/menu';
import { DIST } from './dist';

const SHIPPED = readManifest(`${DIST}/appsscript.json`);
const AUTH = 'https://www.googleapis.com/auth/';

/** The shipped manifest without one scope. */
function without(scope: string): Manifest {
  expect(SHIPPED.oauthScopes).toContain(`${AUTH}${scope}`);
  return {
    ...SHIPPED,
    oauthScopes: (SHIPPED.oauthScopes ?? []).filter((given) => given !== `${AUTH}${scope}`),
  };
}

function openAddOn(manifest?: Manifest) {
  const state = newEmulatorState({ ui: new FakeUi({ addOnName: MENU.title }) });
  const addOn: AddOn = loadAddOn({
    distDir: DIST,
    ...state,
    ...(manifest === undefined ? {} : { manifest }),
  });
  return { state, addOn };
}

describe('the manifest dist/ ships is enforced', () => {
  it('is read from dist/appsscript.json', () => {
    expect(openAddOn().addOn.manifest).toEqual(SHIPPED);
  });

  it('set-up works under it, and every call it made is counted by Type.method', () => {
    const { state, addOn } = openAddOn();
    addOn.call('kpiSetUpTrackingSheet');
    expect(state.ui.alerts).toHaveLength(1);
    const calls = addOn.serviceCalls.snapshot();
    expect(calls['Spreadsheet.SpreadsheetApp.getActive']).toBeGreaterThan(0);
    expect(calls['Spreadsheet.Range.setValues']).toBeGreaterThan(0);
    expect(calls['Base.Ui.alert']).toBe(1);
    addOn.serviceCalls.reset();
    expect(addOn.serviceCalls.total()).toBe(0);
  });

  it('without spreadsheets.currentonly, set-up fails with Apps Script’s error and changes nothing', () => {
    const { state, addOn } = openAddOn(without('spreadsheets.currentonly'));
    const before = JSON.stringify(state.spreadsheet.snapshot());
    expect(() => addOn.call('kpiSetUpTrackingSheet')).toThrow(
      new Error(
        'Specified permissions are not sufficient to call SpreadsheetApp.getActive. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
      ),
    );
    expect(JSON.stringify(state.spreadsheet.snapshot())).toBe(before);
  });

  it('without script.container.ui, the sidebar does not open', () => {
    const { state, addOn } = openAddOn(without('script.container.ui'));
    expect(() => addOn.call('kpiOpenSidebar')).toThrow(
      new Error(
        'Specified permissions are not sufficient to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
      ),
    );
    expect(state.ui.shown).toEqual([]);
  });

  it('without drive.file, the advanced Drive service answers as the API does', () => {
    const { addOn } = openAddOn(without('drive.file'));
    expect(() =>
      addOn.evaluate(
        "Drive.Files.create({ name: 'รายงาน', mimeType: 'application/vnd.google-apps.folder' })",
      ),
    ).toThrow(
      'API call to drive.files.create failed with error: Request had insufficient authentication scopes.',
    );
  });
});

describe('custom functions run as Sheets runs them (AuthMode.CUSTOM_FUNCTION)', () => {
  it('compute through dist/, reading the spreadsheet’s time zone', () => {
    const { addOn } = openAddOn();
    const days = addOn.callAs(
      'customFunction',
      'KPILATEDAYS',
      new Date(Date.UTC(2023, 3, 9, 17)),
      new Date(Date.UTC(2023, 3, 12, 17)),
    );
    expect(days).toBe(3);
    expect(addOn.serviceCalls.count('Spreadsheet.SpreadsheetApp.getActive')).toBe(1);
  });

  it('may not write to the spreadsheet: the first write is refused with Google’s words', () => {
    const { state, addOn } = openAddOn();
    expect(() => addOn.callAs('customFunction', 'kpiSetUpTrackingSheet')).toThrow(
      /^You do not have permission to call (insertSheet|setValues|setValue)$/,
    );
    expect(state.spreadsheet.sheets().map((sheet) => sheet.name)).toEqual(['Sheet1']);
    expect(() =>
      runInAuthMode('customFunction', () =>
        addOn.evaluate('SpreadsheetApp.getActive().getSheets()[0].getRange(1, 1).setValue(1)'),
      ),
    ).toThrow(new Error('You do not have permission to call setValue'));
  });

  it('may not use DocumentApp, nor show the UI', () => {
    const { addOn } = openAddOn();
    expect(() => runInAuthMode('customFunction', () => addOn.evaluate("DocumentApp.create('x')"))).toThrow(
      'You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents.',
    );
    expect(() => addOn.callAs('customFunction', 'kpiOpenSidebar')).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  it('Sheets’ calculation in the emulator calls them in that mode', () => {
    const { state, addOn } = openAddOn();
    const engine = formulaEngine({
      spreadsheet: () => state.spreadsheet,
      customFunction: (name) => {
        if (name === 'WRITES') {
          return () => addOn.evaluate('SpreadsheetApp.getActive().getSheets()[0].getRange(1, 1).setValue(1)');
        }
        return addOn.has(name) ? (...args: unknown[]) => addOn.call(name, ...args) : undefined;
      },
      realm: addOn.realm,
    });
    expect(engine.evaluator('Sheet1', 2, 2, '=KPIWEIGHTED(4, 20)')).toBe(0.8);
    expect(() => engine.evaluator('Sheet1', 3, 3, '=WRITES()')).toThrow(
      'You do not have permission to call setValue',
    );
    expect(engine.errorAt('Sheet1', 3, 3)).toBe('You do not have permission to call setValue');
  });
});

describe('onOpen of an add-on installed but not yet used in the document (AuthMode.NONE)', () => {
  it('builds the add-on menu', () => {
    const { state, addOn } = openAddOn();
    addOn.runTrigger('onOpen', { authMode: 'NONE' });
    expect(state.ui.addOnMenu).toEqual(menuEntries());
  });

  it('may not read the spreadsheet', () => {
    const { addOn } = openAddOn();
    expect(() => addOn.callAs('none', 'kpiSetUpTrackingSheet')).toThrow(
      'You do not have permission to call SpreadsheetApp.getActive. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets).',
    );
  });
});
