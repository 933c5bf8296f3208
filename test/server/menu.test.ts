import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { FakeUi } from '../../emulator/ui';
import {
  addKpiMenu,
  MENU_FUNCTIONS,
  openSidebar,
  setUpFromMenu,
  showAddDivision,
  showCheckData,
} from '../../src/server/menu';

const DIST = join(__dirname, '..', '..', 'dist');
const htmlFiles = () =>
  readdirSync(DIST)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/\.html$/, ''));

describe('the KPI menu', () => {
  it('has the Thai items in order, each running a global function that dist/ declares', () => {
    const ui = new FakeUi();
    addKpiMenu(ui);
    expect(ui.menus).toEqual([
      {
        title: 'KPI',
        entries: [
          { label: 'เปิดแถบข้าง', functionName: 'kpiOpenSidebar' },
          null,
          { label: 'ตั้งค่าชีตติดตามผล', functionName: 'kpiSetUpTrackingSheet' },
          { label: 'เพิ่มหน่วยงาน', functionName: 'kpiShowAddDivision' },
          { label: 'ตรวจข้อมูล', functionName: 'kpiShowCheckData' },
          null,
          { label: 'สร้างรายงานผล (ในแถบข้าง)', functionName: 'kpiOpenSidebar' },
        ],
      },
    ]);
    const globals = readFileSync(join(DIST, 'globals.js'), 'utf8');
    for (const name of Object.values(MENU_FUNCTIONS))
      expect(globals).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it('set-up reports what it created, then that nothing needed doing', () => {
    const spreadsheet = new FakeSpreadsheet();
    const ui = new FakeUi();
    setUpFromMenu(spreadsheet, ui);
    setUpFromMenu(spreadsheet, ui);
    expect(ui.alerts).toEqual([
      {
        title: 'ตั้งค่าชีตติดตามผล',
        message: 'ตั้งค่าชีตติดตามผลเรียบร้อย: สร้างแท็บ ตั้งค่า, วันหยุด, รอบ 1/2566, รอบ 2/2566 ข้อมูลเดิมไม่ถูกแก้ไข',
      },
      { title: 'ตั้งค่าชีตติดตามผล', message: 'ชีตติดตามผลพร้อมใช้งานอยู่แล้ว ไม่มีการเปลี่ยนแปลง' },
    ]);
  });

  it('opens the sidebar and the dialogs from the HTML files the build wrote', () => {
    const ui = new FakeUi({ htmlFiles: htmlFiles() });
    openSidebar(ui);
    expect(ui.sidebar).toMatchObject({ file: 'sidebar', title: 'KPI ปรับปรุงกระบวนการ' });
    showAddDivision(ui);
    expect(ui.dialog).toMatchObject({ file: 'add-division', title: 'เพิ่มหน่วยงาน', width: 360, height: 260 });
    showCheckData(ui);
    expect(ui.dialog).toMatchObject({ file: 'check-data', title: 'ตรวจข้อมูล', width: 520, height: 420 });
  });
});
