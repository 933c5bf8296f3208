/**
 * The real Docs, lock and properties adapters, run on the emulator's
 * `DocumentApp`, `LockService` and `PropertiesService`: each test writes through an
 * adapter and reads back what the emulator's Doc, lock or properties hold (page
 * and margins, each paragraph's named style, alignment and spacing, the look of
 * each run of text, cells' backgrounds, column widths).
 */

import type { FakeDoc, RunState } from '../../emulator/documents';
import { type InstalledEmulator, installEmulator } from '../../emulator/install';
import { REPORT_PAGE } from '../../src/server/reports/doc-renderer';
import { appsScriptDocuments } from '../../src/server/services/apps-script-documents';
import { appsScriptDocumentLock } from '../../src/server/services/apps-script-lock';
import { appsScriptDocumentProperties } from '../../src/server/services/apps-script-properties';
import type { DocumentDraft } from '../../src/server/services/documents';

let emulator: InstalledEmulator;

beforeEach(() => {
  emulator = installEmulator();
});

afterEach(() => {
  emulator.uninstall();
});

/** A new Doc in a folder of the add-on, opened through the adapter; `doc()` is the emulator's Doc. */
function newDraft(): { draft: DocumentDraft; doc: () => FakeDoc; id: string } {
  const folder = emulator.drive.addFolder('รายงานผล KPI 2566', { byAddOn: true });
  const file = emulator.drive.addDocument('รายงานผล_กองคลัง_รอบ1_2566', {
    parentId: folder.id,
    byAddOn: true,
  });
  const draft = appsScriptDocuments().open(file.id);
  return { draft, id: file.id, doc: () => emulator.drive.document(file.id) };
}

/** Writes, saves and closes: what Docs then holds is what the emulator's Doc holds. */
function written(write: (draft: DocumentDraft) => void): FakeDoc {
  const { draft, doc } = newDraft();
  write(draft);
  draft.saveAndClose();
  return doc();
}

/** How often the add-on called a service method, by its name (`getDocumentLock`). */
function callsOf(method: string): number {
  return Object.entries(emulator.serviceCalls.snapshot())
    .filter(([key]) => key.endsWith(`.${method}`))
    .reduce((sum, [, count]) => sum + count, 0);
}

/** The text of the runs that match. */
const textWith = (runs: readonly RunState[] | undefined, match: (run: RunState) => boolean): string =>
  (runs ?? [])
    .filter(match)
    .map((run) => run.text)
    .join('');

