/**
 * Report generation, built into dist/, running in a vm over the DocumentApp,
 * Advanced Drive, LockService and PropertiesService facades under dist/'s
 * manifest: the Docs, PDFs, Drive, properties and rows it leaves must be exactly
 * those the same server code leaves when its adapters run straight from
 * TypeScript on the same emulator (`installEmulator`).
 */

import { loadAddOn } from '../../../emulator/apps-script/vm-host';
import { FakeDocuments, FakeDrive } from '../../../emulator/documents';
import { installEmulator } from '../../../emulator/install';
import { FakeLockState } from '../../../emulator/lock';
import { FakeProperties } from '../../../emulator/properties';
import type { FakeSpreadsheet } from '../../../emulator/spreadsheet';
import { FakeUi } from '../../../emulator/ui';
import { REPORT_RUN } from '../../../src/core/messages';
import { trackingColumns } from '../../../src/core/template';
import type { BatchStatus } from '../../../src/core/views';
import { continueBatch, startBatch } from '../../../src/server/reports/batch';
import {
  appsScriptReportServices,
  generateOneReport,
  generateSummary,
  type ReportServices,
} from '../../../src/server/reports/generate';
import { gridRange } from '../../../src/server/services/spreadsheet';
import { DIST } from '../../bundle/dist';
import { columnOf, NOW, trackingFixture, writeRow } from '../../server/tracking-fixture';

interface World {
  readonly spreadsheet: FakeSpreadsheet;
  readonly documents: FakeDocuments;
  readonly properties: FakeProperties;
  readonly lock: FakeLockState;
}

function world(spreadsheet: FakeSpreadsheet = trackingFixture()): World {
  return {
    spreadsheet,
    documents: new FakeDocuments(new FakeDrive()),
    properties: new FakeProperties(),
    lock: new FakeLockState(),
  };
}

/** Runs the server code straight from TypeScript, its real adapters on the emulator over `state`. */
function direct<T>(state: World, run: (services: ReportServices) => T): T {
  const emulator = installEmulator({
    spreadsheet: state.spreadsheet,
    documents: state.documents,
    properties: state.properties,
    lock: state.lock,
    user: 'preview-user',
  });
  try {
    return run({ ...appsScriptReportServices(), now: () => NOW });
  } finally {
    emulator.uninstall();
  }
}

function throughDist(state: World) {
  return loadAddOn({
    distDir: DIST,
    spreadsheet: state.spreadsheet,
    ui: new FakeUi(),
    documents: state.documents,
    properties: state.properties,
    lock: state.lock,
    user: 'preview-user',
    now: () => NOW.getTime(),
  });
}

function sameWorld(a: World, b: World): void {
  expect(b.documents.drive.snapshot()).toEqual(a.documents.drive.snapshot());
  expect(b.spreadsheet.snapshot()).toEqual(a.spreadsheet.snapshot());
  expect(b.properties.snapshot()).toEqual(a.properties.snapshot());
}

