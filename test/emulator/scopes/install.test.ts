/**
 * The emulator on Node's globals (`installEmulator`) is the same guarded Apps
 * Script as dist/'s: the project's manifest by default, another when given, the
 * authorization modes and the call counts.
 */

import { join } from 'node:path';
import { installEmulator } from '../../../emulator/install';
import { readManifest } from '../../../emulator/scopes/manifest';
import { appsScriptSpreadsheet } from '../../../src/server/services/apps-script-spreadsheet';
import { gridRange } from '../../../src/server/services/spreadsheet';

const PROJECT = readManifest(join(__dirname, '..', '..', '..', 'appsscript.json'));

describe('installEmulator under a manifest', () => {
  it('checks the real adapters’ calls against the project’s appsscript.json, and counts them', () => {
    const emulator = installEmulator();
    try {
      expect(emulator.manifest).toEqual(PROJECT);
      appsScriptSpreadsheet()
        .sheet('Sheet1')
        ?.writeValues(gridRange(1, 1), [['x']]);
      expect(emulator.spreadsheet.tab('Sheet1').valueAt(1, 1)).toBe('x');
      expect(emulator.serviceCalls.count('Spreadsheet.SpreadsheetApp.getActive')).toBe(1);
      expect(emulator.serviceCalls.count('Spreadsheet.Range.setValues')).toBe(1);
    } finally {
      emulator.uninstall();
    }
  });

  it('with a manifest that lacks the Sheets scope, the adapter fails with Apps Script’s error', () => {
    const emulator = installEmulator({
      manifest: { ...PROJECT, oauthScopes: ['https://www.googleapis.com/auth/script.container.ui'] },
    });
    try {
      expect(() => appsScriptSpreadsheet()).toThrow(
        'Specified permissions are not sufficient to call SpreadsheetApp.getActive.',
      );
    } finally {
      emulator.uninstall();
    }
  });

  it('runs code in a custom function’s mode on request', () => {
    const emulator = installEmulator();
    try {
      const sheet = emulator.runAs('customFunction', () => appsScriptSpreadsheet().sheet('Sheet1'));
      expect(sheet?.name).toBe('Sheet1');
      expect(() =>
        emulator.runAs('customFunction', () => sheet?.writeValues(gridRange(1, 1), [['x']])),
      ).toThrow('You do not have permission to call setValues');
    } finally {
      emulator.uninstall();
    }
  });
});
