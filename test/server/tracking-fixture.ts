/**
 * A set-up tracking spreadsheet with a few divisions typed in, for the tests of
 * the menu actions, the sidebar and the reports. Set-up runs through the real
 * Sheets adapter on the emulator, installed only while it runs: the fixture is the
 * in-memory state, and a test installs the emulator over it
 * (`installEmulator({ spreadsheet })`) to get the add-on's handle with
 * `appsScriptSpreadsheet()`.
 */

import { installEmulator } from '../../emulator/install';
import { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { trackingColumns } from '../../src/core/template';
import { appsScriptSpreadsheet } from '../../src/server/services/apps-script-spreadsheet';
import { gridRange, type SheetValue } from '../../src/server/services/spreadsheet';
import { setUpTrackingSheet } from '../../src/server/setup';

/** 20 April 2023, noon in Bangkok: "today" for these tests. */
export const NOW = new Date('2023-04-20T05:00:00Z');

/** The 1-based column of a template column in a round's tab. */
export function columnOf(round: 1 | 2, key: string): number {
  const index = trackingColumns(round).findIndex((column) => column.key === key);
  if (index < 0) throw new Error(`no column ${key}`);
  return index + 1;
}

/** Writes one division's cells by column key, straight into the state (as a user types them). */
export function writeRow(
  spreadsheet: FakeSpreadsheet,
  round: 1 | 2,
  row: number,
  cells: Record<string, SheetValue>,
): void {
  const sheet = spreadsheet.tab(`รอบ ${round}/2566`);
  for (const [key, value] of Object.entries(cells))
    sheet.writeValues(gridRange(row, columnOf(round, key)), [[value]]);
}

/**
 * A spreadsheet set up by the add-on's set-up, through the real adapter on the
 * emulator, with divisions in both rounds typed in; calls are reset. No Apps
 * Script global is left installed.
 */
export function trackingFixture(): FakeSpreadsheet {
  const spreadsheet = new FakeSpreadsheet();
  const emulator = installEmulator({ spreadsheet });
  try {
    setUpTrackingSheet(appsScriptSpreadsheet());
  } finally {
    emulator.uninstall();
  }
  writeRow(spreadsheet, 1, 2, {
    division: 'สำนักบริหารกลาง',
    head: 'นางสาวสมศรี ใจดี',
    reviewDone: true,
    planDone: true,
    progress: 0.6,
    'evidence:reviewDone': 'https://example.org/review.pdf',
    due: 45026,
    submitted: '7/4/2566',
  });
  writeRow(spreadsheet, 1, 3, {
    division: 'กองคลัง',
    head: 'นายสมชาย รักงาน',
    reviewDone: true,
    planDone: false,
    progress: 60,
    due: 45026,
    submitted: '13 เม.ย. 2566',
  });
  writeRow(spreadsheet, 1, 4, {
    division: 'กองแผนงาน',
    head: 'นางวิไล',
    reviewDone: 'maybe',
    planDone: true,
    progress: 150,
    'evidence:planDone': 'ไม่มีลิงก์',
    due: 45026,
    submitted: '30/02/2566',
  });
  writeRow(spreadsheet, 1, 5, { division: 'กองการเจ้าหน้าที่', head: 'นายเอก', due: 45026 });
  writeRow(spreadsheet, 2, 2, {
    division: 'สำนักบริหารกลาง',
    head: 'นางสาวสมศรี ใจดี',
    progress: 1,
    workflowManualDone: true,
    trainingDone: false,
    forumDone: true,
    reportSent: true,
    due: '10/10/2566',
  });
  spreadsheet.resetCalls();
  return spreadsheet;
}
