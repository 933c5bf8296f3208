/**
 * Report generation through the real adapters (`appsScriptReportServices()`:
 * SpreadsheetApp, DocumentApp, the Advanced Drive service, PropertiesService,
 * LockService) on the emulator, under the project's manifest: Drive reaches only
 * what the add-on made (`drive.file`).
 */

import { type FakeDrive, ROOT_FOLDER_ID } from '../../emulator/documents';
import { type InstalledEmulator, installEmulator, projectManifest } from '../../emulator/install';
import type { FakeLockState } from '../../emulator/lock';
import type { FakeProperties } from '../../emulator/properties';
import type { Manifest } from '../../emulator/scopes/manifest';
import type { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { REPORT_RUN } from '../../src/core/messages';
import { NAMES } from '../../src/core/template';
import {
  BATCH_PROPERTY,
  CHUNK_SIZE,
  cancelBatch,
  continueBatch,
  currentBatch,
  startBatch,
} from '../../src/server/reports/batch';
import {
  appsScriptReportServices,
  folderIdOf,
  generateOneReport,
  generateSummary,
  previewReport,
  type ReportServices,
} from '../../src/server/reports/generate';
import { appsScriptSpreadsheet } from '../../src/server/services/apps-script-spreadsheet';
import { FOLDER_MIME_TYPE, GOOGLE_DOC_MIME_TYPE, PDF_MIME_TYPE } from '../../src/server/services/documents';
import { gridRange } from '../../src/server/services/spreadsheet';
import { columnOf, NOW, trackingFixture, writeRow } from './tracking-fixture';

interface World {
  readonly emulator: InstalledEmulator;
  readonly spreadsheet: FakeSpreadsheet;
  readonly drive: FakeDrive;
  readonly properties: FakeProperties;
  readonly locks: FakeLockState;
  /** The real services, run as this user (their Session key and lock). */
  services(user?: string): ReportServices;
}

let installed: InstalledEmulator | undefined;

afterEach(() => {
  installed?.uninstall();
  installed = undefined;
});

function world(spreadsheet: FakeSpreadsheet = trackingFixture(), manifest?: Manifest): World {
  let user = 'user-a';
  const emulator = installEmulator({ spreadsheet, user: () => user, ...(manifest ? { manifest } : {}) });
  installed = emulator;
  return {
    emulator,
    spreadsheet,
    drive: emulator.drive,
    properties: emulator.properties,
    locks: emulator.lock,
    services(as = 'user-a') {
      user = as;
      return { ...appsScriptReportServices(), now: () => NOW };
    },
  };
}

/** Types a link into the setting of the reports folder, as a user would. */
function typeFolderSetting(w: World, text: string): void {
  const named = w.spreadsheet.namedRanges().find((range) => range.name === NAMES.reportFolder);
  if (named === undefined) throw new Error('no folder setting');
  w.spreadsheet.tab('ตั้งค่า').writeValues(named.range, [[text]]);
}

function folderSetting(w: World): string {
  const named = w.spreadsheet.namedRanges().find((range) => range.name === NAMES.reportFolder);
  return String(w.spreadsheet.tab('ตั้งค่า').valueAt(named?.range.row ?? 0, named?.range.column ?? 0));
}

function reportFolderId(w: World): string {
  const url = folderSetting(w);
  const id = /folders\/([\w-]+)/.exec(url)?.[1];
  if (id === undefined) throw new Error(`no folder in settings: ${url}`);
  return id;
}

function liveFiles(w: World, mimeType: string) {
  return w.drive.filesIn(reportFolderId(w)).filter((file) => file.mimeType === mimeType && !file.trashed);
}

const reportCells = (w: World, round: 1 | 2, row: number) => {
  const sheet = w.spreadsheet.tab(`รอบ ${round}/2566`);
  return {
    doc: sheet.valueAt(row, columnOf(round, 'reportLink')),
    pdf: sheet.valueAt(row, columnOf(round, 'pdfLink')),
    status: sheet.valueAt(row, columnOf(round, 'reportStatus')),
  };
};

describe('one division report', () => {
  it('creates the Doc and its PDF in a new reports folder and writes links and status to the row', () => {
    const w = world();
    const outcome = generateOneReport(1, 2, w.services());
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toBe('สร้างรายงานผลของ สำนักบริหารกลาง แล้ว');
    const folder = w.drive.folderInfo(reportFolderId(w));
    expect(folder.name).toBe('รายงานผล KPI 2566');
    const docs = liveFiles(w, GOOGLE_DOC_MIME_TYPE);
    const pdfs = liveFiles(w, PDF_MIME_TYPE);
    expect(docs.map((file) => file.name)).toEqual(['รายงานผล_สำนักบริหารกลาง_รอบ1_2566']);
    expect(pdfs.map((file) => file.name)).toEqual(['รายงานผล_สำนักบริหารกลาง_รอบ1_2566.pdf']);
    expect(reportCells(w, 1, 2)).toEqual({
      doc: docs[0]?.url,
      pdf: pdfs[0]?.url,
      status: 'สำเร็จ 20 เม.ย. 2566',
    });
    expect(outcome.docUrl).toBe(docs[0]?.url);
    expect(outcome.pdfUrl).toBe(pdfs[0]?.url);
    const text = w.drive.document(docs[0]?.id ?? '').text();
    expect(text).toContain('สำนักบริหารกลาง');
    expect(text).toContain('นางสาวสมศรี ใจดี');
    expect(pdfs[0]?.pdf?.fromDocId).toBe(docs[0]?.id);
    // The PDF shows the Doc as written and saved.
    expect(pdfs[0]?.pdf?.content).toEqual(w.drive.document(docs[0]?.id ?? '').saved());
  });

  it('makes the folder, the Doc and the PDF as the add-on, for this user, side by side; nothing lands in the root', () => {
    const w = world();
    generateOneReport(1, 2, w.services());
    const folder = w.drive.folderInfo(reportFolderId(w));
    expect(folder).toMatchObject({
      parentId: ROOT_FOLDER_ID,
      owner: w.drive.user,
      addOnUsers: [w.drive.user],
    });
    const [doc] = liveFiles(w, GOOGLE_DOC_MIME_TYPE);
    const [pdf] = liveFiles(w, PDF_MIME_TYPE);
    expect([doc?.parentIds, pdf?.parentIds]).toEqual([[folder.id], [folder.id]]);
    expect([doc?.addOnUsers, pdf?.addOnUsers]).toEqual([[w.drive.user], [w.drive.user]]);
    expect(w.drive.filesIn(ROOT_FOLDER_ID, { includeTrashed: true })).toEqual([]);
    // The add-on's link is written into the setting: the next report uses the same folder.
    expect(folderSetting(w)).toBe(folder.url);
    generateOneReport(1, 3, w.services());
    expect(w.drive.allFolders()).toHaveLength(1);
    expect(liveFiles(w, PDF_MIME_TYPE)).toHaveLength(2);
  });

  it('makes a Doc with one Drive call, and writes it through DocumentApp before its PDF is made', () => {
    const w = world();
    generateOneReport(1, 2, w.services());
    w.drive.resetCalls();
    generateOneReport(1, 3, w.services());
    // Doc and PDF created, the settings' folder looked up (and no earlier pair to trash).
    expect(w.drive.calls).toEqual({ create: 2, get: 1, update: 0, list: 0 });
    expect(w.emulator.documents.calls).toMatchObject({ create: 0, openById: 2, getAs: 1, saveAndClose: 1 });
  });

  it('regenerating replaces the earlier Doc and PDF: exactly one of each stays', () => {
    const w = world();
    generateOneReport(1, 2, w.services());
    const first = liveFiles(w, GOOGLE_DOC_MIME_TYPE)[0];
    writeRow(w.spreadsheet, 1, 2, { submitted: '20/4/2566' });
    generateOneReport(1, 2, w.services());
    generateOneReport(1, 2, w.services());
    const docs = liveFiles(w, GOOGLE_DOC_MIME_TYPE);
    expect(docs).toHaveLength(1);
    expect(liveFiles(w, PDF_MIME_TYPE)).toHaveLength(1);
    expect(docs[0]?.id).not.toBe(first?.id);
    expect(w.drive.fileInfo(first?.id ?? '').trashed).toBe(true);
    expect(reportCells(w, 1, 2).doc).toBe(docs[0]?.url);
    // The other round's report of the same division is a file of its own.
    generateOneReport(2, 2, w.services());
    expect(
      liveFiles(w, GOOGLE_DOC_MIME_TYPE)
        .map((file) => file.name)
        .sort(),
    ).toEqual(['รายงานผล_สำนักบริหารกลาง_รอบ1_2566', 'รายงานผล_สำนักบริหารกลาง_รอบ2_2566']);
  });

  it('another user’s folder is out of this user’s reach: the Thai message; cleared, the setting gets this user’s own folder', () => {
    const w = world();
    w.drive.actAs('b@example.org');
    expect(generateOneReport(1, 2, w.services('user-b')).ok).toBe(true);
    const theirs = w.drive.items().filter((item) => !item.trashed);
    w.drive.actAs('a@example.org');
    const refused = generateOneReport(1, 2, w.services('user-a'));
    expect(refused).toMatchObject({ ok: false, message: REPORT_RUN.failed(REPORT_RUN.folderInaccessible) });
    expect(w.drive.allFolders()).toHaveLength(1);
    // As the message says: clear the setting, and the add-on makes this user's folder.
    typeFolderSetting(w, '');
    const outcome = generateOneReport(1, 2, w.services('user-a'));
    expect(outcome.ok).toBe(true);
    expect(reportCells(w, 1, 2)).toMatchObject({ status: 'สำเร็จ 20 เม.ย. 2566', doc: outcome.docUrl });
    expect(w.drive.folderInfo(reportFolderId(w)).owner).toBe('a@example.org');
    // The earlier pair is the other user's, out of reach: it stays as it was, untracked.
    for (const item of theirs) expect(w.drive.itemInfo(item.id)?.trashed).toBe(false);
  });

  it('a folder in the trash: the row says so and how to fix it, and no folder is made', () => {
    const w = world();
    generateOneReport(1, 2, w.services());
    w.drive.setTrashed(reportFolderId(w), true);
    const outcome = generateOneReport(1, 3, w.services());
    expect(outcome).toMatchObject({
      ok: false,
      message: REPORT_RUN.failed(REPORT_RUN.folderTrashed('รายงานผล KPI 2566')),
    });
    expect(reportCells(w, 1, 3).status).toBe(
      REPORT_RUN.statusFailed(REPORT_RUN.folderTrashed('รายงานผล KPI 2566')),
    );
    expect(w.drive.allFolders()).toHaveLength(1);
    // Restored from the trash, it is used again.
    w.drive.setTrashed(reportFolderId(w), false);
    expect(generateOneReport(1, 3, w.services()).ok).toBe(true);
  });

  it('a link typed by hand to a folder made outside the add-on: the Thai message, never a new folder', () => {
    const w = world();
    // The user's own folder, made in Drive: `drive.file` does not reach it.
    const own = w.drive.addFolder('รายงาน KPI ของกอง');
    typeFolderSetting(w, `https://drive.google.com/drive/folders/${own.id}?usp=sharing`);
    const outcome = generateOneReport(1, 2, w.services());
    expect(outcome).toMatchObject({ ok: false, message: REPORT_RUN.failed(REPORT_RUN.folderInaccessible) });
    expect(outcome.message).toContain('ลบลิงก์ในช่องนั้นให้ว่าง');
    expect(reportCells(w, 1, 2).status).toBe(REPORT_RUN.statusFailed(REPORT_RUN.folderInaccessible));
    expect(w.drive.allFolders().map((folder) => folder.id)).toEqual([own.id]);
    expect(w.drive.items().filter((item) => item.mimeType !== FOLDER_MIME_TYPE)).toEqual([]);
    expect(folderSetting(w)).toBe(`https://drive.google.com/drive/folders/${own.id}?usp=sharing`);
  });

  it('a link to a folder that does not exist, to a file, or no link at all: each says what it is', () => {
    const w = world();
    typeFolderSetting(w, 'https://drive.google.com/drive/folders/1NoSuchFolderAtAll');
    expect(generateOneReport(1, 2, w.services()).message).toBe(
      REPORT_RUN.failed(REPORT_RUN.folderInaccessible),
    );
    typeFolderSetting(w, 'โฟลเดอร์รายงานของกอง');
    expect(generateOneReport(1, 2, w.services()).message).toBe(
      REPORT_RUN.failed(REPORT_RUN.folderLinkInvalid('โฟลเดอร์รายงานของกอง')),
    );
    typeFolderSetting(w, '');
    generateOneReport(1, 2, w.services());
    const [doc] = liveFiles(w, GOOGLE_DOC_MIME_TYPE);
    typeFolderSetting(w, doc?.url ?? '');
    expect(generateOneReport(1, 3, w.services()).message).toBe(
      REPORT_RUN.failed(REPORT_RUN.folderNotAFolder(doc?.name ?? '')),
    );
    expect(w.drive.allFolders()).toHaveLength(1);
  });

  it('a missing scope is reported as itself, never as a missing folder', () => {
    const manifest = projectManifest();
    const w = world(trackingFixture(), {
      ...manifest,
      oauthScopes: manifest.oauthScopes?.filter((scope) => !scope.endsWith('/auth/drive.file')),
    });
    const outcome = generateOneReport(1, 2, w.services());
    expect(outcome.ok).toBe(false);
    // Drive's own refusal of the token (or the emulator's scope guard, whichever speaks first), as its text.
    expect(outcome.message).toMatch(
      /Request had insufficient authentication scopes\.|permissions are not sufficient|do not have permission/,
    );
    for (const folderMessage of [REPORT_RUN.folderInaccessible, REPORT_RUN.folderMissing])
      expect(outcome.message).not.toContain(folderMessage);
    expect(w.drive.items()).toEqual([]);
  });

  it('without the Advanced Drive service enabled, the add-on says so as Apps Script does', () => {
    const { dependencies: _dropped, ...manifest } = projectManifest();
    const w = world(trackingFixture(), manifest);
    expect(generateOneReport(1, 2, w.services()).message).toBe(REPORT_RUN.failed('Drive is not defined'));
  });

  it('refuses while another run holds the lock, changing nothing', () => {
    const w = world();
    expect(w.locks.lockFor('user-b').tryLock(0)).toBe(true);
    const before = JSON.stringify(w.spreadsheet.snapshot());
    const outcome = generateOneReport(1, 2, w.services());
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.message).toContain('มีการสร้างรายงานอื่นกำลังทำงานอยู่');
    expect(JSON.stringify(w.spreadsheet.snapshot())).toBe(before);
  });

  it('keeps hostile and formula-like names inert in files and cells', () => {
    const w = world();
    writeRow(w.spreadsheet, 1, 6, { division: '=HYPERLINK("http://x","y")/<b>', head: '@x', due: 45026 });
    // The fixture's row 6 was written raw; a formula-looking name must be text.
    w.spreadsheet.tab('รอบ 1/2566').writeValues(gridRange(6, 1), [['\'=HYPERLINK("http://x","y")/<b>']]);
    const outcome = generateOneReport(1, 6, w.services());
    expect(outcome.ok).toBe(true);
    const doc = liveFiles(w, GOOGLE_DOC_MIME_TYPE)[0];
    expect(doc?.name.startsWith('รายงานผล_')).toBe(true);
    expect(doc?.name).not.toContain('/');
    const sheet = w.spreadsheet.tab('รอบ 1/2566');
    expect(sheet.formulaAt(6, 1)).toBe('');
    expect(sheet.formulaAt(6, columnOf(1, 'reportStatus'))).toBe('');
    const preview = previewReport(appsScriptSpreadsheet(), 1, 6);
    expect(preview.html).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)/&lt;b&gt;');
    expect(preview.html).not.toContain('<b>');
  });

  it('previews the report form as HTML without writing anything', () => {
    const w = world();
    w.spreadsheet.resetCalls();
    const preview = previewReport(appsScriptSpreadsheet(), 1, 3);
    expect(preview.fileName).toBe('รายงานผล_กองคลัง_รอบ1_2566');
    expect(preview.html).toContain('กองคลัง');
    expect(preview.html).toContain('0.70');
    expect(w.spreadsheet.calls.writes).toBe(0);
    expect(() => previewReport(appsScriptSpreadsheet(), 1, 40)).toThrow('ไม่พบหน่วยงานในแถว 40 ของแท็บรอบ 1');
  });
});

