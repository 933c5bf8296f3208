import { fakeUiFacade } from '../../emulator/apps-script/ui';
import { FakeUi, TOP_LEVEL_MENU_REFUSED } from '../../emulator/ui';

describe('menus', () => {
  it('createAddonMenu() is recorded as the add-on’s menu under Extensions, titled with the add-on’s name', () => {
    const ui = new FakeUi({ addOnName: 'KPI' });
    fakeUiFacade(ui)
      .createAddonMenu()
      .addItem('ตั้งค่าแผ่นงานติดตาม', 'kpiSetUp')
      .addSeparator()
      .addItem('เปิดแถบด้านข้าง', 'kpiOpenSidebar')
      .addToUi();
    expect(ui.menus).toEqual([
      {
        kind: 'add-on',
        title: 'KPI',
        entries: [
          { label: 'ตั้งค่าแผ่นงานติดตาม', functionName: 'kpiSetUp' },
          null,
          { label: 'เปิดแถบด้านข้าง', functionName: 'kpiOpenSidebar' },
        ],
      },
    ]);
    expect(ui.addOnMenu).toEqual(ui.menus[0]?.entries);
  });

  it('an add-on not given a name is an untitled project, as Apps Script names a new one', () => {
    const ui = new FakeUi();
    fakeUiFacade(ui).createAddonMenu().addItem('a', 'f').addToUi();
    expect(ui.menus[0]?.title).toBe('Untitled project');
  });

  it('the add-on’s menu added again replaces the first: Extensions lists an add-on once', () => {
    const ui = new FakeUi({ addOnName: 'KPI' });
    const facade = fakeUiFacade(ui);
    facade.createAddonMenu().addItem('a', 'f').addToUi();
    facade.createAddonMenu().addItem('b', 'g').addToUi();
    expect(ui.menus).toEqual([
      { kind: 'add-on', title: 'KPI', entries: [{ label: 'b', functionName: 'g' }] },
    ]);
  });

  it('a menu built but never added to the UI is not shown', () => {
    const ui = new FakeUi();
    fakeUiFacade(ui).createAddonMenu().addItem('a', 'f');
    expect(ui.menus).toEqual([]);
    expect(ui.addOnMenu).toBeUndefined();
  });

  it('createMenu() in an add-on is refused, pointing to createAddonMenu()', () => {
    const ui = new FakeUi();
    const menu = fakeUiFacade(ui).createMenu('KPI').addItem('a', 'f');
    expect(() => menu.addToUi()).toThrow(TOP_LEVEL_MENU_REFUSED);
    expect(TOP_LEVEL_MENU_REFUSED).toContain('Ui.createAddonMenu()');
    expect(TOP_LEVEL_MENU_REFUSED).toContain(
      'https://developers.google.com/workspace/add-ons/concepts/menus',
    );
    expect(ui.menus).toEqual([]);
  });

  it('createMenu() in a script bound to the sheet is a top-level menu of the menu bar', () => {
    const ui = new FakeUi({ host: 'bound-script' });
    fakeUiFacade(ui).createMenu('KPI').addItem('ตรวจข้อมูล', 'kpiCheckData').addToUi();
    expect(ui.menus).toEqual([
      { kind: 'top-level', title: 'KPI', entries: [{ label: 'ตรวจข้อมูล', functionName: 'kpiCheckData' }] },
    ]);
    expect(ui.addOnMenu).toBeUndefined();
  });

  it('a click on an item names the function it runs; a missing item throws', () => {
    const ui = new FakeUi({ addOnName: 'KPI' });
    ui.recordAddOnMenu([{ label: 'ตรวจข้อมูล', functionName: 'kpiCheckData' }]);
    expect(ui.functionFor('KPI', 'ตรวจข้อมูล')).toBe('kpiCheckData');
    expect(() => ui.functionFor('KPI', 'ไม่มี')).toThrow('No menu item "ไม่มี" in menu "KPI".');
    expect(ui.menu('อื่น')).toBeUndefined();
  });

  it('what is recorded is a copy of what was given', () => {
    const ui = new FakeUi({ addOnName: 'KPI' });
    const entries = [{ label: 'a', functionName: 'f' }];
    ui.recordAddOnMenu(entries);
    entries.push({ label: 'b', functionName: 'g' });
    expect(ui.menu('KPI')).toEqual([{ label: 'a', functionName: 'f' }]);
  });

  it('an item without a label or function is refused', () => {
    const ui = new FakeUi();
    expect(() => fakeUiFacade(ui).createAddonMenu().addItem('a', '').addToUi()).toThrow(
      'A menu item needs a label and a function name',
    );
    expect(ui.menus).toEqual([]);
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
