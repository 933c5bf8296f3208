/**
 * The real adapters, as built into dist/, running in a vm over the service
 * facades: whatever they do to the in-memory spreadsheet must be exactly what the
 * same server code does to it from TypeScript, through the real adapter on the
 * emulator installed in Node (`installEmulator`). And the `SpreadsheetApp` facade
 * on its own: conditional format rules, protections and named ranges as Google
 * models them.
 */

import { instantOfSerial, isDateFormat, serialOfInstant } from '../../../emulator/apps-script/sheet-values';
import { fakeSpreadsheetApp } from '../../../emulator/apps-script/spreadsheet-app';
import { type AddOn, loadAddOn } from '../../../emulator/apps-script/vm-host';
import { installEmulator } from '../../../emulator/install';
import { FakeSpreadsheet } from '../../../emulator/spreadsheet';
import { FakeUi } from '../../../emulator/ui';
import { MENU } from '../../../src/core/messages';
import { menuEntries } from '../../../src/server/menu';
import { appsScriptSpreadsheet } from '../../../src/server/services/apps-script-spreadsheet';
import { gridRange, type SpreadsheetHandle } from '../../../src/server/services/spreadsheet';
import { setUpTrackingSheet } from '../../../src/server/setup';
import { sidebarData } from '../../../src/server/sidebar';
import { addDivisionToSheet, listDataProblems } from '../../../src/server/tracking';
import { DIST } from '../../bundle/dist';
import { NOW, trackingFixture } from '../../server/tracking-fixture';

function addOnOver(spreadsheet: FakeSpreadsheet, ui = new FakeUi()): AddOn {
  return loadAddOn({ distDir: DIST, spreadsheet, ui, now: () => NOW.getTime() });
}

/** Runs server code from TypeScript on this state, through the real adapter on the emulator installed in Node. */
function inNode<T>(spreadsheet: FakeSpreadsheet, run: (handle: SpreadsheetHandle) => T): T {
  const emulator = installEmulator({ spreadsheet });
  try {
    return run(appsScriptSpreadsheet());
  } finally {
    emulator.uninstall();
  }
}