describe('the folder setting', () => {
  it.each([
    ['https://drive.google.com/drive/folders/1AbCdEfGhIjKlMn', '1AbCdEfGhIjKlMn'],
    ['https://drive.google.com/drive/u/1/folders/1AbCdEfGhIjKlMn?usp=sharing', '1AbCdEfGhIjKlMn'],
    ['https://drive.google.com/open?id=1AbCdEfGhIjKlMn', '1AbCdEfGhIjKlMn'],
    ['https://docs.google.com/document/d/1AbCdEfGhIjKlMn/edit', '1AbCdEfGhIjKlMn'],
    ['  1AbCdEfGhIjKlMn  ', '1AbCdEfGhIjKlMn'],
    ['โฟลเดอร์รายงาน', undefined],
    ['https://example.org/folders/x', undefined],
  ])('%s → %s', (text, id) => {
    expect(folderIdOf(text)).toBe(id);
  });
});

describe('the summary report', () => {
  it('is one Doc and PDF per round, replaced on regeneration', () => {
    const w = world();
    const outcome = generateSummary(1, w.services());
    expect(outcome).toMatchObject({ ok: true, message: 'สร้างรายงานสรุปผลรอบ 1 แล้ว' });
    generateSummary(1, w.services());
    const docs = liveFiles(w, GOOGLE_DOC_MIME_TYPE);
    expect(docs.map((file) => file.name)).toEqual(['รายงานสรุปผล_รอบ1_2566']);
    const text = w.drive.document(docs[0]?.id ?? '').text();
    for (const division of ['สำนักบริหารกลาง', 'กองคลัง', 'กองแผนงาน', 'กองการเจ้าหน้าที่'])
      expect(text).toContain(division);
  });
});

