/**
 * Report generation through the real adapters (`appsScriptReportServices()`:
 * SpreadsheetApp, DocumentApp, the Advanced Drive service, PropertiesService,
 * LockService) on the emulator, under the project's manifest: Drive reaches only
 * what the add-on made (`drive.file`).
 */

import { type FakeDrive, ROOT_FOLDER_ID } from '../../emulator/documents';
import { type InstalledEmulator, installEmulator, projectManifest } from '../../emulator/install';
import type { FakeLockState } from '../../emulator/lock';
import { type FakeProperties, STORE_FULL_MESSAGE } from '../../emulator/properties';
import type { Manifest } from '../../emulator/scopes/manifest';
import type { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { REPORT_RUN } from '../../src/core/messages';
import { NAMES, trackingColumns } from '../../src/core/template';
import {
  BATCH_PROPERTY,
  CHUNK_SIZE,
  cancelBatch,
  continueBatch,
  currentBatch,
  STALE_MS,
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
import { gridRange, type SheetValue } from '../../src/server/services/spreadsheet';
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

/** Takes the installed emulator's globals away (a test that makes several worlds, before the next). */
function dispose(): void {
  installed?.uninstall();
  installed = undefined;
}

afterEach(dispose);

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

/**
 * Runs `hook` with the resource of each `Drive.Files.create` before the emulator's
 * own Drive (its scope guard included) answers it: a hook that throws is Drive
 * failing that call. The emulator's global is wrapped, not the add-on's adapter.
 */
function beforeDriveCreate(hook: (resource: { name?: string; mimeType?: string }) => void): void {
  const target = globalThis as Record<string, unknown>;
  const files = (target.Drive as { Files: Record<string, (...args: unknown[]) => unknown> }).Files;
  target.Drive = {
    Files: new Proxy(files, {
      get(_target, property) {
        if (property === 'create')
          return (...args: unknown[]) => {
            hook((args[0] ?? {}) as { name?: string });
            return files.create?.(...args);
          };
        return files[property as string];
      },
    }),
  };
}

/**
 * Runs `hook` with each `setProperty` on the document's properties before the
 * emulator stores it: a hook that throws is the run dying at that write.
 */
function beforePropertySet(hook: (key: string) => void): void {
  const target = globalThis as Record<string, unknown>;
  const service = target.PropertiesService as { getDocumentProperties(): Record<string, unknown> };
  target.PropertiesService = {
    getDocumentProperties() {
      const properties = service.getDocumentProperties() as Record<string, (...args: unknown[]) => unknown>;
      return new Proxy(properties, {
        get(_target, property) {
          if (property === 'setProperty')
            return (key: string, value: string) => {
              hook(key);
              return properties.setProperty?.(key, value);
            };
          return properties[property as string];
        },
      });
    },
  };
}

/** Drive answers Apps Script's daily-quota error to the Doc of a division whose file name contains `part`. */
function docsQuotaFor(part: string): void {
  beforeDriveCreate((resource) => {
    if (resource.mimeType === GOOGLE_DOC_MIME_TYPE && resource.name?.includes(part))
      throw new Error('Exception: Service invoked too many times for one day: docs create.');
  });
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

/** The division a row of a round shows now: what the sidebar sends with the row. */
const shown = (w: World, round: 1 | 2, row: number) =>
  String(w.spreadsheet.tab(`รอบ ${round}/2566`).valueAt(row, columnOf(round, 'division')));

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
    const outcome = generateOneReport(1, 2, shown(w, 1, 2), w.services());
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
    generateOneReport(1, 2, shown(w, 1, 2), w.services());
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
    generateOneReport(1, 3, shown(w, 1, 3), w.services());
    expect(w.drive.allFolders()).toHaveLength(1);
    expect(liveFiles(w, PDF_MIME_TYPE)).toHaveLength(2);
  });

  it('makes a Doc with one Drive call, and writes it through DocumentApp before its PDF is made', () => {
    const w = world();
    generateOneReport(1, 2, shown(w, 1, 2), w.services());
    w.drive.resetCalls();
    generateOneReport(1, 3, shown(w, 1, 3), w.services());
    // Doc and PDF created, the settings' folder looked up (and no earlier pair to trash).
    expect(w.drive.calls).toEqual({ create: 2, get: 1, update: 0, list: 0 });
    expect(w.emulator.documents.calls).toMatchObject({ create: 0, openById: 2, getAs: 1, saveAndClose: 1 });
  });

  it('regenerating replaces the earlier Doc and PDF: exactly one of each stays', () => {
    const w = world();
    generateOneReport(1, 2, shown(w, 1, 2), w.services());
    const first = liveFiles(w, GOOGLE_DOC_MIME_TYPE)[0];
    writeRow(w.spreadsheet, 1, 2, { submitted: '20/4/2566' });
    generateOneReport(1, 2, shown(w, 1, 2), w.services());
    generateOneReport(1, 2, shown(w, 1, 2), w.services());
    const docs = liveFiles(w, GOOGLE_DOC_MIME_TYPE);
    expect(docs).toHaveLength(1);
    expect(liveFiles(w, PDF_MIME_TYPE)).toHaveLength(1);
    expect(docs[0]?.id).not.toBe(first?.id);
    expect(w.drive.fileInfo(first?.id ?? '').trashed).toBe(true);
    expect(reportCells(w, 1, 2).doc).toBe(docs[0]?.url);
    // The other round's report of the same division is a file of its own.
    generateOneReport(2, 2, shown(w, 2, 2), w.services());
    expect(
      liveFiles(w, GOOGLE_DOC_MIME_TYPE)
        .map((file) => file.name)
        .sort(),
    ).toEqual(['รายงานผล_สำนักบริหารกลาง_รอบ1_2566', 'รายงานผล_สำนักบริหารกลาง_รอบ2_2566']);
  });

  it('another user’s folder is out of this user’s reach: the Thai message; cleared, the setting gets this user’s own folder', () => {
    const w = world();
    w.drive.actAs('b@example.org');
    expect(generateOneReport(1, 2, shown(w, 1, 2), w.services('user-b')).ok).toBe(true);
    const theirs = w.drive.items().filter((item) => !item.trashed);
    w.drive.actAs('a@example.org');
    const refused = generateOneReport(1, 2, shown(w, 1, 2), w.services('user-a'));
    expect(refused).toMatchObject({ ok: false, message: REPORT_RUN.failed(REPORT_RUN.folderInaccessible) });
    expect(w.drive.allFolders()).toHaveLength(1);
    // As the message says: clear the setting, and the add-on makes this user's folder.
    typeFolderSetting(w, '');
    const outcome = generateOneReport(1, 2, shown(w, 1, 2), w.services('user-a'));
    expect(outcome.ok).toBe(true);
    expect(reportCells(w, 1, 2)).toMatchObject({ status: 'สำเร็จ 20 เม.ย. 2566', doc: outcome.docUrl });
    expect(w.drive.folderInfo(reportFolderId(w)).owner).toBe('a@example.org');
    // The earlier pair is the other user's, out of reach: it stays as it was, untracked.
    for (const item of theirs) expect(w.drive.itemInfo(item.id)?.trashed).toBe(false);
  });

  it('a folder in the trash: the row says so and how to fix it, and no folder is made', () => {
    const w = world();
    generateOneReport(1, 2, shown(w, 1, 2), w.services());
    w.drive.setTrashed(reportFolderId(w), true);
    const outcome = generateOneReport(1, 3, shown(w, 1, 3), w.services());
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
    expect(generateOneReport(1, 3, shown(w, 1, 3), w.services()).ok).toBe(true);
  });

  it('a link typed by hand to a folder made outside the add-on: the Thai message, never a new folder', () => {
    const w = world();
    // The user's own folder, made in Drive: `drive.file` does not reach it.
    const own = w.drive.addFolder('รายงาน KPI ของกอง');
    typeFolderSetting(w, `https://drive.google.com/drive/folders/${own.id}?usp=sharing`);
    const outcome = generateOneReport(1, 2, shown(w, 1, 2), w.services());
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
    expect(generateOneReport(1, 2, shown(w, 1, 2), w.services()).message).toBe(
      REPORT_RUN.failed(REPORT_RUN.folderInaccessible),
    );
    typeFolderSetting(w, 'โฟลเดอร์รายงานของกอง');
    expect(generateOneReport(1, 2, shown(w, 1, 2), w.services()).message).toBe(
      REPORT_RUN.failed(REPORT_RUN.folderLinkInvalid('โฟลเดอร์รายงานของกอง')),
    );
    typeFolderSetting(w, '');
    generateOneReport(1, 2, shown(w, 1, 2), w.services());
    const [doc] = liveFiles(w, GOOGLE_DOC_MIME_TYPE);
    typeFolderSetting(w, doc?.url ?? '');
    expect(generateOneReport(1, 3, shown(w, 1, 3), w.services()).message).toBe(
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
    const outcome = generateOneReport(1, 2, shown(w, 1, 2), w.services());
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
    expect(generateOneReport(1, 2, shown(w, 1, 2), w.services()).message).toBe(
      REPORT_RUN.failed('Drive is not defined'),
    );
  });

  it('refuses while another run holds the lock, changing nothing', () => {
    const w = world();
    expect(w.locks.lockFor('user-b').tryLock(0)).toBe(true);
    const before = JSON.stringify(w.spreadsheet.snapshot());
    const outcome = generateOneReport(1, 2, shown(w, 1, 2), w.services());
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.message).toContain('มีการสร้างรายงานอื่นกำลังทำงานอยู่');
    expect(JSON.stringify(w.spreadsheet.snapshot())).toBe(before);
  });

  it('keeps hostile and formula-like names inert in files and cells', () => {
    const w = world();
    writeRow(w.spreadsheet, 1, 6, { division: '=HYPERLINK("http://x","y")/<b>', head: '@x', due: 45026 });
    // The fixture's row 6 was written raw; a formula-looking name must be text.
    w.spreadsheet.tab('รอบ 1/2566').writeValues(gridRange(6, 1), [['\'=HYPERLINK("http://x","y")/<b>']]);
    const outcome = generateOneReport(1, 6, shown(w, 1, 6), w.services());
    expect(outcome.ok).toBe(true);
    const doc = liveFiles(w, GOOGLE_DOC_MIME_TYPE)[0];
    expect(doc?.name.startsWith('รายงานผล_')).toBe(true);
    expect(doc?.name).not.toContain('/');
    const sheet = w.spreadsheet.tab('รอบ 1/2566');
    expect(sheet.formulaAt(6, 1)).toBe('');
    expect(sheet.formulaAt(6, columnOf(1, 'reportStatus'))).toBe('');
    const preview = previewReport(appsScriptSpreadsheet(), 1, 6, shown(w, 1, 6));
    expect(preview.html).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)/&lt;b&gt;');
    expect(preview.html).not.toContain('<b>');
  });

  it('previews the report form as HTML without writing anything', () => {
    const w = world();
    w.spreadsheet.resetCalls();
    const preview = previewReport(appsScriptSpreadsheet(), 1, 3, shown(w, 1, 3));
    expect(preview.fileName).toBe('รายงานผล_กองคลัง_รอบ1_2566');
    expect(preview.html).toContain('กองคลัง');
    expect(preview.html).toContain('0.70');
    expect(w.spreadsheet.calls.writes).toBe(0);
    expect(() => previewReport(appsScriptSpreadsheet(), 1, 40, '')).toThrow(
      'ไม่พบหน่วยงานในแถว 40 ของแท็บรอบ 1',
    );
  });
});