describe('set-up through dist/ and the facades', () => {
  it('gives the same spreadsheet as set-up from TypeScript', () => {
    const direct = new FakeSpreadsheet();
    inNode(direct, setUpTrackingSheet);

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
  it('onOpen adds the add-on menu with the entries of menu.ts', () => {
    const ui = new FakeUi();
    addOnOver(new FakeSpreadsheet(), ui).call('onOpen', {});
    expect(ui.addOnMenu).toEqual(menuEntries());
  });

  it('the menu opens the sidebar and the dialogs from dist/ HTML files', () => {
    const ui = new FakeUi();
    const addOn = addOnOver(new FakeSpreadsheet(), ui);
    addOn.call('kpiOpenSidebar');
    addOn.call('kpiShowAddDivision');
    addOn.call('kpiShowCheckData');
    expect(ui.shown).toEqual([
      { kind: 'sidebar', file: 'sidebar', title: MENU.sidebarTitle },
      { kind: 'dialog', file: 'add-division', title: MENU.addDivisionTitle, width: 440, height: 600 },
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
  ])('getSidebarData on %s gives what sidebarData gives from TypeScript', (_what, tab, row) => {
    const direct = trackingFixture();
    direct.select(tab, gridRange(row, 2));
    const viaDist = trackingFixture();
    viaDist.select(tab, gridRange(row, 2));
    expect(JSON.parse(JSON.stringify(addOnOver(viaDist).call('getSidebarData')))).toEqual(
      inNode(direct, (handle) => sidebarData(handle, NOW)),
    );
  });

  it('checkData gives what listDataProblems gives from TypeScript', () => {
    const expected = inNode(trackingFixture(), listDataProblems);
    expect(expected.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(addOnOver(trackingFixture()).call('checkData')))).toEqual(expected);
  });

  it('addDivision writes what addDivisionToSheet writes from TypeScript', () => {
    const direct = trackingFixture();
    const outcome = inNode(direct, (handle) => addDivisionToSheet(handle, 'กองกฎหมาย', 'นายกฤษดา ศรีสุข'));
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

  it('a number beyond the dates Sheets shows reads back as the number, never an invalid Date', () => {
    const spreadsheet = new FakeSpreadsheet({ sheets: ['ตั้งค่า'] });
    const sheet = spreadsheet.tab('ตั้งค่า');
    sheet.format(gridRange(1, 1, 1, 4), { numberFormat: 'd/m/yyyy' });
    sheet.writeValues(gridRange(1, 1, 1, 4), [[-33787120.28, 3e9, -657434, 2958465]]);
    const addOn = addOnOver(spreadsheet);
    const [row = []] = addOn.evaluate(
      'SpreadsheetApp.getActive().getSheetByName("ตั้งค่า").getRange(1, 1, 1, 4).getValues()',
    ) as unknown[][];
    expect(row.slice(0, 2)).toEqual([-33787120.28, 3e9]);
    expect((row[2] as Date).getUTCFullYear()).toBe(99);
    expect((row[3] as Date).toISOString()).toBe('9999-12-30T17:00:00.000Z');
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

  it('says plainly what the in-memory spreadsheet cannot do', () => {
    const sheet = app().getActive().getSheetByName('A');
    expect(() => sheet?.insertRowsAfter(3, 2)).toThrow('insertRowsAfter other than after the last row');
  });
});

describe('conditional format rules through the facade', () => {
  const setup = () => {
    const spreadsheet = new FakeSpreadsheet({ sheets: ['A', 'B'] });
    const app = fakeSpreadsheetApp({ spreadsheet });
    const sheet = app.getActive().getSheetByName('A');
    if (sheet === null) throw new Error('no A');
    return { spreadsheet, app, sheet };
  };

  it('setConditionalFormatRules replaces all of a sheet’s rules: one left out is gone', () => {
    const { spreadsheet, app, sheet } = setup();
    const rule = (text: string) =>
      app
        .newConditionalFormatRule()
        .whenTextContains(text)
        .setBackground('#fff2cc')
        .setRanges([sheet.getRange('A1:A10')])
        .build();
    sheet.setConditionalFormatRules([rule('ก'), rule('ข')]);
    sheet.setConditionalFormatRules([rule('ค')]);
    expect(
      spreadsheet
        .tab('A')
        .formatRules()
        .map((stored) => stored.kind === 'boolean' && stored.values),
    ).toEqual([['ค']]);
    sheet.clearConditionalFormatRules();
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  it('a boolean rule reads back its criteria, values, ranges and every format, null where unset', () => {
    const { app, sheet } = setup();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$B1>3')
        .setBold(true)
        .setItalic(false)
        .setStrikethrough(true)
        .setFontColor('#990000')
        .setRanges([sheet.getRange('A1:B10'), sheet.getRange('D1:D10')])
        .build(),
    ]);
    const [rule] = sheet.getConditionalFormatRules();
    const condition = rule?.getBooleanCondition();
    expect(rule?.getGradientCondition()).toBeNull();
    expect([condition?.getCriteriaType(), condition?.getCriteriaValues()]).toEqual([
      'CUSTOM_FORMULA',
      ['=$B1>3'],
    ]);
    expect([
      condition?.getBackground(),
      condition?.getBackgroundObject(),
      condition?.getFontColorObject()?.asRgbColor().asHexString(),
      condition?.getBold(),
      condition?.getItalic(),
      condition?.getUnderline(),
      condition?.getStrikethrough(),
    ]).toEqual([null, null, '#990000', true, false, null, true]);
    expect(rule?.getRanges().map((range) => [range.getRow(), range.getColumn(), range.getNumRows()])).toEqual(
      [
        [1, 1, 10],
        [1, 4, 10],
      ],
    );
  });

  it('a colour scale reads back its points; a midpoint cleared by a null type is gone', () => {
    const { app, sheet } = setup();
    const builder = app
      .newConditionalFormatRule()
      .setGradientMinpointWithValue('#FFFFFF', app.InterpolationType.NUMBER, '0')
      .setGradientMidpointWithValue('#FFD666', app.InterpolationType.PERCENT, '50')
      .setGradientMaxpoint('#57BB8A')
      .setRanges([sheet.getRange('C1:C10')]);
    sheet.setConditionalFormatRules([
      builder.build(),
      builder.copy().setGradientMidpointWithValue('#000000', null, '').build(),
    ]);
    const [withMid, withoutMid] = sheet
      .getConditionalFormatRules()
      .map((rule) => rule.getGradientCondition());
    expect([
      withMid?.getMinType(),
      withMid?.getMinValue(),
      withMid?.getMinColorObject()?.asRgbColor().asHexString(),
    ]).toEqual(['NUMBER', '0', '#ffffff']);
    expect([
      withMid?.getMidType(),
      withMid?.getMidValue(),
      withMid?.getMaxType(),
      withMid?.getMaxValue(),
    ]).toEqual(['PERCENT', '50', 'MAX', '']);
    expect([withoutMid?.getMidType(), withoutMid?.getMidValue(), withoutMid?.getMidColorObject()]).toEqual([
      null,
      '',
      null,
    ]);
  });

  it('copy() is a builder preset with the rule’s settings: a new range keeps condition and format', () => {
    const { spreadsheet, app, sheet } = setup();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenNumberLessThan(0)
        .setBold(true)
        .setUnderline(true)
        .setBackground('#f4cccc')
        .setRanges([sheet.getRange('A2:A1000')])
        .build(),
    ]);
    const [rule] = sheet.getConditionalFormatRules();
    const moved = rule
      ?.copy()
      .setRanges([sheet.getRange('A2:A1200')])
      .build();
    if (moved === undefined) throw new Error('no rule');
    sheet.insertRowsAfter(1000, 200);
    sheet.setConditionalFormatRules([moved]);
    expect(spreadsheet.tab('A').formatRules()).toEqual([
      {
        kind: 'boolean',
        ranges: [gridRange(2, 1, 1199, 1)],
        criteria: 'NUMBER_LESS_THAN',
        values: [0],
        format: { background: '#f4cccc', bold: true, underline: true },
      },
    ]);
  });

  it('refuses what it does not model, and keeps the old rules: both a condition and a scale, no range, another sheet’s range', () => {
    const { spreadsheet, app, sheet } = setup();
    const other = app.getActive().getSheetByName('B');
    expect(() =>
      app
        .newConditionalFormatRule()
        .whenCellEmpty()
        .setGradientMaxpoint('#000000')
        .setGradientMinpoint('#ffffff')
        .setRanges([sheet.getRange('A1')])
        .build(),
    ).toThrow('both a colour scale and a boolean condition');
    expect(() => app.newConditionalFormatRule().whenCellEmpty().setBold(true).build()).toThrow(
      'at least one range',
    );
    expect(() =>
      app
        .newConditionalFormatRule()
        .setRanges([sheet.getRange('A1')])
        .build(),
    ).toThrow('needs a condition');
    expect(() =>
      app.newConditionalFormatRule().withCriteria(app.BooleanCriteria.DATE_AFTER, [new Date()]),
    ).toThrow('DATE_AFTER are not modelled');
    const foreign = app
      .newConditionalFormatRule()
      .whenCellNotEmpty()
      .setBold(true)
      .setRanges([other?.getRange('A1') as never])
      .build();
    expect(() => sheet.setConditionalFormatRules([foreign])).toThrow('a range of another sheet');
    expect(spreadsheet.tab('A').formatRules()).toEqual([]);
  });
});

describe('protections through the facade', () => {
  it('Range.protect() starts with no description and not warning-only, as Google’s does', () => {
    const spreadsheet = new FakeSpreadsheet({ sheets: ['A'] });
    const sheet = fakeSpreadsheetApp({ spreadsheet }).getActive().getSheetByName('A');
    const protection = sheet?.getRange('A2:A10').protect();
    expect([
      protection?.getDescription(),
      protection?.isWarningOnly(),
      protection?.getProtectionType(),
    ]).toEqual(['', false, 'RANGE']);
    protection
      ?.setDescription('สูตร')
      .setWarningOnly(true)
      .setRange(sheet?.getRange('A2:A1000') as never);
    expect(
      spreadsheet
        .tab('A')
        .protectionEntries()
        .map(({ id: _, ...entry }) => entry),
    ).toEqual([{ range: gridRange(2, 1, 999, 1), description: 'สูตร', warningOnly: true }]);
    protection?.setWarningOnly(false);
    expect(sheet?.getProtections('RANGE')[0]?.isWarningOnly()).toBe(false);
  });

  it('removing one protection keeps another with the same description; the removed one refuses calls', () => {
    const spreadsheet = new FakeSpreadsheet({ sheets: ['A'] });
    const sheet = fakeSpreadsheetApp({ spreadsheet }).getActive().getSheetByName('A');
    sheet?.getRange(1, 1).protect().setDescription('สูตร');
    sheet?.getRange(2, 1).protect().setDescription('สูตร');
    const first = sheet?.getProtections('RANGE')[0];
    first?.remove();
    expect(spreadsheet.tab('A').protections()).toEqual([{ range: gridRange(2, 1), description: 'สูตร' }]);
    expect(() => first?.getDescription()).toThrow('This protection has been removed.');
    expect(sheet?.getProtections('SHEET')).toEqual([]);
  });
});

describe('named ranges through the facade', () => {
  it('setNamedRange names a range; a name in use is refused; NamedRange renames, moves and removes', () => {
    const spreadsheet = new FakeSpreadsheet({ sheets: ['A', 'B'] });
    const active = fakeSpreadsheetApp({ spreadsheet }).getActive();
    const a = active.getSheetByName('A');
    const b = active.getSheetByName('B');
    active.setNamedRange('KPI_YEAR', a?.getRange('B2') as never);
    expect(() => active.setNamedRange('kpi_year', b?.getRange('C3') as never)).toThrow('already exists');
    const [named] = active.getNamedRanges();
    named?.setName('KPI_FISCAL_YEAR').setRange(b?.getRange('C3:C4') as never);
    expect(spreadsheet.namedRanges()).toEqual([
      { name: 'KPI_FISCAL_YEAR', sheetName: 'B', range: gridRange(3, 3, 2, 1) },
    ]);
    expect(active.getRangeByName('KPI_FISCAL_YEAR')?.getNumRows()).toBe(2);
    expect(named?.getRange().getSheet().getName()).toBe('B');
    named?.remove();
    expect(active.getRangeByName('KPI_FISCAL_YEAR')).toBeNull();
    expect(active.getNamedRanges()).toEqual([]);
  });
});
