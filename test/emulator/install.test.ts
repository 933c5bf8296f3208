import { installEmulator } from '../../emulator/install';
import { appsScriptSpreadsheet } from '../../src/server/services/apps-script-spreadsheet';
import { gridRange } from '../../src/server/services/spreadsheet';
import { setUpTrackingSheet } from '../../src/server/setup';

describe('installEmulator', () => {
  it('runs the real Sheets adapter on the emulator and removes its globals after', () => {
    const emulator = installEmulator();
    try {
      setUpTrackingSheet(appsScriptSpreadsheet());
      expect(emulator.spreadsheet.tab('ตั้งค่า').readValues(gridRange(1, 1))).toEqual([[expect.any(String)]]);
      expect((globalThis as Record<string, unknown>).SpreadsheetApp).toBe(emulator.globals.SpreadsheetApp);
    } finally {
      emulator.uninstall();
    }
    expect((globalThis as Record<string, unknown>).SpreadsheetApp).toBeUndefined();
  });
});
