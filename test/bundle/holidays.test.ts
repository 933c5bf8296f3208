/**
 * The October holiday through dist/ in a vm, as Sheets runs it: set-up fills the
 * `วันหยุด` tab, and the custom functions count round 2's late days with the cells
 * of KPI_HOLIDAYS (read as a custom function receives them, dates as `Date`s).
 */

import { instantOfSerial, scriptBlock } from '../../emulator/apps-script/sheet-values';
import { loadAddOn } from '../../emulator/apps-script/vm-host';
import { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { FakeUi } from '../../emulator/ui';
import { dayFromIso } from '../../src/core/dates';
import { DAY_COUNT_NAME } from '../../src/core/messages';
import { NAMES } from '../../src/core/template';
import type { SheetValue } from '../../src/server/services/spreadsheet';
import { serialOfDay } from '../../src/server/settings';
import { DIST } from './dist';

const spreadsheet = new FakeSpreadsheet();
const ui = new FakeUi({ htmlFiles: [], addOnName: 'KPI' });
const addOn = loadAddOn({ distDir: DIST, spreadsheet, ui: () => ui });
addOn.call('kpiSetUpTrackingSheet');
const zone = spreadsheet.timeZone();

/** KPI_HOLIDAYS as a custom function gets it: a column of `Date`s and blanks. */
function holidayCells(): SheetValue[][] {
  const named = spreadsheet.namedRanges().find((entry) => entry.name === NAMES.holidays);
  if (named === undefined) throw new Error('no KPI_HOLIDAYS');
  const tab = spreadsheet.tab(named.sheetName);
  return scriptBlock(
    tab.peekValues(named.range),
    named.range,
    (row, column) => tab.formatAt(row, column).numberFormat,
    zone,
  );
}

/** A date cell's value as a custom function gets it. */
const dateOf = (iso: string) => new Date(instantOfSerial(serialOfDay(dayFromIso(iso)), zone));

/** กองคลัง, round 2 of 2566: due 10 Oct 2023 (Tue), in 13 Oct 2023 (Fri). */
const lateness = (holidays: SheetValue[][]) => [
  addOn.callAs(
    'customFunction',
    'KPILATEDAYS',
    dateOf('2023-10-10'),
    dateOf('2023-10-13'),
    '',
    DAY_COUNT_NAME.working,
    holidays,
  ),
  addOn.callAs(
    'customFunction',
    'KPIPENALTY',
    dateOf('2023-10-10'),
    dateOf('2023-10-13'),
    '',
    0.1,
    DAY_COUNT_NAME.working,
    holidays,
  ),
];

describe('round 2 of 2566 in working days, through dist/ (กองคลัง: due 10 Oct, in 13 Oct 2023)', () => {
  it('skips 13 Oct 2023, the anniversary of King Bhumibol’s passing: 2 days, 0.20 points', () => {
    const cells = holidayCells();
    const october13 = cells
      .flat()
      .filter((value) => value instanceof Date && value.getTime() === dateOf('2023-10-13').getTime());
    expect(october13).toHaveLength(1);
    expect(lateness(cells)).toEqual([2, 0.2]);
  });

  it('counted 3 days, 0.30 points, with the list the add-on shipped before (ending in August 2023)', () => {
    const before = holidayCells().map((row) =>
      row.map((value) =>
        value instanceof Date && value.getTime() > dateOf('2023-08-31').getTime() ? '' : value,
      ),
    );
    expect(lateness(before)).toEqual([3, 0.3]);
  });
});
