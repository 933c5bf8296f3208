/**
 * The add-on's menu and its actions, run through the real UI and Sheets adapters
 * (`apps-script-ui.ts`, `apps-script-spreadsheet.ts`) on the emulator.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type InstalledEmulator, installEmulator } from '../../emulator/install';
import { FakeUi } from '../../emulator/ui';
import { MENU } from '../../src/core/messages';
import {
  addKpiMenu,
  MENU_FUNCTIONS,
  openSidebar,
  setUpFromMenu,
  showAddDivision,
  showCheckData,
  showNewFiscalYear,
} from '../../src/server/menu';
import { appsScriptSpreadsheet } from '../../src/server/services/apps-script-spreadsheet';
import { appsScriptUi } from '../../src/server/services/apps-script-ui';

const DIST = join(__dirname, '..', '..', 'dist');
const htmlFiles = () =>
  readdirSync(DIST)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/\.html$/, ''));

const ITEMS = [
  { label: 'เปิดแถบข้าง', functionName: 'kpiOpenSidebar' },
  null,
  { label: 'ตั้งค่าชีตติดตามผล', functionName: 'kpiSetUpTrackingSheet' },
  { label: 'เพิ่มหน่วยงาน', functionName: 'kpiShowAddDivision' },
  { label: 'ตรวจข้อมูล', functionName: 'kpiShowCheckData' },
  { label: 'เริ่มปีงบประมาณใหม่…', functionName: 'kpiShowNewFiscalYear' },
  null,
  { label: 'เปิดแถบข้างเพื่อสร้างรายงานผล…', functionName: 'kpiOpenSidebar' },
];

let emulator: InstalledEmulator;
beforeEach(() => {
  const files = htmlFiles();
  emulator = installEmulator({
    htmlFiles: files,
    ui: new FakeUi({ addOnName: MENU.title, htmlFiles: files }),
  });
});
afterEach(() => emulator.uninstall());

describe('the add-on menu', () => {
  it('is the add-on’s menu under Extensions with the Thai items in order, each running a global of dist/', () => {
    addKpiMenu(appsScriptUi());
    expect(emulator.ui.menus).toEqual([{ kind: 'add-on', title: 'KPI', entries: ITEMS }]);
    const globals = readFileSync(join(DIST, 'globals.js'), 'utf8');
    for (const name of Object.values(MENU_FUNCTIONS))
      expect(globals).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it('building it touches nothing but the UI: no cell, property, file or lock', () => {
    addKpiMenu(appsScriptUi());
    expect(emulator.ui.addOnMenu).toEqual(ITEMS);
    expect(emulator.spreadsheet.calls.total).toBe(0);
    for (const calls of [emulator.properties.calls, emulator.drive.calls, emulator.documents.calls]) {
      expect(Object.values(calls).every((count) => count === 0)).toBe(true);
    }
    expect(emulator.lock.holder).toBeUndefined();
    expect(emulator.ui.shown).toEqual([]);
    expect(emulator.ui.alerts).toEqual([]);
  });

  it('added again (onInstall, then onOpen) it replaces itself: Extensions lists the add-on once', () => {
    addKpiMenu(appsScriptUi());
    addKpiMenu(appsScriptUi());
    expect(emulator.ui.menus).toHaveLength(1);
  });
});

describe('the menu’s actions', () => {
  it('set-up reports what it created, then that nothing needed doing', () => {
    setUpFromMenu(appsScriptSpreadsheet(), appsScriptUi());
    setUpFromMenu(appsScriptSpreadsheet(), appsScriptUi());
    expect(emulator.ui.alerts).toEqual([
      {
        title: 'ตั้งค่าชีตติดตามผล',
        message:
          'ตั้งค่าชีตติดตามผลเรียบร้อย: สร้างแท็บ ตั้งค่า, วันหยุด, บัตรตัวชี้วัด, รอบ 1/2566, รอบ 2/2566 ข้อมูลเดิมไม่ถูกแก้ไข',
      },
      { title: 'ตั้งค่าชีตติดตามผล', message: 'ชีตติดตามผลพร้อมใช้งานอยู่แล้ว ไม่มีการเปลี่ยนแปลง' },
    ]);
    expect(emulator.spreadsheet.sheets().map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(['ตั้งค่า', 'วันหยุด', 'รอบ 1/2566', 'รอบ 2/2566']),
    );
  });

  it('opens the sidebar and the dialogs from the HTML files the build wrote', () => {
    openSidebar(appsScriptUi());
    expect(emulator.ui.sidebar).toEqual({ kind: 'sidebar', file: 'sidebar', title: 'KPI ปรับปรุงกระบวนการ' });
    showAddDivision(appsScriptUi());
    expect(emulator.ui.dialog).toEqual({
      kind: 'dialog',
      file: 'add-division',
      title: 'เพิ่มหน่วยงาน',
      width: 440,
      height: 600,
    });
    showCheckData(appsScriptUi());
    expect(emulator.ui.dialog).toEqual({
      kind: 'dialog',
      file: 'check-data',
      title: 'ตรวจข้อมูล',
      width: 520,
      height: 420,
    });
    showNewFiscalYear(appsScriptUi());
    expect(emulator.ui.dialog).toEqual({
      kind: 'dialog',
      file: 'fiscal-year',
      title: 'เริ่มปีงบประมาณใหม่',
      width: 460,
      height: 540,
    });
    expect(existsSync(join(DIST, 'fiscal-year.html'))).toBe(true);
  });
});
