/**
 * The Editor add-on's entry points as Sheets calls them, from dist/ in a vm on the
 * emulator: `onOpen` in every authorization mode, `onInstall` right after an install
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 */

import { loadAddOn } from '../../emulator/apps-script/vm-host';
import { newEmulatorState } from '../../emulator/install';
import { FakeUi } from '../../emulator/ui';
import { MENU } from '../../src/core/messages';
import { menuEntries } from '../../src/server/menu';
import { DIST } from './dist';

/** The add-on over a new spreadsheet with every service it may use, and the state behind them. */
function openAddOn() {
  const state = newEmulatorState({ ui: new FakeUi({ addOnName: MENU.title }) });
  return { state, addOn: loadAddOn({ distDir: DIST, ...state }) };
}

describe('the add-on menu from dist/', () => {
  it.each(['NONE', 'FULL'])('onOpen in AuthMode.%s adds Extensions ▸ KPI with its items', (authMode) => {
    const { state, addOn } = openAddOn();
    addOn.runTrigger('onOpen', { authMode });
    expect(state.ui.menus).toEqual([{ kind: 'add-on', title: 'KPI', entries: menuEntries() }]);
    expect(state.ui.addOnMenu?.filter((entry) => entry !== null).map((entry) => entry.label)).toEqual([
      'เปิดแถบข้าง',
      'ตั้งค่าชีตติดตามผล',
      'เพิ่มหน่วยงาน',
      'ตรวจข้อมูล',
      'เริ่มปีงบประมาณใหม่…',
      'เปิดแถบข้างเพื่อสร้างรายงานผล…',
    ]);
  });

  it('onInstall gives the same menu as onOpen, so it shows without a reload', () => {
    const { state, addOn } = openAddOn();
    addOn.runTrigger('onInstall', { authMode: 'FULL' });
    expect(state.ui.menus).toEqual([{ kind: 'add-on', title: 'KPI', entries: menuEntries() }]);
    addOn.runTrigger('onOpen', { authMode: 'NONE' });
    expect(state.ui.menus).toHaveLength(1);
  });

  it('onOpen in AuthMode.NONE touches no spreadsheet, property, Doc, Drive file or lock', () => {
    const { state, addOn } = openAddOn();
    addOn.runTrigger('onOpen', { authMode: 'NONE' });
    // Only the menu is built: getUi, createAddonMenu, the items and addToUi.
    expect(Object.keys(addOn.serviceCalls.snapshot())).toEqual([
      'Base.Menu.addItem',
      'Base.Menu.addSeparator',
      'Base.Menu.addToUi',
      'Base.Ui.createAddonMenu',
      'Spreadsheet.SpreadsheetApp.getUi',
    ]);
    expect(state.spreadsheet.calls.total).toBe(0);
    for (const calls of [state.properties.calls, state.documents.calls, state.documents.drive.calls]) {
      expect(Object.values(calls).every((count) => count === 0)).toBe(true);
    }
    expect(state.lock.holder).toBeUndefined();
    expect(state.ui.shown).toEqual([]);
    expect(state.ui.alerts).toEqual([]);
  });

  it('every item runs a global function dist/ declares', () => {
    const { addOn } = openAddOn();
    for (const entry of menuEntries()) if (entry !== null) expect(addOn.has(entry.functionName)).toBe(true);
  });
});