describe('reports through dist/ and the facades', () => {
  it('a division’s Doc, PDF, links and status are those of the server code on the fakes directly', () => {
    const expected = world();
    const outcome = direct(expected, (services) => generateOneReport(1, 2, 'สำนักบริหารกลาง', services));
    expect(outcome.ok).toBe(true);

    const actual = world();
    const result = throughDist(actual).call('generateDivisionReport', 1, 2, 'สำนักบริหารกลาง');
    expect(JSON.parse(JSON.stringify(result))).toEqual(outcome);
    sameWorld(expected, actual);
    expect(actual.lock.holder).toBeUndefined();
  });

  it('generating again replaces the earlier files, through dist/ as directly', () => {
    const expected = world();
    direct(expected, (services) => generateOneReport(1, 3, 'กองคลัง', services));
    direct(expected, (services) => generateOneReport(1, 3, 'กองคลัง', services));
    const actual = world();
    const addOn = throughDist(actual);
    addOn.call('generateDivisionReport', 1, 3, 'กองคลัง');
    addOn.call('generateDivisionReport', 1, 3, 'กองคลัง');
    sameWorld(expected, actual);
    const live = actual.documents.drive.snapshot().files.filter((file) => !file.trashed);
    expect(live.map((file) => file.mimeType).sort()).toEqual([
      'application/pdf',
      'application/vnd.google-apps.document',
    ]);
  });

  it('the summary report through dist/ is the one made directly', () => {
    const expected = world();
    const outcome = direct(expected, (services) => generateSummary(2, services));
    const actual = world();
    expect(JSON.parse(JSON.stringify(throughDist(actual).call('generateSummaryReport', 2)))).toEqual(outcome);
    sameWorld(expected, actual);
  });

  it('a batch runs to its end through dist/, its progress kept in the document properties', () => {
    const state = world();
    const addOn = throughDist(state);
    let status = addOn.call('startReportBatch', 1) as {
      id: string;
      state: string;
      total: number;
      done: number;
    };
    expect(status.state).toBe('running');
    for (let step = 0; step < 10 && status.state === 'running'; step++) {
      status = addOn.call('continueReportBatch', status.id) as typeof status;
    }
    expect(status).toMatchObject({ state: 'done', total: 4, done: 4 });
    expect(state.properties.keys().length).toBeGreaterThan(0);
    const sheet = state.spreadsheet.tab('รอบ 1/2566');
    const statusColumn =
      sheet.peekValues(gridRange(1, 1, 1, sheet.maxColumns()))[0]?.indexOf('สถานะรายงาน') ?? -1;
    expect(statusColumn).toBeGreaterThan(0);
    const statuses = sheet.peekValues(gridRange(2, statusColumn + 1, 4, 1)).map((line) => String(line[0]));
    for (const text of statuses) expect(text).not.toBe('');
  });

  it('a lock held by another user makes the add-on say so, as on Google’s side', () => {
    const state = world();
    const other = state.lock.lockFor('someone-else');
    other.tryLock(0);
    const result = throughDist(state).call('generateDivisionReport', 1, 2, 'สำนักบริหารกลาง') as {
      ok: boolean;
      message: string;
    };
    expect(result.ok).toBe(false);
    expect(result.message).not.toBe('');
    expect(state.lock.holder).toBe('someone-else');
  });
});

/** Round 1 with `count` divisions `กองที่ 1`…, typed in. */
function divisions(count: number): FakeSpreadsheet {
  const spreadsheet = trackingFixture();
  for (let index = 0; index < count; index++)
    writeRow(spreadsheet, 1, index + 2, {
      division: `กองที่ ${index + 1}`,
      head: `ผู้อำนวยการ ${index + 1}`,
      reviewDone: true,
      due: 45026,
      // Clean rows: the fixture's own rows hold bad cells, and a row with problems is refused (issue 11).
      planDone: false,
      progress: '',
      'evidence:planDone': '',
      submitted: '',
    });
  return spreadsheet;
}

/** A row inserted above row 2 as Sheets inserts one: every typed cell below moves down a row. */
function insertRowAtTop(spreadsheet: FakeSpreadsheet, last: number, division: string): void {
  const sheet = spreadsheet.tab('รอบ 1/2566');
  trackingColumns(1).forEach((column, index) => {
    if (column.kind === 'formula') return;
    const values = sheet.peekValues(gridRange(2, index + 1, last - 1, 1));
    sheet.writeValues(gridRange(3, index + 1, values.length, 1), values);
    sheet.writeValues(gridRange(2, index + 1), [['']]);
  });
  writeRow(spreadsheet, 1, 2, { division });
}

