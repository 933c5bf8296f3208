/**
 * The real adapters, as built into dist/, running in a vm over the service
 * facades: whatever they do to the in-memory spreadsheet must be exactly what the
 * same server code does to it directly through `SpreadsheetHandle`.
 */

import { instantOfSerial, isDateFormat, serialOfInstant } from '../../../emulator/apps-script/sheet-values';
import { fakeSpreadsheetApp } from '../../../emulator/apps-script/spreadsheet-app';
import { type AddOn, loadAddOn } from '../../../emulator/apps-script/vm-host';
import { FakeSpreadsheet } from '../../../emulator/spreadsheet';
import { FakeUi } from '../../../emulator/ui';
import { MENU } from '../../../src/core/messages';
import { menuEntries } from '../../../src/server/menu';
import { gridRange } from '../../../src/server/services/spreadsheet';
import { setUpTrackingSheet } from '../../../src/server/setup';
import { sidebarData } from '../../../src/server/sidebar';
import { addDivisionToSheet, listDataProblems } from '../../../src/server/tracking';
import { DIST } from '../../bundle/dist';
import { NOW, trackingFixture } from '../../server/tracking-fixture';

function addOnOver(spreadsheet: FakeSpreadsheet, ui = new FakeUi()): AddOn {
  return loadAddOn({ distDir: DIST, spreadsheet, ui, now: () => NOW.getTime() });
}

describe('set-up through dist/ and the facades', () => {
  it('gives the same spreadsheet as set-up on the in-memory one directly', () => {
    const direct = new FakeSpreadsheet();
    setUpTrackingSheet(direct);

    const throughDist = new FakeSpreadsheet();
    const ui = new FakeUi();
    addOnOver(throughDist, ui).call('kpiSetUpTrackingSheet');

    expect(throughDist.snapshot()).toEqual(direct.snapshot());
    expect(ui.alerts).toHaveLength(1);
    expect(ui.alerts[0]?.title).toBe(MENU.setUpTitle);
  });

  it('a second run through dist/ changes nothing', () => {
    const spreadsheet = new FakeSpreadsheet();
    const addOn = addOnOver(spreadsheet);
    addOn.call('kpiSetUpTrackingSheet');
    const once = JSON.stringify(spreadsheet.snapshot());
    spreadsheet.resetCalls();
    addOn.call('kpiSetUpTrackingSheet');
    expect(JSON.stringify(spreadsheet.snapshot())).toBe(once);
    expect(spreadsheet.calls.writes).toBe(0);
  });
});

describe('the menu and pages through dist/ and the facades', () => {
  it('onOpen adds the KPI menu with the entries of menu.ts', () => {
    const ui = new FakeUi();
    addOnOver(new FakeSpreadsheet(), ui).call('onOpen', {});
    expect(ui.menu(MENU.title)).toEqual(menuEntries());
  });

  it('the menu opens the sidebar and the dialogs from dist/ HTML files', () => {
    const ui = new FakeUi();
    const addOn = addOnOver(new FakeSpreadsheet(), ui);
    addOn.call('kpiOpenSidebar');
    addOn.call('kpiShowAddDivision');
    addOn.call('kpiShowCheckData');
    expect(ui.shown).toEqual([
      { kind: 'sidebar', file: 'sidebar', title: MENU.sidebarTitle },
      { kind: 'dialog', file: 'add-division', title: MENU.addDivisionTitle, width: 360, height: 260 },
      { kind: 'dialog', file: 'check-data', title: MENU.checkDataTitle, width: 520, height: 420 },
    ]);
    for (const shown of ui.shown) expect(addOn.htmlFiles).toContain(shown.file);
  });

  it('HtmlService refuses a file dist/ does not have, as Apps Script does', () => {
    const addOn = addOnOver(new FakeSpreadsheet());
    expect(() => addOn.evaluate('HtmlService.createHtmlOutputFromFile("nothing")')).toThrow(
      'No HTML file named nothing was found.',
    );
  });
});