/** A spreadsheet with `count` divisions in round 1. */
function manyDivisions(count: number): FakeSpreadsheet {
  const spreadsheet = trackingFixture();
  const sheet = spreadsheet.tab('รอบ 1/2566');
  sheet.ensureSize(count + 10, sheet.maxColumns());
  const rows = Array.from({ length: count }, (_, index) => [
    `กองที่ ${index + 1}`,
    `ผู้อำนวยการ ${index + 1}`,
    true,
    index % 2 === 0,
    (index % 11) * 10,
  ]);
  sheet.writeValues(gridRange(2, 1, count, 5), rows);
  sheet.writeValues(
    gridRange(2, columnOf(1, 'due'), count, 2),
    rows.map((_, index) => [45026, 45026 + (index % 5)]),
  );
  spreadsheet.resetCalls();
  return spreadsheet;
}

function runToEnd(w: World, id: string, user = 'user-a', limit = 1000): number {
  let calls = 0;
  let status = continueBatch(id, w.services(user));
  calls++;
  while (status.state === 'running' && calls < limit) {
    status = continueBatch(id, w.services(user));
    calls++;
  }
  return calls;
}

describe('a batch of every division of a round', () => {
  it('reports 200 divisions in chunks, one Doc and PDF each, every row marked', () => {
    const w = world(manyDivisions(200));
    const started = startBatch(1, w.services());
    expect(started).toMatchObject({ state: 'running', total: 200, done: 0, mine: true, round: 1 });
    expect(started.startedAt).toBe('20 เม.ย. 2566 12:00 น.');
    const first = continueBatch(started.id, w.services());
    expect(first).toMatchObject({ state: 'running', done: CHUNK_SIZE, current: `กองที่ ${CHUNK_SIZE}` });
    expect(first.message).toBe(`กำลังสร้างรายงาน ${CHUNK_SIZE}/200: กองที่ ${CHUNK_SIZE}`);
    const calls = runToEnd(w, started.id);
    expect(calls).toBe(200 / CHUNK_SIZE - 1);
    expect(currentBatch(w.services())).toMatchObject({ state: 'done', done: 200, errors: [] });
    expect(liveFiles(w, GOOGLE_DOC_MIME_TYPE)).toHaveLength(200);
    expect(liveFiles(w, PDF_MIME_TYPE)).toHaveLength(200);
    for (const row of [2, 101, 201]) expect(reportCells(w, 1, row).status).toBe('สำเร็จ 20 เม.ย. 2566');
  });

  it('survives an interruption mid-chunk and resumes without duplicates', () => {
    const w = world(manyDivisions(10));
    const { id } = startBatch(1, w.services());
    // The run dies right after the 6th division's files are made, before its progress is saved.
    let saves = 0;
    const base = w.services();
    const properties = base.properties;
    const dying: ReportServices = {
      ...base,
      properties: {
        get: (key) => properties.get(key),
        delete: (key) => properties.delete(key),
        keys: () => properties.keys(),
        set: (key, value) => {
          if (key === BATCH_PROPERTY && ++saves === 6) throw new Error('Exceeded maximum execution time');
          properties.set(key, value);
        },
      },
    };
    expect(continueBatch(id, dying).done).toBe(4);
    expect(() => continueBatch(id, dying)).toThrow('Exceeded maximum execution time');
    // The sidebar was closed; opened again, it finds the batch where it stopped.
    expect(currentBatch(w.services())).toMatchObject({ id, state: 'running', done: 5 });
    runToEnd(w, id);
    expect(currentBatch(w.services())).toMatchObject({ state: 'done', done: 10 });
    expect(liveFiles(w, GOOGLE_DOC_MIME_TYPE)).toHaveLength(10);
    expect(liveFiles(w, PDF_MIME_TYPE)).toHaveLength(10);
    expect(new Set(liveFiles(w, GOOGLE_DOC_MIME_TYPE).map((file) => file.name)).size).toBe(10);
  });

  it('marks a failing division on its row and goes on with the rest', () => {
    const w = world(manyDivisions(6));
    const services = w.services();
    const failing: ReportServices = {
      ...services,
      drive: {
        ...services.drive,
        createDocument: (name, folderId) => {
          if (name.includes('กองที่ 3_'))
            throw new Error('Exception: Service invoked too many times for one day: docs create.');
          return services.drive.createDocument(name, folderId);
        },
      },
    };
    const { id } = startBatch(1, failing);
    let status = continueBatch(id, failing);
    while (status.state === 'running') status = continueBatch(id, failing);
    expect(status).toMatchObject({ state: 'done', done: 6 });
    expect(status.errors).toEqual([
      { division: 'กองที่ 3', reason: 'Service invoked too many times for one day: docs create.' },
    ]);
    expect(status.message).toBe('สร้างรายงานเสร็จ 5/6 หน่วยงาน ผิดพลาด 1 หน่วยงาน (ดูสถานะในแต่ละแถว)');
    expect(reportCells(w, 1, 4).status).toBe(
      'ผิดพลาด: Service invoked too many times for one day: docs create.',
    );
    expect(reportCells(w, 1, 4).doc).toBe('');
    expect(reportCells(w, 1, 5).status).toBe('สำเร็จ 20 เม.ย. 2566');
    expect(liveFiles(w, GOOGLE_DOC_MIME_TYPE)).toHaveLength(5);
  });

  it('runs one batch at a time: a second user sees who is running it and cannot run it', () => {
    const w = world(manyDivisions(12));
    const mine = startBatch(1, w.services('user-a'));
    continueBatch(mine.id, w.services('user-a'));
    const theirs = startBatch(1, w.services('user-b'));
    expect(theirs).toMatchObject({ id: mine.id, state: 'busy', mine: false, done: 4, total: 12 });
    expect(theirs.message).toBe(
      'ผู้ใช้อื่นกำลังสร้างรายงานรอบ 1 อยู่ (เริ่มเมื่อ 20 เม.ย. 2566 12:00 น. ทำแล้ว 4/12) กรุณารอให้เสร็จก่อน',
    );
    expect(startBatch(2, w.services('user-b')).state).toBe('busy');
    expect(continueBatch(mine.id, w.services('user-b')).state).toBe('busy');
    expect(currentBatch(w.services('user-b'))).toMatchObject({ state: 'busy', mine: false });
    // Files were made only by the owner's calls.
    expect(liveFiles(w, GOOGLE_DOC_MIME_TYPE)).toHaveLength(4);
    // The owner asking to start again resumes the same batch.
    expect(startBatch(1, w.services('user-a'))).toMatchObject({ id: mine.id, state: 'running', done: 4 });
  });

  it('while a chunk holds the lock, another call is told to wait', () => {
    const w = world(manyDivisions(3));
    const { id } = startBatch(1, w.services());
    expect(w.locks.lockFor('user-a-other-tab').tryLock(0)).toBe(true);
    const waiting = continueBatch(id, w.services());
    expect(waiting).toMatchObject({
      state: 'busy',
      done: 0,
      message: 'มีการสร้างรายงานอื่นกำลังทำงานอยู่ กรุณาลองอีกครั้งในอีกสักครู่',
    });
    expect(currentBatch(w.services())).toMatchObject({ state: 'running', done: 0 });
  });

  it('can be cancelled: no further division is reported', () => {
    const w = world(manyDivisions(12));
    const { id } = startBatch(1, w.services());
    continueBatch(id, w.services());
    const cancelled = cancelBatch(id, w.services());
    expect(cancelled).toMatchObject({
      state: 'cancelled',
      done: 4,
      message: 'ยกเลิกแล้ว สร้างรายงานไป 4/12 หน่วยงาน',
    });
    expect(continueBatch(id, w.services()).state).toBe('cancelled');
    expect(liveFiles(w, GOOGLE_DOC_MIME_TYPE)).toHaveLength(4);
    expect(() => continueBatch('someone-else', w.services())).toThrow('ไม่พบชุดงานสร้างรายงานนี้');
  });

  it('a cancel that lands while a chunk runs stops it after the division in progress', () => {
    const w = world(manyDivisions(12));
    const { id } = startBatch(1, w.services());
    const services = w.services();
    let created = 0;
    const cancelling: ReportServices = {
      ...services,
      drive: {
        ...services.drive,
        createDocument: (name, folderId) => {
          // The user presses cancel in another call while the first division is being written.
          if (++created === 1) cancelBatch(id, w.services());
          return services.drive.createDocument(name, folderId);
        },
      },
    };
    const status = continueBatch(id, cancelling);
    expect(status).toMatchObject({ state: 'cancelled', done: 1 });
    expect(currentBatch(w.services())).toMatchObject({ state: 'cancelled', done: 1 });
    expect(liveFiles(w, GOOGLE_DOC_MIME_TYPE)).toHaveLength(1);
  });
});