describe('reports tied to their division, through dist/ as directly (issue 10)', () => {
  it('a row inserted above the divisions mid-batch: the same files and rows through dist/ as directly', () => {
    const expected = world(divisions(7));
    const id = direct(expected, (services) => {
      const started = startBatch(1, services);
      continueBatch(started.id, services);
      return started.id;
    });
    insertRowAtTop(expected.spreadsheet, 8, 'กองใหม่');
    const last = direct(expected, (services) => {
      let status: BatchStatus = continueBatch(id, services);
      while (status.state === 'running') status = continueBatch(id, services);
      return status;
    });
    expect(last.message).toBe('สร้างรายงานครบ 7 หน่วยงานแล้ว');

    const actual = world(divisions(7));
    const addOn = throughDist(actual);
    const started = addOn.call('startReportBatch', 1) as BatchStatus;
    addOn.call('continueReportBatch', started.id);
    insertRowAtTop(actual.spreadsheet, 8, 'กองใหม่');
    let status = addOn.call('continueReportBatch', started.id) as BatchStatus;
    while (status.state === 'running') status = addOn.call('continueReportBatch', started.id) as BatchStatus;

    expect(status.message).toBe(last.message);
    expect(actual.documents.drive.snapshot()).toEqual(expected.documents.drive.snapshot());
    expect(actual.spreadsheet.snapshot()).toEqual(expected.spreadsheet.snapshot());
    // Every division's row links to its own Doc.
    const sheet = actual.spreadsheet.tab('รอบ 1/2566');
    const files = actual.documents.drive.snapshot().files;
    for (let row = 3; row <= 9; row++) {
      const link = sheet.valueAt(row, columnOf(1, 'reportLink'));
      const division = sheet.valueAt(row, columnOf(1, 'division'));
      expect(files.find((file) => file.url === link)?.name).toBe(`รายงานผล_${division}_รอบ1_2566`);
    }
    expect(sheet.valueAt(2, columnOf(1, 'reportLink'))).toBe('');
  });

  it('a row inserted above a division after the sidebar read it: its report and links go to its new row, through dist/ as directly', () => {
    // The sidebar showed กองคลัง on row 3; a row was then inserted above it.
    const moved = () => {
      const spreadsheet = trackingFixture();
      insertRowAtTop(spreadsheet, 5, 'กองใหม่');
      return spreadsheet;
    };
    const expected = world(moved());
    const outcome = direct(expected, (services) => generateOneReport(1, 3, 'กองคลัง', services));
    expect(outcome).toMatchObject({ ok: true, message: 'สร้างรายงานผลของ กองคลัง แล้ว' });

    const actual = world(moved());
    const addOn = throughDist(actual);
    // The preview the sidebar opens (a dialog) finds the division on its new row too.
    expect(addOn.call('showDivisionReportPreview', 1, 3, 'กองคลัง')).toBe('รายงานผล_กองคลัง_รอบ1_2566');
    expect(JSON.parse(JSON.stringify(addOn.call('generateDivisionReport', 1, 3, 'กองคลัง')))).toEqual(outcome);
    sameWorld(expected, actual);
    const sheet = actual.spreadsheet.tab('รอบ 1/2566');
    const files = actual.documents.drive.snapshot().files;
    expect(sheet.valueAt(4, columnOf(1, 'division'))).toBe('กองคลัง');
    expect(files.find((file) => file.url === sheet.valueAt(4, columnOf(1, 'reportLink')))?.name).toBe(
      'รายงานผล_กองคลัง_รอบ1_2566',
    );
    expect(sheet.valueAt(3, columnOf(1, 'reportLink'))).toBe('');

    // Renamed since: the Thai refusal through dist/, nothing made.
    writeRow(actual.spreadsheet, 1, 4, { division: 'กองคลังใหม่' });
    const before = actual.documents.drive.snapshot();
    const sheetBefore = actual.spreadsheet.snapshot();
    const refused = addOn.call('generateDivisionReport', 1, 3, 'กองคลัง') as { ok: boolean; message: string };
    expect(refused).toEqual({
      ok: false,
      message: REPORT_RUN.failed(REPORT_RUN.divisionNoLongerThere('กองคลัง', 1)),
      docUrl: '',
      pdfUrl: '',
    });
    expect(actual.documents.drive.snapshot()).toEqual(before);
    expect(actual.spreadsheet.snapshot()).toEqual(sheetBefore);
  });

  it('a second row with the same name is refused through dist/ as directly, the first row’s files untouched', () => {
    const named = () => {
      const spreadsheet = trackingFixture();
      writeRow(spreadsheet, 1, 6, { division: 'กองคลัง', head: 'ซ้ำ', due: 45026 });
      return spreadsheet;
    };
    const expected = world(named());
    direct(expected, (services) => generateOneReport(1, 3, 'กองคลัง', services));
    const refused = direct(expected, (services) => generateOneReport(1, 6, 'กองคลัง', services));
    expect(refused.ok).toBe(false);

    const actual = world(named());
    const addOn = throughDist(actual);
    addOn.call('generateDivisionReport', 1, 3, 'กองคลัง');
    expect(JSON.parse(JSON.stringify(addOn.call('generateDivisionReport', 1, 6, 'กองคลัง')))).toEqual(refused);
    sameWorld(expected, actual);
    expect(actual.documents.drive.snapshot().files.filter((file) => !file.trashed)).toHaveLength(2);
  });
});