describe('a Doc written through the adapter', () => {
  it('is opened by id and answers with its id, name and url; saved and closed, it is closed', () => {
    const { draft, id, doc } = newDraft();
    expect([draft.id, draft.name, draft.url]).toEqual([id, 'รายงานผล_กองคลัง_รอบ1_2566', doc().url]);
    expect(doc().isOpen).toBe(true);
    draft.saveAndClose();
    expect(doc().isOpen).toBe(false);
    expect(() => draft.appendParagraph({ text: 'ต่อ' })).toThrow('Document is closed');
  });

  it('sets the page size and margins on the body, in points', () => {
    expect(written((draft) => draft.setPage(REPORT_PAGE)).pageSetup).toEqual(REPORT_PAGE);
  });

  it('the first paragraph fills the new Doc’s empty one; the others follow it', () => {
    const doc = written((draft) => {
      draft.appendParagraph({ text: 'แบบรายงานผล' });
      draft.appendParagraph({ text: 'รอบ 1/2566' });
    });
    expect(doc.elements.map((element) => element.kind)).toEqual(['paragraph', 'paragraph']);
    expect(doc.paragraphs().map((paragraph) => paragraph.text)).toEqual(['แบบรายงานผล', 'รอบ 1/2566']);
  });

  it('a table written first keeps the empty paragraph above it', () => {
    const doc = written((draft) => {
      draft.appendTable({ rows: [[{ text: 'ก' }]] });
      draft.appendParagraph({ text: 'ข' });
    });
    expect(doc.elements.map((element) => element.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(doc.paragraphs()[0]?.text).toBe('');
  });

  it('named styles and alignments come out as written', () => {
    const headings = ['normal', 'title', 'subtitle', 'heading1', 'heading2', 'heading3'] as const;
    const aligns = ['left', 'center', 'right', 'justify'] as const;
    const doc = written((draft) => {
      for (const heading of headings) draft.appendParagraph({ text: heading, heading });
      for (const align of aligns) draft.appendParagraph({ text: align, align });
    });
    expect(doc.paragraphs().map((paragraph) => [paragraph.heading, paragraph.align])).toEqual([
      ...headings.map((heading) => [heading, 'left']),
      ...aligns.map((align) => ['normal', align]),
    ]);
  });

  it('spacing and indent are set in points only when given', () => {
    const doc = written((draft) => {
      draft.appendParagraph({ text: 'ก', spaceBefore: 12, spaceAfter: 6, indentStart: 226.77 });
      draft.appendParagraph({ text: 'ข' });
    });
    const [spaced, plain] = doc.paragraphs();
    expect([spaced?.spaceBefore, spaced?.spaceAfter, spaced?.indentStart]).toEqual([12, 6, 226.77]);
    expect([plain?.spaceBefore, plain?.spaceAfter, plain?.indentStart]).toEqual([null, null, null]);
  });

  it('the font goes on the whole Doc and on every paragraph, so a heading’s own style does not win', () => {
    const doc = written((draft) => {
      draft.setFont({ family: 'Sarabun', size: 14 });
      draft.appendParagraph({ text: 'ผลการดำเนินงาน', heading: 'heading1', fontSize: 15, bold: true });
      draft.appendParagraph({ text: 'ข้อความ' });
    });
    expect(doc.defaultFont).toEqual({ family: 'Sarabun', size: 14 });
    const [heading, normal] = doc.paragraphs();
    expect(heading?.runs).toEqual([
      expect.objectContaining({ text: 'ผลการดำเนินงาน', fontFamily: 'Sarabun', fontSize: 15, bold: true }),
    ]);
    expect(normal?.runs).toEqual([
      expect.objectContaining({ text: 'ข้อความ', fontFamily: 'Sarabun', fontSize: 14, bold: false }),
    ]);
  });

  it('each run styles exactly its own characters', () => {
    const url = 'https://drive.google.com/file/d/1AbC/view';
    const doc = written((draft) => {
      draft.setFont({ family: 'Sarabun', size: 14 });
      draft.appendParagraph({
        text: [
          { text: 'หลักฐาน: ', bold: true },
          { text: '', link: 'https://ignored.example' },
          { text: 'เปิดหลักฐาน', link: url, color: '#1155cc', underline: true },
          { text: ' (ไฟล์ PDF)', fontSize: 12, italic: true },
        ],
      });
    });
    const [paragraph] = doc.paragraphs();
    const runs = paragraph?.runs;
    expect(paragraph?.text).toBe('หลักฐาน: เปิดหลักฐาน (ไฟล์ PDF)');
    expect(textWith(runs, (run) => run.link === url)).toBe('เปิดหลักฐาน');
    expect(textWith(runs, (run) => run.color === '#1155cc')).toBe('เปิดหลักฐาน');
    expect(textWith(runs, (run) => run.underline)).toBe('เปิดหลักฐาน');
    expect(textWith(runs, (run) => run.bold)).toBe('หลักฐาน: ');
    expect(textWith(runs, (run) => run.italic)).toBe(' (ไฟล์ PDF)');
    expect(textWith(runs, (run) => run.fontSize === 12)).toBe(' (ไฟล์ PDF)');
    expect(textWith(runs, (run) => run.fontSize === 14)).toBe('หลักฐาน: เปิดหลักฐาน');
    expect(textWith(runs, (run) => run.link === 'https://ignored.example')).toBe('');
  });

  it('tables get their text, column widths, border, backgrounds and each cell’s look', () => {
    const doc = written((draft) => {
      draft.setFont({ family: 'Sarabun', size: 14 });
      draft.appendTable({
        rows: [
          [
            { text: 'ระดับ', bold: true, background: '#d9e2f3', align: 'center' },
            { text: 'หลักฐาน', bold: true, background: '#d9e2f3', align: 'center' },
          ],
          [
            { text: 'ระดับ 1', fontSize: 13 },
            { text: [{ text: 'เปิดหลักฐาน', link: 'https://example.com/e1' }], align: 'center' },
          ],
        ],
        columnWidths: [60, 393.54],
        borderWidth: 1,
        borderColor: '#000000',
      });
    });
    const [table] = doc.tables();
    expect(table?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['ระดับ', 'หลักฐาน'],
      ['ระดับ 1', 'เปิดหลักฐาน'],
    ]);
    expect([table?.columnWidths, table?.borderWidth, table?.borderColor]).toEqual([
      [60, 393.54],
      1,
      '#000000',
    ]);
    expect(table?.rows.map((row) => row.map((cell) => [cell.background, cell.align]))).toEqual([
      [
        ['#d9e2f3', 'center'],
        ['#d9e2f3', 'center'],
      ],
      [
        [null, 'left'],
        [null, 'center'],
      ],
    ]);
    const header = table?.rows[0]?.[0];
    expect(header?.runs.every((run) => run.bold && run.fontFamily === 'Sarabun')).toBe(true);
    expect(textWith(table?.rows[1]?.[0]?.runs, (run) => run.fontSize === 13)).toBe('ระดับ 1');
    expect(textWith(table?.rows[1]?.[1]?.runs, (run) => run.link === 'https://example.com/e1')).toBe(
      'เปิดหลักฐาน',
    );
  });

  it('rules and page breaks are appended in place', () => {
    const doc = written((draft) => {
      draft.appendHorizontalRule();
      draft.appendParagraph({ text: 'ก' });
      draft.appendPageBreak();
    });
    expect(doc.elements.map((element) => element.kind)).toEqual([
      'paragraph',
      'horizontalRule',
      'paragraph',
      'pageBreak',
    ]);
  });

  it('the adapter touches DocumentApp only when called', () => {
    const globals = globalThis as Record<string, unknown>;
    const documentApp = globals.DocumentApp;
    delete globals.DocumentApp;
    try {
      expect(() => appsScriptDocuments()).not.toThrow();
      expect(() => appsScriptDocuments().open('x')).toThrow('DocumentApp is not defined');
    } finally {
      globals.DocumentApp = documentApp;
    }
  });

  it('a Doc that is not there, or not the user’s, does not open: Docs’ own message', () => {
    const theirs = emulator.drive.addDocument('ของคนอื่น', { owner: 'someone@example.org' });
    for (const id of ['no-such-doc', theirs.id]) {
      expect(() => appsScriptDocuments().open(id)).toThrow(
        `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`,
      );
    }
  });
});

describe('the document lock through the adapter', () => {
  it('holds, answers for and releases the one lock it took, fetched once', () => {
    const lock = appsScriptDocumentLock();
    expect(lock.tryLock(1_000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(emulator.lock.holder).toBeDefined();
    lock.release();
    expect(lock.hasLock()).toBe(false);
    expect(emulator.lock.holder).toBeUndefined();
    expect(callsOf('getDocumentLock')).toBe(1);
  });

  it('two runs contend through the service', () => {
    const first = appsScriptDocumentLock();
    const second = appsScriptDocumentLock();
    expect(first.tryLock(0)).toBe(true);
    expect(second.tryLock(0)).toBe(false);
    first.release();
    expect(second.tryLock(0)).toBe(true);
  });

  it('a lock never taken is not held, and releasing it does nothing', () => {
    const lock = appsScriptDocumentLock();
    expect(lock.hasLock()).toBe(false);
    lock.release();
    expect(callsOf('getDocumentLock')).toBe(0);
  });

  it('outside a document there is no lock to take, and it says so', () => {
    // The emulator always runs bound to a spreadsheet: outside one, `getDocumentLock` gives null.
    (globalThis as Record<string, unknown>).LockService = { getDocumentLock: () => null };
    expect(() => appsScriptDocumentLock().tryLock(0)).toThrow('No document lock');
  });
});

describe('document properties through the adapter', () => {
  it('a missing key reads as undefined; values are set, listed and deleted', () => {
    const properties = appsScriptDocumentProperties();
    expect(properties.get('batch')).toBeUndefined();
    properties.set('batch', '{"next":1}');
    expect(properties.get('batch')).toBe('{"next":1}');
    expect(emulator.properties.get('batch')).toBe('{"next":1}');
    expect(properties.keys()).toEqual(['batch']);
    properties.delete('batch');
    expect(emulator.properties.keys()).toEqual([]);
    expect(callsOf('getDocumentProperties')).toBe(1);
  });

  it('outside a document there are no document properties, and it says so', () => {
    // As for the lock: outside a spreadsheet `getDocumentProperties` gives null.
    (globalThis as Record<string, unknown>).PropertiesService = { getDocumentProperties: () => null };
    expect(() => appsScriptDocumentProperties().get('x')).toThrow('No document properties');
  });
});
