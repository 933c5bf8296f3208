/**
 * What each division's score should be, worked out apart from the preview: its
 * cells read from the preview's data file, passed one row at a time to KPISCORE
 * of dist/ loaded in a fresh vm (the golden cases' loader), with the settings the
 * sheet's formula passes (KPI_AS_OF, KPI_RATE_PER_DAY, KPI_DAY_COUNT, KPI_HOLIDAYS, KPI_CARD).
 */

import { readFileSync } from 'node:fs';
import { instantOfSerial, scriptBlock, serialOfInstant } from '../../emulator/apps-script/sheet-values';
import { loadAddOn } from '../../emulator/apps-script/vm-host';
import { type FakeSheet, FakeSpreadsheet } from '../../emulator/spreadsheet';
import { locateColumns, NAMES, roundOfTab } from '../../src/core/template';
import { gridRange, type SheetValue } from '../../src/server/services/spreadsheet';
import { DIST } from '../bundle/dist';

/** One division's expected score in one tab. */
export interface ExpectedScore {
  readonly tab: string;
  readonly row: number;
  readonly division: string;
  readonly score: unknown;
}

/** The score of every division in every round tab of the data file, as of `today` (yyyy-mm-dd, Bangkok). */
export function expectedScores(dataFile: string, today: string): ExpectedScore[] {
  const spreadsheet = FakeSpreadsheet.fromJSON(readFileSync(dataFile, 'utf8'));
  const zone = spreadsheet.timeZone();
  const addOn = loadAddOn({ distDir: DIST, spreadsheet });
  const valuesOf = (sheet: FakeSheet, row: number, column: number, rows = 1, columns = 1): SheetValue[][] =>
    scriptBlock(
      sheet.peekValues(gridRange(row, column, rows, columns)),
      { row, column },
      (at, of) => sheet.formatAt(at, of).numberFormat,
      zone,
    );
  const named = (name: string) => {
    const range = spreadsheet.namedRanges().find((entry) => entry.name === name);
    if (range === undefined) throw new Error(`no named range ${name}`);
    return valuesOf(
      spreadsheet.tab(range.sheetName),
      range.range.row,
      range.range.column,
      range.range.rows,
      range.range.columns,
    );
  };
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const todaySerial = Math.floor(serialOfInstant(new Date(Date.UTC(year, month - 1, day, 5)), zone));
  const countUnsubmitted = named(NAMES.countUnsubmitted)[0]?.[0];
  const asOf = countUnsubmitted === 'ใช่' ? new Date(instantOfSerial(todaySerial, zone)) : '';
  const rate = named(NAMES.ratePerDay)[0]?.[0];
  const dayCount = named(NAMES.dayCount)[0]?.[0];
  const holidays = named(NAMES.holidays);
  // The card table, as the score column's formula passes it (issue 12).
  const card = named(NAMES.card);

  const expected: ExpectedScore[] = [];
  for (const sheet of spreadsheet.sheets()) {
    const round = roundOfTab(sheet.name);
    if (round === undefined) continue;
    const header = sheet.peekValues(gridRange(1, 1, 1, sheet.maxColumns()))[0] ?? [];
    const columns = locateColumns(round, header);
    const column = (key: string) => columns.get(key) as number;
    const inputs = round === 1 ? 3 : 5;
    const first = column(round === 1 ? 'reviewDone' : 'progress');
    for (let row = 2; row <= sheet.maxRows(); row++) {
      const division = String(sheet.valueAt(row, column('division')));
      if (division === '') break;
      const score = addOn.callAs(
        'customFunction',
        'KPISCORE',
        round,
        valuesOf(sheet, row, first, 1, inputs),
        valuesOf(sheet, row, column('due'))[0]?.[0],
        valuesOf(sheet, row, column('submitted'))[0]?.[0],
        asOf,
        rate,
        dayCount,
        holidays,
        card,
      );
      // A ticked "ไม่ประเมินรอบนี้" box: the score column's formula shows that text instead.
      const exempt = columns.get('exempt');
      const notAssessed = exempt !== undefined && sheet.valueAt(row, exempt) === true;
      expected.push({ tab: sheet.name, row, division, score: notAssessed ? 'ไม่ประเมินรอบนี้' : score });
    }
  }
  return expected;
}

/** A score as the grid shows it under Sheets' automatic number format. */
export function shownScore(score: unknown): string {
  // The score column's number format is 0.00 (set-up sets it, as the card writes points).
  return typeof score === 'number' ? score.toFixed(2) : String(score);
}
