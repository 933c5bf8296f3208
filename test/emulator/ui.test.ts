import { FakeUi } from '../../emulator/ui';
import type { UiHandle } from '../../src/server/services/ui';

describe('menus', () => {
  it('are recorded with their title and entries, separators as null', () => {
    const ui = new FakeUi();
    const handle: UiHandle = ui;
    handle.addMenu('KPI', [
      { label: 'ตั้งค่าแผ่นงานติดตาม', functionName: 'kpiSetUp' },
      null,
      { label: 'เปิดแถบด้านข้าง', functionName: 'kpiOpenSidebar' },
    ]);
    expect(ui.menus).toEqual([
      {
        title: 'KPI',
        entries: [
          { label: 'ตั้งค่าแผ่นงานติดตาม', functionName: 'kpiSetUp' },
          null,
          { label: 'เปิดแถบด้านข้าง', functionName: 'kpiOpenSidebar' },
        ],
      },
    ]);
  });

  it('a click on an item names the function it runs; a missing item throws', () => {
    const ui = new FakeUi();
    ui.addMenu('KPI', [{ label: 'ตรวจข้อมูล', functionName: 'kpiCheckData' }]);
    expect(ui.functionFor('KPI', 'ตรวจข้อมูล')).toBe('kpiCheckData');
    expect(() => ui.functionFor('KPI', 'ไม่มี')).toThrow('No menu item "ไม่มี" in menu "KPI".');
    expect(ui.menu('อื่น')).toBeUndefined();
  });

  it('what is recorded is a copy of what was given', () => {
    const ui = new FakeUi();
    const entries = [{ label: 'a', functionName: 'f' }];
    ui.addMenu('KPI', entries);
    entries.push({ label: 'b', functionName: 'g' });
    expect(ui.menu('KPI')).toEqual([{ label: 'a', functionName: 'f' }]);
  });

  it('an item without a label or function is refused', () => {
    const ui = new FakeUi();
    expect(() => ui.addMenu('KPI', [{ label: 'a', functionName: '' }])).toThrow(
      'A menu item needs a label and a function name',
    );
  });
});

describe('the sidebar and dialogs', () => {
  it('the sidebar shown is recorded with its file and title; the last one is on screen', () => {
    const ui = new FakeUi();
    ui.showSidebar('sidebar', 'KPI');
    ui.showSidebar('sidebar', 'KPI รอบ 2');
    expect(ui.sidebar).toEqual({ kind: 'sidebar', file: 'sidebar', title: 'KPI รอบ 2' });
    expect(ui.dialog).toBeUndefined();
  });

  it('a dialog is recorded with its file, title and size', () => {
    const ui = new FakeUi();
    ui.showDialog('add-division', 'เพิ่มหน่วยงาน', 420, 300);
    expect(ui.dialog).toEqual({
      kind: 'dialog',
      file: 'add-division',
      title: 'เพิ่มหน่วยงาน',
      width: 420,
      height: 300,
    });
    expect(ui.shown).toEqual([ui.dialog]);
  });

  it('sizes must be whole pixels', () => {
    const ui = new FakeUi();
    expect(() => ui.showDialog('d', 't', 0, 300)).toThrow(
      'A dialog width is a whole number of pixels, got 0.',
    );
    expect(() => ui.showDialog('d', 't', 300, 1.5)).toThrow(
      'A dialog height is a whole number of pixels, got 1.5.',
    );
  });

  it('given the files that exist, showing another throws like HtmlService', () => {
    const ui = new FakeUi({ htmlFiles: ['sidebar'] });
    ui.showSidebar('sidebar', 'KPI');
    expect(() => ui.showSidebar('Sidebar', 'KPI')).toThrow('No HTML file named Sidebar was found.');
    expect(() => ui.showDialog('report', 'รายงาน', 600, 400)).toThrow('No HTML file named report was found.');
    expect(ui.shown).toHaveLength(1);
  });
});

describe('alerts', () => {
  it('are recorded in order with title and message', () => {
    const ui = new FakeUi();
    ui.alert('ตรวจข้อมูล', 'ไม่พบข้อผิดพลาด');
    ui.alert('KPI', 'ตั้งค่าเสร็จแล้ว');
    expect(ui.alerts).toEqual([
      { title: 'ตรวจข้อมูล', message: 'ไม่พบข้อผิดพลาด' },
      { title: 'KPI', message: 'ตั้งค่าเสร็จแล้ว' },
    ]);
  });
});