describe('the sidebar API through dist/ and the facades', () => {
  it.each([
    ['a submitted division', 'รอบ 1/2566', 2],
    ['a division with bad cells', 'รอบ 1/2566', 4],
    ['an unsubmitted division', 'รอบ 1/2566', 5],
    ['a round-2 division', 'รอบ 2/2566', 2],
    ['the header row', 'รอบ 1/2566', 1],
  ])('getSidebarData on %s gives what sidebarData gives directly', (_what, tab, row) => {
    const direct = trackingFixture();
    direct.select(tab, gridRange(row, 2));
    const viaDist = trackingFixture();
    viaDist.select(tab, gridRange(row, 2));
    expect(JSON.parse(JSON.stringify(addOnOver(viaDist).call('getSidebarData')))).toEqual(
      sidebarData(direct, NOW),
    );
  });

  it('checkData gives what listDataProblems gives directly', () => {
    const expected = listDataProblems(trackingFixture());
    expect(expected.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(addOnOver(trackingFixture()).call('checkData')))).toEqual(expected);
  });

  it('addDivision writes what addDivisionToSheet writes directly', () => {
    const direct = trackingFixture();
    const outcome = addDivisionToSheet(direct, 'กองกฎหมาย', 'นายกฤษดา ศรีสุข');
    const viaDist = trackingFixture();
    const result = addOnOver(viaDist).call('addDivision', 'กองกฎหมาย', 'นายกฤษดา ศรีสุข');
    expect(JSON.parse(JSON.stringify(result))).toEqual(outcome);
    expect(viaDist.snapshot()).toEqual(direct.snapshot());
  });

  it('selectCell moves the in-memory selection', () => {
    const spreadsheet = trackingFixture();
    addOnOver(spreadsheet).call('selectCell', 'รอบ 2/2566', 'C7');
    expect(spreadsheet.selection()).toEqual({ sheetName: 'รอบ 2/2566', range: gridRange(7, 3) });
  });
});

describe('values as Sheets gives them to a script', () => {
  it('a number under a date format reads as a Date of the script’s realm, at midnight in Bangkok', () => {
    const spreadsheet = new FakeSpreadsheet({ sheets: ['ตั้งค่า'] });
    const sheet = spreadsheet.tab('ตั้งค่า');
    sheet.format(gridRange(1, 1), { numberFormat: 'd/m/yyyy' });
    sheet.writeValues(gridRange(1, 1, 1, 3), [[45026, 45026, 'ข้อความ']]);
    const addOn = addOnOver(spreadsheet);
    const values = addOn.evaluate(
      'SpreadsheetApp.getActive().getSheetByName("ตั้งค่า").getRange(1, 1, 1, 3).getValues()',
    ) as unknown[][];
    const [date, number, text] = values[0] ?? [];
    expect(date).toBeInstanceOf(addOn.realm.Date);
    expect(values).toBeInstanceOf(addOn.realm.Array);
    expect((date as Date).toISOString()).toBe('2023-04-09T17:00:00.000Z');
    expect([number, text]).toEqual([45026, 'ข้อความ']);
  });

  it('date serials and instants convert both ways in the spreadsheet’s zone', () => {
    expect(new Date(instantOfSerial(45026.5, 'Asia/Bangkok')).toISOString()).toBe('2023-04-10T05:00:00.000Z');
    expect(serialOfInstant(new Date('2023-04-09T17:00:00Z'), 'Asia/Bangkok')).toBe(45026);
    expect(new Date(instantOfSerial(45026, 'UTC')).toISOString()).toBe('2023-04-10T00:00:00.000Z');
  });

  it.each([
    ['d/m/yyyy', true],
    ['yyyy-mm-dd hh:mm', true],
    ['0.00', false],
    ['0%', false],
    ['@', false],
    ['"day "0', false],
  ])('number format %s is a date format: %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe('the SpreadsheetApp facade on its own', () => {
  const app = () => fakeSpreadsheetApp({ spreadsheet: new FakeSpreadsheet({ sheets: ['A'] }) });

  it('getUi throws where there is no UI, as in a custom function', () => {
    expect(() => app().getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('removing one protection keeps another with the same description', () => {
    const spreadsheet = new FakeSpreadsheet({ sheets: ['A'] });
    const sheet = fakeSpreadsheetApp({ spreadsheet }).getActive().getSheetByName('A');
    sheet?.getRange(1, 1).protect().setDescription('สูตร');
    sheet?.getRange(2, 1).protect().setDescription('สูตร');
    sheet?.getProtections('RANGE')[0]?.remove();
    expect(spreadsheet.tab('A').protections()).toEqual([{ range: gridRange(2, 1), description: 'สูตร' }]);
  });

  it('says plainly what the in-memory spreadsheet cannot do', () => {
    const sheet = app().getActive().getSheetByName('A');
    expect(() => sheet?.insertRowsAfter(3, 2)).toThrow('insertRowsAfter other than after the last row');
    expect(() => sheet?.getRange(1, 1).protect().setWarningOnly(false)).toThrow('not warning-only');
  });
});