describe('one division report tied to the division the sidebar shows (issue 10, finding 4)', () => {
  // The sidebar showed กองคลัง on row 3; before the click, the user changed the tab.
  type Expected = { row: number } | { refused: string };
  const gone = { refused: REPORT_RUN.divisionNoLongerThere('กองคลัง', 1) };
  it.each<[string, (spreadsheet: FakeSpreadsheet) => void, Expected]>([
    ['nothing changed', () => {}, { row: 3 }],
    ['a row inserted above it', (s) => insertRow(s, 1, 2, 5, { division: 'กองใหม่', head: 'ก' }), { row: 4 }],
    ['a row above it deleted', (s) => deleteRow(s, 1, 2, 5), { row: 2 }],
    [
      'the tab sorted: its row now holds another division',
      (s) => {
        deleteRow(s, 1, 3, 5);
        writeRow(s, 1, 5, { division: 'กองคลัง', head: 'นายสมชาย รักงาน', due: 45026 });
      },
      { row: 5 },
    ],
    [
      'its name retyped with invisible marks and spaces (the same division)',
      (s) => writeRow(s, 1, 3, { division: ' กองคลัง\u200f ' }),
      { row: 3 },
    ],
    [
      'a second row with its name below, its own row unchanged (the first row is the division)',
      (s) => writeRow(s, 1, 6, { division: 'กองคลัง', head: 'ซ้ำ' }),
      { row: 3 },
    ],
    ['renamed', (s) => writeRow(s, 1, 3, { division: 'กองคลังและพัสดุ' }), gone],
    ['its row deleted', (s) => deleteRow(s, 1, 3, 5), gone],
    [
      'moved, and its name now on two rows',
      (s) => {
        insertRow(s, 1, 2, 5, { division: 'กองใหม่', head: 'ก' });
        writeRow(s, 1, 7, { division: 'กองคลัง', head: 'ซ้ำ' });
      },
      { refused: REPORT_RUN.divisionOnRows('กองคลัง', 1, [4, 7]) },
    ],
  ])(
    '%s: the report, its preview and its links go to that division’s row, or a Thai refusal',
    (_, edit, expected) => {
      const w = world();
      edit(w.spreadsheet);
      const before = JSON.stringify(w.spreadsheet.snapshot());
      const sheet = w.spreadsheet.tab('รอบ 1/2566');
      const others = () =>
        Array.from({ length: 6 }, (_unused, index) => index + 2)
          .filter((row) => !('row' in expected) || row !== expected.row)
          .map((row) => reportCells(w, 1, row));

      if ('refused' in expected) {
        expect(() => previewReport(appsScriptSpreadsheet(), 1, 3, 'กองคลัง')).toThrow(expected.refused);
        const outcome = generateOneReport(1, 3, 'กองคลัง', w.services());
        expect(outcome).toEqual({
          ok: false,
          message: REPORT_RUN.failed(expected.refused),
          docUrl: '',
          pdfUrl: '',
        });
        // Nothing created, nothing written: no folder, no file, no cell.
        expect(w.drive.items()).toEqual([]);
        expect(JSON.stringify(w.spreadsheet.snapshot())).toBe(before);
        return;
      }
      const preview = previewReport(appsScriptSpreadsheet(), 1, 3, 'กองคลัง');
      expect(preview.fileName).toBe('รายงานผล_กองคลัง_รอบ1_2566');
      expect(preview.html).toContain('นายสมชาย รักงาน');
      const blankElsewhere = others();
      const outcome = generateOneReport(1, 3, 'กองคลัง', w.services());
      expect(outcome).toMatchObject({ ok: true, message: 'สร้างรายงานผลของ กองคลัง แล้ว' });
      expect(sheet.valueAt(expected.row, columnOf(1, 'head'))).toBe('นายสมชาย รักงาน');
      expect(linkedFiles(w, 1, expected.row)).toEqual(ownLiveReport('กองคลัง'));
      expect(reportCells(w, 1, expected.row).status).toMatch(/^สำเร็จ /);
      // No other row got a link or a status.
      expect(others()).toEqual(blankElsewhere);
    },
  );

  it('a name sent empty (an old page) is refused with the row, nothing created', () => {
    const w = world();
    expect(generateOneReport(1, 3, '', w.services())).toEqual({
      ok: false,
      message: REPORT_RUN.failed(REPORT_RUN.divisionNotFound(1, 3)),
      docUrl: '',
      pdfUrl: '',
    });
    expect(w.drive.items()).toEqual([]);
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

/** A spreadsheet with `count` divisions in round 1, named `กองที่ 1`… unless `name` says otherwise. */
function manyDivisions(
  count: number,
  name: (index: number) => string = (index) => `กองที่ ${index + 1}`,
): FakeSpreadsheet {
  const spreadsheet = trackingFixture();
  const sheet = spreadsheet.tab('รอบ 1/2566');
  sheet.ensureSize(count + 10, sheet.maxColumns());
  const rows = Array.from({ length: count }, (_, index) => [name(index), `ผู้อำนวยการ ${index + 1}`]);
  sheet.writeValues(gridRange(2, columnOf(1, 'division'), count, 2), rows);
  // The milestones by their columns (reporter columns sit between the head and them).
  sheet.writeValues(
    gridRange(2, columnOf(1, 'reviewDone'), count, 1),
    rows.map(() => [true]),
  );
  sheet.writeValues(
    gridRange(2, columnOf(1, 'planDone'), count, 1),
    rows.map((_, index) => [index % 2 === 0]),
  );
  sheet.writeValues(
    gridRange(2, columnOf(1, 'progress'), count, 1),
    rows.map((_, index) => [(index % 11) * 10]),
  );
  // The fixture's own row 4 has evidence that is no link: these divisions are clean.
  sheet.writeValues(gridRange(4, columnOf(1, 'evidence:planDone')), [['']]);
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
    beforePropertySet((key) => {
      if (key === BATCH_PROPERTY && ++saves === 6) throw new Error('Exceeded maximum execution time');
    });
    expect(continueBatch(id, w.services()).done).toBe(4);
    expect(() => continueBatch(id, w.services())).toThrow('Exceeded maximum execution time');
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
    docsQuotaFor('กองที่ 3_');
    const { id } = startBatch(1, w.services());
    let status = continueBatch(id, w.services());
    while (status.state === 'running') status = continueBatch(id, w.services());
    expect(status).toMatchObject({ state: 'done', done: 6 });
    expect(status.errors).toEqual([
      {
        division: 'กองที่ 3',
        reason: 'Service invoked too many times for one day: docs create.',
        kind: 'failed',
        row: 4,
      },
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
    let created = 0;
    beforeDriveCreate((resource) => {
      // The user presses cancel in another call while the first division's Doc is being made.
      if (resource.mimeType === GOOGLE_DOC_MIME_TYPE && ++created === 1) cancelBatch(id, w.services());
    });
    const status = continueBatch(id, w.services());
    expect(status).toMatchObject({ state: 'cancelled', done: 1 });
    expect(currentBatch(w.services())).toMatchObject({ state: 'cancelled', done: 1 });
    expect(liveFiles(w, GOOGLE_DOC_MIME_TYPE)).toHaveLength(1);
  });
});

// ---------------------------------------------------------------- issue 10

/** The columns of a round's tab a person types or the add-on writes (every one but the formula columns). */
function typedColumns(round: 1 | 2): number[] {
  return trackingColumns(round)
    .map((column, index) => (column.kind === 'formula' ? 0 : index + 1))
    .filter((column) => column > 0);
}

/**
 * Inserts a row at `at` as a user does in Sheets ("insert 1 row above"): the rows
 * from `at` through `last` move one down, the new row holds `cells`.
 */
function insertRow(
  spreadsheet: FakeSpreadsheet,
  round: 1 | 2,
  at: number,
  last: number,
  cells: Record<string, SheetValue> = {},
): void {
  const sheet = spreadsheet.tab(`รอบ ${round}/2566`);
  sheet.ensureSize(Math.max(sheet.maxRows(), last + 1), sheet.maxColumns());
  for (const column of typedColumns(round)) {
    const values = sheet.peekValues(gridRange(at, column, last - at + 1, 1));
    sheet.writeValues(gridRange(at + 1, column, values.length, 1), values);
    sheet.writeValues(gridRange(at, column), [['']]);
  }
  writeRow(spreadsheet, round, at, cells);
}

/** Deletes row `at` as a user does in Sheets: the rows below it through `last` move one up. */
function deleteRow(spreadsheet: FakeSpreadsheet, round: 1 | 2, at: number, last: number): void {
  const sheet = spreadsheet.tab(`รอบ ${round}/2566`);
  for (const column of typedColumns(round)) {
    const values = sheet.peekValues(gridRange(at + 1, column, last - at, 1));
    sheet.writeValues(gridRange(at, column, values.length, 1), values);
    sheet.writeValues(gridRange(last, column), [['']]);
  }
}

/** The division typed in a row of round 1. */
const divisionAt = (w: World, row: number) =>
  String(w.spreadsheet.tab('รอบ 1/2566').valueAt(row, columnOf(1, 'division')));

/** The file a link in the sheet points at, as Drive holds it. */
const fileAt = (w: World, url: unknown) => w.drive.items().find((item) => item.url === url);

/** What a row's links lead to: the names of the files and whether they are in the trash. */
function linkedFiles(w: World, round: 1 | 2, row: number) {
  const cells = reportCells(w, round, row);
  const doc = fileAt(w, cells.doc);
  const pdf = fileAt(w, cells.pdf);
  return { doc: doc?.name, docTrashed: doc?.trashed, pdf: pdf?.name, pdfTrashed: pdf?.trashed };
}

/** A row's links lead to its own division's Doc and PDF, both out of the trash. */
function ownLiveReport(division: string, round: 1 | 2 = 1) {
  const name = `รายงานผล_${division}_รอบ${round}_2566`;
  return { doc: name, docTrashed: false, pdf: `${name}.pdf`, pdfTrashed: false };
}

/**
 * Makes the emulator throw `error()` in place of the Apps Script calls `when` picks
 * (by `Type.method`, with the call before it), `times` times; the rest go through.
 */
function failCalls(
  w: World,
  when: (key: string, previous: string) => boolean,
  times: number,
  error: () => Error,
): void {
  const calls = w.emulator.serviceCalls;
  const record = calls.record.bind(calls);
  let left = times;
  let previous = '';
  calls.record = (key: string) => {
    record(key);
    const before = previous;
    previous = key;
    if (left > 0 && when(key, before)) {
      left--;
      throw error();
    }
  };
}

/**
 * Kills the run at its `nth` Apps Script call matching `step`, as Apps Script ends
 * a run that times out: that call and every one after it fail, so nothing else
 * reaches Google (catch blocks included). `revive()` lets the next run go through.
 */
function killAt(w: World, step: RegExp, nth: number): { revive(): void } {
  const calls = w.emulator.serviceCalls;
  const record = calls.record.bind(calls);
  let seen = 0;
  let dead = false;
  calls.record = (key: string) => {
    record(key);
    if (!dead && step.test(key) && ++seen === nth) dead = true;
    if (dead) throw new Error('Exceeded maximum execution time');
  };
  return {
    revive() {
      calls.record = record;
      // The killed run's lock ends with it.
      w.locks.endRun();
    },
  };
}

describe('a batch keyed by division, not by row (issue 10, finding 4)', () => {
  const names = Array.from({ length: 10 }, (_, index) => `กองที่ ${index + 1}`);
  // The first chunk reports กองที่ 1–4 (rows 2–5); then the user changes the tab.
  it.each<[string, (spreadsheet: FakeSpreadsheet) => void]>([
    ['a row inserted above the divisions', (s) => insertRow(s, 1, 2, 11, { division: 'กองใหม่', head: 'ก' })],
    [
      'two rows inserted among the divisions still to do',
      (s) => {
        insertRow(s, 1, 7, 11, { division: 'กองใหม่', head: 'ก' });
        insertRow(s, 1, 9, 12, { division: 'กองใหม่ 2', head: 'ข' });
      },
    ],
    ['a reported division’s row deleted', (s) => deleteRow(s, 1, 2, 11)],
  ])('%s mid-batch: each division of the start is reported once, on its own row', (_, edit) => {
    const w = world(manyDivisions(10));
    const { id } = startBatch(1, w.services());
    expect(continueBatch(id, w.services()).done).toBe(CHUNK_SIZE);
    edit(w.spreadsheet);
    runToEnd(w, id);

    const status = currentBatch(w.services());
    expect(status).toMatchObject({ state: 'done', total: 10, done: 10, errors: [] });
    expect(status?.message).toBe('สร้างรายงานครบ 10 หน่วยงานแล้ว');
    const docs = liveFiles(w, GOOGLE_DOC_MIME_TYPE).map((file) => file.name);
    expect(docs.sort()).toEqual(names.map((name) => `รายงานผล_${name}_รอบ1_2566`).sort());
    for (let row = 2; row <= 13; row++) {
      const division = divisionAt(w, row);
      if (names.includes(division)) expect(linkedFiles(w, 1, row)).toEqual(ownLiveReport(division));
      else expect(reportCells(w, 1, row)).toEqual({ doc: '', pdf: '', status: '' });
    }
  });

  it('a division deleted or renamed mid-batch is skipped with a Thai reason; the message counts made, failed and skipped', () => {
    const w = world(manyDivisions(8));
    docsQuotaFor('กองที่ 8_');
    const { id } = startBatch(1, w.services());
    expect(continueBatch(id, w.services()).done).toBe(4);
    // กองที่ 5 (row 6) renamed, กองที่ 6 (row 7) deleted.
    writeRow(w.spreadsheet, 1, 6, { division: 'กองที่ห้า' });
    deleteRow(w.spreadsheet, 1, 7, 9);
    let status = continueBatch(id, w.services());
    while (status.state === 'running') status = continueBatch(id, w.services());

    expect(status).toMatchObject({ state: 'done', total: 8, done: 8 });
    expect(status.message).toBe(REPORT_RUN.batchDone({ total: 8, made: 5, failed: 1, skipped: 2 }));
    expect(status.message).toBe(
      'สร้างรายงานเสร็จ 5/8 หน่วยงาน ผิดพลาด 1 หน่วยงาน (ดูสถานะในแต่ละแถว) ข้าม 2 หน่วยงานที่ไม่พบในแท็บแล้ว',
    );
    expect(status.errors).toEqual([
      { division: 'กองที่ 5', reason: REPORT_RUN.divisionGone(1), kind: 'skipped' },
      { division: 'กองที่ 6', reason: REPORT_RUN.divisionGone(1), kind: 'skipped' },
      {
        division: 'กองที่ 8',
        reason: 'Service invoked too many times for one day: docs create.',
        kind: 'failed',
        row: 8,
      },
    ]);
    expect(reportCells(w, 1, 6)).toEqual({ doc: '', pdf: '', status: '' });
    expect(linkedFiles(w, 1, 7)).toEqual(ownLiveReport('กองที่ 7'));
    expect(reportCells(w, 1, 8).status).toBe(
      'ผิดพลาด: Service invoked too many times for one day: docs create.',
    );
    expect(liveFiles(w, GOOGLE_DOC_MIME_TYPE)).toHaveLength(5);
  });

  it('a batch of nothing but divisions gone says that nothing was made', () => {
    const w = world(manyDivisions(4));
    const { id } = startBatch(1, w.services());
    for (let deleted = 0; deleted < 4; deleted++) deleteRow(w.spreadsheet, 1, 2, 5);
    const status = continueBatch(id, w.services());
    expect(status).toMatchObject({ state: 'done', total: 4, done: 4 });
    expect(status.message).toBe('สร้างรายงานเสร็จ 0/4 หน่วยงาน ข้าม 4 หน่วยงานที่ไม่พบในแท็บแล้ว');
    expect(w.drive.items()).toEqual([]);
  });
});

describe('two divisions never share report files (issue 10, finding 5)', () => {
  it.each([
    ['the same name on two rows', 'กองซ้ำ', 'กองซ้ำ'],
    ['names that differ only in case', 'กองA', 'กองa'],
    ['an invisible direction mark', 'กองพัสดุ', '\u200fกองพัสดุ'],
    ['a composed and a decomposed accent', 'กองCafé', 'กองCafe\u0301'],
    ['spaces around and inside', 'กอง  พัสดุ', ' กอง พัสดุ '],
  ])(
    '%s: the lower row is refused with a Thai reason on it; the upper keeps its live files',
    (_, upper, lower) => {
      const w = world();
      writeRow(w.spreadsheet, 1, 6, { division: upper, head: 'ก', due: 45026 });
      writeRow(w.spreadsheet, 1, 7, { division: lower, head: 'ข', due: 45026 });
      // The lower row first: it is refused whether or not the upper one has a report yet.
      const early = generateOneReport(1, 7, shown(w, 1, 7), w.services());
      expect(early).toMatchObject({ ok: false, message: REPORT_RUN.failed(REPORT_RUN.duplicateDivision(6)) });
      expect(generateOneReport(1, 6, shown(w, 1, 6), w.services()).ok).toBe(true);
      const upperCells = reportCells(w, 1, 6);
      const refused = generateOneReport(1, 7, shown(w, 1, 7), w.services());

      expect(refused).toMatchObject({
        ok: false,
        message: REPORT_RUN.failed(REPORT_RUN.duplicateDivision(6)),
      });
      expect(reportCells(w, 1, 7)).toEqual({
        doc: '',
        pdf: '',
        status: REPORT_RUN.statusFailed(REPORT_RUN.duplicateDivision(6)),
      });
      expect(reportCells(w, 1, 6)).toEqual(upperCells);
      expect(linkedFiles(w, 1, 6)).toMatchObject({ docTrashed: false, pdfTrashed: false });
      expect(liveFiles(w, GOOGLE_DOC_MIME_TYPE)).toHaveLength(1);
      expect(liveFiles(w, PDF_MIME_TYPE)).toHaveLength(1);
    },
  );

  it('in a batch, the second row of a name is refused on its row and counted as failed', () => {
    const w = world(manyDivisions(4, (index) => (index === 3 ? 'กองที่ 2' : `กองที่ ${index + 1}`)));
    const { id } = startBatch(1, w.services());
    runToEnd(w, id);
    const status = currentBatch(w.services());
    expect(status?.message).toBe('สร้างรายงานเสร็จ 3/4 หน่วยงาน ผิดพลาด 1 หน่วยงาน (ดูสถานะในแต่ละแถว)');
    expect(status?.errors).toEqual([
      { division: 'กองที่ 2', reason: REPORT_RUN.duplicateDivision(3), kind: 'failed', row: 5 },
    ]);
    expect(linkedFiles(w, 1, 3)).toEqual(ownLiveReport('กองที่ 2'));
    expect(reportCells(w, 1, 5).status).toBe(REPORT_RUN.statusFailed(REPORT_RUN.duplicateDivision(3)));
  });

  it.each([
    // `/` cannot be in a file name: both names make the file `รายงานผล_กอง-พัสดุ_รอบ1_2566`.
    ['names that make the same file name', 'กอง/พัสดุ', 'กอง-พัสดุ'],
    // The old key, a 32-bit hash of the lower-cased name, is the same for these two.
    ['names whose 32-bit hashes collide', 'กองที่ 122789', 'กองที่ 339192'],
  ])('%s: two divisions, each with its own live Doc and PDF', (_, upper, lower) => {
    const w = world();
    writeRow(w.spreadsheet, 1, 6, { division: upper, head: 'ก', due: 45026 });
    writeRow(w.spreadsheet, 1, 7, { division: lower, head: 'ข', due: 45026 });
    expect(generateOneReport(1, 6, shown(w, 1, 6), w.services()).ok).toBe(true);
    expect(generateOneReport(1, 7, shown(w, 1, 7), w.services()).ok).toBe(true);
    // Each regenerated: it replaces its own files only.
    expect(generateOneReport(1, 6, shown(w, 1, 6), w.services()).ok).toBe(true);
    expect(generateOneReport(1, 7, shown(w, 1, 7), w.services()).ok).toBe(true);
    expect(liveFiles(w, GOOGLE_DOC_MIME_TYPE)).toHaveLength(2);
    expect(liveFiles(w, PDF_MIME_TYPE)).toHaveLength(2);
    for (const row of [6, 7])
      expect(linkedFiles(w, 1, row)).toMatchObject({ docTrashed: false, pdfTrashed: false });
    expect(fileAt(w, reportCells(w, 1, 6).doc)?.id).not.toBe(fileAt(w, reportCells(w, 1, 7).doc)?.id);
  });
});

describe('no orphan files after a failed or killed run (issue 10, finding 6)', () => {
  const QUOTA = () => new Error('Exception: Service invoked too many times for one day: docs.');
  const PDF_CALL = (key: string) => key === 'Document.Document.getAs';
  const PDF_FILE = (key: string, previous: string) =>
    key.endsWith('FilesCollection.create') && previous === 'Document.Document.getAs';
  const OPEN_DOC = (key: string) => key === 'Document.DocumentApp.openById';

  it.each<[string, number, (key: string, previous: string) => boolean]>([
    ['the PDF rendering', 1, PDF_CALL],
    ['the PDF rendering', 3, PDF_CALL],
    ['saving the PDF to Drive', 3, PDF_FILE],
    ['opening the new Doc', 2, OPEN_DOC],
  ])(
    '%s failing %i times, then a success: one live Doc and one live PDF, the row linked to them',
    (_, times, when) => {
      const w = world();
      expect(generateOneReport(1, 2, shown(w, 1, 2), w.services()).ok).toBe(true);
      const first = reportCells(w, 1, 2);
      failCalls(w, when, times, QUOTA);
      for (let attempt = 0; attempt < times; attempt++) {
        expect(generateOneReport(1, 2, shown(w, 1, 2), w.services()).ok).toBe(false);
        // The earlier report stays whole, and the row still links to it.
        expect(liveFiles(w, GOOGLE_DOC_MIME_TYPE).map((file) => file.url)).toEqual([first.doc]);
        expect(liveFiles(w, PDF_MIME_TYPE).map((file) => file.url)).toEqual([first.pdf]);
        expect(reportCells(w, 1, 2)).toMatchObject({ doc: first.doc, pdf: first.pdf });
      }
      const outcome = generateOneReport(1, 2, shown(w, 1, 2), w.services());
      expect(outcome.ok).toBe(true);
      expect(liveFiles(w, GOOGLE_DOC_MIME_TYPE).map((file) => file.url)).toEqual([outcome.docUrl]);
      expect(liveFiles(w, PDF_MIME_TYPE).map((file) => file.url)).toEqual([outcome.pdfUrl]);
      expect(linkedFiles(w, 1, 2)).toEqual(ownLiveReport('สำนักบริหารกลาง'));
    },
  );

  it.each([
    ['the new Doc', 1],
    ['the new pair', 2],
  ])(
    'the store full when %s is recorded: the Thai message, this attempt’s files trashed, the earlier pair kept',
    (_, nth) => {
      const w = world();
      expect(generateOneReport(1, 2, shown(w, 1, 2), w.services()).ok).toBe(true);
      const first = reportCells(w, 1, 2);
      let records = 0;
      failCalls(
        w,
        (key, previous) =>
          key === 'Properties.Properties.setProperty' &&
          previous.endsWith('FilesCollection.create') &&
          ++records === nth,
        1,
        () => new Error(`Exception: ${STORE_FULL_MESSAGE}`),
      );
      const outcome = generateOneReport(1, 2, shown(w, 1, 2), w.services());
      expect(outcome).toMatchObject({ ok: false, message: REPORT_RUN.failed(REPORT_RUN.propertiesFull) });
      expect(reportCells(w, 1, 2)).toEqual({
        ...first,
        status: REPORT_RUN.statusFailed(REPORT_RUN.propertiesFull),
      });
      expect(liveFiles(w, GOOGLE_DOC_MIME_TYPE).map((file) => file.url)).toEqual([first.doc]);
      expect(liveFiles(w, PDF_MIME_TYPE).map((file) => file.url)).toEqual([first.pdf]);
      // The store has room again: the next run replaces the pair as usual.
      expect(generateOneReport(1, 2, shown(w, 1, 2), w.services()).ok).toBe(true);
      expect(liveFiles(w, GOOGLE_DOC_MIME_TYPE)).toHaveLength(1);
      expect(linkedFiles(w, 1, 2)).toEqual(ownLiveReport('สำนักบริหารกลาง'));
    },
  );

  it('killed at any step of a regeneration, the next run trashes what it left: one live Doc and one live PDF', () => {
    // The steps: each Drive, property, Doc-file and cell-writing call of one regeneration.
    const STEP =
      /FilesCollection\.|Properties\.Properties\.|DocumentApp\.openById|Document\.saveAndClose|Document\.getAs|Range\.setValues|Lock\.release/;
    const dry = world();
    generateOneReport(1, 2, shown(dry, 1, 2), dry.services());
    const steps: string[] = [];
    const calls = dry.emulator.serviceCalls;
    const record = calls.record.bind(calls);
    calls.record = (key: string) => {
      record(key);
      if (STEP.test(key)) steps.push(key);
    };
    generateOneReport(1, 2, shown(dry, 1, 2), dry.services());
    dispose();
    expect(steps.filter((key) => key.endsWith('FilesCollection.create'))).toHaveLength(2);

    for (let nth = 1; nth <= steps.length; nth++) {
      const w = world();
      expect(generateOneReport(1, 2, shown(w, 1, 2), w.services()).ok).toBe(true);
      const kill = killAt(w, STEP, nth);
      try {
        generateOneReport(1, 2, shown(w, 1, 2), w.services());
      } catch {
        // A run that was killed ends as it may.
      }
      kill.revive();
      const outcome = generateOneReport(1, 2, shown(w, 1, 2), w.services());
      expect({ nth, step: steps[nth - 1], ok: outcome.ok }).toEqual({ nth, step: steps[nth - 1], ok: true });
      // Killed at the very write that records a file just made, that file is not known to anyone: the one
      // window left (Drive made the file; the run died before the next call).
      const unrecorded =
        /Properties\.setProperty/.test(steps[nth - 1] ?? '') &&
        /FilesCollection\.create/.test(steps[nth - 2] ?? '');
      const live = [...liveFiles(w, GOOGLE_DOC_MIME_TYPE), ...liveFiles(w, PDF_MIME_TYPE)];
      expect({ nth, step: steps[nth - 1], live: live.length }).toEqual({
        nth,
        step: steps[nth - 1],
        live: unrecorded ? 3 : 2,
      });
      expect(live.map((file) => file.url)).toEqual(expect.arrayContaining([outcome.docUrl, outcome.pdfUrl]));
      expect(linkedFiles(w, 1, 2)).toEqual(ownLiveReport('สำนักบริหารกลาง'));
      dispose();
    }
  });
});

describe('one reports folder, remembered (issue 10, finding 7)', () => {
  function everyKindOfCall(w: World): void {
    const { id } = startBatch(1, w.services());
    runToEnd(w, id);
    expect(generateOneReport(1, 2, shown(w, 1, 2), w.services()).ok).toBe(true);
    expect(generateSummary(1, w.services()).ok).toBe(true);
  }

  function folderSettingCell(w: World) {
    const named = w.spreadsheet.namedRanges().find((range) => range.name === NAMES.reportFolder);
    return named === undefined
      ? undefined
      : {
          sheet: named.sheetName,
          value: w.spreadsheet.tab('ตั้งค่า').valueAt(named.range.row, named.range.column),
        };
  }

  it('its named range deleted: one folder for a batch, a report and a summary; the setting named again', () => {
    const w = world(manyDivisions(5));
    w.spreadsheet.removeNamedRange(NAMES.reportFolder);
    everyKindOfCall(w);
    expect(w.drive.allFolders()).toHaveLength(1);
    expect(folderSettingCell(w)).toEqual({ sheet: 'ตั้งค่า', value: w.drive.allFolders()[0]?.url });
  });

  it('its named range and its row gone: still one folder, and the setting comes back with its link', () => {
    const w = world(manyDivisions(5));
    const named = w.spreadsheet.namedRanges().find((range) => range.name === NAMES.reportFolder);
    w.spreadsheet.removeNamedRange(NAMES.reportFolder);
    w.spreadsheet.tab('ตั้งค่า').writeValues(gridRange(named?.range.row ?? 0, 1, 1, 3), [['', '', '']]);
    everyKindOfCall(w);
    everyKindOfCall(w);
    expect(w.drive.allFolders()).toHaveLength(1);
    expect(folderSettingCell(w)).toEqual({ sheet: 'ตั้งค่า', value: w.drive.allFolders()[0]?.url });
    expect(linkedFiles(w, 1, 2)).toEqual(ownLiveReport('กองที่ 1'));
  });

  it('its link cleared by hand: the folder the add-on made is used again and its link written back', () => {
    const w = world();
    generateOneReport(1, 2, shown(w, 1, 2), w.services());
    const folder = reportFolderId(w);
    typeFolderSetting(w, '');
    expect(generateOneReport(1, 3, shown(w, 1, 3), w.services()).ok).toBe(true);
    expect(w.drive.allFolders().map((item) => item.id)).toEqual([folder]);
    expect(reportFolderId(w)).toBe(folder);
  });
});

describe('only the user who started a batch cancels it (issue 10, finding 9)', () => {
  it('another user’s cancel is refused with a Thai message, and the batch goes on', () => {
    const w = world(manyDivisions(8));
    const { id } = startBatch(1, w.services('user-a'));
    continueBatch(id, w.services('user-a'));
    const refused = cancelBatch(id, w.services('user-b'));
    expect(refused).toMatchObject({ id, state: 'busy', mine: false, done: 4 });
    expect(refused.message).toBe(REPORT_RUN.cancelNotOwner('20 เม.ย. 2566 12:00 น.', 15));
    expect(currentBatch(w.services('user-a'))).toMatchObject({ id, state: 'running', done: 4 });
    runToEnd(w, id, 'user-a');
    expect(currentBatch(w.services('user-a'))).toMatchObject({ state: 'done', done: 8 });
    expect(liveFiles(w, GOOGLE_DOC_MIME_TYPE)).toHaveLength(8);
  });

  it('a batch left untouched past its time may be cancelled by anyone, as it may be taken over', () => {
    const w = world(manyDivisions(8));
    const { id } = startBatch(1, w.services('user-a'));
    continueBatch(id, w.services('user-a'));
    const later = new Date(NOW.getTime() + STALE_MS);
    expect(cancelBatch(id, { ...w.services('user-b'), now: () => later })).toMatchObject({
      state: 'cancelled',
      done: 4,
    });
    // Not yet stale: refused.
    dispose();
    const w2 = world(manyDivisions(8));
    const second = startBatch(1, w2.services('user-a'));
    const soon = new Date(NOW.getTime() + STALE_MS - 1);
    expect(cancelBatch(second.id, { ...w2.services('user-b'), now: () => soon }).state).toBe('busy');
  });
});

describe('a row with data problems never becomes an official form (issue 11, point 2)', () => {
  // The fixture's กองแผนงาน (round 1, row 4): a flag "maybe" (E4), 150 % (G4), evidence that is no link (I4), 30/02/2566 (L4).
  const badCells = ['E4', 'G4', 'I4', 'L4'];
  const cellAddress = /\b[A-Z]{1,3}\d+\b/;

  it('is refused: no Doc, no PDF, and its status cell names the cells to fix', () => {
    const w = world();
    const outcome = generateOneReport(1, 4, shown(w, 1, 4), w.services());
    expect(outcome).toMatchObject({ ok: false, refused: true, docUrl: '', pdfUrl: '' });
    const reason = REPORT_RUN.refusedCells(badCells);
    expect(outcome.message).toBe(REPORT_RUN.refusedDivision('กองแผนงาน', reason));
    // Nothing made: not even the reports folder.
    expect(w.drive.items().filter((item) => item.id !== ROOT_FOLDER_ID)).toEqual([]);
    expect(folderSetting(w)).toBe('');
    expect(reportCells(w, 1, 4)).toEqual({ doc: '', pdf: '', status: `ยังไม่สร้างรายงาน: ${reason}` });
  });

  it('a batch skips it, makes every other form, and ends as a warning naming it with its row and the folder', () => {
    const w = world();
    const { id } = startBatch(1, w.services());
    const status = runToEndStatus(w, id);
    expect(status).toMatchObject({ state: 'done', total: 4, done: 4, refused: 1 });
    expect(status.errors).toEqual([
      {
        division: 'กองแผนงาน',
        reason: REPORT_RUN.refusedCells(badCells),
        kind: 'refused',
        row: 4,
      },
    ]);
    expect(status.message).toBe('สร้างรายงานเสร็จ 3/4 หน่วยงาน ต้องแก้ไขข้อมูลก่อน 1 หน่วยงาน (ยังไม่สร้างแบบรายงาน)');
    expect(status.message).not.toBe(REPORT_RUN.batchDone({ total: 4, made: 4, failed: 0, skipped: 0 }));
    expect(status.folderUrl).toBe(w.drive.folderInfo(reportFolderId(w)).url);
    expect(
      liveFiles(w, GOOGLE_DOC_MIME_TYPE)
        .map((file) => file.name)
        .sort(),
    ).toEqual(
      [
        'รายงานผล_กองการเจ้าหน้าที่_รอบ1_2566',
        'รายงานผล_กองคลัง_รอบ1_2566',
        'รายงานผล_สำนักบริหารกลาง_รอบ1_2566',
      ].sort(),
    );
    expect(String(reportCells(w, 1, 4).status)).toMatch(/^ยังไม่สร้างรายงาน: แก้ไขข้อมูลที่ช่อง E4, G4, I4, L4 ก่อน/);
    // No Doc the batch made carries a ⚠ or a cell address.
    for (const file of liveFiles(w, GOOGLE_DOC_MIME_TYPE)) {
      const text = w.drive.document(file.id).text();
      expect([file.name, text.includes('⚠')]).toEqual([file.name, false]);
      expect([file.name, cellAddress.exec(text)?.[0]]).toEqual([file.name, undefined]);
    }
  });

  it('a batch of clean rows ends in plain success with the folder to open', () => {
    const w = world();
    writeRow(w.spreadsheet, 1, 4, {
      reviewDone: true,
      progress: 50,
      'evidence:planDone': '',
      submitted: '10/4/2566',
    });
    const { id } = startBatch(1, w.services());
    const status = runToEndStatus(w, id);
    expect(status).toMatchObject({ state: 'done', refused: 0, errors: [] });
    expect(status.message).toBe('สร้างรายงานครบ 4 หน่วยงานแล้ว');
    expect(status.folderUrl).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\//);
  });

  it('the summary names the row to fix in its remarks and totals, never its cells', () => {
    const w = world();
    generateSummary(1, w.services());
    const [summary] = liveFiles(w, GOOGLE_DOC_MIME_TYPE);
    const text = w.drive.document(summary?.id ?? '').text();
    expect(text).toContain('ข้อมูลไม่ครบ/ต้องแก้ไข');
    expect(text).toContain('1 หน่วยงาน: กองแผนงาน');
    expect(text).toContain('ไม่รวม 1 หน่วยงานที่ข้อมูลต้องแก้ไข');
    expect(text).not.toContain('⚠');
    expect(cellAddress.exec(text)?.[0]).toBeUndefined();
  });
});

/** Runs a batch to its end as the sidebar does, and gives its last status. */
function runToEndStatus(w: World, id: string) {
  runToEnd(w, id);
  const status = currentBatch(w.services());
  if (status === null) throw new Error('no batch');
  return status;
}
